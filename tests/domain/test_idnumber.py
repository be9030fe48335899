from datetime import date

import pytest

from gazetteer_desk.domain.idnumber import IdNumber, IdNumberError, check_char, make_id_number, parse_id_number

TODAY = date(2025, 6, 1)


def parse(raw):
    return parse_id_number(raw, today=TODAY)


def error_of(raw):
    with pytest.raises(IdNumberError) as info:
        parse(raw)
    assert str(info.value) == info.value.message
    return info.value.message


def test_published_example_is_valid():
    assert parse("11010519491231002X") == IdNumber("11010519491231002X", date(1949, 12, 31), "女", "110105")


def test_published_counter_example_names_the_right_check_char():
    assert error_of("110105194912310021") == "校验位错误（应为X）"


def test_check_char_mod_11_2():
    assert check_char("11010519491231002") == "X"
    assert check_char("50023519900101123") == make_id_number("500235", date(1990, 1, 1), 123)[-1]


def test_lowercase_x_spaces_and_full_width_are_normalised():
    assert parse(" 110105 19491231 002x ").value == "11010519491231002X"
    assert parse("１１０１０５１９４９１２３１００２Ｘ").value == "11010519491231002X"
    assert parse("１１０１０５１９４９１２３１００２ｘ").value == "11010519491231002X"


def test_fifteen_digit_legacy_number_is_upgraded():
    id_ = parse("110105491231002")
    assert id_.value == "11010519491231002X"
    assert id_.birth_date == date(1949, 12, 31)


def test_sex_from_sequence_parity():
    assert parse(make_id_number("500235", date(1990, 1, 1), 123)).sex == "男"
    assert parse(make_id_number("500235", date(1990, 1, 1), 122)).sex == "女"


@pytest.mark.parametrize("raw, message", [
    ("1101051949123100", "长度不对（应为18位，实为16位）"),
    ("1101051949123100211", "长度不对（应为18位，实为19位）"),
    ("11010519491231002Y", "含有非法字符“Y”"),
    ("1101051949X231002X", "含有非法字符“X”"),
    ("11010519491231－02X", "含有非法字符“-”"),
    ("", "号码为空"),
    ("   ", "号码为空"),
    ("11010549123100X", "含有非法字符“X”"),
])
def test_shape_errors(raw, message):
    assert error_of(raw) == message


def test_leap_days():
    assert parse(make_id_number("500235", date(2000, 2, 29), 1)).birth_date == date(2000, 2, 29)
    first17 = "50023519000229001"  # 1900 was not a leap year
    assert error_of(first17 + check_char(first17)) == "出生日期无效"
    first17 = "50023520230229001"
    assert error_of(first17 + check_char(first17)) == "出生日期无效"


def test_impossible_and_future_birth_dates():
    for birth in ("19901301", "19900132", "18991231"):
        first17 = "500235" + birth + "001"
        assert error_of(first17 + check_char(first17)) == "出生日期无效"
    assert error_of(make_id_number("500235", date(2025, 6, 2), 1)) == "出生日期晚于今天"
    assert parse(make_id_number("500235", TODAY, 1)).birth_date == TODAY


def test_area_code_must_be_a_province():
    for area in ("990101", "000000", "500000"):
        assert error_of(make_id_number(area, date(1990, 1, 1), 1)) == "地址码无效"


def test_structure_is_checked_before_the_check_char():
    assert error_of("500235199013010011") == "出生日期无效"


def test_make_id_number_range():
    with pytest.raises(IdNumberError):
        make_id_number("500235", date(1990, 1, 1), 1000)
    with pytest.raises(IdNumberError):
        make_id_number("5002", date(1990, 1, 1), 1)
    assert make_id_number("110105", date(1949, 12, 31), 2) == "11010519491231002X"
