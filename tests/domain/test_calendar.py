from datetime import date

import pytest

from gazetteer_desk.domain.calendar import HolidayCalendar, calendar_from_rows, default_calendar

CAL = default_calendar()


def test_plain_weekends_without_holidays():
    cal = HolidayCalendar()
    assert cal.is_working_day(date(2024, 6, 7))  # Friday
    assert not cal.is_working_day(date(2024, 6, 8))
    assert not cal.is_working_day(date(2024, 6, 9))


def test_2025_holidays_and_adjusted_working_days():
    for d in (date(2025, 1, 1), date(2025, 1, 28), date(2025, 2, 4), date(2025, 4, 4), date(2025, 5, 5),
              date(2025, 6, 2), date(2025, 10, 1), date(2025, 10, 8)):
        assert not CAL.is_working_day(d), d
    for d in (date(2025, 1, 26), date(2025, 2, 8), date(2025, 4, 27), date(2025, 9, 28), date(2025, 10, 11)):
        assert d.weekday() >= 5 and CAL.is_working_day(d), d
    assert CAL.is_working_day(date(2025, 10, 9))


def test_2026_is_shipped_and_every_workday_is_a_weekend():
    assert {2025, 2026} <= CAL.years()
    assert not CAL.is_working_day(date(2026, 2, 23))  # Monday, 春节
    assert CAL.is_working_day(date(2026, 2, 14))  # Saturday, 调休
    assert all(d.weekday() >= 5 for d in CAL.workdays)
    assert not CAL.holidays & CAL.workdays


def test_add_calendar_days_rolls_off_holidays():
    # 15 days from 2025-09-23 ends on 10-08 (国庆) -> next working day 10-09.
    assert CAL.add_calendar_days(date(2025, 9, 23), 15) == date(2025, 10, 9)
    assert CAL.add_calendar_days(date(2025, 9, 23), 15, roll_to_working_day=False) == date(2025, 10, 8)
    # Ending on a 调休 Saturday stays there.
    assert CAL.add_calendar_days(date(2025, 9, 26), 15) == date(2025, 10, 11)
    # Ending on a plain Sunday moves to Monday.
    assert CAL.add_calendar_days(date(2025, 6, 7), 15) == date(2025, 6, 23)
    assert CAL.add_calendar_days(date(2025, 3, 3), 0) == date(2025, 3, 3)


def test_add_working_days_over_weekend_and_over_adjusted_days():
    # Friday + 5 working days = next Friday.
    assert CAL.add_working_days(date(2025, 3, 7), 5) == date(2025, 3, 14)
    # Thursday 2025-09-25: 26 (Fri), 28 (Sun, 调休), 29, 30, then 10-01..08 off, 10-09.
    assert CAL.add_working_days(date(2025, 9, 25), 5) == date(2025, 10, 9)
    # Spring Festival: from Fri 2025-01-24: 26 (Sun 调休), 27, then off until 02-04; 02-05, 02-06, 02-07.
    assert CAL.add_working_days(date(2025, 1, 24), 5) == date(2025, 2, 7)
    assert CAL.add_working_days(date(2025, 3, 8), 0) == date(2025, 3, 8)
    with pytest.raises(ValueError):
        CAL.add_working_days(date(2025, 3, 8), -1)


def test_days_left():
    assert CAL.days_left(date(2025, 3, 10), date(2025, 3, 7)) == 3
    assert CAL.days_left(date(2025, 3, 10), date(2025, 3, 10)) == 0
    assert CAL.days_left(date(2025, 3, 10), date(2025, 3, 12)) == -2


def test_county_table():
    cal = calendar_from_rows([(date(2027, 1, 1), True), (date(2027, 1, 2), False), (date(2027, 1, 4), True)])
    assert not cal.is_working_day(date(2027, 1, 1))
    assert cal.is_working_day(date(2027, 1, 2))
    assert cal.years() == {2027}
    # The county may override a default day either way.
    edited = CAL.with_rows([(date(2025, 10, 8), False), (date(2025, 10, 9), True)])
    assert edited.is_working_day(date(2025, 10, 8))
    assert not edited.is_working_day(date(2025, 10, 9))
    assert not CAL.is_working_day(date(2025, 10, 8))  # default untouched
