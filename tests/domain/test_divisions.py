import pytest

from gazetteer_desk.domain.divisions import (
    DivisionCodeError,
    township_kind,
    validate_county_code,
    validate_township_code,
    validate_village_code,
    village_code,
    village_kind,
)


def message_of(fn, *args):
    with pytest.raises(DivisionCodeError) as info:
        fn(*args)
    return info.value.message


def test_county_code():
    assert validate_county_code("500235") == "500235"
    assert validate_county_code(" ５００２３５ ") == "500235"
    assert validate_county_code("500235000000") == "500235"
    assert validate_county_code(500235) == "500235"


@pytest.mark.parametrize("code, fragment", [
    ("50023", "应为6位"),
    ("5002351", "应为6位"),
    ("50023A", "只能包含数字"),
    ("990101", "省级代码“99”不存在"),
    ("500100", "地市级代码"),
    ("", "未填写"),
])
def test_bad_county_codes(code, fragment):
    assert fragment in message_of(validate_county_code, code)


@pytest.mark.parametrize("code, kind", [
    ("500235001", "街道"), ("500235099", "街道"), ("500235100", "镇"), ("500235199", "镇"),
    ("500235200", "乡"), ("500235399", "乡"), ("500235400", "其他"), ("500235599", "其他"),
])
def test_township_kinds(code, kind):
    assert township_kind(code) == kind
    assert validate_township_code(code, "500235") == code


def test_township_code_errors():
    assert "001至599" in message_of(validate_township_code, "500235000")
    assert "001至599" in message_of(validate_township_code, "500235600")
    assert "不属于本县" in message_of(validate_township_code, "500236101", "500235")
    assert "应为9位" in message_of(validate_township_code, "50023510")
    assert validate_township_code("500235101000") == "500235101"


def test_village_codes():
    assert village_code("500235101", 1) == "500235101001"
    assert village_code("500235101", 205) == "500235101205"
    assert validate_village_code("500235101205", "500235101") == "500235101205"
    assert village_kind("500235101001") == "社区"
    assert village_kind("500235101205") == "村"
    assert "不属于本乡镇" in message_of(validate_village_code, "500235102001", "500235101")
    assert "000" in message_of(validate_village_code, "500235101000")
    assert "应为12位" in message_of(validate_village_code, "50023510100")
    with pytest.raises(DivisionCodeError):
        village_code("500235101", 0)
    with pytest.raises(DivisionCodeError):
        village_code("500235101", 1000)
