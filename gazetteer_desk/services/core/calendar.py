"""The holiday calendar in force: the built-in one, overridden day by day by the county's edits, with the county's
choices: whether a limit ending on a rest day rolls to the next working day, and which years' tables are whole."""

from dataclasses import replace

from sqlmodel import Session, select

from gazetteer_desk.domain.calendar import HolidayCalendar, default_calendar
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import Holiday, Setting

ROLL_SETTING = "limit_roll_to_working_day"  # "0": a limit on a rest day stays where it falls
COMPLETE_YEARS_SETTING = "holiday_years_complete"  # "2027,2028": years the county marked as entered in full


def calendar_for(store: Store) -> HolidayCalendar:
    with store.read() as session:
        return calendar_in(session)


def calendar_in(session: Session) -> HolidayCalendar:
    """The same, read inside a transaction (so a save that edits the calendar sees its own edit)."""
    base = default_calendar()
    edits = [(row.day, row.is_holiday) for row in session.exec(select(Holiday))]
    cal = base.with_rows(edits) if edits else base
    roll = session.get(Setting, ROLL_SETTING)
    marked = session.get(Setting, COMPLETE_YEARS_SETTING)
    return replace(cal, roll_to_working_day=not (roll and roll.value == "0"),
                   complete_years=base.complete_years | complete_years(marked.value if marked else ""))


def complete_years(text: str) -> frozenset[int]:
    return frozenset(int(y) for y in text.split(",") if y.strip().isdigit())
