"""The first-run wizard keeps its promises: as many leaders as needed, edits after 上一步 are saved (the receipt
prints the corrected phone), messages go once fixed, and leaving asks first with 继续设置 as the default."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidgetItem

from gazetteer_desk.documents.kinds import DocumentKind
from gazetteer_desk.gui.setup.setup_wizard import SetupWizard
from gazetteer_desk.services.matters import receipts
from gazetteer_desk.services.setup import setup
from gazetteer_desk.services.matters.registration import RegistrationInput, register
from tests.typing_helpers import type_chinese


def fill_township(qtbot, ui, phone="023-55123456"):
    type_chinese(ui.townshipNameEdit, "双江镇")
    qtbot.keyClicks(ui.townshipCodeEdit, "500235101")
    qtbot.keyClicks(ui.phoneEdit, phone)


def leader(ui, row, name, post):
    ui.leadersTable.setItem(row, 0, QTableWidgetItem(name))
    ui.leadersTable.setItem(row, 1, QTableWidgetItem(post))


def test_more_leaders_than_the_rows_first_shown(qtbot, wizard):
    ui = wizard.ui
    first_rows = ui.leadersTable.rowCount()
    fill_township(qtbot, ui)
    wizard.next()
    wizard.next()
    names = [f"领导{n}" for n in "一二三四五六七八"]
    for row, name in enumerate(names[:first_rows]):
        leader(ui, row, name, "副镇长")
    assert ui.leadersTable.rowCount() == first_rows + 1  # typing into the last row opened another
    qtbot.mouseClick(ui.addLeaderButton, Qt.MouseButton.LeftButton)
    assert ui.leadersTable.rowCount() == first_rows + 2 and ui.leadersTable.currentRow() == first_rows + 1
    for row, name in enumerate(names[first_rows:], start=first_rows):
        leader(ui, row, name, "副镇长")
    wizard.next()
    assert wizard.currentPage() is ui.adminPage
    assert [s.name for s in setup.staff(wizard.store, leaders_only=True)] == names


def test_a_phone_changed_after_going_back_is_what_the_receipt_prints(qtbot, wizard):
    ui = wizard.ui
    fill_township(qtbot, ui, phone="023-55000000")
    wizard.next()
    type_chinese(ui.villagesEdit, "青龙村")
    wizard.next()
    type_chinese(ui.staffEdit, "李明")
    leader(ui, 0, "陈国强", "党委书记")
    wizard.next()  # the store is created here
    assert wizard.currentPage() is ui.adminPage
    for _ in range(3):
        wizard.back()
    assert wizard.currentPage() is ui.townshipPage and ui.townshipCodeEdit.isReadOnly()
    ui.phoneEdit.clear()
    qtbot.keyClicks(ui.phoneEdit, "023-55123456")
    wizard.next()
    type_chinese(ui.villagesEdit, "\n白鹤村")
    wizard.next()
    leader(ui, 0, "陈国强", "镇长")
    wizard.next()
    assert wizard.currentPage() is ui.adminPage
    store = wizard.store
    assert setup.township(store).phone == "023-55123456"
    assert [v.name for v in setup.villages(store)] == ["青龙村", "白鹤村"]
    assert [(s.name, s.post) for s in setup.staff(store, leaders_only=True)] == [("陈国强", "镇长")]
    number = register(store, RegistrationInput(name="王伟", request="修路", village="白鹤村")).number
    notice = receipts.build_notice(store, number, DocumentKind.RECEIPT)
    assert "023-55123456" in repr(notice) and "023-55000000" not in repr(notice)


def test_messages_go_once_the_field_is_fixed(qtbot, wizard):
    ui = wizard.ui
    wizard.next()
    assert ui.townshipNameProblem.isVisibleTo(wizard) and ui.townshipCodeProblem.text()
    type_chinese(ui.townshipNameEdit, "双江镇")
    assert ui.townshipNameProblem.text() == "" and ui.townshipCodeProblem.text()  # only the fixed one goes
    qtbot.keyClicks(ui.townshipCodeEdit, "50023510")
    assert ui.townshipCodeProblem.text()  # 8 digits: still wrong, the message stays
    qtbot.keyClicks(ui.townshipCodeEdit, "1")
    assert ui.townshipCodeProblem.text() == "" and not ui.townshipCodeProblem.isVisibleTo(wizard)
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is ui.staffPage and ui.finishProblem.text()
    type_chinese(ui.staffEdit, "李明")
    assert ui.finishProblem.text() == ""


def answer_quit_question(qtbot, key=None, button_text=None):
    """Answer the modal question once it shows: a key press, or a click on the named button."""
    answered = []

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        answered.append(box.defaultButton().text())
        if key is not None:
            qtbot.keyClick(box, key)
        else:
            next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, answer)
    return answered


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_leaving_asks_and_enter_or_esc_stays(qtbot, wizard, key):
    answered = answer_quit_question(qtbot, key=key)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert answered == ["继续设置"]
    assert wizard.isVisible()  # still open: nothing typed is lost


def test_leaving_on_purpose_closes_the_wizard(qtbot, wizard):
    answer_quit_question(qtbot, button_text="退出设置")
    wizard.button(SetupWizard.WizardButton.CancelButton).click()
    assert not wizard.isVisible() and wizard.result() == SetupWizard.DialogCode.Rejected
