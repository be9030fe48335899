"""The holiday calendar the county office edits: a day made a holiday, or a weekend made a working day (调休).

How a time limit ending on a holiday moves is set by the county (信访工作条例 leaves it open), so an edit recomputes
the running limit of every open matter in the same save — the list, the banner and the papers agree at once.
"""

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from gazetteer_desk.domain import procedure
from gazetteer_desk.domain.calendar import HolidayCalendar, default_calendar, default_holiday_names
from gazetteer_desk.errors import DeskError
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import Holiday, Matter
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import require
from gazetteer_desk.services.core.calendar import calendar_in
from gazetteer_desk.services.core.state import matter_state


@dataclass(frozen=True)
class CalendarDay:
    day: date
    is_holiday: bool
    name: str
    edited: bool  # True: the county's own entry; False: the built-in national calendar


def year_days(store: Store, year: int) -> list[CalendarDay]:
    """The holidays and 调休 working days of ``year``: the built-in calendar, with the county's edits over it."""
    base, names = default_calendar(), default_holiday_names()
    days = {d: CalendarDay(d, True, names.get(d, ""), False) for d in base.holidays if d.year == year}
    days |= {d: CalendarDay(d, False, "调休上班", False) for d in base.workdays if d.year == year}
    with store.read() as session:
        for row in session.exec(select(Holiday)):
            if row.day.year == year:
                days[row.day] = CalendarDay(row.day, row.is_holiday, row.name, True)
    return [days[d] for d in sorted(days)]


def set_day(store: Store, day: date, *, is_holiday: bool, name: str = "", actor="") -> int:
    """Make ``day`` a holiday (or a working day); returns how many open matters had their limit moved."""
    require(actor, "edit_settings")
    if not is_holiday and day.weekday() < 5 and day not in default_calendar().holidays:
        # a weekday is a working day already, unless the national calendar made it a holiday (then this overrides)
        raise DeskError(f"{day:%Y-%m-%d} 本来就是工作日；设为工作日的应是调休的周末或被取消的节假日")
    with store.transaction() as session:
        row = session.get(Holiday, day)
        before = {"is_holiday": row.is_holiday, "name": row.name} if row else {}
        if row is None:
            session.add(Holiday(day=day, is_holiday=is_holiday, name=name.strip()))
        else:
            row.is_holiday, row.name = is_holiday, name.strip()
        session.flush()
        moved = recompute_limits(session, calendar_in(session))
        audit.record(session, actor, "setting", "holiday", day.isoformat(),
                     {"changes": audit.changes(before, {"is_holiday": is_holiday, "name": name.strip()}),
                      "limits_moved": moved})
    return moved


def remove_day(store: Store, day: date, *, actor="") -> int:
    """Drop the county's entry for ``day`` (the built-in calendar applies again)."""
    require(actor, "edit_settings")
    with store.transaction() as session:
        row = session.get(Holiday, day)
        if row is None:
            raise DeskError(f"{day:%Y-%m-%d} 没有本县自定的节假日设置")
        session.delete(row)  # a local setting, not a synchronised record
        session.flush()
        moved = recompute_limits(session, calendar_in(session))
        audit.record(session, actor, "setting", "holiday", day.isoformat(),
                     {"removed": {"is_holiday": row.is_holiday, "name": row.name}, "limits_moved": moved})
    return moved


def recompute_limits(session: Session, cal: HolidayCalendar) -> int:
    """Recompute ``due_on`` of every open matter under ``cal``; returns how many changed."""
    moved = 0
    running = ("registered", "accepted", "assigned", "review", "recheck")
    for matter in session.exec(select(Matter).where(Matter.status.in_(running), Matter.deleted.is_(False))):
        due = procedure.next_due(matter_state(matter), cal)
        if due != matter.due_on:
            matter.due_on = due
            matter.touch()
            moved += 1
    return moved
