from datetime import date, timedelta

import pytest

from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.matters import matters
from gazetteer_desk.services.matters.listing import MatterFilter, count_matters
from gazetteer_desk.services.matters.registration import RegistrationInput, register

OPINION = dict(opinion="依法予以答复", basis="《信访工作条例》第三十二条")  # Art. 32: a reply states both


def test_accept_extend_reply_records_history_and_recomputes_the_limit(store):
    number = register(store, RegistrationInput(name="王伟", request="工资")).number
    today = date.today()
    detail = matters.take_action(store, number, "accept", on=today, actor="李明")
    first_due = detail.matter.due_on
    assert detail.matter.status == "accepted" and first_due >= today + timedelta(days=60)
    detail = matters.take_action(store, number, "extend", on=today, days=30, approver="刘芳", reason="需实地调查")
    assert detail.matter.due_on >= today + timedelta(days=90) and detail.matter.extension_reason == "需实地调查"
    detail = matters.take_action(store, number, "reply", on=today, outcome="予以支持",
                        **OPINION)
    assert detail.matter.status == "replied" and detail.matter.due_on is None
    assert [e.kind for e in detail.events] == ["registered", "accept", "extend", "reply"]
    assert "批准人：刘芳" in detail.events[2].detail


def test_a_refused_action_changes_nothing(store):
    number = register(store, RegistrationInput(name="王伟", request="工资")).number
    with pytest.raises(DeskError, match="不能进行"):
        matters.take_action(store, number, "reply", outcome="予以支持",
                        **OPINION)
    detail = matters.get_matter(store, number)
    assert detail.matter.status == "registered" and len(detail.events) == 1


def test_overdue_matters_are_counted(store):
    long_ago = date.today() - timedelta(days=40)
    from datetime import UTC, datetime, time

    register(store, RegistrationInput(name="王伟", request="工资",
                                      received_at=datetime.combine(long_ago, time(12), UTC)))
    assert count_matters(store, MatterFilter(due="overdue")) == 1


def test_satisfaction_needs_a_reason_when_unsatisfied(store):
    number = register(store, RegistrationInput(name="王伟", request="工资")).number
    with pytest.raises(DeskError, match="原因"):
        matters.record_satisfaction(store, number, office="不满意")
    matters.record_satisfaction(store, number, office="满意", unit="基本满意", method="电话")
    detail = matters.get_matter(store, number)
    assert detail.matter.satisfaction_unit == "基本满意" and detail.events[-1].kind == "satisfaction"


def test_due_counts_follow_the_viewers_purposes(store):
    from datetime import UTC, datetime, time

    from gazetteer_desk.services.matters.listing import due_counts

    long_ago = datetime.combine(date.today() - timedelta(days=40), time(12), UTC)
    register(store, RegistrationInput(name="王伟", request="工资", received_at=long_ago))
    register(store, RegistrationInput(name="吴敏", request="举报", purpose="检举控告", route="accusation",
                                      received_at=long_ago))
    assert due_counts(store).overdue == 2
    assert due_counts(store, visible_purposes=frozenset({"求决"})).overdue == 1


def test_a_limit_in_a_year_without_a_holiday_table_is_flagged(store):
    from dataclasses import replace

    number = register(store, RegistrationInput(name="王伟", request="工资")).number
    detail = matters.get_matter(store, number)
    due_year = detail.deadlines[0].due.year
    known = replace(detail, calendar_years=frozenset({due_year}))
    assert known.calendar_warning == ""
    unknown = replace(detail, calendar_years=frozenset())
    assert f"{due_year}年的节假日尚未完整录入" in unknown.calendar_warning


def test_a_visit_cannot_be_registered_in_the_future(store):
    from datetime import UTC, datetime

    with pytest.raises(DeskError, match="来访时间不能晚于现在"):
        register(store, RegistrationInput(name="王伟", request="工资",
                                          received_at=datetime.now(UTC) + timedelta(days=2)))
