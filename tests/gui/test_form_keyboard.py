"""The Designer forms keep what keyboard and screen-reader users rely on: names, buddies, tab order, hidden rows."""

import importlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QDialog, QLabel, QLineEdit,
                               QPlainTextEdit, QSlider, QTableWidget, QWidget)

from gazetteer_desk.domain.procedure import ACTIONS
from gazetteer_desk.gui.accounts.login_dialog import LoginDialog
from gazetteer_desk.gui.matters.matter_dialogs import ActionDialog
from gazetteer_desk.services.matters.registration import RegistrationInput, register

FORMS = ("matter_page", "action_dialog", "satisfaction_dialog", "sync_page", "county_page", "login_dialog",
         "password_change", "unlock_dialog", "audit_view", "security_page", "settings_view", "receipt_dialog", "directory_page")
INTERACTIVE = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QSlider, QTableWidget, QAbstractButton)


def next_tab_stop(widget: QWidget) -> QWidget:
    """The widget Tab moves to (the focus chain also holds labels and containers that take no focus)."""
    following = widget.nextInFocusChain()
    while not following.focusPolicy() & Qt.FocusPolicy.TabFocus:
        following = following.nextInFocusChain()
    return following


@pytest.mark.parametrize("name", FORMS)
def test_every_control_of_a_form_has_a_chinese_accessible_name(qtbot, name):
    module = importlib.import_module(f"gazetteer_desk.gui.forms.ui_{name}")
    form = next(getattr(module, n) for n in dir(module) if n.startswith("Ui_"))()
    host = QDialog()
    qtbot.addWidget(host)
    form.setupUi(host)
    unnamed = [w.objectName() for w in host.findChildren(QWidget)
               if isinstance(w, INTERACTIVE) and w.objectName() and not w.objectName().startswith("qt_")
               and w.parent() is not None and not w.accessibleName()]
    assert unnamed == []
    for label in host.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, f"{label.objectName()} has a mnemonic but no buddy"


def test_matter_page_tabs_through_the_generated_action_buttons_in_order(desk, store):
    number = register(store, RegistrationInput(name="王建国", request="要求修复村道", village="青龙村",
                                               category="城乡建设", receiver="李明")).number
    desk.ctx.open_matter_requested.emit(number)
    page = desk.matter_page
    chain = [page.deadlines, *page.action_buttons.values(), page.satisfaction_button, page.history]
    for before, after in zip(chain, chain[1:], strict=False):
        assert next_tab_stop(before) is after


def test_action_dialog_shows_only_the_rows_its_step_asks_for(qtbot):
    dialog = ActionDialog("extend", lambda **_: None, ["陈国强"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert set(dialog.fields) == set(ACTIONS["extend"].needs)
    ui = dialog.ui
    assert all(w.isVisible() for w in (ui.onDate, ui.daysSpin, ui.approverCombo, ui.reasonEdit, ui.noteEdit))
    assert not ui.unitEdit.isVisible() and not ui.outcomeCombo.isVisible()
    assert ui.daysSpin.accessibleName() == ui.daysLabel.text() == "延期天数（≤30日）"


def test_login_labels_lead_to_their_fields(qtbot, store):
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.ui.usernameLabel.buddy() is dialog.username
    assert dialog.ui.passwordLabel.buddy() is dialog.password
    assert next_tab_stop(dialog.username) is dialog.password
