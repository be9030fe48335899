"""GUI tests: a private settings folder per test (font scale, clerk, column widths never leak between tests)."""

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "qsettings"))
    yield


@pytest.fixture
def desk(qtbot, store):
    """The main window over the test store, its runner drained at the end."""
    from gazetteer_desk.gui.app import build_main_window, create_app

    create_app([])
    window = build_main_window(store)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.ctx.runner.wait()
