from datetime import date, timedelta

import pytest

from gazetteer_desk.domain import procedure
from gazetteer_desk.domain.calendar import HolidayCalendar
from gazetteer_desk.domain.procedure import MatterState, ProcedureError

# a calendar with no holidays and every day a working day keeps the arithmetic visible
PLAIN = HolidayCalendar(holidays=frozenset(), workdays=frozenset(date(2026, 1, 1) + timedelta(days=n) for n in range(800)))
RECEIVED = date(2026, 3, 2)


def walk(*steps):
    state = MatterState(status="registered", received_on=RECEIVED)
    for action, on, params in steps:
        state = procedure.apply(state, action, on, PLAIN, **params)
    return state


def test_acknowledgement_limit_is_fifteen_days_from_receipt():
    state = walk()
    assert procedure.next_due(state, PLAIN) == RECEIVED + timedelta(days=15)


def test_handling_limit_runs_sixty_days_from_acceptance_plus_extension():
    accepted = walk(("accept", date(2026, 3, 5), {}))
    assert procedure.next_due(accepted, PLAIN) == date(2026, 3, 5) + timedelta(days=60)
    extended = procedure.apply(accepted, "extend", date(2026, 4, 20), PLAIN, days=30, approver="刘芳", reason="需调查")
    assert procedure.next_due(extended, PLAIN) == date(2026, 3, 5) + timedelta(days=90)
    assert "延期" not in [a.label for a in procedure.allowed_actions(extended)]


def test_extension_over_thirty_days_is_refused():
    accepted = walk(("accept", date(2026, 3, 5), {}))
    with pytest.raises(ProcedureError, match="1至30日"):
        procedure.apply(accepted, "extend", date(2026, 4, 1), PLAIN, days=31, approver="刘芳", reason="x")


def test_extension_after_the_limit_expired_is_refused():
    accepted = walk(("accept", date(2026, 3, 5), {}))
    with pytest.raises(ProcedureError, match="届满"):
        procedure.apply(accepted, "extend", date(2026, 5, 20), PLAIN, days=10, approver="刘芳", reason="x")


def test_actions_follow_the_procedure():
    assert [a.key for a in procedure.allowed_actions(walk())] == ["accept", "reject", "transfer", "assign"]
    with pytest.raises(ProcedureError, match="不能进行“答复”"):
        procedure.apply(walk(), "reply", RECEIVED, PLAIN, outcome="予以支持")


def test_reply_needs_one_of_the_three_outcomes():
    accepted = walk(("accept", date(2026, 3, 5), {}))
    with pytest.raises(ProcedureError, match="处理结果"):
        procedure.apply(accepted, "reply", date(2026, 4, 1), PLAIN, outcome="随便")


def test_review_and_recheck_windows_and_final_termination():
    state = walk(("accept", date(2026, 3, 5), {}), ("reply", date(2026, 4, 1), {"outcome": "不予支持"}))
    assert procedure.next_due(state, PLAIN) is None  # the petitioner's window is not the desk's deadline
    with pytest.raises(ProcedureError, match="已超过复查申请期限"):
        procedure.apply(state, "request_review", date(2026, 5, 2), PLAIN)
    state = procedure.apply(state, "request_review", date(2026, 5, 1), PLAIN)
    assert procedure.next_due(state, PLAIN) == date(2026, 5, 31)
    state = procedure.apply(state, "decide_review", date(2026, 5, 20), PLAIN, outcome="不予支持")
    state = procedure.apply(state, "request_recheck", date(2026, 6, 1), PLAIN)
    state = procedure.apply(state, "terminate", date(2026, 6, 25), PLAIN, outcome="不予支持")
    assert state.status == "terminated" and procedure.allowed_actions(state) == []


def test_deadlines_report_late_steps():
    state = walk(("accept", date(2026, 3, 5), {}), ("reply", date(2026, 5, 5), {"outcome": "予以支持"}))
    handling = [d for d in procedure.deadlines(state, PLAIN) if d.label.startswith("办理期限")][0]
    assert handling.due == date(2026, 5, 4) and handling.was_late()


def test_missing_parameters_are_named_in_chinese():
    with pytest.raises(ProcedureError, match="承办单位"):
        procedure.apply(walk(), "transfer", RECEIVED, PLAIN)
