from datetime import date, timedelta

import pytest

from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.leaders import case_assignments as ca
from gazetteer_desk.services.leaders import leader_view
from gazetteer_desk.services.matters import matters

from tests.leaders.helpers import counts, register_simple


def test_assign_progress_settle(store, today):
    number = register_simple(store).number
    view = ca.assign(store, ca.AssignmentInput(number, "刘芳", start_on=today, end_on=today + timedelta(days=30),
                                               deputy="李明", members="张华、李明", units="国土所、青龙村委"))
    assert (view.lead, view.deputy, view.status_label) == ("刘芳", "李明", "包案中")
    ca.record_progress(store, view.id, "掌握情况", "入户了解宅基地边界历史", on=today)
    view = ca.record_progress(store, view.id, "思想教育", "讲解政策", on=today)
    assert view.duties_done == ["掌握情况", "思想教育"]
    assert [a.id for a in ca.assignments_for_leader(store, "刘芳")] == [view.id]
    assert [a.matter_number for a in ca.assignments_for_matter(store, number)] == [number]

    kinds = [e.kind for e in matters.get_matter(store, number).events]
    assert kinds.count("assignment") == 1 and kinds.count("assignment_progress") == 2

    view = ca.settle(store, view.id, "双方认可重新测量结果，息诉罢访", on=today)
    assert view.status == "settled"
    assert matters.get_matter(store, number).events[-1].kind == "assignment_settled"
    with pytest.raises(DeskError, match="已化解"):
        ca.record_progress(store, view.id, "息诉息访", "回访", on=today)


@pytest.mark.parametrize("change, message", [
    (dict(end_on=date(2026, 1, 1)), "包案结束日期（2026-01-01）不能早于开始日期（2026-02-01）"),
    (dict(leader="张华"), "未知的领导“张华”"),
    (dict(deputy="不存在"), "副包案人“不存在”不在本乡镇工作人员名单中"),
    (dict(deputy="刘芳"), "副包案人不能与包案领导为同一人"),
    (dict(matter_number="500235101-2026-99999"), "找不到信访事项"),
])
def test_bad_assignment_saves_nothing(store, change, message):
    number = register_simple(store).number
    data = dict(matter_number=number, leader="刘芳", start_on=date(2026, 2, 1), end_on=date(2026, 3, 1))
    data.update(change)
    before = counts(store)
    with pytest.raises(DeskError, match=message):
        ca.assign(store, ca.AssignmentInput(**data))
    assert counts(store) == before


def test_progress_needs_known_duty(store, today):
    number = register_simple(store).number
    view = ca.assign(store, ca.AssignmentInput(number, "刘芳", start_on=today))
    before = counts(store)
    with pytest.raises(DeskError, match="包案职责应为"):
        ca.record_progress(store, view.id, "包吃包住", "x", on=today)
    assert counts(store) == before


def test_leader_view_shows_held_matters_and_overdue(store, today):
    late = register_simple(store).number
    fine = register_simple(store, name="赵小梅", request="低保", category="民政").number
    ca.assign(store, ca.AssignmentInput(late, "陈国强", start_on=today - timedelta(days=40),
                                        end_on=today - timedelta(days=2)))
    ca.assign(store, ca.AssignmentInput(fine, "陈国强", start_on=today, end_on=today + timedelta(days=60)))
    overview = leader_view.leader_overview(store, "陈国强", today)
    assert overview.leader == "陈国强"
    assert [h.assignment.matter_number for h in overview.held][0] == late
    assert [h.assignment.matter_number for h in overview.overdue] == [late]
    assert overview.overdue[0].status_text == "已超期2天"
    assert leader_view.leader_overview(store, "刘芳", today).held == []
