"""统计 area: a period and scope, the figures with their definitions as tooltips, four charts, the 台账 export and the
annual report, and 导入台账… (the ledger import wizard) for the roles that may import.

The layout is the Designer form ui/stats_view.ui; the charts are added here. Counting and writing files go through
the window's one :class:`~gazetteer_desk.gui.operations.OperationRunner`; the page stays responsive and shows progress.
A county store gets a township selector (all townships, or one).
"""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from gazetteer_desk.domain.categories import CATEGORIES
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.ledgers import annual_report, figures, ledger_export
from gazetteer_desk.services.sync import county
from gazetteer_desk.services.setup import setup
from gazetteer_desk.services.core.scope import Scope
from gazetteer_desk.gui import permissions_ui
from gazetteer_desk.gui.ledgers.charts import BarChart
from gazetteer_desk.gui.forms.ui_stats_view import Ui_StatsView
from gazetteer_desk.gui.operations import OperationRunner
from gazetteer_desk.gui.screen_fit import ems, follow_font

KINDS = (("month", "月度"), ("quarter", "季度"), ("year", "年度"), ("custom", "自定义"))


class StatsView(QWidget):
    figures_ready = Signal(list)
    export_finished = Signal(str)  # the workbook's path
    annual_finished = Signal(str, str)  # the PDF's and the workbook's paths
    matters_imported = Signal()  # the ledger import wizard added matters: the window's other pages reload

    def __init__(self, store, runner: OperationRunner | None = None, parent=None, *, today: date | None = None,
                 user=None):
        super().__init__(parent)
        self.store = store
        self.user = user  # the signed-in CurrentUser; without one (a page on its own) there is no import
        self.import_wizard = None
        self.runner = runner or OperationRunner(self)  # the window passes its one runner; alone, the page has its own
        self.today = today or date.today()
        self.county = store.mode == "county"
        self.values: list = []
        self._pending = 0
        self._stale = False
        self.ui = Ui_StatsView()
        self.ui.setupUi(self)
        self._name_widgets()
        self._fill_choices()
        self._add_charts()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.township.currentIndexChanged.connect(self._township_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.ask_export)
        self.annual_button.clicked.connect(self.ask_annual)
        self.import_button.clicked.connect(self.open_import)
        self.import_button.setVisible(user is not None and not self.county)
        if user is not None:
            permissions_ui.guard(self.import_button, user, "import_ledger")
        self._kind_changed()
        self._busy(False)
        self.refresh()

    # --- layout -------------------------------------------------------------------------------------------------
    def _name_widgets(self) -> None:
        ui = self.ui
        self.kind, self.year, self.part, self.start, self.end = ui.kind, ui.year, ui.part, ui.start, ui.end
        self.to_label = ui.toLabel
        self.township, self.village, self.category, self.leader = ui.township, ui.village, ui.category, ui.leader
        self.refresh_button, self.export_button, self.annual_button = ui.refreshButton, ui.exportButton, ui.annualButton
        self.import_button = ui.importButton
        self.table, self.status, self.progress = ui.table, ui.status, ui.progress
        header = self.table.horizontalHeader()
        # a figure is never elided: its column is as wide as the widest figure; a long indicator name wraps
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        follow_font(self.table, lambda: self.table.setMinimumWidth(ems(self.table, 18)))
        ui.split.setStretchFactor(0, 2)
        ui.split.setStretchFactor(1, 3)

    def _fill_choices(self) -> None:
        for key, label in KINDS:
            self.kind.addItem(label, key)
        self.year.setValue(self.today.year)
        self.start.setDate(QDate(self.today.year, 1, 1))
        self.end.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.category.addItem("全部类别", None)
        for c in CATEGORIES:
            self.category.addItem(c, c)
        self.township.setVisible(self.county)
        if self.county:
            self.township.addItem("全部乡镇", None)
            for t in county.townships(self.store):
                self.township.addItem(f"{t.name}（{t.code}）", t.code)
        self._township_changed()

    def _township_changed(self) -> None:
        """Villages and leaders belong to a township: in a county store they are offered once one is chosen."""
        code = self.township.currentData() if self.county else None
        self.village.clear()
        self.village.addItem("全部村（社区）", None)
        self.leader.clear()
        self.leader.addItem("全部领导", None)
        if self.county and not code:
            self.village.setEnabled(False)
            self.leader.setEnabled(False)
            return
        for v in setup.villages(self.store, include_retired=True):
            if not code or v.township_code == code:
                self.village.addItem(v.name, v.code)
        for s in setup.staff(self.store, leaders_only=True, include_retired=True):
            if not code or s.township_code == code:
                self.leader.addItem(f"{s.name}（{s.post}）" if s.post else s.name, s.id)
        self.village.setEnabled(True)
        self.leader.setEnabled(True)

    def _add_charts(self) -> None:
        self.trend = BarChart(color="blue")
        self.categories = BarChart(horizontal=True, color="teal")
        self.villages = BarChart(horizontal=True, color="orange")
        self.overdue = BarChart(horizontal=True, color="red")
        for i, chart in enumerate((self.trend, self.categories, self.villages, self.overdue)):
            self.ui.chartGrid.addWidget(chart, i // 2, i % 2)

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

    def _filters(self) -> dict:
        return {"township_code": self.township.currentData() if self.county else None,
                "village_code": self.village.currentData(), "category": self.category.currentData(),
                "leader_id": self.leader.currentData(), "as_of": self.today}

    def scope(self) -> Scope:
        kind, y, filters = self.kind.currentData(), self.year.value(), self._filters()
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
        """``work(progress)`` on the runner; ``progress(fraction, text)`` as the services report it."""
        def finished(handler):
            def handle(value):
                self._pending -= 1
                if not self._pending:
                    self._busy(False)
                handler(value)
            return handle

        self._pending += 1
        self._busy(True)
        self.runner.run(lambda progress: work(lambda f, text: progress(int(f * 100), text)),
                        on_done=finished(done), on_error=finished(self._failed), on_progress=self._progress)

    def refresh(self) -> None:
        try:
            scope = self.scope()
        except DeskError as error:
            self._failed(error.message)
            return
        self.status.setText(f"正在统计 {scope.label}…")
        store = self.store
        self._run(lambda progress: (scope, figures.compute(store, scope, viewer=self.user)), self._show)

    def mark_stale(self) -> None:
        """The store changed (a registration, an action, an import): count again now if the page is shown, else when
        it is next shown — a county year is seconds of counting, not worth doing for a page nobody looks at."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def ask_export(self) -> None:
        try:
            scope = self.scope()
        except DeskError as error:
            self._failed(error.message)
            return
        path, _ = QFileDialog.getSaveFileName(self, "导出台账", f"信访台账-{scope.label}.xlsx", "Excel 工作簿 (*.xlsx)")
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        scope, store = self.scope(), self.store
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.status.setText("正在导出台账…")
        self._run(lambda progress: ledger_export.export_ledgers(store, scope, path, progress=progress,
                                                                                viewer=self.user), self._exported)

    def ask_annual(self) -> None:
        year = self.year.value()
        path, _ = QFileDialog.getSaveFileName(self, "保存年度报告", f"{year}年度信访工作情况报告.pdf",
                                              "PDF 文件 (*.pdf)")
        if path:
            self.annual_to(path)

    def annual_to(self, path: str) -> None:
        """The year's report as a PDF at ``path`` and, beside it with the same name, the workbook with its sheet."""
        pdf = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        xlsx = pdf.with_suffix(".xlsx")
        year, store, township, today = self.year.value(), self.store, self._filters()["township_code"], self.today

        def work(progress):
            progress(0.0, f"正在统计{year}年度数据…")
            report = annual_report.build_annual_report(store, year, township_code=township, as_of=today,
                                                       viewer=self.user)
            progress(0.1, "正在生成年度报告PDF…")
            annual_report.write_annual_pdf(report, pdf)
            # 汇总 from the figures the report has just counted (the same year, township and viewer)
            ledger_export.export_ledgers(store, report.scope, xlsx, annual=report, viewer=self.user,
                                         values=report.figures,
                                         progress=lambda f, text: progress(0.15 + 0.85 * f, text))
            return pdf, xlsx

        self.status.setText(f"正在生成{year}年度报告…")
        self._run(work, self._annual_done)

    def open_import(self):
        """The ledger import wizard; the figures are counted again after an import."""
        from gazetteer_desk.gui.ledgers.ledger_import_wizard import LedgerImportWizard

        self.import_wizard = LedgerImportWizard(self.store, self.runner, self.user, self, today=self.today)
        self.import_wizard.imported.connect(lambda _result: (self.refresh(), self.matters_imported.emit()))
        self.import_wizard.open()
        return self.import_wizard

    def _busy(self, busy: bool) -> None:
        for button in (self.refresh_button, self.export_button, self.annual_button):
            button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)  # indeterminate until the first progress report
        self.progress.setValue(0)

    def _progress(self, percent: int, message: str) -> None:
        self.progress.setRange(0, 100)
        self.progress.setValue(percent)
        self.status.setText(message)

    def _failed(self, message: str) -> None:
        self.status.setText(f"错误：{message}")

    def _exported(self, result) -> None:
        self.status.setText(f"已导出台账：{result.path}（信访事项{result.rows.get(ledger_export.MATTER_SHEET, 0)}件）")
        self.export_finished.emit(str(result.path))

    def _annual_done(self, paths) -> None:
        pdf, xlsx = paths
        self.status.setText(f"已保存年度报告：{pdf}；含年度报告工作表的台账：{xlsx.name}")
        self.annual_finished.emit(str(pdf), str(xlsx))

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
        notes = {fv.figure.key: fv.figure.definition for fv in values}
        self.trend.set_data("按月登记件数", v["matters_by_month"], notes["matters_by_month"])
        self.categories.set_data("问题类别（前8）", v["matters_by_category"], notes["matters_by_category"])
        self.villages.set_data("问题属地（前8）", v["matters_by_village"], notes["matters_by_village"])
        self.overdue.set_data(f"当前超期 {v['overdue']} 件（按属地）", v["overdue_by_village"],
                              notes["overdue_by_village"])
        self.status.setText(f"{scope.label}：信访事项 {v['matters']} 件，来访 {v['visits']} 批 {v['visit_people']} 人次；"
                            f"超期按 {scope.as_of:%Y-%m-%d} 判断。鼠标停在指标或图表上可查看统计口径。")
        self.figures_ready.emit(values)

    def _row(self, label: str, value: str, tip: str, head: bool = False) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, text in enumerate((label, value)):
            item = QTableWidgetItem(text)
            item.setToolTip(f"统计口径：{tip}")
            if head:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if c == 1:
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, c, item)


__all__ = ["StatsView"]
