"""A read-only table of ready-made rows, shown by a QTableView: its cells are made only as they are drawn.

A county's cross-township people run to ten thousand rows; a QTableWidget made an item for each of their 60,000
cells on the GUI thread (half a second), where this model hands the view only the text of the cells in sight.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

_TOP = QModelIndex()  # the invalid parent of a flat table's rows


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self.headers = headers
        self.rows: list[list[str]] = []

    def set_rows(self, rows: list[list]) -> None:
        self.beginResetModel()
        self.rows = [["" if value is None else str(value) for value in row] for row in rows]
        self.endResetModel()

    def rowCount(self, parent=_TOP) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_TOP) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and index.isValid():
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers[section]
        return None
