"""Validation of what people type and what files contain, with one clear message per field (Chinese).

Each ``normalize_*`` function takes raw text and returns the value to store, or raises :class:`InvalidValue` with a
message for the user. Checks that should warn but not block (a VIN check digit, a mileage lower than the last
reading) return :class:`Problem` objects of severity ``"warning"``.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass

import phonenumbers

from carecenter.errors import UserError
from carecenter.i18n import tr


class InvalidValue(UserError, ValueError):
    """A value that cannot be stored; ``str()`` is the message for the user."""


@dataclass(frozen=True)
class Problem:
    """One problem with one field: ``severity`` is ``"error"`` (blocks saving) or ``"warning"`` (asks)."""

    field: str
    message: str
    severity: str = "error"


class ValidationFailed(UserError):
    """Raised by domain functions when input has problems; ``problems`` lists every one.

    When every problem is a warning, calling again with ``confirm=True`` saves anyway.
    """

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(tr("；").join(problem.message for problem in problems))

    @property
    def only_warnings(self) -> bool:
        return all(problem.severity == "warning" for problem in self.problems)


#: Control characters (tabs and line breaks become spaces below), zero-width spaces and byte-order marks.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]")


#: Full-width digits and Latin letters to half-width, and the ideographic space to a space. Chinese punctuation
#: (，？！：) stays as typed: NFKC would turn it into ASCII in people's notes.
_HALF_WIDTH = {**{code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)},
               **{code: code - 0xFEE0 for code in range(0xFF21, 0xFF3B)},
               **{code: code - 0xFEE0 for code in range(0xFF41, 0xFF5B)},
               0x3000: 0x20}


def clean_text(value: object) -> str:
    """Full-width letters and digits to half-width, non-breaking and stray spaces collapsed, ends trimmed."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).translate(_HALF_WIDTH)
    text = _INVISIBLE.sub("", text)
    text = re.sub(r"\s+", " ", text).strip()
    return value if text == value else text  # the same object when nothing changed: an import keeps one copy


def clean_multiline(value: object) -> str:
    """Like :func:`clean_text` but keeps line breaks (notes, wishes, repair items)."""
    if value is None:
        return ""
    lines = str(value).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(clean_text(line) for line in lines).strip()


# --- phones ---------------------------------------------------------------------------------------------------

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_PHONE_PUNCTUATION = str.maketrans("＋－（）—", "+-()-")


def normalize_phone(value: object) -> str:
    """A mainland mobile or landline number, normalized.

    Mobiles become 11 digits (``13812345678``); landlines become ``area-number`` (``010-12345678``), with ``-ext``
    kept. ``+86``/``0086``, spaces, dashes, brackets and full-width digits are accepted. Empty stays empty.
    """
    text = clean_text(value).translate(_PHONE_PUNCTUATION)
    if not text:
        return ""
    extension = ""
    match = re.search(r"(?:转|ext\.?|x|#)\s*(\d{1,6})$", text, flags=re.IGNORECASE)
    if match:
        extension = match.group(1)
        text = text[: match.start()]
    digits = re.sub(r"[\s\-()（）.·]", "", text)
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if not digits.isdigit():
        raise InvalidValue(tr("电话号码“{value}”含有无效字符，请只填写数字。").format(value=value))
    if _MOBILE.match(digits):
        if extension:
            raise InvalidValue(tr("手机号码“{value}”不能带分机号。").format(value=value))
        return digits
    if digits.startswith("1"):
        raise InvalidValue(tr("手机号码“{value}”应为 11 位、以 13–19 开头的数字。").format(value=value))
    if not digits.startswith("0"):
        raise InvalidValue(tr("座机号码“{value}”需要带区号（例如 010-12345678）。").format(value=value))
    try:
        parsed = phonenumbers.parse(digits, "CN")
    except phonenumbers.NumberParseException as error:
        raise InvalidValue(tr("电话号码“{value}”无法识别。").format(value=value)) from error
    if not phonenumbers.is_valid_number(parsed) or phonenumbers.number_type(parsed) not in (
        phonenumbers.PhoneNumberType.FIXED_LINE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ):
        raise InvalidValue(tr("座机号码“{value}”的区号或位数不正确（例如 010-12345678，0571-87654321）。").format(value=value))
    national = str(parsed.national_number)
    area_length = 2 if national[0] in "12" else 3
    number = f"0{national[:area_length]}-{national[area_length:]}"
    return f"{number}-{extension}" if extension else number


def required_phone(value: object, missing: str) -> str:
    """:func:`normalize_phone` for a number that must be given (a caller's): ``missing`` is the sentence when empty."""
    phone = normalize_phone(value)
    if not phone:
        raise InvalidValue(missing)
    return phone


def is_mobile(phone: str) -> bool:
    return bool(_MOBILE.match(phone))


def mask_phone(phone: str) -> str:
    """``138****1234`` for personal-data-safe display and export."""
    if is_mobile(phone):
        return f"{phone[:3]}****{phone[-4:]}"
    if len(phone) > 4:
        return "*" * (len(phone) - 4) + phone[-4:]
    return phone


# --- VIN ------------------------------------------------------------------------------------------------------

_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9))),
    **dict(zip("JKLMN", range(1, 6))),
    "P": 7, "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10))),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check_digit(vin: str) -> str:
    """The check digit (position 9) of a 17-character VIN by GB 16735 / ISO 3779: ``0``–``9`` or ``X``."""
    total = sum(_VIN_VALUES[char] * weight for char, weight in zip(vin, _VIN_WEIGHTS))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def normalize_vin(value: object) -> tuple[str, list[Problem]]:
    """An upper-case 17-character VIN, and a warning when its check digit does not match (never blocking)."""
    text = re.sub(r"[\s\-]", "", clean_text(value)).upper()
    if not text:
        return "", []
    if len(text) != 17:
        raise InvalidValue(tr("车架号（VIN）“{value}”应为 17 位，现在是 {v2} 位。").format(value=value, v2=len(text)))
    bad = sorted(set(char for char in text if char in "IOQ"))
    if bad:
        raise InvalidValue(tr("车架号（VIN）不能含有字母 {v1}（容易与数字 1、0 混淆）。").format(v1=tr("、").join(bad)))
    if not re.fullmatch(r"[A-Z0-9]{17}", text):
        raise InvalidValue(tr("车架号（VIN）“{value}”只能由数字和大写字母组成。").format(value=value))
    expected = vin_check_digit(text)
    if text[8] != expected:
        return text, [
            Problem(
                "vin",
                tr("车架号 {text} 的校验位（第 9 位）应为 {expected}，请核对是否抄错。").format(
                    text=text, expected=expected
                ),
                "warning",
            )
        ]
    return text, []


# --- plates ---------------------------------------------------------------------------------------------------

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_LETTER = "A-HJ-NP-Z"
_ORDINARY = re.compile(rf"^[{PROVINCES}][{_LETTER}][{_LETTER}0-9]{{4}}[{_LETTER}0-9挂学警港澳]$")
_NEW_ENERGY = re.compile(rf"^[{PROVINCES}][{_LETTER}](?:[DF][{_LETTER}0-9]\d{{4}}|\d{{5}}[DF])$")


def normalize_plate(value: object) -> str:
    """A mainland plate number: province character, letter, then 5 characters (new-energy plates: 6)."""
    text = re.sub(r"[\s\-·.•]", "", clean_text(value)).upper()
    if not text:
        return ""
    if text[0] not in PROVINCES:
        raise InvalidValue(tr("车牌号“{value}”应以省份简称开头（如 京、沪、浙）。").format(value=value))
    if len(text) not in (7, 8):
        raise InvalidValue(tr("车牌号“{value}”位数不对：普通车牌 7 位，新能源车牌 8 位。").format(value=value))
    if len(text) == 7 and _ORDINARY.match(text):
        return text
    if len(text) == 8 and _NEW_ENERGY.match(text):
        return text
    raise InvalidValue(tr("车牌号“{value}”格式不正确（例如 浙A12345，新能源 浙AD12345）。").format(value=value))


# --- dates, mileage, money ------------------------------------------------------------------------------------

_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)


def parse_date(value: object, label: str = "日期") -> datetime.date | None:
    """A date from a date, a datetime, or text like ``2023-05-06``, ``2023/5/6``, ``2023.5.6``, ``2023年5月6日``."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = clean_text(value)
    if not text:
        return None
    text = re.split(r"[ T]\d{1,2}:\d{2}", text)[0].strip()
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            year, month, day = (int(part) for part in match.groups())
            try:
                return datetime.date(year, month, day)
            except ValueError:
                break
    raise InvalidValue(tr("{label}“{value}”不是有效日期（例如 2023-05-06）。").format(label=label, value=value))


def parse_mileage(value: object, last: int | None = None) -> tuple[int | None, list[Problem]]:
    """Kilometres as a whole number, never negative; a warning when lower than the last reading."""
    text = clean_text(value).replace(",", "").replace("公里", "").replace("km", "").replace("KM", "").strip()
    if not text:
        return None, []
    try:
        number = float(text)
    except ValueError as error:
        raise InvalidValue(tr("行驶里程“{value}”应为数字（公里）。").format(value=value)) from error
    if number < 0:
        raise InvalidValue(tr("行驶里程不能为负数（{value}）。").format(value=value))
    if number > 2_000_000:
        raise InvalidValue(tr("行驶里程 {value} 公里不合常理，请核对。").format(value=value))
    kilometres = int(round(number))
    if last is not None and kilometres < last:
        return kilometres, [
            Problem(
                "mileage",
                tr("行驶里程 {kilometres} 公里低于上次记录的 {last} 公里，确定要保存吗？").format(
                    kilometres=kilometres, last=last
                ),
                "warning",
            )
        ]
    return kilometres, []


def parse_amount(value: object) -> float:
    text = clean_text(value).replace(",", "").replace("¥", "").replace("元", "").strip()
    if not text:
        return 0.0
    try:
        amount = float(text)
    except ValueError as error:
        raise InvalidValue(tr("金额“{value}”应为数字。").format(value=value)) from error
    if amount < 0:
        raise InvalidValue(tr("金额不能为负数（{value}）。").format(value=value))
    return round(amount, 2)
