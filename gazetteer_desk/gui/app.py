"""Start the window: font, theme, store, first-run wizard, main window.

Start-up time matters (a clerk opens the desk when someone is already at the window): only the registration form is
built before the window shows; the list, the matter page and the due counts load later or off the GUI thread.
"""

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from ..errors import DeskError
from .context import APPLICATION, ORGANISATION, DeskContext
from .theme import apply_font, apply_theme


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the bundled Chinese font and the clerk's font scale and theme."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    apply_font(app)
    apply_theme(app)
    return app


def township_label(store) -> str:
    name = store.setting("township_name")
    return f"{name}（{store.township_code}）" if name else store.township_code


def build_main_window(store):
    from .main_window import MainWindow

    ctx = DeskContext(store)
    window = MainWindow(ctx, township_label(store))
    return window


def run_gui(home: Path) -> int:
    app = create_app()
    from ..store.migrate import open_store

    try:
        store = open_store(home, create=True)
    except DeskError as error:
        QMessageBox.critical(None, "无法打开数据库", error.message)
        return error.exit_code
    if not store.is_initialised:
        from .setup_wizard import SetupWizard

        store.close()
        wizard = SetupWizard(home)
        if wizard.exec() != SetupWizard.Accepted or wizard.store is None:
            return 1
        store = wizard.store
    window = build_main_window(store)
    window.show()
    code = app.exec()
    store.close()
    return code
