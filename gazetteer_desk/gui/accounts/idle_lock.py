"""Idle lock: after ``idle_lock_minutes`` (setting, default 10; 0 turns it off) without keyboard or mouse input,
the main window's contents are hidden behind a cover and a dialog asks the signed-in person's password again —
petitioners' personal data must not stay readable on an unattended desk PC.

Wiring: ``lock = install_idle_lock(app, window, store, user)`` after the main window is shown; keep the reference.
The cover and the dialog are the Designer forms ui/lock_cover.ui and ui/unlock_dialog.ui.
"""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from gazetteer_desk.services.accounts import accounts
from gazetteer_desk.gui.forms.ui_lock_cover import Ui_LockCover
from gazetteer_desk.gui.forms.ui_unlock_dialog import Ui_UnlockDialog
from gazetteer_desk.gui.theme import scaled
from gazetteer_desk.gui.help.help_dialog import install_help

USER_INPUT = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress, QEvent.Type.InputMethod,
}


def idle_minutes(store) -> int:
    return accounts.idle_lock_minutes(store)


class LockCover(QWidget):
    """Covers the whole window while it is locked."""

    def __init__(self, window: QWidget, user):
        super().__init__(window)
        self.ui = Ui_LockCover()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.ui.lockedLabel.setText(f"已锁定（{user.username}）\n请输入密码解锁")
        scaled(self.ui.lockedLabel, 15)  # large, and larger with the 适老化 scale
        window.installEventFilter(self)
        self.setGeometry(window.rect())

    def eventFilter(self, watched, event) -> bool:  # Qt's name
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self.setGeometry(watched.rect())
        return False


class UnlockDialog(QDialog):
    """Asks the password again; cannot be dismissed without it (Esc and the close button do nothing)."""

    unlocked = Signal()

    def __init__(self, store, user, parent=None):
        super().__init__(parent)
        install_help(self, "log-in")  # F1: this dialog's section of the manual
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._store, self._user = store, user
        self.password, self.error, self.buttons = ui.passwordEdit, ui.errorLabel, ui.buttons
        ui.messageLabel.setText(f"长时间无操作，窗口已锁定。请输入 {user.username} 的密码。")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("解锁")
        self.quit_button = self.buttons.addButton("退出程序", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.quit_button.clicked.connect(QApplication.quit)
        self.buttons.accepted.connect(self.submit)
        self.password.returnPressed.connect(self.submit)

    def submit(self) -> None:
        if accounts.unlock(self._store, self._user, self.password.text()):
            self.password.clear()
            self.error.clear()
            self.unlocked.emit()
            self.done(QDialog.DialogCode.Accepted)
        else:
            self.password.clear()
            self.error.setText("密码不正确")

    def reject(self) -> None:  # Esc: stay locked
        pass

    def closeEvent(self, event) -> None:
        event.ignore()


class IdleLock(QObject):
    """An application-wide event filter: user input restarts the timer; its timeout locks the window."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, app: QApplication, window: QWidget, store, user, *, interval_ms: int | None = None):
        super().__init__(window)
        self._app, self._window, self._store, self._user = app, window, store, user
        self.cover: LockCover | None = None
        self.dialog: UnlockDialog | None = None
        self._hidden: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        if interval_ms is None:
            interval_ms = idle_minutes(store) * 60_000
        self.timer.setInterval(interval_ms)
        app.installEventFilter(self)
        if interval_ms > 0:
            self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.cover is not None

    def eventFilter(self, watched, event) -> bool:  # Qt's name
        if not self.is_locked and event.type() in USER_INPUT and self.timer.interval() > 0:
            self.timer.start()
        return False

    def set_minutes(self, minutes: int) -> None:
        """The setting changed in 设置: applies at once (0 turns the lock off)."""
        self.timer.setInterval(max(0, int(minutes)) * 60_000)
        if self.timer.interval() > 0 and not self.is_locked:
            self.timer.start()
        else:
            self.timer.stop()

    def set_user(self, user) -> None:
        self._user = user

    def lock(self) -> None:
        if self.is_locked:
            return
        self.timer.stop()
        # hide the window's contents (not only cover them): nothing personal stays on screen or in a screenshot
        self._hidden = [w for w in self._window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                        if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        self.cover = LockCover(self._window, self._user)
        self.cover.show()
        self.cover.raise_()
        self.dialog = UnlockDialog(self._store, self._user, self._window)
        self.dialog.unlocked.connect(self._unlock)
        self.dialog.open()
        self.dialog.password.setFocus()
        self.locked.emit()

    def _unlock(self) -> None:
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        if self.cover is not None:
            self.cover.deleteLater()
            self.cover = None
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        if self.timer.interval() > 0:
            self.timer.start()
        self.unlocked.emit()

    def uninstall(self) -> None:
        self.timer.stop()
        self._app.removeEventFilter(self)


def install_idle_lock(app: QApplication, window: QWidget, store, user) -> IdleLock:
    """The hook for the main window: lock ``window`` after the idle minutes set for this installation."""
    return IdleLock(app, window, store, user)
