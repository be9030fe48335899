"""Log-in, forced password change, idle lock and the audit page, driven with qtbot."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from gazetteer_desk.gui.accounts.audit_view import AuditView
from gazetteer_desk.gui.accounts.idle_lock import IdleLock, idle_minutes, install_idle_lock
from gazetteer_desk.gui.accounts.login_dialog import ChangePasswordDialog, LoginDialog
from gazetteer_desk.services.accounts import accounts
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import PermissionDenied

from tests.typing_helpers import type_chinese

from tests.accounts.helpers import register, user

ADMIN_PW = "Qingl0ng-admin"


@pytest.fixture
def admin(store):
    return accounts.create_first_admin(store, "admin", ADMIN_PW)


def _log_in(qtbot, dialog, username, password):
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_login_wrong_then_right(qtbot, store, admin):
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    _log_in(qtbot, dialog, "admin", "not-it-at-all")
    assert dialog.error.text() == "用户名或密码不正确" and dialog.password.text() == "" and dialog.user is None
    qtbot.keyClicks(dialog.password, ADMIN_PW)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == LoginDialog.DialogCode.Accepted and dialog.user.username == "admin"


def test_first_login_forces_a_password_change(qtbot, store, admin):
    accounts.create_account(store, admin, "lim", "clerk", "chushi-mima1")
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    _log_in(qtbot, dialog, "lim", "chushi-mima1")
    form = dialog.change_form
    assert form is not None and dialog.pages.currentWidget() is form and dialog.user is None
    qtbot.keyClicks(form.new_password, "xin-mima-2025")
    qtbot.keyClicks(form.repeat_password, "xin-mima-2024")
    form.submit()
    assert form.error.text() == "两次输入的新密码不一致"
    form.repeat_password.clear()
    qtbot.keyClicks(form.repeat_password, "xin-mima-2025")
    qtbot.keyClick(form.repeat_password, Qt.Key.Key_Return)
    assert dialog.user is not None and not dialog.user.must_change_password
    assert accounts.login(store, "lim", "xin-mima-2025").role == "clerk"


def test_change_password_dialog_shows_rules(qtbot, store, admin):
    dialog = ChangePasswordDialog(store, admin)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.form.old_password, ADMIN_PW)
    qtbot.keyClicks(dialog.form.new_password, "admin")
    qtbot.keyClicks(dialog.form.repeat_password, "admin")
    dialog.form.submit()
    assert "至少需要 8 个字符" in dialog.form.error.text()


def _window(qtbot):
    window = QMainWindow()
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.addWidget(QLabel("王伟 110105********002X"))
    window.setCentralWidget(central)
    window.resize(600, 400)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, central


def test_idle_lock_hides_the_window_and_asks_the_password(qtbot, store, admin):
    window, central = _window(qtbot)
    lock = IdleLock(QApplication.instance(), window, store, admin, interval_ms=150)
    qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)
    assert not central.isVisible() and lock.cover.isVisible()
    assert lock.dialog.isVisible()
    lock.dialog.reject()  # Esc does not unlock
    assert lock.is_locked
    qtbot.keyClicks(lock.dialog.password, "wrong-password")
    qtbot.keyClick(lock.dialog.password, Qt.Key.Key_Return)
    assert lock.is_locked and lock.dialog.error.text() == "密码不正确"
    assert audit.entries(store)[0].action == "unlock_failed"
    with qtbot.waitSignal(lock.unlocked, timeout=1000):
        qtbot.keyClicks(lock.dialog.password, ADMIN_PW)
        qtbot.keyClick(lock.dialog.password, Qt.Key.Key_Return)
    assert not lock.is_locked and central.isVisible()
    assert lock.timer.isActive()  # counting again
    lock.uninstall()


def test_user_input_postpones_the_lock(qtbot, store, admin):
    window, central = _window(qtbot)
    lock = IdleLock(QApplication.instance(), window, store, admin, interval_ms=400)
    for _ in range(6):
        qtbot.wait(150)
        qtbot.mouseMove(central, central.rect().center())
        qtbot.keyClick(central, Qt.Key.Key_Shift)
    assert not lock.is_locked
    qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)
    lock.uninstall()


def test_install_hook_reads_the_setting(qtbot, store, admin):
    assert idle_minutes(store) == 10
    store.set_setting("idle_lock_minutes", "3")
    window, _central = _window(qtbot)
    lock = install_idle_lock(QApplication.instance(), window, store, admin)
    assert lock.timer.interval() == 3 * 60_000 and lock.timer.isActive()
    lock.uninstall()
    store.set_setting("idle_lock_minutes", "0")
    off = install_idle_lock(QApplication.instance(), window, store, admin)
    assert not off.timer.isActive()
    off.uninstall()


def test_audit_view_for_admins_only(qtbot, store, admin, tmp_path):
    register(store)
    register(store, name="赵强", actor="张华")
    view = AuditView(store, admin)
    qtbot.addWidget(view)
    assert view.table.rowCount() == 3  # the admin's creation and two registrations
    type_chinese(view.actor, "张华")
    qtbot.mouseClick(view.search_button, Qt.MouseButton.LeftButton)
    assert view.table.rowCount() == 1 and view.table.item(0, 3).text() == "来访登记"
    with qtbot.waitSignal(view.chain_checked) as checked:  # alone, the page runs the check on its own runner
        qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)
    assert checked.args == [True] and "校验通过" in view.status.text()
    view.resize(900, 400)
    view.grab().save(str(tmp_path / "audit_view.png"))
    with pytest.raises(PermissionDenied):
        AuditView(store, user("clerk"))
