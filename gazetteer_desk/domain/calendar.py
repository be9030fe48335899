"""Working-day calendar for time limits: weekends, public holidays and 调休 working weekends.

The State Council publishes each year's holidays late in the previous year, so the county office edits the table;
``default_calendar`` ships the years whose official notice is known.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta


@dataclass(frozen=True)
class HolidayCalendar:
    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()  # 调休: weekend days that are working days
    # a limit falling on a rest day moves to the next working day — the county chooses (the law leaves it open)
    roll_to_working_day: bool = True
    # years whose table is known to be whole (the national notice entered), not merely years with some entry
    complete_years: frozenset[int] = frozenset()

    def is_working_day(self, d: date) -> bool:
        if d in self.workdays:
            return True
        if d in self.holidays:
            return False
        return d.weekday() < 5

    def next_working_day(self, d: date) -> date:
        """``d`` itself if it is a working day, else the first working day after it."""
        while not self.is_working_day(d):
            d += timedelta(days=1)
        return d

    def add_calendar_days(self, start: date, n: int, roll_to_working_day: bool | None = None) -> date:
        """``start + n`` days (the start day is not counted); a due date on a rest day moves to the next working day
        when rolling is on (the county office decides; ``None``: this calendar's setting)."""
        due = start + timedelta(days=n)
        roll = self.roll_to_working_day if roll_to_working_day is None else roll_to_working_day
        return self.next_working_day(due) if roll else due

    def add_working_days(self, start: date, n: int) -> date:
        """The ``n``-th working day after ``start`` (``start`` itself never counts)."""
        if n < 0:
            raise ValueError("工作日数不能为负数")
        d = start
        while n:
            d += timedelta(days=1)
            if self.is_working_day(d):
                n -= 1
        return d

    @staticmethod
    def days_left(due: date, today: date) -> int:
        """Days from ``today`` to ``due``: 0 = due today, negative = overdue by that many days."""
        return (due - today).days

    def years(self) -> frozenset[int]:
        """Years with at least one entry, so the UI can warn when the current year's table is missing."""
        return frozenset(d.year for d in self.holidays | self.workdays)

    def with_rows(self, rows: Iterable[tuple[date, bool]]) -> HolidayCalendar:
        """A copy with the county's edits applied on top (a row overrides whatever this calendar says of that day)."""
        holidays, workdays = set(self.holidays), set(self.workdays)
        for d, is_holiday in rows:
            holidays.discard(d)
            workdays.discard(d)
            (holidays if is_holiday else workdays).add(d)
        return replace(self, holidays=frozenset(holidays), workdays=frozenset(workdays))


def calendar_from_rows(rows: Iterable[tuple[date, bool]]) -> HolidayCalendar:
    """Calendar from a county-edited table: True = holiday (休), False = working day (班)."""
    return HolidayCalendar().with_rows(rows)


def _span(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


# 国办发明电〔2024〕12号 (2025) and the notice of 2025-11-04 on 2026 holidays (国务院办公厅).
_HOLIDAY_SPANS = (
    (date(2025, 1, 1), date(2025, 1, 1), "元旦"),
    (date(2025, 1, 28), date(2025, 2, 4), "春节"),
    (date(2025, 4, 4), date(2025, 4, 6), "清明节"),
    (date(2025, 5, 1), date(2025, 5, 5), "劳动节"),
    (date(2025, 5, 31), date(2025, 6, 2), "端午节"),
    (date(2025, 10, 1), date(2025, 10, 8), "国庆节、中秋节"),
    (date(2026, 1, 1), date(2026, 1, 3), "元旦"),
    (date(2026, 2, 15), date(2026, 2, 23), "春节"),
    (date(2026, 4, 4), date(2026, 4, 6), "清明节"),
    (date(2026, 5, 1), date(2026, 5, 5), "劳动节"),
    (date(2026, 6, 19), date(2026, 6, 21), "端午节"),
    (date(2026, 9, 25), date(2026, 9, 27), "中秋节"),
    (date(2026, 10, 1), date(2026, 10, 7), "国庆节"),
)
_WORKDAYS = (
    date(2025, 1, 26), date(2025, 2, 8), date(2025, 4, 27), date(2025, 9, 28), date(2025, 10, 11),
    date(2026, 1, 4), date(2026, 2, 14), date(2026, 2, 28), date(2026, 5, 9), date(2026, 9, 20), date(2026, 10, 10),
)


def default_calendar() -> HolidayCalendar:
    """Official public holidays and 调休 working days for 2025 and 2026; later years come from the county table."""
    holidays = frozenset(d for first, last, _name in _HOLIDAY_SPANS for d in _span(first, last))
    workdays = frozenset(_WORKDAYS)
    return HolidayCalendar(holidays=holidays, workdays=workdays,
                           complete_years=frozenset(d.year for d in holidays | workdays))


def default_holiday_names() -> dict[date, str]:
    """The name of each built-in holiday (元旦, 春节, ...), for showing the calendar; the limits never need it."""
    return {d: name for first, last, name in _HOLIDAY_SPANS for d in _span(first, last)}
