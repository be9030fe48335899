from datetime import date, timedelta

import pytest

from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.matters import matters
from gazetteer_desk.services.leaders import reception_days
from gazetteer_desk.services.leaders.reception_days import ReceptionDayInput

from tests.leaders.helpers import counts, register_simple

DAY = date(2026, 3, 10)


def _day(**kw):
    base = dict(leader="陈国强", day=DAY, start_time="9:00", end_time="12:00", place="镇信访接待室",
                form="定点接访", liaison="李明", liaison_phone="13800001111")
    base.update(kw)
    return ReceptionDayInput(**base)


def test_schedule_and_month_list(store):
    row = reception_days.schedule(store, _day())
    reception_days.schedule(store, _day(leader="刘芳", day=DAY + timedelta(days=7), form="重点约访"))
    reception_days.schedule(store, _day(day=date(2026, 4, 2)))
    assert row.start_time == "09:00" and row.leader == "陈国强" and row.post == "党委书记"
    march = reception_days.month_schedule(store, 2026, 3)
    assert [(r.day, r.leader, r.form) for r in march] == [(DAY, "陈国强", "定点接访"),
                                                          (DAY + timedelta(days=7), "刘芳", "重点约访")]
    assert [r.leader for r in reception_days.month_schedule(store, 2026, 3, leader="刘芳")] == ["刘芳"]


@pytest.mark.parametrize("change, message", [
    (dict(leader="李明"), "未知的领导“李明”"),
    (dict(leader="王五"), "未知的领导“王五”"),
    (dict(start_time="14:00", end_time="12:00"), "结束时间（12:00）必须晚于开始时间（14:00）"),
    (dict(start_time="九点"), "开始时间格式应为"),
    (dict(form="随便接访"), "未知的接访形式"),
    (dict(place=" "), "请填写接访地点"),
])
def test_bad_day_saves_nothing(store, change, message):
    before = counts(store)
    with pytest.raises(DeskError, match=message):
        reception_days.schedule(store, _day(**change))
    assert counts(store) == before


def test_overlapping_day_refused(store):
    reception_days.schedule(store, _day())
    with pytest.raises(DeskError, match="时间重叠"):
        reception_days.schedule(store, _day(start_time="11:00", end_time="15:00"))
    reception_days.schedule(store, _day(start_time="14:00", end_time="17:00"))


def test_visits_on_the_day_and_instruction(store):
    row = reception_days.schedule(store, _day())
    first = register_simple(store, reception_day_id=row.id, receiver="李明")
    second = register_simple(store, name="赵小梅", request="低保资格复核", category="民政", reception_day_id=row.id)
    register_simple(store, name="不相干", request="别的事")
    page = reception_days.day_page(store, row.id)
    assert [(v.name, v.request) for v in page.visits] == [("王大山", "宅基地边界纠纷"), ("赵小梅", "低保资格复核")]
    assert page.day.visit_count == 2
    detail = matters.get_matter(store, first.number)
    assert detail.visits[0].leader == "陈国强"  # the day's leader is recorded on the visit

    reception_days.record_instruction(store, row.id, second.number, "请民政办三日内入户核实", actor="李明")
    page = reception_days.day_page(store, row.id)
    assert [(i.matter_number, i.text) for i in page.instructions][0][0] == second.number
    events = matters.get_matter(store, second.number).events
    assert events[-1].kind == "instruction" and "请民政办三日内入户核实" in events[-1].detail

    before = counts(store)
    with pytest.raises(DeskError, match="请填写领导批示"):
        reception_days.record_instruction(store, row.id, second.number, "  ")
    assert counts(store) == before


def test_visit_on_unknown_day_or_other_leader_refused(store):
    row = reception_days.schedule(store, _day())
    before = counts(store)
    with pytest.raises(DeskError, match="找不到该领导接访日"):
        register_simple(store, reception_day_id="nope")
    from tests.leaders.helpers import leader_id
    with pytest.raises(DeskError, match="接待领导与领导接访日的领导不一致"):
        register_simple(store, reception_day_id=row.id, leader_id=leader_id(store, "刘芳"))
    with pytest.raises(DeskError, match="接待领导不在本乡镇领导名单中"):
        register_simple(store, leader_id=leader_id(store, "李明"))
    assert counts(store) == before


def test_cancel_day(store):
    row = reception_days.schedule(store, _day())
    reception_days.cancel(store, row.id)
    assert reception_days.month_schedule(store, 2026, 3) == []
    busy = reception_days.schedule(store, _day())
    register_simple(store, reception_day_id=busy.id)
    with pytest.raises(DeskError, match="已有来访登记"):
        reception_days.cancel(store, busy.id)
