"""The text the archive search box matches: a name's pinyin and initials, phone digits, plates, VINs."""

from __future__ import annotations

import functools
import re

from carecenter.errors import UserError
from carecenter.i18n import tr
from carecenter.validate import InvalidValue, clean_text, normalize_phone


#: An import asks twice per customer (the sort key and the search text), a few hundred customers at a time.
_NAMES_KEPT = 4096


@functools.lru_cache(maxsize=_NAMES_KEPT)
def _pinyin(name: str) -> tuple[str, str]:
    """(full pinyin, initials) from one reading of the name (an import reads 100 000): the initials are the
    first letters of the syllables chosen for the full pinyin; what is not Chinese is kept as it is in both."""
    from pypinyin import lazy_pinyin  # its phrase dictionary takes ~0.2 s to load: only when a name is saved
    parts = lazy_pinyin(clean_text(name), errors=lambda chars: ["\0" + chars])
    full = "".join(part[1:] if part.startswith("\0") else part for part in parts)
    initials = "".join(part[1:] if part.startswith("\0") else part[:1] for part in parts)
    return full.lower(), initials.lower()


def name_pinyin(name: str) -> str:
    """Full pinyin without tones, syllables joined (``张三`` → ``zhangsan``); sorts Chinese names as people expect."""
    return _pinyin(name)[0]


def name_initials(name: str) -> str:
    """Pinyin initials (``张三`` → ``zs``); letters in a name are kept as they are."""
    return _pinyin(name)[1]


def search_text(name: str, phones: list[str], plates: list[str], vins: list[str]) -> str:
    """One lower-case string with a ``|`` between keys, so a match never runs across two of them."""
    keys = [clean_text(name).lower(), name_pinyin(name), name_initials(name)]
    keys += [re.sub(r"\D", "", phone) for phone in phones if phone]
    keys += [plate.lower() for plate in plates if plate]
    keys += [vin.lower() for vin in vins if vin]
    return "|" + "|".join(key for key in keys if key) + "|"


#: What a search may hold: a name, a phone, a plate and a VIN fit in far less.
MAX_SEARCH_CHARS, MAX_SEARCH_WORDS = 100, 8


def query_terms(text: str) -> list[str]:
    """The search box's words, cleaned like the keys (a phone typed with dashes still matches)."""
    text = clean_text(text).lower()
    if len(text) > MAX_SEARCH_CHARS or len(text.split()) > MAX_SEARCH_WORDS:
        raise UserError(tr("搜索内容太长：最多 {words} 个词、{chars} 个字（姓名、电话、车牌或车架号即可）。").format(
            words=MAX_SEARCH_WORDS, chars=MAX_SEARCH_CHARS))
    if re.fullmatch(r"\+?[\d\s\-()]+", text):  # a phone typed with spaces: one term, not several
        try:
            return [re.sub(r"\D", "", normalize_phone(text))]
        except InvalidValue:
            pass
    terms = []
    for word in text.split(" "):
        if re.fullmatch(r"[\d\-+()]+", word):
            try:
                word = re.sub(r"\D", "", normalize_phone(word))
            except InvalidValue:
                word = re.sub(r"\D", "", word)
        word = re.sub(r"[\s·\-]", "", word) if not word.isascii() else word
        if word:
            terms.append(word)
    return terms
