"""Holidays: the county imports a year's table from a file; the down bundle carries it; running limits move."""

from datetime import date

import pytest

from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.calendar import calendar_for
from gazetteer_desk.services.setup import holiday_table
from gazetteer_desk.services.sync import down_export, down_import

from tests.sync.conftest import COUNTY_PASS, TOWN_PASS, dump, petition
from tests.sync.down_fixtures import exchange_down_keys
from tests.sync.test_down_roundtrip import _matter

A = "500235101"


def test_a_bad_line_saves_nothing(desk, tmp_path):
    table = tmp_path / "2027.txt"
    table.write_text("# 2027年\n2027-01-01,节假日,元旦\n2027-02-30,节假日,春节\n", encoding="utf-8")
    before = dump(desk.county)
    with pytest.raises(DeskError, match="第3行的日期无效"):
        holiday_table.import_table(desk.county, table)
    table.write_text("2027-01-01 放学\n", encoding="utf-8")
    with pytest.raises(DeskError, match="第1行的类别“放学”无效"):
        holiday_table.import_table(desk.county, table)
    assert dump(desk.county) == before


def test_the_county_table_moves_the_townships_running_limits(desk, tmp_path):
    exchange_down_keys(desk, tmp_path)
    a = desk.townships[A]
    number = petition(a, "赵德明", None, "反映邻里宅基地纠纷")
    due = _matter(a, number).due_on
    table = tmp_path / "table.txt"
    table.write_text(f"2027-01-01,节假日,元旦\n2027-02-06\t调休上班\n{due.isoformat()} 节假日 本县自定\n",
                     encoding="utf-8")
    result = holiday_table.import_table(desk.county, table)
    assert result.days == 3 and 2027 in result.years

    down = down_export.export_down(desk.county, A, desk.stick, passphrase=COUNTY_PASS)
    report = down_import.import_down(a, down.bundle_path, passphrase=TOWN_PASS)
    assert report.status == "imported" and report.holidays_changed == 3 and report.limits_moved == 1
    assert _matter(a, number).due_on > due
    cal = calendar_for(a)
    assert {date(2027, 1, 1), due} <= cal.holidays and date(2027, 2, 6) in cal.workdays
    entries = [e for e in audit.entries(a) if e.action == "setting" and e.entity == "holiday"]
    assert entries and "days_changed" in entries[0].detail
