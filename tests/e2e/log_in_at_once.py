"""A clerk who types at once: ``python -m tests.e2e.log_in_at_once HOME USERNAME PASSWORD STARTS`` starts the
program STARTS times, each time submitting the log-in in the very turn of the event loop in which the dialog shows,
while the store is still opening behind it. Prints one line per failed start; exit 0 when every start got in.

What raced was the first import of the database libraries by two threads, so every start is a fresh process: this
one loads Qt and the program's first screen (which import no database library) once, then forks a child per start;
each child imports the rest — SQLAlchemy, the services, the window — exactly as a real start does after the log-in
shows. (Forking saves each start the second it would spend loading Qt on a busy machine.)
"""

from __future__ import annotations

import os
import sys

AT_ONCE = 2  # children running at the same time: the desk's two cores both busy


def one_start(home: str, username: str, password: str) -> int:
    from PySide6.QtWidgets import QApplication

    from tests.e2e.driver import Clerk, run_desk

    QApplication([])
    opened = []
    clerk = Clerk(tick_ms=0).log_in(username, password).at_window(lambda w: opened.append(w.windowTitle()))
    code = run_desk(clerk, "--home", home)
    if clerk.failure or code != 0 or not opened:
        print(f"log-in failed (exit {code}): {clerk.failure}", file=sys.stderr, flush=True)
        return 1
    return 0


def main(home: str, username: str, password: str, starts: int) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import PySide6.QtTest  # noqa: F401
    import PySide6.QtWidgets  # noqa: F401

    import gazetteer_desk.cli.main  # noqa: F401
    import gazetteer_desk.gui.app  # noqa: F401
    import gazetteer_desk.gui.accounts.login_dialog  # noqa: F401
    import tests.e2e.driver  # noqa: F401

    if "sqlalchemy" in sys.modules:
        print("the first screen imported SQLAlchemy: it must load behind the log-in", file=sys.stderr)
        return 2
    failed, running = 0, set()
    for _n in range(starts):
        if len(running) >= AT_ONCE:
            failed += _reap(running)
        pid = os.fork()
        if pid == 0:  # the child: one start of the program, then gone without running the parent's clean-up
            try:
                code = one_start(home, username, password)
            except BaseException as error:  # noqa: BLE001
                print(f"log-in failed: {type(error).__name__}: {error}", file=sys.stderr, flush=True)
                code = 1
            os._exit(code)
        running.add(pid)
    while running:
        failed += _reap(running)
    print(f"{starts - failed} of {starts} starts got in", flush=True)
    return 1 if failed else 0


def _reap(running: set[int]) -> int:
    pid, status = os.wait()
    running.discard(pid)
    return 0 if os.waitstatus_to_exitcode(status) == 0 else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4], int(sys.argv[4])))
