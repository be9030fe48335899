"""The holiday calendar in force: the built-in one, overridden day by day by the county's edits, with the county's
choices: whether a limit ending on a rest day rolls to the next working day, and which years' tables are whole."""

from dataclasses import replace

from gazetteer_desk.domain.calendar import HolidayCalendar, default_calendar
from gazetteer_desk.store import raw as store_raw
from gazetteer_desk.store import records
from gazetteer_desk.store.database import Store

ROLL_SETTING = "limit_roll_to_working_day"  # "0": a limit on a rest day stays where it falls
COMPLETE_YEARS_SETTING = "holiday_years_complete"  # "2027,2028": years the county marked as entered in full


def calendar_for(store: Store) -> HolidayCalendar:
    with store.raw_read() as raw:
        return calendar_of(raw)


def calendar_in(session) -> HolidayCalendar:
    """The same, read inside a transaction (so a save that edits the calendar sees its own edit)."""
    session.flush()
    return calendar_of(store_raw.of_session(session))


def calendar_of(raw) -> HolidayCalendar:
    """Read on the driver connection (see :mod:`gazetteer_desk.store.raw`)."""
    base = default_calendar()
    edits = [(row.day, row.is_holiday) for row in records.select(raw, "holiday")]
    cal = base.with_rows(edits) if edits else base
    found = dict(raw.execute("SELECT key, value FROM setting WHERE key IN (?, ?)",
                             (ROLL_SETTING, COMPLETE_YEARS_SETTING)).fetchall())
    return replace(cal, roll_to_working_day=found.get(ROLL_SETTING) != "0",
                   complete_years=base.complete_years | complete_years(found.get(COMPLETE_YEARS_SETTING, "")))


def complete_years(text: str) -> frozenset[int]:
    return frozenset(int(y) for y in text.split(",") if y.strip().isdigit())
