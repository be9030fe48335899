"""统计 area: a period and scope, the figures with their definitions as tooltips, four charts and the 台账 export.

Counting and writing the workbook run on the thread pool; the page stays responsive and shows progress.
"""

from datetime import date

from PySide6.QtCore import QDate, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QFileDialog, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QPushButton, QSpinBox, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..domain.categories import CATEGORIES
from ..errors import DeskError
from ..services import figures, ledger_export, setup
from ..services.scope import Scope
from .charts import BarChart

KINDS = (("month", "月度"), ("quarter", "季度"), ("year", "年度"), ("custom", "自定义"))


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)
    progress = Signal(int, str)


class _Job(QRunnable):
    """Runs ``work(progress)`` off the GUI thread; the result or the Chinese error comes back as a signal."""

    def __init__(self, work):
        super().__init__()
        self.work, self.signals = work, _Signals()

    def run(self) -> None:
        try:
            result = self.work(lambda f, msg: self.signals.progress.emit(int(f * 100), msg))
        except DeskError as error:
            self.signals.failed.emit(error.message)
        except Exception as error:  # an unexpected failure must still reach the person, not vanish in a thread
            self.signals.failed.emit(f"统计失败：{error}")
        else:
            self.signals.done.emit(result)


class StatsView(QWidget):
    figures_ready = Signal(list)
    export_finished = Signal(str)

    def __init__(self, store, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.store = store
        self.today = today or date.today()
        self.pool = QThreadPool.globalInstance()
        self._jobs: set[_Job] = set()
        self.values: list = []
        self._build()
        self.refresh()

    # --- layout -------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.kind = QComboBox()
        for key, label in KINDS:
            self.kind.addItem(label, key)
        self.year = QSpinBox(minimum=2000, maximum=2100, value=self.today.year, suffix=" 年")
        self.part = QComboBox()
        self.start = QDateEdit(QDate(self.today.year, 1, 1), calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.end = QDateEdit(QDate(self.today.year, self.today.month, self.today.day), calendarPopup=True,
                             displayFormat="yyyy-MM-dd")
        self.village = QComboBox()
        self.village.addItem("全部村（社区）", None)
        for v in setup.villages(self.store):
            self.village.addItem(v.name, v.code)
        self.category = QComboBox()
        self.category.addItem("全部类别", None)
        for c in CATEGORIES:
            self.category.addItem(c, c)
        self.leader = QComboBox()
        self.leader.addItem("全部领导", None)
        for s in setup.staff(self.store, leaders_only=True):
            self.leader.addItem(f"{s.name}（{s.post}）" if s.post else s.name, s.id)
        self.refresh_button = QPushButton("统计")
        self.export_button = QPushButton("导出台账…")
        self.progress = QProgressBar(maximum=100, textVisible=True)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.status = QLabel()
        self.to_label = QLabel("至")

        bar = QHBoxLayout()
        for w in (QLabel("期间"), self.kind, self.year, self.part, self.start, self.to_label, self.end,
                  self.village, self.category, self.leader, self.refresh_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.progress)
        bar.addWidget(self.export_button)

        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(["指标", "数值"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.trend = BarChart(color="blue")
        self.categories = BarChart(horizontal=True, color="teal")
        self.villages = BarChart(horizontal=True, color="orange")
        self.overdue = BarChart(horizontal=True, color="red")
        charts = QWidget()
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, chart in enumerate((self.trend, self.categories, self.villages, self.overdue)):
            grid.addWidget(chart, i // 2, i % 2)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(charts)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.ask_export)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.part.clear()
        if kind == "month":
            self.part.addItems([f"{m}月" for m in range(1, 13)])
            self.part.setCurrentIndex(self.today.month - 1)
        elif kind == "quarter":
            self.part.addItems(["第一季度", "第二季度", "第三季度", "第四季度"])
            self.part.setCurrentIndex((self.today.month - 1) // 3)
        self.year.setVisible(kind != "custom")
        self.part.setVisible(kind in ("month", "quarter"))
        for w in (self.start, self.to_label, self.end):
            w.setVisible(kind == "custom")

    # --- scope --------------------------------------------------------------------------------------------------
    def set_period(self, kind: str, year: int, part: int = 0) -> None:
        """Select a period programmatically (``part``: month 1-12 or quarter 1-4)."""
        self.kind.setCurrentIndex([k for k, _ in KINDS].index(kind))
        self.year.setValue(year)
        if part:
            self.part.setCurrentIndex(part - 1)

    def scope(self) -> Scope:
        kind, y = self.kind.currentData(), self.year.value()
        filters = {"village_code": self.village.currentData(), "category": self.category.currentData(),
                   "leader_id": self.leader.currentData(), "as_of": self.today}
        if kind == "month":
            return Scope.period(f"{y}-{self.part.currentIndex() + 1:02d}", **filters)
        if kind == "quarter":
            return Scope.period(f"{y}-Q{self.part.currentIndex() + 1}", **filters)
        if kind == "year":
            return Scope.period(str(y), **filters)
        start, end = self.start.date().toPython(), self.end.date().toPython()
        return Scope(start=start, end=end, **filters)

    # --- work ---------------------------------------------------------------------------------------------------
    def _run(self, work, done) -> None:
        job = _Job(work)
        job.signals.done.connect(done)
        job.signals.failed.connect(self._failed)
        job.signals.progress.connect(self._progress)
        job.signals.done.connect(lambda _r, j=job: self._finished(j))
        job.signals.failed.connect(lambda _m, j=job: self._finished(j))
        job.setAutoDelete(False)
        self._jobs.add(job)  # keep the job (and its signals) alive until it reports back
        self._busy(True)
        self.pool.start(job)

    def refresh(self) -> None:
        try:
            scope = self.scope()
        except DeskError as error:
            self._failed(error.message)
            return
        self.status.setText(f"正在统计 {scope.label}…")
        self._run(lambda progress: (scope, figures.compute(self.store, scope)), self._show)

    def ask_export(self) -> None:
        scope = self.scope()
        path, _ = QFileDialog.getSaveFileName(self, "导出台账", f"信访台账-{scope.label}.xlsx", "Excel 工作簿 (*.xlsx)")
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        scope = self.scope()
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.status.setText("正在导出台账…")
        self._run(lambda progress: ledger_export.export_ledgers(self.store, scope, path, progress=progress),
                  self._exported)

    def _busy(self, busy: bool) -> None:
        self.refresh_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        if busy:
            self.progress.setRange(0, 0)  # indeterminate until the first progress report

    def _progress(self, percent: int, message: str) -> None:
        self.progress.setRange(0, 100)
        self.progress.setValue(percent)
        self.status.setText(message)

    def _finished(self, job: _Job) -> None:
        self._jobs.discard(job)
        if not self._jobs:
            self._busy(False)

    def _failed(self, message: str) -> None:
        self.status.setText(f"错误：{message}")

    def _exported(self, result) -> None:
        self.status.setText(f"已导出台账：{result.path}（信访事项{result.rows.get(ledger_export.MATTER_SHEET, 0)}件）")
        self.export_finished.emit(str(result.path))

    # --- showing ------------------------------------------------------------------------------------------------
    def _show(self, result) -> None:
        scope, values = result
        self.values = values
        self.table.setRowCount(0)
        for fv in values:
            self._row(fv.figure.label, fv.as_text() if not fv.is_breakdown else "", fv.figure.definition, head=True)
            if fv.is_breakdown:
                for k, n in fv.value:
                    if n:
                        self._row(f"　　{k}", f"{n}", fv.figure.definition)
        self.table.resizeRowsToContents()
        v = figures.as_dict(values)
        self.trend.set_data("按月登记件数", v["matters_by_month"])
        self.categories.set_data("问题类别（前8）", v["matters_by_category"])
        self.villages.set_data("问题属地（前8）", v["matters_by_village"])
        self.overdue.set_data(f"当前超期 {v['overdue']} 件（按属地）", v["overdue_by_village"])
        self.status.setText(f"{scope.label}：信访事项 {v['matters']} 件，来访 {v['visits']} 批 {v['visit_people']} 人次；"
                            f"超期按 {scope.as_of:%Y-%m-%d} 判断。鼠标停在指标上可查看统计口径。")
        self.figures_ready.emit(values)

    def _row(self, label: str, value: str, tip: str, head: bool = False) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, text in enumerate((label, value)):
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            if head:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if c == 1:
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, c, item)


__all__ = ["StatsView"]
