"""Acknowledgements on the township: imported, refused (and why), not yet acknowledged, and a month's warning."""

from datetime import date, timedelta

import pytest

from gazetteer_desk.services.sync import acknowledgements, bundle_import, down_export, down_import

from tests.sync.conftest import COUNTY_PASS, TOWN_PASS, petition, seal, unpack_export
from tests.sync.down_fixtures import exchange_down_keys

B = "500235102"


@pytest.fixture
def down_desk(desk, tmp_path):
    return exchange_down_keys(desk, tmp_path)


def test_a_refused_bundle_is_acknowledged_with_its_reason(down_desk):
    b = down_desk.townships[B]
    petition(b, "赵德明", None, "反映邻里宅基地纠纷")
    first = down_desk.export(B)
    second = down_desk.export(B, "2026-12")
    third = down_desk.export(B, "2027-01")
    # The county imports a copy of the first bundle sealed again (another file hash); the real second bundle then
    # does not chain to it and is refused — with a known signer and number, so the refusal can be told.
    copy = seal(down_desk, B, unpack_export(down_desk, first), "copy.gdb.age")
    result = bundle_import.import_bundles(down_desk.county, [copy, second.bundle_path], passphrase=COUNTY_PASS)
    assert [r.status for r in result.reports] == ["imported", "refused"]

    statuses = {s.sequence: s for s in acknowledgements.export_statuses(b)}
    assert {s.status for s in statuses.values()} == {"pending"}
    down = down_export.export_down(down_desk.county, B, down_desk.stick, passphrase=COUNTY_PASS)
    assert down_import.import_down(b, down.bundle_path, passphrase=TOWN_PASS).status == "imported"
    statuses = {s.sequence: s for s in acknowledgements.export_statuses(b)}
    assert statuses[1].status == "mismatch" and "不是同一个文件" in statuses[1].text
    assert statuses[2].status == "refused" and statuses[2].text.startswith("被县信访办拒绝：")
    assert "链条断开" in statuses[2].text
    assert statuses[3].status == "pending" and statuses[3].text == "尚未确认" and not statuses[3].overdue
    assert third.sequence == 3


def test_unacknowledged_past_a_month_warns(down_desk):
    a = down_desk.townships["500235101"]
    down_desk.export("500235101")
    [fresh] = acknowledgements.export_statuses(a, today=date.today() + timedelta(days=20))
    assert not fresh.overdue
    [late] = acknowledgements.export_statuses(a, today=date.today() + timedelta(days=40))
    assert late.overdue and "超过一个月仍未确认" in late.text
