"""What the leader and mediation pages share beyond their Designer forms: the message line (promoted in the forms),
calling a service (quick form saves at once, papers on the window's operation runner), filling tables and the leader lists from the store, dates that open on today."""

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHeaderView, QLabel, QLineEdit, QStyle, QStyleOptionFrame,
                               QTableWidget, QTableWidgetItem, QWidget)

from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.setup import setup
from gazetteer_desk.store.database import Store
from gazetteer_desk.gui.operations import OperationRunner


class MessageLine(QLabel):
    """One line under a form: a refusal in the theme's problem colour, a save in its success colour with a ✓ (never
    colour alone), work in progress plain; read by screen readers. The colours come from the theme's style sheet
    (``QLabel[role=…]``), so the high-contrast theme has its own."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName("提示信息")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _show(self, role: str, message: str) -> None:
        self.setProperty("role", role)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(message)

    def error(self, message: str) -> None:
        self._show("problem", message)

    def ok(self, message: str) -> None:
        self._show("ok", message if message.startswith("✓") else f"✓ {message}")

    def working(self, message: str) -> None:
        self._show("", message)


def set_problem(label: QLabel, text: str, ok: bool = False) -> None:
    """A message under a field; red for a problem, green for a confirmation (with ✓, never colour alone)."""
    _show(label, text, "ok" if ok else "problem")


def set_note(label: QLabel, text: str) -> None:
    """A plain status line (a count, work in progress) in the label that also shows problems and confirmations."""
    _show(label, text, "")


def _show(label: QLabel, text: str, role: str) -> None:
    label.setText(text)
    label.setProperty("role", role)  # the theme's style sheet colours QLabel[role="problem"] and [role="ok"]
    label.style().unpolish(label)
    label.style().polish(label)
    label.setVisible(bool(text))


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


class _FitsText(QObject):
    def __init__(self, edit: QLineEdit, sample: str):
        super().__init__(edit)
        self.sample = sample
        edit.installEventFilter(self)
        self.fit(edit)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self.fit(watched)
        return False

    def fit(self, edit: QLineEdit) -> None:
        option = QStyleOptionFrame()
        edit.initStyleOption(option)
        text, contents = edit.textMargins(), edit.contentsMargins()
        # QLineEdit keeps 2 px beside its text on each side, and the cursor wants one more
        width = (edit.fontMetrics().horizontalAdvance(self.sample) + 6 + text.left() + text.right()
                 + contents.left() + contents.right())
        size = edit.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option,
                                             QSize(width, edit.fontMetrics().height()), edit)
        edit.setMinimumWidth(size.width())


def fit_text(edit: QLineEdit, sample: str) -> None:
    """Keep ``edit`` wide enough to show ``sample`` whole, at whatever font scale the clerk picks later."""
    _FitsText(edit, sample)


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
