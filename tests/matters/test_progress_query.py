"""查询 by the number and 查询码 printed on the receipt: exactly the permitted fields, wrong pairs slowed, all audited."""

import json
from datetime import date, datetime, timedelta

import pytest

from gazetteer_desk.cli.main import main
from gazetteer_desk.documents.kinds import DocumentKind
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.matters import matters, receipts
from gazetteer_desk.services.matters.progress_query import (
    FREE_TRIES,
    LOCK_AFTER,
    MISMATCH,
    QueryRefused,
    answer_query,
)
from gazetteer_desk.services.matters.registration import RegistrationInput, register

ID_NUMBER = "11010519491231002X"
PHONE = "13812345678"
CONTENT = "村支书侵占集体土地补偿款"


@pytest.fixture
def matter(store):
    number = register(store, RegistrationInput(
        name="王伟", request=CONTENT, id_number=ID_NUMBER, phone=PHONE, village="青龙村", receiver="李明",
        received_at=datetime.now().astimezone() - timedelta(days=3))).number
    receipts.record_issue(store, receipts.render(store, number, DocumentKind.RECEIPT), "打印", actor="李明")
    return number


def printed_code(store, number):
    return receipts.build_notice(store, number, DocumentKind.RECEIPT).query_code


def entries(store, action):
    return [e for e in audit.entries(store) if e.action == action]


def test_a_right_pair_hears_status_steps_next_limit_and_papers_only(store, matter):
    matters.take_action(store, matter, "accept", on=date.today(), actor="李明")
    answer = answer_query(store, matter, printed_code(store, matter).lower(), "李明")
    assert answer.status == "办理中"
    assert [s.label for s in answer.steps] == ["登记", "受理"]
    assert answer.next_step == "办理期限" and answer.next_due > date.today()
    assert [p.title for p in answer.papers] == [DocumentKind.RECEIPT.title]
    said = json.dumps(answer.as_dict(), ensure_ascii=False)
    for secret in (ID_NUMBER, PHONE, CONTENT, "王伟", "青龙村"):
        assert secret not in said
    assert [e.entity_id for e in entries(store, "query")] == [matter]


def test_a_reprint_prints_the_same_code(store, matter):
    assert printed_code(store, matter) == printed_code(store, matter)


def test_a_wrong_pair_says_only_that_it_does_not_match_and_is_slowed_then_locked(store, matter):
    now = datetime(2026, 11, 28, 10, 0, 0)
    for _ in range(FREE_TRIES):
        with pytest.raises(QueryRefused) as refused:
            answer_query(store, matter, "AAAA-AAAA", "李明", now=now)
        assert refused.value.message == MISMATCH
    with pytest.raises(QueryRefused) as slowed:  # the next try at once is not taken, even with the right code
        answer_query(store, matter, printed_code(store, matter), "李明", now=now + timedelta(seconds=1))
    assert "后再试" in slowed.value.message
    later = now
    for _ in range(FREE_TRIES + 1, LOCK_AFTER + 1):
        later += timedelta(hours=1)
        with pytest.raises(QueryRefused):
            answer_query(store, matter, "AAAA-AAAA", "李明", now=later)
    with pytest.raises(QueryRefused) as locked:
        answer_query(store, matter, printed_code(store, matter), "李明", now=later + timedelta(minutes=10))
    assert "分钟" in locked.value.message
    right = answer_query(store, matter, printed_code(store, matter), "李明", now=later + timedelta(hours=1))
    assert right.number == matter
    assert len(entries(store, "query_mismatch")) == LOCK_AFTER and len(entries(store, "query_refused")) == 2


def test_an_unknown_number_is_answered_like_a_wrong_code(store, matter):
    with pytest.raises(QueryRefused) as refused:
        answer_query(store, "500235101-2026-99999", printed_code(store, matter), "李明")
    assert refused.value.message == MISMATCH


def test_an_accusation_is_answered_without_its_content(store):
    number = register(store, RegistrationInput(name="匿名", request="举报某站长收受红包", purpose="检举控告",
                                               receiver="李明")).number
    said = json.dumps(answer_query(store, number, printed_code(store, number), "李明").as_dict(), ensure_ascii=False)
    assert "红包" not in said and "站长" not in said


def test_command_line_query(store, matter, home, capsys):
    code = printed_code(store, matter)
    assert main(["--home", str(home), "query", matter, code, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["number"] == matter and data["status"] == "已登记待受理" and data["next_step"] == "受理告知期限"
    assert main(["--home", str(home), "query", matter, "ZZZZ-ZZZZ"]) == QueryRefused.exit_code
    assert "不匹配" in capsys.readouterr().err
    assert [e.actor for e in entries(store, "query_mismatch")][-1].startswith("cli:")


def test_f3_in_the_window_answers_a_right_pair_and_refuses_a_wrong_one(qtbot, desk, store, matter):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from gazetteer_desk.gui.matters.progress_query_dialog import ProgressQueryDialog

    qtbot.keyClick(desk, Qt.Key.Key_F3)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ProgressQueryDialog) and w.isVisible())
    qtbot.keyClicks(dialog.ui.numberEdit, matter)
    qtbot.keyClick(dialog.ui.numberEdit, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.ui.codeEdit and dialog.ui.problem.text() == ""
    qtbot.keyClicks(dialog.ui.codeEdit, "AAAA-AAAA")
    qtbot.keyClick(dialog.ui.codeEdit, Qt.Key.Key_Return)
    assert dialog.ui.problem.text() == MISMATCH and dialog.ui.answer.toPlainText() == ""
    dialog.ui.codeEdit.clear()
    qtbot.keyClicks(dialog.ui.codeEdit, printed_code(store, matter))
    qtbot.keyClick(dialog.ui.codeEdit, Qt.Key.Key_Return)
    text = dialog.ui.answer.toPlainText()
    assert "已登记待受理" in text and "受理告知期限" in text and CONTENT not in text and "王伟" not in text
    assert [e.actor for e in entries(store, "query")] == ["admin"]
    dialog.close()


def test_codes_keep_working_after_a_restore_to_a_new_home(store, matter, tmp_path):
    from gazetteer_desk.services.accounts import backup
    from gazetteer_desk.services.setup import setup

    code = printed_code(store, matter)
    made = backup.backup_to(store, tmp_path / "u盘")
    # a new PC: a fresh desk of the same township, then the backup restored onto it
    other = setup.init_township(tmp_path / "新电脑", setup.TownshipSetup(
        township_code="500235101", township_name="双江镇", county_code="500235", county_name="云阳县",
        villages=("青龙村",), staff=("李明",)))
    restored = backup.restore(other, made)
    try:
        assert answer_query(restored, matter, code, "李明").number == matter
        assert printed_code(restored, matter) == code
    finally:
        restored.close()
