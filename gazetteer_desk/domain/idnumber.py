"""Resident ID numbers (居民身份证号码, GB 11643-1999): parse, validate, and build demo numbers.

The check runs on the desk before anything is stored, so every message names the exact fault in Chinese.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from gazetteer_desk.domain._text import clean_code
from gazetteer_desk.domain.division_table import DivisionTable

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"

# First two digits of GB/T 2260 (provinces; 71 台湾, 81 香港, 82 澳门, 83 for 台湾居民居住证).
PROVINCE_CODES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 "
    "50 51 52 53 54 61 62 63 64 65 71 81 82 83".split()
)
_EARLIEST_BIRTH = date(1900, 1, 1)


class IdNumberError(ValueError):
    """Invalid ID number; ``message`` is the Chinese text shown next to the field."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class IdNumber:
    value: str  # normalised: 18 characters, upper-case X
    birth_date: date
    sex: str  # "男" / "女"
    area_code: str


# 港澳台居民居住证 (2018) carry a national ID number whose address code is the region's own: 810000 香港,
# 820000 澳门, 830000 台湾
RESIDENCE_PERMIT_AREAS = frozenset({"810000", "820000", "830000"})


def check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character for the first 17 digits."""
    if len(first17) != 17 or not first17.isdigit() or not first17.isascii():
        raise IdNumberError("前17位必须是数字")
    total = sum(int(c) * w for c, w in zip(first17, _WEIGHTS, strict=False))
    return _CHECK_CHARS[total % 11]


def _parse_birth(text: str) -> date:
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        raise IdNumberError("出生日期无效") from None


def parse_id_number(raw: str, today: date | None = None, divisions: DivisionTable | None = None) -> IdNumber:
    """Validate and normalise; 15-digit legacy numbers are upgraded to 18 (19xx century, new check character).

    With ``divisions`` (the GB/T 2260 table) the address code must be a listed county code, or a retired one the
    holder was born early enough to carry; without it only the province part is checked (enough to normalise a
    number that is searched for).
    """
    value = clean_code(raw)
    if not value:
        raise IdNumberError("号码为空")
    bad = [c for i, c in enumerate(value) if not (c.isascii() and c.isdigit()) and not (c == "X" and i == len(value) - 1)]
    if bad:
        raise IdNumberError(f"含有非法字符“{''.join(dict.fromkeys(bad))}”")
    if len(value) == 15:
        if not value.isdigit():
            raise IdNumberError("含有非法字符“X”")
        first17 = value[:6] + "19" + value[6:]
        value = first17 + check_char(first17)
    elif len(value) != 18:
        raise IdNumberError(f"长度不对（应为18位，实为{len(value)}位）")

    area = value[:6]
    if area[:2] not in PROVINCE_CODES or (area[2:] == "0000" and area not in RESIDENCE_PERMIT_AREAS):
        raise IdNumberError("地址码无效")
    birth = _parse_birth(value[6:14])
    if birth < _EARLIEST_BIRTH:
        raise IdNumberError("出生日期无效")
    if birth > (today or date.today()):
        raise IdNumberError("出生日期晚于今天")
    expected = check_char(value[:17])
    if value[17] != expected:
        raise IdNumberError(f"校验位错误（应为{expected}）")
    if divisions is not None and area not in RESIDENCE_PERMIT_AREAS:
        problem = divisions.check_address_code(area, birth)
        if problem:
            raise IdNumberError(problem)
    sex = "男" if int(value[16]) % 2 == 1 else "女"
    return IdNumber(value=value, birth_date=birth, sex=sex, area_code=area)


def make_id_number(area_code: str, birth: date, seq: int) -> str:
    """Build a valid number for demo data; ``seq`` 0..999, odd means male."""
    if not (len(area_code) == 6 and area_code.isdigit()):
        raise IdNumberError("地址码无效")
    if not 0 <= seq <= 999:
        raise IdNumberError("顺序码应在000至999之间")
    first17 = f"{area_code}{birth:%Y%m%d}{seq:03d}"
    return first17 + check_char(first17)
