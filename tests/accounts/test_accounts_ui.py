"""Accounts in the window: log-in, the forced password change, the idle lock, roles, masking, reveal and the audit page."""

import sqlite3

import pytest

from gazetteer_desk.errors import DeskError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gazetteer_desk.services.accounts import accounts, backup
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import PermissionDenied
from gazetteer_desk.services.matters.registration import RegistrationInput, register
from tests.conftest import ADMIN_PASSWORD, CLERK_PASSWORD

VALID_ID = "11010519491231002X"
PHONE = "13812345678"

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("propagateSizeHints")]


def _login_dialog(qtbot, store):
    from gazetteer_desk.gui.accounts.login_dialog import LoginDialog

    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _register_two(store):
    """One ordinary matter and one 检举控告 against a cadre, both with full numbers."""
    plain = register(store, RegistrationInput(name="周强", id_number=VALID_ID, phone=PHONE, request="工资拖欠"),
                     actor="李明").number
    accusation = register(store, RegistrationInput(name="吴敏", phone="13900001111", purpose="检举控告",
                                                   request="举报村干部侵占补偿款"), actor="李明").number
    return plain, accusation


def _matters_model(qtbot, window, total):
    view = window.show_area("matters")
    qtbot.waitUntil(lambda: view.model.total == total and not view.model.loading, timeout=5000)
    return view.model


def test_login_refuses_a_wrong_password_then_signs_in(qtbot, store, admin_user):
    dialog = _login_dialog(qtbot, store)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "not-the-password")
    qtbot.keyClick(dialog.password, Qt.Key_Return)
    assert dialog.error.text() == accounts.LOGIN_FAILED and dialog.user is None and dialog.isVisible()
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.user.username == "admin" and dialog.user.role == "admin"
    assert [e.action for e in audit.entries(store, actor="admin", limit=2)] == ["login", "login_failed"]


def test_a_new_account_must_set_its_own_password(qtbot, store, admin_user):
    accounts.create_account(store, admin_user, "liufang", "leader", "given-by-admin-1", staff_name="刘芳")
    dialog = _login_dialog(qtbot, store)
    qtbot.keyClicks(dialog.username, "liufang")
    qtbot.keyClicks(dialog.password, "given-by-admin-1")
    qtbot.keyClick(dialog.password, Qt.Key_Return)
    form = dialog.change_form
    assert form is not None and dialog.pages.currentWidget() is form and dialog.user is None
    qtbot.keyClicks(form.new_password, "my-own-secret-9")
    qtbot.keyClicks(form.repeat_password, "my-own-secret-8")
    form.submit()
    assert form.error.text() == "两次输入的新密码不一致" and dialog.user is None
    form.repeat_password.clear()
    qtbot.keyClicks(form.repeat_password, "my-own-secret-9")
    form.submit()
    assert dialog.result() == dialog.DialogCode.Accepted and not dialog.user.must_change_password
    with pytest.raises(DeskError):
        accounts.login(store, "liufang", "given-by-admin-1")
    assert accounts.login(store, "liufang", "my-own-secret-9").role == "leader"


def test_idle_lock_hides_the_window_until_the_right_password(qtbot, desk, store, admin_user):
    from gazetteer_desk.gui.accounts.idle_lock import IdleLock

    lock = IdleLock(QApplication.instance(), desk, store, admin_user, interval_ms=50)
    try:
        qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)
        assert not desk.centralWidget().isVisible() and lock.cover.isVisible()
        lock.dialog.password.setText("wrong-password")
        lock.dialog.submit()
        assert lock.is_locked and lock.dialog.error.text() == "密码不正确"
        assert not desk.centralWidget().isVisible()
        lock.dialog.reject()  # Esc does not unlock
        assert lock.is_locked
        lock.dialog.password.setText(ADMIN_PASSWORD)
        lock.dialog.submit()
        assert not lock.is_locked and desk.centralWidget().isVisible()
        assert audit.entries(store, action="unlock_failed")[0].actor == "admin"
        lock.set_minutes(0)  # 设置 turns it off: the timer stops
        assert not lock.timer.isActive()
    finally:
        lock.uninstall()


def test_clerk_list_is_masked_and_leaves_out_accusations(qtbot, store, desk, clerk_desk):
    plain, accusation = _register_two(store)
    model = _matters_model(qtbot, clerk_desk, 1)
    assert model.number(0) == plain
    assert model.index(0, 2).data() == "110105********002X" and model.index(0, 3).data() == "138****5678"
    assert all(VALID_ID not in (model.index(0, c).data() or "") for c in range(model.columnCount()))
    view = clerk_desk.show_area("matters")
    view.ui.searchEdit.setText("吴敏")  # searching by the accuser's name finds nothing either
    qtbot.waitUntil(lambda: model.total == 0 and not model.loading, timeout=5000)
    clerk_desk.ctx.open_matter_requested.emit(accusation)  # nor does its number open a page
    assert clerk_desk.matter_page.detail is None and "找不到" in clerk_desk.matter_page.problem.text()

    from gazetteer_desk.services.matters import people

    who = {"name": "吴敏", "phone": "13900001111"}  # the registration form's repeat panel leaves it out too
    assert people.earlier_matters(store, viewer=clerk_desk.ctx.user, **who) == []
    assert [p.number for p in people.earlier_matters(store, viewer=desk.ctx.user, **who)] == [accusation]

    admin_model = _matters_model(qtbot, desk, 2)
    assert {admin_model.number(r) for r in range(2)} == {plain, accusation}
    assert all("****" in admin_model.index(r, 3).data() for r in range(2))  # masked in the admin's list as well


def test_revealing_the_full_id_is_audited_and_only_for_allowed_roles(qtbot, store, desk, clerk_desk):
    plain, _ = _register_two(store)
    clerk_desk.ctx.open_matter_requested.emit(plain)
    clerk_page = clerk_desk.matter_page
    assert "110105********002X" in clerk_page.id_label.text()
    assert clerk_page.reveal_button.isHidden()  # a clerk has no need: no button
    with pytest.raises(PermissionDenied):
        from gazetteer_desk.services.matters import privacy

        privacy.reveal_id_number(store, clerk_desk.ctx.user, plain)

    desk.ctx.open_matter_requested.emit(plain)
    page = desk.matter_page
    assert "110105********002X" in page.id_label.text() and not page.reveal_button.isHidden()
    assert audit.entries(store, action="reveal") == []
    page.reveal_button.click()
    assert VALID_ID in page.id_label.text()
    reveals = audit.entries(store, action="reveal")
    assert {(r.actor, r.entity_id, r.detail["field"]) for r in reveals} == {("admin", plain, "id_number"),
                                                                              ("admin", plain, "phone")}
    page.reveal_button.click()  # hide again: no new entry
    assert "110105********002X" in page.id_label.text() and len(audit.entries(store, action="reveal")) == 2


def test_actions_are_recorded_under_the_signed_in_user(qtbot, store, clerk_desk):
    plain, _ = _register_two(store)
    clerk_desk.ctx.open_matter_requested.emit(plain)
    page = clerk_desk.matter_page
    page.action_buttons["accept"].click()
    from PySide6.QtWidgets import QDialogButtonBox

    qtbot.mouseClick(page.dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    entry = audit.entries(store, action="act")[0]
    assert entry.actor == "zhanghua" and entry.entity_id == plain
    assert clerk_desk.ctx.clerk == "张华"  # the desk's receiver defaults to the user's own staff name


def test_areas_a_role_may_not_use_are_greyed_out_with_the_reason(qtbot, clerk_desk):
    keys = clerk_desk.area_keys()
    for key in ("reception_days", "field_visits", "sync"):
        item = clerk_desk.navigation.item(keys.index(key))
        assert not item.flags() & Qt.ItemIsEnabled and "无权" in item.toolTip()
    assert clerk_desk.navigation.item(keys.index("registration")).flags() & Qt.ItemIsEnabled
    settings = clerk_desk.show_area("settings")
    assert settings.audit is None and settings.accounts is None  # no audit page, no accounts for a clerk
    security = settings.security
    assert not security.backup_button.isEnabled() and "无权备份数据" in security.backup_button.toolTip()
    assert not security.idle_minutes.isEnabled()


def test_audit_page_lists_entries_and_verifies_the_chain(qtbot, store, desk, clerk_user):
    from gazetteer_desk.gui.accounts.audit_view import AuditView

    settings = desk.show_area("settings")
    view = settings.audit
    assert view is not None
    settings.show_tab(view)
    actors = {view.table.item(r, 2).text() for r in range(view.table.rowCount())}
    assert {"admin", "zhanghua"} <= actors
    view.actor.setText("zhanghua")
    view.refresh()
    assert view.table.rowCount() >= 2 and all(view.table.item(r, 2).text() == "zhanghua"
                                              for r in range(view.table.rowCount()))
    assert view.runner is desk.ctx.runner  # the window's one runner
    with qtbot.waitSignal(view.chain_checked) as checked:
        qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)
        assert not view.verify_button.isEnabled() and "正在校验" in view.status.text()
    assert checked.args == [True] and "校验通过" in view.status.text() and view.verify_button.isEnabled()
    assert view.status.property("role") == "ok"
    connection = sqlite3.connect(store.path)
    connection.execute("UPDATE auditentry SET actor = 'someone' WHERE seq = 1")
    connection.commit()
    connection.close()
    with qtbot.waitSignal(view.chain_checked) as checked:
        view.check_chain()
    assert checked.args == [False] and "第 1 条记录的内容被改动" in view.status.text()
    assert view.status.property("role") == "problem"
    with pytest.raises(PermissionDenied):
        AuditView(store, clerk_user)


def test_admin_manages_accounts_idle_minutes_and_backups(qtbot, store, desk, tmp_path):
    settings = desk.show_area("settings")
    page = settings.accounts
    ui = page.ui
    qtbot.keyClicks(ui.usernameEdit, "chenguoqiang")
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData("leader"))
    ui.staffCombo.setCurrentIndex(ui.staffCombo.findData("陈国强"))
    qtbot.keyClicks(ui.initialPasswordEdit, "first-password-1")
    assert page.create()
    made = next(a for a in accounts.list_accounts(store) if a.username == "chenguoqiang")
    assert made.role == "leader" and made.staff_name == "陈国强" and made.must_change_password
    row = next(r for r in range(ui.accountsTable.rowCount()) if ui.accountsTable.item(r, 0).text() == "chenguoqiang")
    ui.accountsTable.selectRow(row)
    qtbot.keyClicks(ui.resetPasswordEdit, "short")
    assert not page.reset() and "8" in ui.problemLabel.text()
    ui.resetPasswordEdit.clear()
    qtbot.keyClicks(ui.resetPasswordEdit, "temporary-pass-2")
    assert page.reset()
    assert accounts.login(store, "chenguoqiang", "temporary-pass-2").must_change_password
    assert page.deactivate()
    assert not next(a for a in accounts.list_accounts(store) if a.username == "chenguoqiang").active

    security = settings.security
    changed = []
    desk.ctx.idle_minutes_changed.connect(changed.append)
    security.idle_minutes.setValue(3)
    assert security.save_idle_minutes() and changed == [3]
    assert accounts.idle_lock_minutes(store) == 3
    assert audit.entries(store, action="setting")[0].actor == "admin"

    folder = tmp_path / "usb"
    folder.mkdir()
    with qtbot.waitSignal(security.backed_up) as done:
        security.backup_into(folder)
        assert not security.backup_button.isEnabled() and not security.restore_button.isEnabled()  # while it runs
    path = done.args[0]
    assert path.parent == folder and backup.inspect(path).township_code == "500235101"
    assert str(path) in security.message.text()
    assert security.backup_button.isEnabled() and security.restore_button.isEnabled()
    assert audit.entries(store, action="backup")[0].actor == "admin"


def test_restore_hands_the_reopened_store_to_the_window(qtbot, store, desk, tmp_path):
    security = desk.show_area("settings").security
    folder = tmp_path / "usb"
    folder.mkdir()
    with qtbot.waitSignal(security.backed_up) as done:
        security.backup_into(folder)
    saved = done.args[0]
    register(store, RegistrationInput(name="郑一", request="积水"), actor="李明")
    with qtbot.waitSignal(security.restored) as done:
        security.restore_from(saved, quit_after=False)
    restored = done.args[0]
    assert desk.ctx.store is restored and "已恢复（0 件事项）" in security.message.text()
    assert audit.entries(restored, action="restore")[0].actor == "admin"
    assert backup.inspect(restored.path).matters == 0
    restored.close()


def test_a_refused_restore_shows_why_and_leaves_the_store(qtbot, store, desk, tmp_path):
    security = desk.show_area("settings").security
    not_a_backup = tmp_path / "notes.sqlite"
    not_a_backup.write_bytes(b"not a database at all, just some text")
    with qtbot.waitSignal(security.failed) as failed:
        security.restore_from(not_a_backup, quit_after=False)
        assert not security.restore_button.isEnabled()
    assert "不是信访接待台数据库备份" in failed.args[0] and failed.args[0] in security.message.text()
    assert desk.ctx.store is store and security.restore_button.isEnabled() and security.backup_button.isEnabled()
    assert audit.entries(store, action="restore") == []


def test_wizard_creates_the_missing_administrator_of_an_existing_store(qtbot, store, home):
    from gazetteer_desk.gui.setup.setup_wizard import SetupWizard

    assert not accounts.has_accounts(store)
    wizard = SetupWizard(home, store=store)
    qtbot.addWidget(wizard)
    wizard.show()
    ui = wizard.ui
    assert wizard.currentPage() is ui.adminPage and len(wizard.pageIds()) == 1
    qtbot.keyClicks(ui.adminUsernameEdit, "admin")
    qtbot.keyClicks(ui.adminPasswordEdit, CLERK_PASSWORD)
    qtbot.keyClicks(ui.adminRepeatEdit, CLERK_PASSWORD)
    from PySide6.QtWidgets import QWizard

    wizard.button(QWizard.FinishButton).click()
    assert wizard.result() == QWizard.Accepted
    assert wizard.admin is not None and accounts.login(store, "admin", CLERK_PASSWORD).role == "admin"


def test_start_backs_up_asks_to_log_in_and_locks_when_idle(qtbot, store, home, admin_user, monkeypatch):
    from gazetteer_desk.gui import app as app_module
    from gazetteer_desk.gui.accounts import login_dialog
    from gazetteer_desk.paths import backups_dir

    monkeypatch.setattr(login_dialog, "ask_login", lambda _store, **_kw: None)
    assert app_module.run_gui(home) == 0  # closing the log-in leaves the program
    assert list(backups_dir(home).glob("daily-*.sqlite"))  # the day's backup was made before the log-in

    shown = {}

    def fake_exec(*_args):
        window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow" and w.isVisible())
        shown["user"], shown["clerk"] = window.ctx.user, window.ctx.clerk
        window.close()
        return 0

    accounts.set_idle_lock_minutes(store, admin_user, 7)
    monkeypatch.setattr(login_dialog, "ask_login", lambda _store, **_kw: admin_user)
    monkeypatch.setattr(QApplication, "exec", fake_exec)
    from gazetteer_desk.gui.accounts import idle_lock

    locks = []
    real = idle_lock.install_idle_lock
    monkeypatch.setattr(idle_lock, "install_idle_lock", lambda *a: locks.append(real(*a)) or locks[-1])
    assert app_module.run_gui(home) == 0
    assert shown["user"] == admin_user and shown["clerk"] == "李明"
    assert locks and locks[0].timer.interval() == 7 * 60_000


def test_sync_export_checks_the_role(store, clerk_user, tmp_path):
    from gazetteer_desk.services.sync import bundle_export

    with pytest.raises(PermissionDenied, match="无权导出数据包"):
        bundle_export.export_bundle(store, tmp_path, actor=clerk_user)
