"""Dynamic pieces of the registration form: the type-to-filter category picker and the representatives table."""

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QTableWidget, QTableWidgetItem

from gazetteer_desk.domain.categories import CategoryError, filter_categories, resolve_category
from gazetteer_desk.domain.routing import GroupVisitError, check_group_visit
from gazetteer_desk.gui.widgets import set_problem


class CategoryPicker:
    """Two-level category typed into a line edit; the popup lists ``filter_categories`` for what is typed."""

    def __init__(self, edit: QLineEdit, hint: QLabel):
        self.edit, self.hint = edit, hint
        self.model = QStringListModel()
        self.completer = QCompleter(self.model, edit)
        self.completer.setCompletionMode(QCompleter.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        edit.setCompleter(self.completer)
        edit.textEdited.connect(self._filter)
        edit.textChanged.connect(self._check)
        edit.editingFinished.connect(lambda: self._check(edit.text(), final=True))
        self.completer.activated.connect(lambda text: self._check(text, final=True))

    @staticmethod
    def entries(query: str) -> list[str]:
        return [cat if sub is None else f"{cat}/{sub}" for cat, sub in filter_categories(query)]

    def _filter(self, text: str) -> None:
        self.model.setStringList(self.entries(text))
        if self.edit.hasFocus():
            self.completer.complete()

    def _check(self, text: str, final: bool = False) -> None:
        if not text.strip():
            set_problem(self.hint, "未选择时记为“其它”", ok=True)
            return
        try:
            cat, sub = resolve_category(text)
        except CategoryError as error:
            if final:
                set_problem(self.hint, error.message)
            else:
                set_problem(self.hint, f"{len(self.entries(text))}项匹配，按↓选择", ok=True)
            return
        set_problem(self.hint, "✓ " + (f"{cat} › {sub}" if sub else cat), ok=True)


class Representatives:
    """Up to five representatives of a group visit (第二十条); the sixth is refused with the domain's message."""

    def __init__(self, table: QTableWidget, problem: QLabel, people_count):
        self.table, self.problem, self.people_count = table, problem, people_count
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        table.setRowCount(0)

    def names(self) -> list[str]:
        names = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item and item.text().strip():
                names.append(item.text().strip())
        return names

    def add(self) -> bool:
        rows = self.table.rowCount()
        try:  # ask the rule itself whether one more is allowed, so the message is the law's
            check_group_visit(max(self.people_count(), rows + 1) if rows >= 5 else self.people_count(),
                              [f"代表{i}" for i in range(rows + 1)])
        except GroupVisitError as error:
            set_problem(self.problem, error.message)
            return False
        set_problem(self.problem, "")
        self.table.insertRow(rows)
        item = QTableWidgetItem("")
        self.table.setItem(rows, 0, item)
        self.table.setCurrentCell(rows, 0)
        self.table.setFocus(Qt.OtherFocusReason)
        self.table.editItem(item)
        return True

    def remove(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
        set_problem(self.problem, "")

    def clear(self) -> None:
        self.table.setRowCount(0)
        set_problem(self.problem, "")
