"""The holiday calendar in force: the built-in one, overridden day by day by the county's edits."""

from sqlmodel import Session, select

from gazetteer_desk.domain.calendar import HolidayCalendar, calendar_from_rows, default_calendar
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import Holiday


def calendar_for(store: Store) -> HolidayCalendar:
    with store.read() as session:
        return calendar_in(session)


def calendar_in(session: Session) -> HolidayCalendar:
    """The same, read inside a transaction (so a save that edits the calendar sees its own edit)."""
    base = default_calendar()
    edits = {row.day: row.is_holiday for row in session.exec(select(Holiday))}
    if not edits:
        return base
    rows = {d: True for d in base.holidays} | {d: False for d in base.workdays} | edits
    return calendar_from_rows(rows.items())
