"""Township → county → township → county: acknowledgements, a 交办件 with its limit, a 督办, a 复查 decision and
next year's holidays travel down; the township's handling travels back up and the county sees the orders answered."""

from datetime import date, timedelta

import pytest
from sqlmodel import select

from gazetteer_desk.services.core.calendar import calendar_for
from gazetteer_desk.services.matters import matters
from gazetteer_desk.services.setup import holidays
from gazetteer_desk.services.sync import (acknowledgements, bundle_import, county_orders, down_export, down_import,
                                          township_orders)
from gazetteer_desk.store.models import CountyOrder, Holiday, Matter, MatterEvent

from tests.conftest import BOTH_STORES
from tests.sync.conftest import COUNTY_PASS, SAME_PERSON, TOWN_PASS, petition
from tests.sync.down_fixtures import exchange_down_keys

A, B = "500235101", "500235102"


@pytest.fixture
def down_desk(desk, tmp_path):
    return exchange_down_keys(desk, tmp_path)


def _matter(store, number) -> Matter:
    with store.read() as session:
        return session.exec(select(Matter).where(Matter.number == number)).one()


@BOTH_STORES
def test_the_county_answers_back_and_hears_the_answers(down_desk):
    desk = down_desk
    a = desk.townships[A]
    today = date.today()
    replied = petition(a, "王秀英", SAME_PERSON, "要求解决青龙村道路硬化")
    matters.take_action(a, replied, "accept", on=today)
    matters.take_action(a, replied, "reply", on=today, outcome="解释说明",
                        opinion="已向信访人解释相关政策", basis="《信访工作条例》第三十二条")
    late = petition(a, "赵德明", None, "反映邻里宅基地纠纷")
    up = desk.export(A)
    assert bundle_import.import_bundles(desk.county, [up.bundle_path], passphrase=COUNTY_PASS).exit_code == 0

    # At the county: next year's holidays, a 交办件, a 督办 on the late matter, a 复查 decision on the replied one.
    holidays.set_day(desk.county, date(2027, 1, 1), is_holiday=True, name="元旦")
    holidays.set_day(desk.county, date(2027, 2, 6), is_holiday=False, name="春节调休上班")
    deadline = today + timedelta(days=20)
    assigned = county_orders.assign_matter(desk.county, county_orders.AssignmentInput(
        township_code=A, name="孙桂兰", request="反映村集体收益分配不公开", deadline=deadline,
        category="农村农业", instruction="请依法受理并于期限内答复"))
    order = county_orders.supervise(desk.county, late, today + timedelta(days=7), "超期办理，限期答复")
    county_orders.decide(desk.county, replied, "review", "予以支持", decided_on=today, requested_on=today,
                         text="经复查，原处理意见依据不足")
    results = down_export.export_all(desk.county, desk.stick, passphrase=COUNTY_PASS)
    assert [(r.township_code, r.sequence) for r in results] == [(A, 1), (B, 1)]
    down = results[0]
    assert down.counts == {"acknowledgement": 1, "order": 2, "decision": 1, "holiday": 2, "key": 1}

    # At the township: everything arrives in one import.
    report = down_import.import_down(a, down.bundle_path, passphrase=TOWN_PASS)
    assert report.status == "imported", report.lines()
    assert (report.acknowledgements, report.orders, report.decisions, report.holidays_changed) == (1, 1, 1, 2)
    [new_number] = report.matters
    [status] = acknowledgements.export_statuses(a)
    assert status.status == "imported" and status.text.startswith("已于 ") and "在县信访办导入" in status.text

    new = _matter(a, new_number)
    assert new.source == "上级交办" and new.received_on == today and new.request == "反映村集体收益分配不公开"
    assert new.due_on is not None  # the statutory 15-day limit runs, beside the county's own
    mine = {o.kind: o for o in township_orders.orders(a)}
    assert mine["交办"].matter_number == new_number and mine["交办"].deadline == deadline
    assert mine["督办"].matter_number == late and mine["督办"].instruction == "超期办理，限期答复"
    assert "县交办/督办待答复 2 件" in township_orders.banner_text(a)
    detail = matters.get_matter(a, replied)
    assert detail.matter.status == "reviewed" and detail.matter.outcome == "予以支持"
    assert any("县信访办复查意见：予以支持" in e.detail for e in detail.events)
    assert any(e.kind == "supervise" for e in matters.get_matter(a, late).events)
    cal = calendar_for(a)
    assert date(2027, 1, 1) in cal.holidays and date(2027, 2, 6) in cal.workdays
    with a.read() as session:
        assert {h.day for h in session.exec(select(Holiday))} == {date(2027, 1, 1), date(2027, 2, 6)}

    # The same file again changes nothing.
    assert down_import.import_down(a, down.bundle_path, passphrase=TOWN_PASS).status == "skipped"

    # The township handles the 交办件 and answers the 督办; its next monthly bundle carries both.
    matters.take_action(a, new_number, "accept", on=today)
    township_orders.respond(a, late, "已入户调解，双方达成协议", on=today)
    township_orders.respond(a, new_number, "已受理，正在调查", on=today)
    second = desk.export(A, "2026-12")
    assert bundle_import.import_bundles(desk.county, [second.bundle_path], passphrase=COUNTY_PASS).exit_code == 0
    answered = {r.kind: r for r in county_orders.orders(desk.county, A)}
    assert answered["督办"].answered and answered["督办"].response == "已入户调解，双方达成协议"
    assert answered["交办"].answered and answered["交办"].matter_number == new_number
    assert answered["交办"].received_on == today
    at_county = _matter(desk.county, new_number)
    assert at_county.source == "上级交办" and at_county.status == "accepted"
    with desk.county.read() as session:
        assert session.get(CountyOrder, order.id).revision > 1
        assert session.get(CountyOrder, assigned.id).matter_id == at_county.id
        kinds = {e.kind for e in session.exec(select(MatterEvent).where(MatterEvent.township_code == A))}
    assert {"supervise", "county_decision", "supervise_reply"} <= kinds

    # The second down bundle acknowledges the second monthly bundle and carries no order twice.
    again = down_export.export_down(desk.county, A, desk.stick, passphrase=COUNTY_PASS)
    assert again.sequence == 2 and again.counts["order"] == 0 and again.counts["acknowledgement"] == 2
    assert down_import.import_down(a, again.bundle_path, passphrase=TOWN_PASS).status == "imported"
    assert [s.status for s in acknowledgements.export_statuses(a)] == ["imported", "imported"]


def test_a_county_order_for_a_person_with_a_running_matter_of_its_kind_stays_a_matter_of_its_own(down_desk):
    desk = down_desk
    a = desk.townships[A]
    running = petition(a, "王秀英", SAME_PERSON, "要求解决青龙村道路硬化")
    county_orders.assign_matter(desk.county, county_orders.AssignmentInput(
        township_code=A, name="王秀英", id_number=SAME_PERSON, request="反映道路硬化资金去向",
        deadline=date.today() + timedelta(days=20), category="城乡建设", instruction="请依法受理"))
    [down] = [r for r in down_export.export_all(desk.county, desk.stick, passphrase=COUNTY_PASS) if r.township_code == A]
    report = down_import.import_down(a, down.bundle_path, passphrase=TOWN_PASS)
    assert report.status == "imported", report.lines()
    [number] = report.matters
    assert number != running and _matter(a, number).source == "上级交办"
    assert _matter(a, running).source == "" and len(matters.get_matter(a, running).visits) == 1
    assert "县信访办交办件" in matters.get_matter(a, number).events[0].detail
