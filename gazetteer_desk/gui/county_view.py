"""县信访办 page: import township bundles with a report per file, the townships table, cross-township petitioners."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QProgressDialog, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget,
    QVBoxLayout, QWidget,
)

from ..services import bundle_import, county
from ..store.database import Store
from .operations import OperationRunner

_STATUS_COLOURS = {"imported": "#2e7d32", "skipped": "#607d8b", "held": "#ef6c00", "refused": "#c62828"}


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    return table


def _fill(table: QTableWidget, rows: list[list]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
    table.resizeColumnsToContents()


class CountyPage(QWidget):
    """Standalone page for the 同步 area (county mode)."""

    imported = Signal(object)  # ImportResult

    def __init__(self, store: Store, runner: OperationRunner | None = None, parent: QWidget | None = None, *, actor=""):
        super().__init__(parent)
        self.store, self.actor = store, actor  # the signed-in user: the import checks the role and is audited
        self.runner = runner or OperationRunner(self)  # the window passes its one runner; alone, the page has its own
        self._progress: QProgressDialog | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.import_button = QPushButton("导入数据包…")
        self.import_button.clicked.connect(self.choose_and_import)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        row.addWidget(self.import_button)
        row.addWidget(self.summary, 1)
        layout.addLayout(row)

        self.tabs = QTabWidget()
        self.report_table = _table(["文件", "乡镇", "序号", "期间", "结果", "说明"])
        self.townships_table = _table(["乡镇", "代码", "最近数据包", "期间", "导入时间", "事项", "在办", "超期", "暂存", "状态"])
        self.cross_table = _table(["姓名", "身份证号", "涉及乡镇", "事项", "在办", "最近登记"])
        self.tabs.addTab(self.townships_table, "各乡镇")
        self.tabs.addTab(self.cross_table, "跨乡镇信访人（越级、重复访预警）")
        self.tabs.addTab(self.report_table, "导入结果")
        layout.addWidget(self.tabs)
        self.refresh()

    def refresh(self) -> None:
        _fill(self.townships_table, [
            [r.name, r.code, f"第{r.last_sequence}号" if r.last_sequence else "尚未导入", r.last_period,
             r.last_imported_at.astimezone().strftime("%Y-%m-%d %H:%M") if r.last_imported_at else "",
             r.matters, r.open_matters, r.overdue, r.held or "", "已吊销" if r.revoked else "正常"]
            for r in county.township_overview(self.store)
        ])
        _fill(self.cross_table, [
            ["、".join(r.names), r.id_number, "、".join(r.townships), r.matters, r.open_matters, r.last_received]
            for r in county.cross_township_petitioners(self.store)
        ])

    def choose_and_import(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "选择乡镇数据包", "", "信访接待台数据包 (*.gdb.age *.age)")
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, files: list[Path]) -> None:
        self._progress = QProgressDialog("正在导入…", None, 0, 100, self)
        self._progress.setWindowTitle("导入数据包")
        self._progress.setMinimumDuration(300)
        self.import_button.setEnabled(False)
        self.runner.run(lambda progress: bundle_import.import_bundles(self.store, files, progress=progress,
                                                                      actor=self.actor),
                        on_done=self._on_done, on_error=self._on_failed, on_progress=self._on_progress)

    def _on_progress(self, percent: int, text: str) -> None:
        if self._progress:
            self._progress.setValue(percent)
            self._progress.setLabelText(text)

    def _finish(self) -> None:
        if self._progress:
            self._progress.reset()
            self._progress = None
        self.import_button.setEnabled(True)

    def _on_done(self, result) -> None:
        self._finish()
        rows = [[r.file.name, r.township_name or r.township_code, r.sequence, r.period,
                 bundle_import.STATUS_LABELS[r.status], r.message] for r in result.reports]
        _fill(self.report_table, rows)
        for r, report in enumerate(result.reports):
            self.report_table.item(r, 4).setForeground(QColor(_STATUS_COLOURS[report.status]))
        counts = {s: sum(1 for r in result.reports if r.status == s) for s in _STATUS_COLOURS}
        self.summary.setText(f"导入 {counts['imported']} 个，跳过 {counts['skipped']} 个，暂存 {counts['held']} 个，"
                             f"拒绝 {counts['refused']} 个。导入前已备份：{result.backup.name}")
        self.tabs.setCurrentWidget(self.report_table)
        self.refresh()
        self.imported.emit(result)

    def _on_failed(self, message: str) -> None:
        self._finish()
        self.summary.setText(f"导入失败：{message}")
