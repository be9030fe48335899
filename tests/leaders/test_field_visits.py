from datetime import date

import pytest

from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.leaders import field_visits
from gazetteer_desk.services.matters import matters
from gazetteer_desk.services.matters.registration import RegistrationInput

from tests.leaders.helpers import counts, register_simple

DAY = date(2026, 3, 12)


def test_field_visit_opens_and_progresses_matters(store):
    entry = field_visits.log_field_visit(store, field_visits.FieldVisitInput(
        "陈国强", DAY, "白鹤村", people_met="村民代表8人", problems="灌溉渠堵塞；低保评议"))
    assert entry.village_name == "白鹤村"
    opened = field_visits.open_matter(store, entry.id, RegistrationInput(
        name="周老三", request="灌溉渠年久失修，请求疏通", category="农村农业", channel="电话"))
    detail = matters.get_matter(store, opened.number)
    assert detail.matter.channel == "走访" and detail.matter.village_name == "白鹤村"
    assert detail.visits[0].leader == "陈国强"
    earlier = register_simple(store).number
    field_visits.record_progress(store, entry.id, earlier, "现场说明测量安排，当事人表示接受")
    assert matters.get_matter(store, earlier).events[-1].kind == "field_visit"
    page = field_visits.field_visit_page(store, entry.id)
    assert [(m.number, m.how) for m in page.matters] == [(opened.number, "现场登记"), (earlier, "现场推进")]
    assert [r.id for r in field_visits.list_field_visits(store, leader="陈国强", year=2026, month=3)] == [entry.id]


@pytest.mark.parametrize("change, message", [
    (dict(leader="李明"), "未知的领导"), (dict(village="火星村"), "未知的村（社区）“火星村”"),
    (dict(people_met="", problems=""), "请填写接触群众或发现的问题"),
])
def test_bad_field_visit_saves_nothing(store, change, message):
    data = dict(leader="陈国强", day=DAY, village="白鹤村", people_met="x", problems="y")
    data.update(change)
    before = counts(store)
    with pytest.raises(DeskError, match=message):
        field_visits.log_field_visit(store, field_visits.FieldVisitInput(**data))
    assert counts(store) == before


def test_field_visit_page_asks_sql_for_its_own_events_only(store):
    from sqlalchemy import event

    entry = field_visits.log_field_visit(store, field_visits.FieldVisitInput("陈国强", DAY, "白鹤村", problems="渠道"))
    other = field_visits.log_field_visit(store, field_visits.FieldVisitInput("刘芳", DAY, "青龙村", problems="道路"))
    mine, theirs = register_simple(store).number, register_simple(store).number
    field_visits.record_progress(store, entry.id, mine, "现场答复")
    field_visits.record_progress(store, other.id, theirs, "现场答复")
    statements = []
    listener = lambda conn, cursor, sql, params, context, many: statements.append(sql)  # noqa: E731
    event.listen(store.engine, "before_cursor_execute", listener)
    try:
        page = field_visits.field_visit_page(store, entry.id)
    finally:
        event.remove(store.engine, "before_cursor_execute", listener)
    assert [(m.number, m.how) for m in page.matters] == [(mine, "现场推进")]
    assert any("json_extract" in sql and "matterevent" in sql for sql in statements)
