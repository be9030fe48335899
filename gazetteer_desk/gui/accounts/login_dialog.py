"""Log-in at start, with the forced password change of a new (or reset) account on the same dialog.

Usage: ``user = ask_login(store)`` (None when the person closes the dialog). A password change on request:
``ChangePasswordDialog(store, user, parent).exec()``.

The layouts are the Designer forms ui/login_dialog.ui and ui/password_change.ui.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from gazetteer_desk.errors import DeskError
from gazetteer_desk.gui.forms.ui_login_dialog import Ui_LoginDialog
from gazetteer_desk.gui.store_loader import ready_store
from gazetteer_desk.gui.forms.ui_password_change import Ui_PasswordChangeForm
from gazetteer_desk.gui.help.help_dialog import install_help

if TYPE_CHECKING:
    from gazetteer_desk.services.accounts.accounts import CurrentUser

# The log-in is the first screen: services.accounts (and with it SQLAlchemy) is imported when a password is checked,
# not before the dialog shows (gui/store_loader.py loads both while the clerk types).


def _accounts():
    from gazetteer_desk.services.accounts import accounts

    return accounts


class PasswordChangeForm(QWidget):
    """New password twice (and the old one when asked); emits ``changed`` with the updated user."""

    changed = Signal(object)

    def __init__(self, store, user: CurrentUser, *, ask_old: bool, note: str = "", parent=None):
        super().__init__(parent)
        self._store, self._user, self._old_given = store, user, None
        self.ui = Ui_PasswordChangeForm()
        self.ui.setupUi(self)
        ui = self.ui
        self.old_password, self.new_password, self.repeat_password = (ui.oldPasswordEdit, ui.newPasswordEdit,
                                                                      ui.repeatPasswordEdit)
        self.error, self.buttons = ui.errorLabel, ui.buttons
        ui.noteLabel.setText(note)
        ui.noteLabel.setVisible(bool(note))
        ui.passwordForm.setRowVisible(self.old_password, ask_old)
        ui.ruleLabel.setText(f"至少 {_accounts().MIN_PASSWORD} 个字符，不能与用户名相同。")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("修改密码")
        self.buttons.accepted.connect(self.submit)
        self.repeat_password.returnPressed.connect(self.submit)

    def set_old_password(self, password: str) -> None:
        """The log-in just checked it: the forced change does not ask again."""
        self._old_given = password

    def submit(self) -> None:
        new = self.new_password.text()
        if new != self.repeat_password.text():
            self.error.setText("两次输入的新密码不一致")
            return
        old = self._old_given if self._old_given is not None else self.old_password.text()
        try:
            user = _accounts().change_password(self._store, self._user.username, old, new)
        except DeskError as error:
            self.error.setText(error.message)
            return
        self.error.clear()
        self.changed.emit(user)


class LoginDialog(QDialog):
    """User name and password; then, if the account must change its password, the change on a second page."""

    def __init__(self, store, parent=None, *, title: str | None = None):
        super().__init__(parent)
        install_help(self, "log-in")  # F1: this dialog's section of the manual
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._store = store
        self.user: CurrentUser | None = None
        self.pages, self.username, self.password = ui.pages, ui.usernameEdit, ui.passwordEdit
        self.error, self.buttons = ui.errorLabel, ui.buttons
        if title is None:  # given by the caller when the store is still opening (a LazyStore)
            title = store.setting("township_name")
        ui.titleLabel.setText(title or "信访接待台")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("登录")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("退出")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.password.returnPressed.connect(self.submit)
        self.change_form: PasswordChangeForm | None = None

    def submit(self) -> None:
        password = self.password.text()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the store may still be opening behind the dialog
        try:
            # wait for the loader before importing the accounts service: the loader thread may be importing SQLAlchemy
            # at this moment, and a second import of it from this thread sees a partially initialised module
            self._store = ready_store(self._store)
            user = _accounts().login(self._store, self.username.text(), password)
        except DeskError as error:
            self.error.setText(error.message)
            self.password.clear()
            self.password.setFocus()
            return
        finally:
            QApplication.restoreOverrideCursor()
        if user.must_change_password:
            self._ask_new_password(user, password)
            return
        self.user = user
        self.accept()

    def _ask_new_password(self, user, old_password: str) -> None:
        self.change_form = PasswordChangeForm(
            self._store, user, ask_old=False,
            note=f"{user.username}，这是您第一次登录（或密码已被管理员重置），请设置自己的密码。")
        self.change_form.set_old_password(old_password)
        self.change_form.changed.connect(self._changed)
        self.pages.addWidget(self.change_form)
        self.pages.setCurrentWidget(self.change_form)
        self.change_form.new_password.setFocus()

    def _changed(self, user) -> None:
        self.user = user
        self.accept()


class ChangePasswordDialog(QDialog):
    """A password change on request (menu 修改密码)."""

    def __init__(self, store, user, parent=None):
        super().__init__(parent)
        install_help(self, "log-in")  # F1: this dialog's section of the manual
        self.setWindowTitle("修改密码")
        self.user = user
        layout = QVBoxLayout(self)
        self.form = PasswordChangeForm(store, user, ask_old=True, parent=self)
        self.form.changed.connect(self._changed)
        layout.addWidget(self.form)

    def _changed(self, user) -> None:
        self.user = user
        self.accept()


def ask_login(store, parent=None, *, title: str | None = None) -> CurrentUser | None:
    """The signed-in user, or None when the person closes the dialog. ``title`` names the township while the store
    is still opening behind the dialog (a LazyStore), so the dialog shows without waiting for it."""
    dialog = LoginDialog(store, parent, title=title)
    return dialog.user if dialog.exec() == QDialog.DialogCode.Accepted else None
