"""A repeat visit about a matter still in process (重复信访, Art. 19 ¶3) goes on that matter and keeps its clocks;
only the clerk's finding that it is a new matter, recorded with its reason, starts new ones."""

from datetime import UTC, date, datetime, timedelta

import pytest

from gazetteer_desk.cli.main import main
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.matters import matters
from gazetteer_desk.services.matters.registration import RegistrationInput, register

TODAY = date.today()
PERSON = dict(name="王伟", id_number="11010519491231002X", category="劳动社保")


def at(days_ago: int) -> datetime:
    return datetime.now(UTC) - timedelta(days=days_ago, minutes=1)  # never in the future, whatever the hour


def running(store, days_ago=20) -> str:
    number = register(store, RegistrationInput(request="拖欠工资", received_at=at(days_ago), **PERSON)).number
    matters.take_action(store, number, "accept", on=TODAY - timedelta(days=days_ago - 1))
    return number


def clocks(store, number):
    detail = matters.get_matter(store, number)
    return [(d.label, d.due) for d in detail.deadlines], detail.matter.due_on


def test_a_repeat_of_a_running_matter_is_a_visit_on_it_with_its_own_clocks(store):
    number = running(store)
    before = clocks(store, number)
    again = register(store, RegistrationInput(request="工资还没发", received_at=at(0), **PERSON))
    assert (again.number, again.new_matter, again.running_repeat) == (number, False, True)
    detail = matters.get_matter(store, number)
    assert clocks(store, number) == before  # no new 15/60-day clock
    assert len(detail.visits) == 2 and "本次反映：工资还没发" in detail.visits[-1].notes
    assert detail.matter.is_repeat and any("事项在办，期限不变" in e.detail for e in detail.events)


def test_the_clerk_may_find_it_a_new_matter_and_the_reason_is_recorded(store):
    number = running(store)
    again = register(store, RegistrationInput(request="另一工地欠薪", received_at=at(0),
                                              new_matter_reason="另一工地、另一用人单位的欠薪", **PERSON))
    assert again.new_matter and again.number != number and again.repeat_of == number
    detail = matters.get_matter(store, again.number)
    assert detail.matter.is_repeat and detail.deadlines and detail.matter.due_on is not None  # its own clocks
    first = detail.events[0]
    assert "认定为新的信访事项，理由：另一工地、另一用人单位的欠薪" in first.detail
    assert first.data["new_matter_reason"] == "另一工地、另一用人单位的欠薪" and first.data["repeat_of"] == number


def test_a_matter_of_another_category_or_a_closed_one_is_not_a_running_repeat(store):
    number = running(store)
    other = register(store, RegistrationInput(request="低保", received_at=at(0), **{**PERSON, "category": "民政"}))
    assert other.new_matter and not other.running_repeat
    matters.take_action(store, number, "reply", on=TODAY, outcome="予以支持", opinion="补发工资",
                        basis="《保障农民工工资支付条例》第三条")
    matters.take_action(store, number, "close", on=TODAY)
    later = register(store, RegistrationInput(request="又拖欠了", received_at=at(0), **PERSON))
    assert later.new_matter and not later.running_repeat and later.number != number


def test_the_command_line_records_the_visit_or_the_reasoned_new_matter(store, home, capsys):
    number = running(store)
    assert main(["--home", str(home), "register", "--name", "王伟", "--content", "工资还没发", "--category", "劳动社保",
                 "--id-number", PERSON["id_number"]]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == number and "仍在办理：本次来访已记入该事项，期限不变" in out
    assert main(["--home", str(home), "register", "--name", "王伟", "--content", "另一工地欠薪", "--category", "劳动社保",
                 "--id-number", PERSON["id_number"], "--new-matter-reason", "另一用人单位", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"new_matter": true' in out and f'"repeat_of": "{number}"' in out
    assert len(matters.get_matter(store, number).visits) == 2


def test_a_reason_with_control_characters_is_refused(store):
    running(store)
    with pytest.raises(DeskError, match="认定为新事项的理由"):
        register(store, RegistrationInput(request="x", new_matter_reason="理由\u202e", **PERSON))


def test_an_accusation_is_never_folded_into_the_persons_running_request(store):
    number = running(store)
    accusation = register(store, RegistrationInput(request="举报村干部挪用工资款", purpose="检举控告",
                                                   received_at=at(0), **PERSON))
    assert accusation.new_matter and accusation.number != number  # handled, and shown, apart from the 求决
    assert matters.get_matter(store, accusation.number).matter.purpose == "检举控告"
    assert len(matters.get_matter(store, number).visits) == 1
