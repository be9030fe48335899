"""One definition of "overdue": the due banner, the list's filter and 统计 count the same matters."""

from datetime import UTC, date, datetime, time, timedelta

from gazetteer_desk.domain.limits import due_state
from gazetteer_desk.services.ledgers import figures
from gazetteer_desk.services.matters import matters
from gazetteer_desk.services.matters.listing import MatterFilter, count_matters, due_counts
from gazetteer_desk.services.matters.registration import RegistrationInput, register
from gazetteer_desk.services.core.scope import Scope


def received(days_ago: int) -> datetime:
    return datetime.combine(date.today() - timedelta(days=days_ago), time(12), UTC)


def this_month_overdue(store) -> int:
    today = date.today()
    scope = Scope.period(f"{today:%Y-%m}", as_of=today)
    return figures.as_dict(figures.compute(store, scope))["overdue"]


def test_a_matter_from_an_earlier_month_is_overdue_in_the_banner_and_in_this_months_figures(store):
    register(store, RegistrationInput(name="王伟", request="工资", village="青龙村", received_at=received(45)))
    assert due_counts(store).overdue == 1
    assert this_month_overdue(store) == 1
    today = date.today()
    by_village = figures.as_dict(figures.compute(store, Scope.period(f"{today:%Y-%m}", as_of=today)))
    assert dict(by_village["overdue_by_village"]) == {"青龙村": 1}


def test_answered_and_running_matters_agree_with_due_state(store):
    late = register(store, RegistrationInput(name="王伟", request="工资", received_at=received(45))).number
    answered = register(store, RegistrationInput(name="吴敏", request="低保", received_at=received(45))).number
    register(store, RegistrationInput(name="赵强", request="道路", received_at=received(1)))
    matters.take_action(store, answered, "reject", on=date.today() - timedelta(days=40), reason="不属于信访事项")
    today = date.today()
    expected = sum(due_state(matters.get_matter(store, n).matter.due_on, today) == "overdue"
                   for n in (late, answered))
    assert expected == 1
    assert count_matters(store, MatterFilter(due="overdue")) == due_counts(store).overdue == this_month_overdue(store) == 1


def test_a_matter_received_after_the_period_is_not_in_its_overdue_figure(store):
    register(store, RegistrationInput(name="王伟", request="工资", received_at=received(45)))
    earlier = date.today() - timedelta(days=120)
    scope = Scope(start=earlier - timedelta(days=10), end=earlier, as_of=date.today())
    assert figures.as_dict(figures.compute(store, scope))["overdue"] == 0
