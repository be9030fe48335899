"""Destructive confirmations default to the safe answer: Enter or Esc on the question keeps everything as it was."""

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from gazetteer_desk.gui.accounts import security_view
from gazetteer_desk.gui.app import create_app
from gazetteer_desk.gui.confirm import destructive_question
from gazetteer_desk.gui.leaders.reception_days_view import ReceptionDaysView
from gazetteer_desk.services.accounts import accounts
from gazetteer_desk.services.leaders import reception_days as rd


def answer_next_question(qtbot, key, seen: list):
    """When the next modal question shows, note its default and Escape buttons and press ``key`` on it."""

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append((box.text(), box.defaultButton() is box.button(QMessageBox.StandardButton.No),
                     box.escapeButton() is box.button(QMessageBox.StandardButton.No)))
        qtbot.keyClick(box, key)

    QTimer.singleShot(0, answer)


def test_the_question_defaults_to_no(qtbot):
    create_app([])
    box = destructive_question(None, "清空表单", "确定要清空吗？")
    qtbot.addWidget(box)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.No)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "是(&Y)"


def test_esc_then_enter_keeps_the_registration_form(qtbot, desk):
    view = desk.show_area("registration")
    view.ui.nameEdit.setText("王伟")
    view.ui.requestEdit.setPlainText("拖欠工资")
    desk.activateWindow()  # the Esc shortcut needs the window active
    qtbot.waitActive(desk)
    view.ui.nameEdit.setFocus()
    seen = []
    answer_next_question(qtbot, Qt.Key.Key_Return, seen)
    qtbot.keyClick(view.ui.nameEdit, Qt.Key.Key_Escape)  # Esc on the form asks before clearing it; Enter answers
    assert seen == [("已填写的内容尚未保存，确定要清空吗？", True, True)]
    assert view.ui.nameEdit.text() == "王伟" and view.ui.requestEdit.toPlainText() == "拖欠工资"
    answer_next_question(qtbot, Qt.Key.Key_Escape, seen)  # Esc on the question keeps the form too
    view.request_clear()
    assert len(seen) == 2 and view.ui.nameEdit.text() == "王伟"
    answer_next_question(qtbot, Qt.Key.Key_Y, seen)  # only an explicit 是 clears it
    view.request_clear()
    assert len(seen) == 3 and view.ui.nameEdit.text() == "" and view.ui.requestEdit.toPlainText() == ""


def test_enter_on_cancel_a_reception_day_keeps_the_day(qtbot, store, admin_user):
    rd.schedule(store, rd.ReceptionDayInput("陈国强", date(2026, 3, 10), "09:00", "12:00", "镇政府一楼信访接待室"))
    view = ReceptionDaysView(store, actor=admin_user)
    qtbot.addWidget(view)
    view.ui.month.setDate(date(2026, 3, 10))
    view.ui.scheduleTable.selectRow(0)
    seen = []
    answer_next_question(qtbot, Qt.Key.Key_Return, seen)
    qtbot.mouseClick(view.ui.cancelButton, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and seen[0][1:] == (True, True)
    assert len(rd.month_schedule(store, 2026, 3)) == 1


def test_enter_on_restore_restores_nothing(qtbot, desk, tmp_path, monkeypatch):
    settings = desk.show_area("settings")
    page = settings.findChild(security_view.SecurityView)
    backup_file = tmp_path / "backup.sqlite"
    backup_file.write_bytes(b"")
    monkeypatch.setattr(security_view.QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup_file), ""))
    started = []
    monkeypatch.setattr(page, "restore_from", lambda path, **k: started.append(path))
    seen = []
    answer_next_question(qtbot, Qt.Key.Key_Return, seen)
    page.choose_and_restore()
    assert len(seen) == 1 and seen[0][1:] == (True, True) and "确定恢复吗" in seen[0][0]
    assert started == []


def test_enter_on_deactivate_keeps_the_account(qtbot, desk, clerk_user):
    page = desk.show_area("settings").accounts
    table = page.ui.accountsTable
    page.refresh()
    table.selectRow(next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "zhanghua"))
    seen = []
    answer_next_question(qtbot, Qt.Key.Key_Return, seen)
    qtbot.mouseClick(page.ui.deactivateButton, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and seen[0][1:] == (True, True) and "zhanghua" in seen[0][0]
    assert next(a for a in accounts.list_accounts(desk.ctx.store) if a.username == "zhanghua").active
