"""The language of screens and printed forms: Simplified Chinese (the source), Traditional Chinese and English.

Every string a user reads is written in Simplified Chinese in the code and passed through :func:`tr` when it is
shown or printed. The translations are Qt's translation files: ``resources/translations/carecenter_<lang>.ts``
(the sources, kept in the repository) compiled to ``.qm`` (shipped). The GUI installs a ``QTranslator`` with the
``.qm`` and makes :func:`tr` ask Qt (``carecenter/ui/language.py``); without Qt (command line, tests of the domain)
the same ``.ts`` is read here with defusedxml. ``scripts/translations.py`` collects the strings from the code,
fills Traditional Chinese with OpenCC and compiles the ``.qm`` files.

Values the store keeps in Chinese (a complaint's state, a visit type, a call outcome) stay Chinese in the store;
they are translated where they are shown, with the same :func:`tr`. Strings declared at import time (tables of
titles, column headers) are marked with :func:`N_` and translated where they are used.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import lru_cache

from carecenter.assets import RESOURCES

#: Code → the language's own name (as the settings screen lists it).
LANGUAGES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}
SOURCE_LANGUAGE = "zh_CN"
#: The one Qt translation context of CareCenter's strings.
CONTEXT = "CareCenter"
TRANSLATIONS = RESOURCES / "translations"

_lock = threading.Lock()
_language = [SOURCE_LANGUAGE]
_backend: list[Callable[[str], str] | None] = [None]


def ts_path(language: str):
    return TRANSLATIONS / f"carecenter_{language}.ts"


def qm_path(language: str):
    return TRANSLATIONS / f"carecenter_{language}.qm"


@lru_cache(maxsize=None)
def catalog(language: str) -> dict[str, str]:
    """Source → translation of one language, read from its ``.ts`` (unfinished entries left out)."""
    if language == SOURCE_LANGUAGE:
        return {}
    from defusedxml import ElementTree

    path = ts_path(language)
    if not path.exists():
        return {}
    result: dict[str, str] = {}
    for message in ElementTree.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source is None or translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                                 "vanished"):
            continue
        if translation.text:
            result[source] = translation.text
    return result


def set_language(language: str) -> None:
    """Choose the language of everything shown or printed from now on (``zh_CN``, ``zh_TW`` or ``en``)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    with _lock:
        _language[0] = language
        catalog(language)


def language() -> str:
    return _language[0]


def use_backend(backend: Callable[[str], str] | None) -> None:
    """Let Qt answer (the GUI installs ``QCoreApplication.translate`` with the compiled ``.qm``); None: the ``.ts``."""
    _backend[0] = backend


def tr(text: str) -> str:
    """``text`` (Simplified Chinese) in the current language; unchanged when there is no translation."""
    if not text:
        return text
    backend = _backend[0]
    if backend is not None:
        return backend(text)
    if _language[0] == SOURCE_LANGUAGE:
        return text
    return catalog(_language[0]).get(text, text)


def N_(text: str) -> str:  # noqa: N802 - the gettext name translators know
    """Mark a string declared at import time for translation; :func:`tr` translates it where it is shown."""
    return text


class StoredWords:
    """Texts the program writes into the store in its own (Simplified Chinese) words from fixed templates — a task's
    note, a complaint's warning — shown in the current language: the stored text is matched against the templates
    and the translated template is filled with the same values. ``fields`` says how a value is shown (translated,
    or itself a stored text); other values are shown as they are. Text no template made is shown unchanged."""

    def __init__(self, *templates: str, fields: dict[str, Callable[[str], str]] | None = None):
        self.templates = templates
        self.fields = fields or {}
        self._patterns = [(template, self._pattern(template)) for template in templates]

    @staticmethod
    def _pattern(template: str):
        import re

        parts = re.split(r"\{(\w+)\}", template)
        return re.compile("".join(re.escape(part) if index % 2 == 0 else f"(?P<{part}>.+?)"
                                  for index, part in enumerate(parts)) + "$")

    def show(self, text: str) -> str:
        for template, pattern in self._patterns:
            found = pattern.match(text or "")
            if found:
                values = {name: self.fields.get(name, str)(value) for name, value in found.groupdict().items()}
                return tr(template).format(**values)
        return text


def tr_values(values) -> list[str]:
    """Each value translated (a combo box's items, a row of headers)."""
    return [tr(value) for value in values]
