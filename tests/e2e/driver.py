"""Drives the real program as a clerk does: ``main([... "--home", home])`` runs its modal dialogs and window, and a
QTimer answers each screen with the keyboard as it comes up.

``Clerk`` holds a queue of steps; each step waits until its screen is the one showing (found by type, objectName or
accessibleName — never by layout position), then acts on it. A step may open a modal dialog of its own; the timer
keeps ticking inside that dialog's loop, so the next step answers it. Whatever goes wrong is kept and the program
is closed, so a broken start fails the test instead of hanging it.
"""

from __future__ import annotations

import time
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QApplication, QDialog, QFileDialog, QLineEdit, QMainWindow, QMessageBox,
                               QPlainTextEdit, QWidget, QWizard)

from tests.typing_helpers import type_chinese

TICK_MS = 20
GIVE_UP_AFTER_S = 60  # a safety net against a hang, not a timing requirement: a step normally comes within a second


def type_text(widget: QWidget, text: str) -> None:
    """ASCII key by key; Chinese committed the way an input method commits it (QTest cannot press CJK keys).
    A newline in a multi-line field is a Return key."""
    widget.setFocus()
    for n, line in enumerate(text.split("\n")):
        if n:
            QTest.keyClick(widget, Qt.Key.Key_Return)
        if line.isascii():
            QTest.keyClicks(widget, line)
        else:
            type_chinese(widget, line)


def replace_text(edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)


def top_level(kind: type, where: Callable[[QWidget], bool] = lambda _w: True) -> QWidget | None:
    """The visible top-level widget of ``kind`` for which ``where`` holds (the newest if there are several)."""
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible() and where(w)]
    return found[-1] if found else None


def by_name(parent: QWidget, kind: type, accessible_name: str) -> QWidget | None:
    """The visible child of ``kind`` whose accessible name is ``accessible_name``."""
    for child in parent.findChildren(kind):
        if child.accessibleName() == accessible_name and child.isVisibleTo(parent):
            return child
    return None


def bring_forward(window: QWidget) -> None:
    """Make ``window`` the active one, where the keyboard goes (the offscreen platform does not always activate a
    dialog as it shows)."""
    window.activateWindow()
    for _ in range(20):
        if window.isActiveWindow():
            return
        QApplication.processEvents()


def wizard() -> QWizard | None:
    return top_level(QWizard)


def login_dialog() -> QDialog | None:
    return top_level(QDialog, lambda w: w.findChild(QLineEdit, "usernameEdit") is not None)


def password_change_showing() -> QDialog | None:
    dialog = login_dialog()
    edit = dialog.findChild(QLineEdit, "newPasswordEdit") if dialog is not None else None
    return dialog if edit is not None and edit.isVisible() else None


def main_window() -> QMainWindow | None:
    return top_level(QMainWindow)


def message_box() -> QMessageBox | None:
    return top_level(QMessageBox)


def go_to_area(window: QMainWindow, area: str) -> QWidget:
    """Down the navigation list to ``area`` with the arrow keys."""
    navigation = window.navigation
    navigation.setFocus()
    QTest.keyClick(navigation, Qt.Key.Key_Home)
    for _ in range(window.area_keys().index(area)):
        QTest.keyClick(navigation, Qt.Key.Key_Down)
    return window.page(area)


def press(widget: QWidget, key=Qt.Key.Key_Space, modifier=Qt.KeyboardModifier.NoModifier):
    """A key on ``widget`` as the person at the desk presses it: its window active, the focus on it (shortcuts like
    Ctrl+Enter and the list's Enter only reach the active window)."""
    bring_forward(widget.window())
    widget.setFocus()
    QTest.keyClick(widget, key, modifier)


def file_dialog() -> QFileDialog | None:
    return top_level(QFileDialog)


def answer_file_dialog(path) -> Callable[[QFileDialog], None]:
    """Types the path into the file dialog's name field and presses Enter."""
    def act(dialog):
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        replace_text(edit, str(path))
        popup = edit.completer().popup() if edit.completer() else None
        if popup is not None and popup.isVisible():  # the completion list would take the Enter
            popup.hide()
        QTest.keyClick(edit, Qt.Key.Key_Return)
    return act


def passphrase_dialog() -> QWidget | None:
    """The question for the key passphrase (export and import when the keys are sealed)."""
    from gazetteer_desk.gui.sync.key_passphrase import DIALOG_NAME

    return top_level(QDialog, lambda w: w.objectName() == DIALOG_NAME)


def server_password_dialog() -> QWidget | None:
    """The question for the county database's password (a store on a server that wants one)."""
    from gazetteer_desk.gui.setup.server_password import DIALOG_NAME

    return top_level(QDialog, lambda w: w.objectName() == DIALOG_NAME)


def answer_passphrase(passphrase: str) -> Callable[[QWidget], None]:
    """Types the passphrase into the dialog's one field and presses Enter."""
    def act(dialog):
        edit = dialog.findChild(QLineEdit)
        replace_text(edit, passphrase)
        QTest.keyClick(edit, Qt.Key.Key_Return)
    return act


@dataclass
class Step:
    name: str
    find: Callable[[], QWidget | None]
    act: Callable[[QWidget], None]
    repeats: bool = False  # answers its screen each time it shows, until the next step's screen comes


class Clerk:
    def __init__(self, tick_ms: int = TICK_MS):
        self.steps: deque[Step] = deque()
        self.done: list[str] = []
        self._pages_seen: list[tuple] = []
        self.failure = ""
        self._waiting_since = time.monotonic()
        self._tick_ms = tick_ms  # 0: at every turn of the event loop
        self._running = False
        self._busy = 0  # steps acting right now (one inside another when a step answers a dialog another opened)

    # ---- the script -------------------------------------------------------------------------------------------
    def then(self, name: str, find: Callable[[], QWidget | None], act: Callable[[QWidget], None]) -> Clerk:
        self.steps.append(Step(name, find, act))
        return self

    def fill_wizard(self, answers: dict[str, str]) -> Clerk:
        """Every page of the set-up wizard: the fields named in ``answers`` (by accessible name) typed in, the
        others left as they are, then Enter (下一步 / 完成设置) — until the wizard closes."""
        self.steps.append(Step("设置向导", wizard, lambda w: self._wizard_page(w, answers), repeats=True))
        return self

    def log_in(self, username: str, password: str) -> Clerk:
        return self.then("登录", lambda: login_dialog() if password_change_showing() is None else None,
                         lambda d: self._log_in(d, username, password))

    def change_password(self, new_password: str) -> Clerk:
        return self.then("首次登录修改密码", password_change_showing, lambda d: self._change_password(d, new_password))

    def at_window(self, act: Callable[[QMainWindow], None], *, close: bool = True) -> Clerk:
        def run(window):
            act(window)
            if close:
                window.close()
        return self.then("主窗口", main_window, run)

    # ---- running ------------------------------------------------------------------------------------------------
    def start(self) -> Clerk:
        self._waiting_since = time.monotonic()
        self._running = True
        QTimer.singleShot(self._tick_ms, self._tick)
        return self

    def stop(self) -> None:
        self._running = False

    def _tick(self) -> None:
        # The next tick is a new single-shot timer, armed before acting: Qt never re-enters a timer that is still
        # running its slot, and an act may sit in a modal dialog's loop that a later step has to answer.
        if not self._running:
            return
        QTimer.singleShot(self._tick_ms, self._tick)
        if not self.steps:
            return
        step = self.steps[0]
        widget = step.find()
        if widget is None and step.repeats and len(self.steps) > 1 and self.steps[1].find() is not None:
            self.steps.popleft()
            step = self.steps[0]
            widget = step.find()
        if widget is None:
            if time.monotonic() - self._waiting_since > GIVE_UP_AFTER_S:
                self.fail(f"“{step.name}” never showed; done: {self.done}; showing: {_showing()}")
            return
        if self._busy and not isinstance(widget, QDialog):
            return  # a step is still acting (waiting in a loop of its own): only a dialog it opened comes between
        if not step.repeats:
            self.steps.popleft()
        self._busy += 1
        try:
            bring_forward(widget)
            step.act(widget)
        except BaseException:  # noqa: BLE001 - kept for the test, and the program is closed
            self.fail(f"“{step.name}” failed:\n{traceback.format_exc()}")
            return
        finally:
            self._busy -= 1
        self.done.append(step.name)
        self._waiting_since = time.monotonic()

    def fail(self, why: str) -> None:
        if not self.failure:
            self.failure = why
        self.steps.clear()
        self.stop()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
            elif isinstance(widget, QMainWindow) and widget.isVisible():
                widget.close()
        QApplication.quit()

    # ---- the screens --------------------------------------------------------------------------------------------
    def _wizard_page(self, wizard: QWizard, answers: dict[str, str]) -> None:
        page = wizard.currentPage()
        key = (wizard.currentId(), page.title())
        self._pages_seen.append(key)
        if self._pages_seen[-3:] == [key] * 3:  # the same page three times: it refuses what was typed
            problems = [label.text() for label in page.findChildren(QWidget)
                        if "问题提示" in label.accessibleName() and getattr(label, "text", lambda: "")()]
            raise AssertionError(f"the wizard stays on “{page.title()}”: {problems}")
        for edit in page.findChildren(QLineEdit) + page.findChildren(QPlainTextEdit):
            value = answers.get(edit.accessibleName())
            current = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
            if value and edit.isVisibleTo(page) and edit.isEnabled() and current != value:
                if isinstance(edit, QLineEdit):
                    replace_text(edit, value)
                else:
                    edit.clear()
                    type_text(edit, value)
        # Enter goes to the wizard's default button (下一步, on the last page 完成设置)
        target = wizard.focusWidget() if isinstance(wizard.focusWidget(), QLineEdit) else wizard
        QTest.keyClick(target, Qt.Key.Key_Return)

    @staticmethod
    def _log_in(dialog: QDialog, username: str, password: str) -> None:
        name, secret = dialog.findChild(QLineEdit, "usernameEdit"), dialog.findChild(QLineEdit, "passwordEdit")
        replace_text(name, username)
        QTest.keyClick(name, Qt.Key.Key_Tab)
        replace_text(secret, password)
        QTest.keyClick(secret, Qt.Key.Key_Return)

    @staticmethod
    def _change_password(dialog: QDialog, new_password: str) -> None:
        for name in ("newPasswordEdit", "repeatPasswordEdit"):
            replace_text(dialog.findChild(QLineEdit, name), new_password)
        QTest.keyClick(dialog.findChild(QLineEdit, "repeatPasswordEdit"), Qt.Key.Key_Return)


def _showing() -> list[str]:
    return [f"{type(w).__name__}({w.objectName()!r}, {w.windowTitle()!r})" for w in QApplication.topLevelWidgets()
            if w.isVisible()]


def run_desk(clerk: Clerk, *argv: str) -> int:
    """The program's own entry point, with the clerk at the keyboard; returns its exit code."""
    from gazetteer_desk.cli.main import main

    clerk.start()
    try:
        return main(list(argv))
    finally:
        clerk.stop()
