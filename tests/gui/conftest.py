"""GUI tests: a private settings folder per test (font scale, clerk, column widths never leak between tests)."""

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.IniFormat)
    # QSettings(organisation, application) is NativeFormat: without its own path it reads the user's real settings
    for settings_format in (QSettings.IniFormat, QSettings.NativeFormat):
        QSettings.setPath(settings_format, QSettings.UserScope, str(tmp_path / "qsettings"))
    yield


def open_desk(qtbot, store, user):
    from gazetteer_desk.gui.app import build_main_window, create_app

    create_app([])
    window = build_main_window(store, user)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def desk(qtbot, store, admin_user):
    """The main window over the test store, signed in as the administrator; its runner drained at the end."""
    window = open_desk(qtbot, store, admin_user)
    yield window
    window.ctx.runner.wait()


@pytest.fixture
def clerk_desk(qtbot, store, clerk_user):
    """The main window signed in as a 接待员."""
    window = open_desk(qtbot, store, clerk_user)
    yield window
    window.ctx.runner.wait()
