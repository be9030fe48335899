from datetime import date

import pytest

from gazetteer_desk.domain import limits
from gazetteer_desk.domain.calendar import HolidayCalendar, default_calendar
from gazetteer_desk.domain.limits import (
    LimitError,
    ack_due,
    describe_days_left,
    handling_due,
    judicial_confirmation_due,
    mediation_target_due,
    objection_due,
    recheck_decision_due,
    recheck_request_due,
    review_decision_due,
    review_request_due,
    routing_due,
)

CAL = default_calendar()
PLAIN = HolidayCalendar()


def test_constants_match_the_regulation():
    assert (limits.ACK_DAYS, limits.ROUTING_DAYS, limits.HANDLING_DAYS, limits.MAX_EXTENSION_DAYS) == (15, 15, 60, 30)
    assert (limits.REVIEW_REQUEST_DAYS, limits.REVIEW_DECISION_DAYS) == (30, 30)
    assert (limits.RECHECK_REQUEST_DAYS, limits.RECHECK_DECISION_DAYS) == (30, 30)
    assert limits.OBJECTION_WORKING_DAYS == 5
    assert limits.JUDICIAL_CONFIRMATION_DAYS == 30 and limits.MEDIATION_TARGET_DAYS == 30


def test_ack_and_routing_are_15_calendar_days_from_the_next_day():
    assert ack_due(date(2025, 3, 3), CAL) == date(2025, 3, 18)
    assert routing_due(date(2025, 3, 3), CAL) == date(2025, 3, 18)
    # Received 2025-09-23: day 15 is 10-08 (国庆) -> 10-09.
    assert ack_due(date(2025, 9, 23), CAL) == date(2025, 10, 9)
    assert ack_due(date(2025, 9, 23), CAL, roll_to_working_day=False) == date(2025, 10, 8)
    # Default calendar used when none is given.
    assert ack_due(date(2025, 9, 23)) == date(2025, 10, 9)


def test_handling_limit_and_extension():
    assert handling_due(date(2025, 3, 3), 0, PLAIN) == date(2025, 5, 2)
    assert handling_due(date(2025, 3, 3), 0, CAL) == date(2025, 5, 6)  # 5-02 is 劳动节
    assert handling_due(date(2025, 3, 3), 30, PLAIN) == date(2025, 6, 2)
    assert handling_due(date(2025, 3, 3), 30, CAL) == date(2025, 6, 3)  # 端午


@pytest.mark.parametrize("days, fragment", [(31, "不得超过30日"), (-1, "不能为负数")])
def test_extension_out_of_range_is_refused(days, fragment):
    with pytest.raises(LimitError) as info:
        handling_due(date(2025, 3, 3), days, CAL)
    assert fragment in info.value.message


def test_review_and_recheck():
    assert review_request_due(date(2025, 3, 3), PLAIN) == date(2025, 4, 2)
    assert review_decision_due(date(2025, 3, 3), PLAIN) == date(2025, 4, 2)
    assert recheck_request_due(date(2025, 3, 3), PLAIN) == date(2025, 4, 2)
    assert recheck_decision_due(date(2025, 3, 3), 0, PLAIN) == date(2025, 4, 2)
    assert recheck_decision_due(date(2025, 3, 3), 10, PLAIN) == date(2025, 4, 14)  # 4-12 Sat -> Mon
    with pytest.raises(LimitError):
        recheck_decision_due(date(2025, 3, 3), -1, PLAIN)
    # Leap year: 30 days after 2024-02-15 is 2024-03-16 (Sat) -> 03-18.
    assert review_request_due(date(2024, 2, 15), PLAIN) == date(2024, 3, 18)
    assert review_request_due(date(2024, 2, 15), PLAIN, roll_to_working_day=False) == date(2024, 3, 16)


def test_objection_counts_working_days():
    assert objection_due(date(2025, 3, 7), CAL) == date(2025, 3, 14)  # over a weekend
    assert objection_due(date(2025, 9, 25), CAL) == date(2025, 10, 9)  # 调休 Sunday counts, 国庆 does not
    assert objection_due(date(2025, 4, 24), CAL) == date(2025, 4, 30)  # 4-27 (Sun) is a working day


def test_mediation():
    assert judicial_confirmation_due(date(2025, 5, 6), CAL) == date(2025, 6, 5)
    assert judicial_confirmation_due(date(2025, 5, 1), CAL) == date(2025, 6, 3)  # 5-31 .. 6-02 端午
    assert mediation_target_due(date(2025, 3, 3), PLAIN) == date(2025, 4, 2)
    assert mediation_target_due(date(2025, 3, 3), PLAIN, 15) == date(2025, 3, 18)
    with pytest.raises(LimitError):
        mediation_target_due(date(2025, 3, 3), PLAIN, 0)


def test_describe_days_left():
    assert describe_days_left(date(2025, 3, 10), date(2025, 3, 7)) == "剩余3天"
    assert describe_days_left(date(2025, 3, 10), date(2025, 3, 10)) == "今日到期"
    assert describe_days_left(date(2025, 3, 10), date(2025, 3, 12)) == "已超期2天"


def test_due_state_marks_overdue_and_the_three_day_horizon():
    from gazetteer_desk.domain.limits import due_state

    today = date(2026, 11, 25)
    assert due_state(None, today) == ""
    assert due_state(date(2026, 11, 24), today) == "overdue"
    assert due_state(date(2026, 11, 25), today) == "soon"
    assert due_state(date(2026, 11, 28), today) == "soon"
    assert due_state(date(2026, 11, 29), today) == ""
