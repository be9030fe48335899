"""Start the window: font, theme, store, first-run wizard, main window.

Start-up time matters (a clerk opens the desk when someone is already at the window): only the registration form is
built before the window shows; the list, the matter page and the due counts load later or off the GUI thread.
"""

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from gazetteer_desk.errors import DeskError
from gazetteer_desk.resources import resource_path
from gazetteer_desk.gui.context import APPLICATION, ORGANISATION, DeskContext
from gazetteer_desk.gui.qt_chinese import install_chinese
from gazetteer_desk.gui.theme import apply_font, apply_theme


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication in Chinese (Qt's own words too), with a Chinese UI font and the clerk's font scale and theme."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    install_chinese(app)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(QIcon(str(resource_path("icons", "gazetteer-desk.png"))))
    apply_font(app)
    apply_theme(app)
    return app


def township_label(store) -> str:
    """Whose desk this is, in the title and the status bar: 双江镇（500235101）, or 云阳县信访办（500235）."""
    if store.mode == "county":
        name = store.setting("county_name")
        name = f"{name}信访办" if name else ""
    else:
        name = store.setting("township_name")
    return f"{name}（{store.township_code}）" if name else store.township_code


def build_main_window(store, user):
    """The window for a signed-in ``user`` (services.accounts.CurrentUser); tests pass a real account's user."""
    from gazetteer_desk.gui.main_window import MainWindow

    ctx = DeskContext(store, user)
    window = MainWindow(ctx, township_label(store))
    return window


def run_gui(home: Path) -> int:
    app = create_app()
    from gazetteer_desk.gui.crash_log import CrashLog

    crash_log = CrashLog(home).install()
    try:
        return _run(app, home)
    except Exception as error:  # noqa: BLE001 - the start itself failed: say so rather than vanish
        crash_log.logger.exception("启动失败")
        QMessageBox.critical(None, "信访接待台无法启动",
                             f"启动时出错：{type(error).__name__}: {error}\n\n详细情况已记入日志文件：\n{crash_log.path}")
        return 1
    finally:
        crash_log.uninstall()


def _run(app: QApplication, home: Path) -> int:
    from gazetteer_desk.store.peek import peek

    glance = peek(home)
    if glance is not None and glance.ready:
        # the everyday start: the log-in shows at once while the store opens behind it
        from gazetteer_desk.gui.store_loader import LazyStore, StoreLoader

        loader = StoreLoader(home).start()
        user = _log_in(LazyStore(loader), title=glance.township_name)
        try:
            store = loader.store()
        except DeskError as error:
            QMessageBox.critical(None, "无法打开数据库", error.message)
            return error.exit_code
        if loader.backup_warning:
            QMessageBox.warning(None, "每日备份未完成", loader.backup_warning)
    else:
        opened = _open_and_set_up(home)
        if isinstance(opened, int):
            return opened
        store = opened
        user = _log_in(store)
    if user is None:
        store.close()
        return 0
    from gazetteer_desk.gui.accounts.idle_lock import install_idle_lock

    window = build_main_window(store, user)
    window.show()
    lock = install_idle_lock(app, window, store, user)
    window.ctx.idle_minutes_changed.connect(lock.set_minutes)
    code = app.exec()
    lock.uninstall()
    window.ctx.store.close()  # after a restore the window holds the reopened store
    return code


def _log_in(store, title: str | None = None):
    from gazetteer_desk.gui.accounts.login_dialog import ask_login

    return ask_login(store, title=title)


def _open_and_set_up(home: Path):
    """First start, a migration or a store without accounts: open (migrating after a backup), then the wizard.
    Returns the store, or an exit code."""
    from gazetteer_desk.gui.setup.server_password import open_asking_password
    from gazetteer_desk.store.migrate import open_store

    try:
        store = open_asking_password(home, lambda: open_store(home, create=True))
    except DeskError as error:
        QMessageBox.critical(None, "无法打开数据库", error.message)
        return error.exit_code
    from gazetteer_desk.services.accounts import accounts, backup
    from gazetteer_desk.gui.setup.setup_wizard import SetupWizard

    if not store.is_initialised:
        store.close()
        wizard = SetupWizard(home)
        if wizard.exec() != SetupWizard.Accepted or wizard.store is None:
            if wizard.store is not None:
                wizard.store.close()
            return 1
        store = wizard.store
    elif not accounts.has_accounts(store):  # a store set up before accounts existed (or from the command line)
        wizard = SetupWizard(home, store=store)
        if wizard.exec() != SetupWizard.Accepted:
            store.close()
            return 1
    try:
        backup.daily_backup(store)
    except (DeskError, OSError) as error:  # a failed backup must not keep the desk closed; say so
        QMessageBox.warning(None, "每日备份未完成", getattr(error, "message", str(error)))
    return store
