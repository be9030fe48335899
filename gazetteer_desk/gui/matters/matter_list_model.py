"""The matter list as a Qt model over ``services.privacy`` (``listing`` as the signed-in user may see it: 检举控告
matters left out for roles not named for them, ID numbers and phones masked): counted and fetched 200 rows at a time,
off the GUI thread.

Never loads all rows: the view asks for more as it scrolls (canFetchMore/fetchMore), each page starting after the
last row shown (paged by key, so deep pages cost what the first does). Sorting is done by SQL.
"""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont

from gazetteer_desk.domain.limits import describe_days_left, due_state
from gazetteer_desk.domain.procedure import STATUS_LABELS
from gazetteer_desk.services.matters import listing, privacy
from gazetteer_desk.gui.theme import due_colours

PAGE_SIZE = 200
# (header, listing sort key or None when the column cannot be sorted)
COLUMNS = (
    ("事项编号", "number"), ("姓名", "name"), ("证件号码", None), ("联系电话", None), ("问题类别", "category"),
    ("属地", "village"), ("状态", "status"), ("登记日期", "received_on"), ("期限", "due_on"),
)


class MatterListModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    counted = Signal(int)  # total matching the filter
    failed = Signal(str)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.filter = listing.MatterFilter()
        self.sort_key, self.descending = "received_on", True
        self.rows: list = []
        self.total: int | None = None
        self._loading = False
        self._generation = 0

    # ---- loading ------------------------------------------------------------------------------------------
    def set_filter(self, matter_filter: listing.MatterFilter) -> None:
        self.filter = matter_filter
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self.beginResetModel()
        self.rows, self.total = [], None
        self.endResetModel()
        store, user, flt = self.ctx.store, self.ctx.user, replace(self.filter, today=date.today())
        sort, desc = self.sort_key, self.descending

        def work():
            return (privacy.count_for(store, user, flt),
                    privacy.fetch_page_for(store, user, flt, sort=sort, descending=desc, limit=PAGE_SIZE))

        self._set_loading(True)
        self.ctx.runner.run(work, on_done=lambda result: self._first_page(generation, *result),
                            on_error=lambda message: self._failed(generation, message), key=f"list-{id(self)}")

    def _first_page(self, generation: int, total: int, rows: list) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self.total = total
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self.rows = rows
            self.endInsertRows()
        self.counted.emit(total)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._set_loading(False)
            self.failed.emit(message)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    @property
    def loading(self) -> bool:
        return self._loading

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self.total is not None and len(self.rows) < self.total and not self._loading

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        generation, offset, last = self._generation, len(self.rows), (self.rows[-1] if self.rows else None)
        store, user, flt, sort, desc = self.ctx.store, self.ctx.user, self.filter, self.sort_key, self.descending
        self._set_loading(True)
        self.ctx.runner.run(
            lambda: privacy.fetch_page_for(store, user, flt, sort=sort, descending=desc, after=last, limit=PAGE_SIZE),
            on_done=lambda rows: self._more(generation, offset, rows),
            on_error=lambda message: self._failed(generation, message), key=f"more-{id(self)}")

    def _more(self, generation: int, offset: int, rows: list) -> None:
        if generation != self._generation or offset != len(self.rows):
            return
        self._set_loading(False)
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        else:  # fewer rows than counted (deleted meanwhile): stop asking
            self.total = len(self.rows)

    # ---- Qt model -----------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return COLUMNS[section][0]
        return None

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        if key is None:
            return
        descending = order == Qt.DescendingOrder
        if (key, descending) != (self.sort_key, self.descending):
            self.sort_key, self.descending = key, descending
            self.reload()

    def number(self, row: int) -> str:
        return self.rows[row].number

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        state = due_state(row.due_on, date.today())
        if role == Qt.DisplayRole:
            return self._text(row, column)
        if role == Qt.UserRole:
            return row.number
        if role == Qt.ForegroundRole and state:
            return QBrush(due_colours(state)[0])
        if role == Qt.BackgroundRole and state:
            return QBrush(due_colours(state)[1])
        if role == Qt.FontRole and state == "overdue":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ToolTipRole:
            due = f"期限：{row.due_on:%Y-%m-%d}\n" if row.due_on else ""
            return due + row.request[:200]
        return None

    def _text(self, row, column: int) -> str:
        match column:
            case 0:
                return row.number + ("（重）" if row.is_repeat else "")
            case 1:
                return row.name + (f"等{row.people_count}人" if row.people_count > 1 else "")
            case 2:
                return row.id_number or ""  # masked by the service
            case 3:
                return row.phone or ""
            case 4:
                return row.category + (f"/{row.subcategory}" if row.subcategory else "")
            case 5:
                return row.village_name
            case 6:
                return ("⚠ " if row.urgent else "") + STATUS_LABELS.get(row.status, row.status)
            case 7:
                return f"{row.received_on:%Y-%m-%d}"
            case 8:
                if row.due_on is None:
                    return ""
                return describe_days_left(row.due_on, date.today())
        return ""
