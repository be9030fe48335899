"""Administrative division codes: GB/T 2260 county (6) + GB/T 10114 township (3) + village/community (3).

Codes change every year, so only the shape and the parent prefix are checked here; names and versions live in data.
12-digit statistical codes padded with zeros (``500235000000``) are accepted and shortened.
"""

from __future__ import annotations

from gazetteer_desk.domain._text import clean_code
from gazetteer_desk.domain.idnumber import PROVINCE_CODES

TOWNSHIP_KINDS = (("街道", 1, 99), ("镇", 100, 199), ("乡", 200, 399), ("其他", 400, 599))
VILLAGE_KINDS = (("社区", 1, 199), ("村", 200, 399), ("其他", 400, 999))  # 居委会 / 村委会 / other


class DivisionCodeError(ValueError):
    """Invalid division code; ``message`` is the Chinese text for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _digits(code: object, length: int, label: str) -> str:
    value = clean_code(code)
    if not value:
        raise DivisionCodeError(f"未填写{label}")
    if not (value.isascii() and value.isdigit()):
        raise DivisionCodeError(f"{label}只能包含数字（收到“{value}”）")
    if len(value) == 12 and length < 12 and set(value[length:]) == {"0"}:
        value = value[:length]
    if len(value) != length:
        raise DivisionCodeError(f"{label}应为{length}位数字（收到{len(value)}位）")
    return value


def validate_county_code(code: object) -> str:
    """Six digits, a real province prefix, county part not ``00`` (that would be a prefecture)."""
    value = _digits(code, 6, "县级区划代码")
    if value[:2] not in PROVINCE_CODES:
        raise DivisionCodeError(f"县级区划代码“{value}”的省级代码“{value[:2]}”不存在")
    if value[4:] == "00":
        raise DivisionCodeError(f"“{value}”是地市级代码，不是县级区划代码")
    return value


def township_kind(code: object) -> str:
    """街道 / 镇 / 乡 / 其他, from the three-digit township part."""
    part = int(_digits(code, 9, "乡镇区划代码")[6:])
    for kind, low, high in TOWNSHIP_KINDS:
        if low <= part <= high:
            return kind
    raise DivisionCodeError(f"乡镇代码后三位应在001至599之间（收到{part:03d}）")


def validate_township_code(code: object, county_code: object | None = None) -> str:
    value = _digits(code, 9, "乡镇区划代码")
    validate_county_code(value[:6])
    township_kind(value)
    if county_code is not None:
        county = validate_county_code(county_code)
        if not value.startswith(county):
            raise DivisionCodeError(f"乡镇代码“{value}”不属于本县（县级代码{county}）")
    return value


def village_kind(code: object) -> str:
    """社区 (居委会 001–199) / 村 (村委会 200–399) / 其他, per the statistical division coding rules."""
    part = int(_digits(code, 12, "村（社区）代码")[9:])
    for kind, low, high in VILLAGE_KINDS:
        if low <= part <= high:
            return kind
    raise DivisionCodeError("村（社区）代码后三位不能为000")


def validate_village_code(code: object, township_code: object | None = None) -> str:
    value = _digits(code, 12, "村（社区）代码")
    validate_township_code(value[:9])
    village_kind(value)
    if township_code is not None:
        township = validate_township_code(township_code)
        if not value.startswith(township):
            raise DivisionCodeError(f"村（社区）代码“{value}”不属于本乡镇（乡镇代码{township}）")
    return value


def village_code(township_code: object, n: int) -> str:
    """The ``n``-th village code under a township (n = 1..999), e.g. for demo data or a new community."""
    township = validate_township_code(township_code)
    if not 1 <= n <= 999:
        raise DivisionCodeError("村（社区）序号应在1至999之间")
    return f"{township}{n:03d}"
