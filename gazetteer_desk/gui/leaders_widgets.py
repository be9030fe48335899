"""What the leader and mediation pages share beyond their Designer forms: the message line (promoted in the forms),
calling a service (quick form saves at once, papers on the window's operation runner), filling tables and the leader lists from the store, dates that open on today."""

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from ..errors import DeskError
from ..services import setup
from ..store.database import Store
from .operations import OperationRunner
from .theme import set_role


class MessageLine(QLabel):
    """One line under a form: red for a refusal, green for a save; read by screen readers."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName("提示信息")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def error(self, message: str) -> None:
        set_role(self, "problem")  # the theme's colours, readable in high contrast too
        self.setText(message)

    def ok(self, message: str) -> None:
        set_role(self, "ok")
        self.setText(message)

    def working(self, message: str) -> None:
        set_role(self, "")
        self.setText(message)


def run(message: MessageLine, action: Callable[[], object], done: str = "") -> object | None:
    """Call a service; a DeskError is shown on the message line instead of escaping into Qt."""
    try:
        result = action()
    except DeskError as error:
        message.error(error.message)
        return None
    if done:
        message.ok(done)
    return result if result is not None else True


def run_slow(runner: OperationRunner, message: MessageLine, action: Callable[[], object], *, working: str,
             done: str = "", on_done: Callable[[object], None] | None = None, button: QWidget | None = None) -> None:
    """Slow work (rendering a paper, reading much) on the window's one runner, so the page stays responsive.

    ``working`` shows meanwhile and ``button`` is off, so one click is one job. When it ends: ``done`` and
    ``on_done(result)``, or the refusal on the message line."""
    was_enabled = button.isEnabled() if button is not None else False

    def settle() -> None:
        if button is not None:
            button.setEnabled(was_enabled)

    def finished(result) -> None:
        settle()
        if done:
            message.ok(done)
        if on_done:
            on_done(result)

    def failed(error: str) -> None:
        settle()
        message.error(error)

    if button is not None:
        button.setEnabled(False)
    message.working(working)
    runner.run(action, on_done=finished, on_error=failed)


def set_dates(value: date | None, *edits: QDateEdit) -> None:
    """The forms leave dates empty (2000-01-01); the page opens on today's date, or ``value``."""
    for edit in edits:
        edit.setDate(QDate(value or date.today()))


def to_date(edit: QDateEdit) -> date:
    return edit.date().toPython()


def fill_leaders(box: QComboBox, store: Store, with_all: bool = False) -> None:
    """The township's leaders (from the store, so not in the form); ``with_all`` puts 全部领导 first."""
    box.clear()
    box.addItems((["全部领导"] if with_all else []) + [s.name for s in setup.staff(store, leaders_only=True)])


def fit_columns(*views: QTableWidget) -> None:
    """Columns as wide as their contents (Designer cannot set a header's resize mode); the last one stretches."""
    for view in views:
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def fill(view: QTableWidget, rows: Sequence[Sequence[object]], keys: Sequence[str] | None = None) -> None:
    """Replace the rows; ``keys`` (one per row) are kept on the first cell for :func:`selected_key`."""
    view.setRowCount(0)
    for r, values in enumerate(rows):
        view.insertRow(r)
        for c, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            if c == 0 and keys is not None:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            view.setItem(r, c, item)


def selected_key(view: QTableWidget) -> str | None:
    row = view.currentRow()
    item = view.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item else None


def cells(view: QTableWidget, column: int) -> list[str]:
    return [view.item(r, column).text() if view.item(r, column) else "" for r in range(view.rowCount())]


def select_key(view: QTableWidget, key: str) -> None:
    for r in range(view.rowCount()):
        item = view.item(r, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
            view.selectRow(r)
            return
