"""The audit trail: written with the change, hash-chained, and an edited or deleted row is found."""

import sqlite3
from datetime import date, timedelta

import pytest

from gazetteer_desk.cli.main import main
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.matters import matters, registration

from tests.accounts.helpers import register


@pytest.fixture
def trail(store):
    """A store with a handful of audited changes of several kinds."""
    first = register(store, name="王伟")
    second = register(store, name="赵强", request="低保申请未批")
    matters.take_action(store, first, "accept", actor="李明")
    matters.add_event(store, second, "print_receipt", "打印回执", actor="张华")
    matters.record_satisfaction(store, first, office="满意", unit="基本满意", actor="李明")
    return store


def _raw(store, sql, *params):
    connection = sqlite3.connect(store.path)
    try:
        connection.execute(sql, params)
        connection.commit()
    finally:
        connection.close()


def test_chain_verifies_on_a_real_store(trail):
    result = audit.verify(trail)
    seals = audit.entries(trail, action="rows")  # each change to the records is sealed in the chain too
    assert result.ok and result.count == 5 + len(seals) and result.first_broken_seq is None
    actions = [e.action for e in audit.entries(trail)]
    assert actions == ["satisfaction", "print", "act", "register", "register"]


def test_change_records_old_and_new_values(trail):
    accepted = audit.entries(trail, action="act")[0]
    assert accepted.actor == "李明" and accepted.detail["action"] == "accept"
    assert accepted.detail["changes"]["status"][0] == "registered"
    assert accepted.detail["changes"]["status"][1] != "registered"
    rated = audit.entries(trail, action="satisfaction")[0]
    assert rated.detail["changes"]["satisfaction_office"] == ["", "满意"]


def test_failed_change_writes_no_entry(store):
    with pytest.raises(DeskError):
        registration.register(store, registration.RegistrationInput(name="王伟", request=""), actor="李明")
    assert audit.entries(store) == [] and audit.verify(store).ok


def test_edited_row_is_found(trail):
    _raw(trail, "UPDATE auditentry SET actor = '张华' WHERE seq = 3")
    result = audit.verify(trail)
    assert not result.ok and result.first_broken_seq == 3 and "改动" in result.reason


def test_deleted_middle_row_is_found(trail):
    _raw(trail, "DELETE FROM auditentry WHERE seq = 2")
    result = audit.verify(trail)
    assert not result.ok and result.first_broken_seq == 2 and "删除" in result.reason


def test_deleted_last_row_is_found_even_when_seq_is_reused(trail):
    _raw(trail, "DELETE FROM auditentry WHERE seq = 5")
    result = audit.verify(trail)
    assert not result.ok and result.first_broken_seq == 5
    # an entry written afterwards does not paper over the deletion: it chains from the stored head
    register(trail, name="孙丽")
    assert not audit.verify(trail).ok


def test_rewritten_chain_tail_is_found_by_the_head(trail):
    # a forger who recomputes the last hash still cannot match the head kept in the settings
    connection = sqlite3.connect(trail.path)
    seq, at, actor, action, entity, entity_id, detail, prev = connection.execute(
        "SELECT seq, at, actor, action, entity, entity_id, detail, prev_hash FROM auditentry "
        "ORDER BY seq DESC LIMIT 1").fetchone()
    forged = audit.entry_hash(prev, seq, at, "张华", action, entity, entity_id, detail)
    connection.execute("UPDATE auditentry SET actor = '张华', hash = ? WHERE seq = ?", (forged, seq))
    connection.commit()
    connection.close()
    result = audit.verify(trail)
    assert not result.ok and result.first_broken_seq == seq


def test_cli_audit_verify(trail, home, capsys):
    trail.close()
    assert main(["--home", str(home), "audit", "verify"]) == 0
    assert "哈希链校验通过" in capsys.readouterr().out
    _raw(trail, "DELETE FROM auditentry WHERE seq = 4")
    assert main(["--home", str(home), "audit", "verify"]) != 0
    assert "第一处断链：第 4 条" in capsys.readouterr().out


def test_cli_audit_list_filters(trail, home, capsys):
    trail.close()
    assert main(["--home", str(home), "audit", "list", "--actor", "张华"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1 and "打印" in lines[0]
    assert main(["--home", str(home), "audit", "list", "--action", "register"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 2
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    assert main(["--home", str(home), "audit", "list", "--since", tomorrow]) == 0
    assert capsys.readouterr().out.strip() == ""
