"""The county's choices on counting limits: rest-day rollover, and which years' holiday tables are whole."""

from datetime import UTC, date, datetime, time, timedelta

from gazetteer_desk.cli.main import main
from gazetteer_desk.domain.calendar import HolidayCalendar
from gazetteer_desk.services.core.calendar import calendar_for
from gazetteer_desk.services.matters import matters
from gazetteer_desk.services.matters.registration import RegistrationInput, register
from gazetteer_desk.services.setup import holidays, limit_rules


def test_the_calendar_rolls_only_when_told():
    friday = date(2030, 3, 1)
    assert HolidayCalendar().add_calendar_days(friday, 1) == date(2030, 3, 4)
    assert HolidayCalendar(roll_to_working_day=False).add_calendar_days(friday, 1) == date(2030, 3, 2)


def test_without_rollover_a_limit_stays_on_the_rest_day(store, home):
    cal = calendar_for(store)
    received = next(d for d in (date.today() - timedelta(days=i) for i in range(1, 15))
                    if not cal.is_working_day(d + timedelta(days=15)))
    number = register(store, RegistrationInput(name="王伟", request="工资",
                                               received_at=datetime.combine(received, time(12), UTC))).number
    rolled = matters.get_matter(store, number).matter.due_on
    assert rolled > received + timedelta(days=15)
    assert main(["--home", str(home), "holiday", "no-roll"]) == 0
    assert matters.get_matter(store, number).matter.due_on == received + timedelta(days=15)
    assert limit_rules.set_rest_day_rollover(store, True) == 1
    assert matters.get_matter(store, number).matter.due_on == rolled


def test_one_entered_day_does_not_make_a_year_complete(store, home, capsys):
    holidays.set_day(store, date(2031, 1, 1), is_holiday=True, name="元旦")
    assert 2031 not in calendar_for(store).complete_years
    assert main(["--home", str(home), "holiday", "complete", "--year", "2031"]) == 0
    assert 2031 in calendar_for(store).complete_years
    assert main(["--home", str(home), "holiday", "incomplete", "--year", "2031"]) == 0
    assert 2031 not in calendar_for(store).complete_years
