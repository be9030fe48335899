"""The county's holiday edits move the running limits of open matters, in the same save, and are audited."""

from datetime import UTC, date, datetime, time, timedelta

import pytest

from gazetteer_desk.cli.main import main
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.setup import holidays
from gazetteer_desk.services.matters import matters
from gazetteer_desk.services.core.authz import PermissionDenied
from gazetteer_desk.services.matters.registration import RegistrationInput, register


def registered_on(store, day: date) -> str:
    return register(store, RegistrationInput(name="王伟", request="工资",
                                             received_at=datetime.combine(day, time(10), UTC))).number


def test_a_new_holiday_moves_the_limit_that_ends_on_it(store, admin_user):
    received = date.today() - timedelta(days=3)
    number = registered_on(store, received)
    due = matters.get_matter(store, number).matter.due_on
    assert holidays.set_day(store, due, is_holiday=True, name="县里的节日", actor=admin_user) == 1
    moved = matters.get_matter(store, number).matter.due_on
    assert moved > due  # the limit rolled past the new holiday to the next working day
    assert [d.day for d in holidays.year_days(store, due.year) if d.edited] == [due]
    entry = audit.entries(store, action="setting")[0]
    assert entry.actor == "admin" and entry.entity_id == due.isoformat()
    assert holidays.remove_day(store, due, actor=admin_user) == 1
    assert matters.get_matter(store, number).matter.due_on == due


def test_the_built_in_days_carry_their_names(store):
    days = {d.day: d for d in holidays.year_days(store, 2026)}
    assert (days[date(2026, 2, 17)].name, days[date(2026, 2, 17)].edited) == ("春节", False)
    assert (days[date(2026, 2, 14)].is_holiday, days[date(2026, 2, 14)].name) == (False, "调休上班")


def test_a_clerk_may_not_edit_the_calendar_and_a_plain_weekday_is_not_a_workday_swap(store, clerk_user, admin_user):
    with pytest.raises(PermissionDenied):
        holidays.set_day(store, date(2027, 1, 4), is_holiday=True, actor=clerk_user)
    with pytest.raises(DeskError, match="本来就是工作日"):
        holidays.set_day(store, date(2027, 1, 4), is_holiday=False, actor=admin_user)
    with pytest.raises(DeskError, match="本来就是工作日"):  # a name does not make a weekday a 调休 day
        holidays.set_day(store, date(2027, 1, 4), is_holiday=False, name="调休上班", actor=admin_user)
    assert holidays.set_day(store, date(2026, 10, 5), is_holiday=False, name="取消假日", actor=admin_user) == 0
    with pytest.raises(DeskError, match="没有本县自定"):
        holidays.remove_day(store, date(2027, 1, 4), actor=admin_user)


def test_holiday_command(store, home, capsys):
    h = ("--home", str(home))
    assert main([*h, "holiday", "holiday", "2027-03-01", "--name", "县庆"]) == 0
    assert "已保存 2027-03-01" in capsys.readouterr().out
    assert main([*h, "holiday", "list", "--year", "2027"]) == 0
    assert "2027-03-01  节假日  县庆  （本县设置）" in capsys.readouterr().out
    assert main([*h, "holiday", "holiday", "2027-02-30"]) == 2
    assert "日期" in capsys.readouterr().err
