"""The operation runner: results, Chinese errors and progress reports arrive on the GUI thread."""

import threading

from gazetteer_desk.errors import DeskError
from gazetteer_desk.gui.operations import OperationRunner


def test_progress_reports_reach_the_gui_thread(qtbot):
    runner = OperationRunner()
    gui = threading.get_ident()
    seen, done = [], []

    def work(progress):
        for p in (10, 50, 90):
            progress(p, f"第{p}步")
        return threading.get_ident()

    runner.run(work, on_done=done.append, on_progress=lambda p, t: seen.append((p, t, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done[0] != gui  # the work ran off the GUI thread
    assert [(p, t) for p, t, _ in seen] == [(10, "第10步"), (50, "第50步"), (90, "第90步")]
    assert {thread for *_, thread in seen} == {gui}
    assert not runner.busy


def test_without_progress_the_callable_gets_no_argument_and_errors_are_chinese(qtbot):
    runner = OperationRunner()
    errors = []

    def fail():
        raise DeskError("保存位置不存在")

    runner.run(fail, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert errors == ["保存位置不存在"]
