"""Time limits of 《信访工作条例》(2022) and 《人民调解法》 (2010).

All limits are calendar days counted from the day after the event, except the 5-working-day objection.
A due date falling on a rest day moves to the next working day unless ``roll_to_working_day=False``
(the county office chooses; by default the calendar's own setting). ``cal`` defaults to ``default_calendar()``.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from gazetteer_desk.domain.calendar import HolidayCalendar, default_calendar

ROUTING_DAYS = 15  # 第二十二条: 信访部门 转送/交办
ACK_DAYS = 15  # 第二十三条: written notice whether the matter is accepted
OBJECTION_WORKING_DAYS = 5  # 第二十三条第三款: "not ours" objection to a transfer
HANDLING_DAYS = 60  # 第三十四条: from acceptance
MAX_EXTENSION_DAYS = 30  # 第三十四条
REVIEW_REQUEST_DAYS = 30  # 第三十五条: 复查 request after the reply
REVIEW_DECISION_DAYS = 30  # 第三十五条
RECHECK_REQUEST_DAYS = 30  # 第三十六条: 复核 request after the review answer
RECHECK_DECISION_DAYS = 30  # 第三十六条, hearing time not counted
MAX_HEARING_DAYS = 90  # a sanity bound on one recorded hearing, not a rule of the law
JUDICIAL_CONFIRMATION_DAYS = 30  # 人民调解法第三十三条
MEDIATION_TARGET_DAYS = 30  # customary target, configurable


class LimitError(ValueError):
    """A limit argument the law does not allow; ``message`` is Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@lru_cache(maxsize=1)
def _default() -> HolidayCalendar:
    return default_calendar()


def _due(start: date, days: int, cal: HolidayCalendar | None, roll: bool | None) -> date:
    return (cal or _default()).add_calendar_days(start, days, roll_to_working_day=roll)


def routing_due(
    registered: date, cal: HolidayCalendar | None = None, *, roll_to_working_day: bool | None = None
) -> date:
    """转送/交办 by the petition office (Art. 22)."""
    return _due(registered, ROUTING_DAYS, cal, roll_to_working_day)


def ack_due(received: date, cal: HolidayCalendar | None = None, *, roll_to_working_day: bool | None = None) -> date:
    """受理告知 (Art. 23)."""
    return _due(received, ACK_DAYS, cal, roll_to_working_day)


def objection_due(received_transfer: date, cal: HolidayCalendar | None = None) -> date:
    """Last day to object that a transferred matter is not ours: 5 working days (Art. 23 ¶3)."""
    return (cal or _default()).add_working_days(received_transfer, OBJECTION_WORKING_DAYS)


def check_extension(extension_days: int) -> int:
    if extension_days < 0:
        raise LimitError("延期天数不能为负数")
    if extension_days > MAX_EXTENSION_DAYS:
        raise LimitError(f"延长期限不得超过{MAX_EXTENSION_DAYS}日（《信访工作条例》第三十四条），本次填写{extension_days}日")
    return extension_days


def handling_due(
    accepted: date, extension_days: int = 0, cal: HolidayCalendar | None = None, *, roll_to_working_day: bool | None = None
) -> date:
    """办结 within 60 days of acceptance, plus an approved extension of at most 30 days (Art. 34)."""
    return _due(accepted, HANDLING_DAYS + check_extension(extension_days), cal, roll_to_working_day)


def review_request_due(
    replied: date, cal: HolidayCalendar | None = None, *, roll_to_working_day: bool | None = None
) -> date:
    """Last day to ask for 复查, counted from receiving the 处理意见书 (Art. 35)."""
    return _due(replied, REVIEW_REQUEST_DAYS, cal, roll_to_working_day)


def review_decision_due(
    requested: date, cal: HolidayCalendar | None = None, *, roll_to_working_day: bool | None = None
) -> date:
    """复查意见 within 30 days of the request (Art. 35)."""
    return _due(requested, REVIEW_DECISION_DAYS, cal, roll_to_working_day)


def recheck_request_due(
    reviewed: date, cal: HolidayCalendar | None = None, *, roll_to_working_day: bool | None = None
) -> date:
    """Last day to ask for 复核, counted from receiving the 复查意见 (Art. 36)."""
    return _due(reviewed, RECHECK_REQUEST_DAYS, cal, roll_to_working_day)


def recheck_decision_due(
    requested: date, hearing_days: int = 0, cal: HolidayCalendar | None = None, *, roll_to_working_day: bool | None = None
) -> date:
    """复核意见 within 30 days; days spent on a hearing (听证) are not counted (Art. 36)."""
    if hearing_days < 0:
        raise LimitError("听证天数不能为负数")
    return _due(requested, RECHECK_DECISION_DAYS + hearing_days, cal, roll_to_working_day)


def judicial_confirmation_due(
    agreement_date: date, cal: HolidayCalendar | None = None, *, roll_to_working_day: bool | None = None
) -> date:
    """Joint application for 司法确认 within 30 days of the agreement taking effect (人民调解法第三十三条)."""
    return _due(agreement_date, JUDICIAL_CONFIRMATION_DAYS, cal, roll_to_working_day)


def mediation_target_due(
    started: date, cal: HolidayCalendar | None = None, target_days: int = MEDIATION_TARGET_DAYS,
    *, roll_to_working_day: bool | None = None,
) -> date:
    """Customary target for settling a mediation (one month unless the county sets another)."""
    if target_days < 1:
        raise LimitError("调解目标期限至少为1日")
    return _due(started, target_days, cal, roll_to_working_day)


MAX_PEOPLE = 100_000  # people in one visit or involved in one matter: more than a township holds
DUE_SOON_DAYS = 3  # the desk's warning horizon: "due within three days"


def due_state(due: date | None, today: date) -> str:
    """``"overdue"``, ``"soon"`` (due within :data:`DUE_SOON_DAYS`, not yet past) or ``""``."""
    if due is None:
        return ""
    left = (due - today).days
    if left < 0:
        return "overdue"
    if left <= DUE_SOON_DAYS:
        return "soon"
    return ""


def describe_days_left(due: date, today: date) -> str:
    """Short Chinese status for lists: 剩余N天 / 今日到期 / 已超期N天."""
    left = (due - today).days
    if left > 0:
        return f"剩余{left}天"
    if left == 0:
        return "今日到期"
    return f"已超期{-left}天"
