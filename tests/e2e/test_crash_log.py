"""An error nobody caught is written to <home>/logs/desk.log and named to the clerk; the window stays open."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gazetteer_desk.desk_log import log_path
from tests.e2e.driver import Clerk, main_window, message_box, run_desk
from tests.e2e.test_start import ADMIN_PASSWORD, SETUP_ANSWERS


@pytest.mark.qt_no_exception_capture  # the program's own hook must see it, as it does outside the tests
def test_an_exception_in_a_slot_is_logged_and_shown_and_the_window_keeps_running(qtbot, tmp_path):
    home = tmp_path / "home"
    seen = {}

    def break_a_slot(window):
        def broken(_row):
            raise RuntimeError("一个未预料的错误")

        window.navigation.currentRowChanged.connect(broken)
        window.navigation.setFocus()
        QTest.keyClick(window.navigation, Qt.Key.Key_Down)  # to the next area

    def read_the_message(box):
        seen.update(text=box.text(), title=box.windowTitle(), window_open=main_window() is not None)
        QTest.keyClick(box, Qt.Key.Key_Return)

    clerk = (Clerk().fill_wizard(SETUP_ANSWERS).log_in("admin", ADMIN_PASSWORD)
             .at_window(break_a_slot, close=False)
             .then("错误提示", message_box, read_the_message)
             .then("错误之后的主窗口", lambda: None if message_box() else main_window(), lambda w: w.close()))
    assert run_desk(clerk, "--home", str(home)) == 0
    assert not clerk.failure, clerk.failure
    assert str(log_path(home)) in seen["text"] and "意外错误" in seen["text"]
    assert seen["window_open"]
    logged = log_path(home).read_text(encoding="utf-8")
    assert "RuntimeError: 一个未预料的错误" in logged and "Traceback" in logged

