"""县信访办 page: import township bundles with a report per file, the townships table, cross-township petitioners.

The layout is the Designer form ui/county_page.ui.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QTableWidget, QTableWidgetItem, QWidget

from gazetteer_desk.services.sync import bundle_import, county
from gazetteer_desk.store.database import Store
from gazetteer_desk.gui.forms.ui_county_page import Ui_CountyPage
from gazetteer_desk.gui.operations import OperationRunner
from gazetteer_desk.gui.sync.key_passphrase import change_passphrase, passphrase_for
from gazetteer_desk.gui.progress import JobProgress
from gazetteer_desk.gui.sync.down_panels import CountyDownPanel
from gazetteer_desk.gui.sync.rows_model import RowsModel
from gazetteer_desk.gui.widgets import set_note, set_problem
from gazetteer_desk.services.sync import key_store

_STATUS_COLOURS = {"imported": "#2e7d32", "skipped": "#607d8b", "held": "#ef6c00", "refused": "#c62828"}


def _fill(table: QTableWidget, rows: list[list]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
    table.resizeColumnsToContents()


class CountyPage(QWidget):
    """Standalone page for the 同步 area (county mode)."""

    imported = Signal(object)  # ImportResult
    counted = Signal(str)  # "townships" or "cross": that table has been filled with a fresh count

    def __init__(self, store: Store, runner: OperationRunner | None = None, parent: QWidget | None = None, *, actor=""):
        super().__init__(parent)
        self.store, self.actor = store, actor  # the signed-in user: the import checks the role and is audited
        self.runner = runner or OperationRunner(self)  # the window passes its one runner; alone, the page has its own
        self.ui = Ui_CountyPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.progress = JobProgress(self, "导入数据包", "正在导入…", ui.importButton)
        self.import_button, self.summary, self.tabs = ui.importButton, ui.summaryLabel, ui.tabs
        self.report_table, self.townships_table, self.cross_table = ui.reportTable, ui.townshipsTable, ui.crossTable
        # up to ten thousand people at county scale: a model, so no cell is made before it is drawn
        self.cross_model = RowsModel(["姓名", "身份证号", "涉及乡镇", "事项", "在办", "最近登记"], self)
        self.cross_table.setModel(self.cross_model)
        self.cross_table.horizontalHeader().setResizeContentsPrecision(100)  # columns fit the first 100 rows, not all
        self.import_button.clicked.connect(self.choose_and_import)
        self.change_passphrase_button, self.stats_label = ui.changePassphraseButton, ui.statsLabel
        self.change_passphrase_button.clicked.connect(self.change_passphrase)
        self.down = CountyDownPanel(store, self.runner, self, actor=actor)  # down bundles and the orders' answers
        self.tabs.addTab(self.down, "下发")
        self.refresh()

    def help_anchor(self) -> str:
        """F1: the 下发 tab has its own section of the manual."""
        return "down-bundle" if self.tabs.currentWidget() is self.down else "county-import"

    def change_passphrase(self) -> None:
        answer = change_passphrase(self, self.store, self.actor)
        if answer is not None:
            set_problem(self.summary, answer[1], ok=answer[0])

    def refresh(self) -> None:
        """Count the townships' matters and find the cross-township people off the GUI thread: at county scale (a
        million matters) each read takes a moment, and the window must not stop while it runs. Only the newest
        request's answer is shown (``key``), so a refresh after an import never shows an older count."""
        self.change_passphrase_button.setVisible(key_store.sealed(self.store.home))
        self._counting = {"townships", "cross"}
        set_note(self.stats_label, "正在统计…")
        self.runner.run(lambda: county.township_overview(self.store), key="county-page-townships",
                        on_done=self._show_townships, on_error=self._counting_failed)
        self.runner.run(lambda: county.cross_township_petitioners(self.store, viewer=self.actor),
                        key="county-page-cross", on_done=self._show_cross, on_error=self._counting_failed)

    def _counted(self, part: str) -> None:
        self._counting.discard(part)
        if not self._counting and self.stats_label.property("role") != "problem":  # a failed read stays said
            set_note(self.stats_label, "")

    def _show_townships(self, rows: list[county.TownshipRow]) -> None:
        _fill(self.townships_table, [
            [r.name, r.code, f"第{r.last_sequence}号" if r.last_sequence else "尚未导入", r.last_period,
             r.last_imported_at.astimezone().strftime("%Y-%m-%d %H:%M") if r.last_imported_at else "",
             r.matters, r.open_matters, r.overdue, r.held or "", "已吊销" if r.revoked else "正常"]
            for r in rows
        ])
        self._counted("townships")
        self.counted.emit("townships")

    def _show_cross(self, rows: list[county.CrossPetitioner]) -> None:
        self.cross_model.set_rows([
            ["、".join(r.names), r.id_number, "、".join(r.townships), r.matters, r.open_matters, r.last_received]
            for r in rows
        ])
        self.cross_table.resizeColumnsToContents()
        self._counted("cross")
        self.counted.emit("cross")

    def _counting_failed(self, message: str) -> None:
        self._counting.clear()
        set_problem(self.stats_label, f"统计失败：{message}")

    def choose_and_import(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "选择乡镇数据包", "", "信访接待台数据包 (*.gdb.age *.age)")
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, files: list[Path]) -> None:
        go, passphrase = passphrase_for(self, self.store.home, "打开乡镇数据包要用县信访办的私钥，")
        if not go:
            return
        self.progress.start()
        self.runner.run(lambda progress: bundle_import.import_bundles(self.store, files, progress=progress,
                                                                      actor=self.actor, passphrase=passphrase),
                        on_done=self._on_done, on_error=self._on_failed, on_progress=self.progress.on_progress)

    def _on_done(self, result) -> None:
        self.progress.finish()
        rows = [[r.file.name, r.township_name or r.township_code, r.sequence, r.period,
                 bundle_import.STATUS_LABELS[r.status], r.message] for r in result.reports]
        _fill(self.report_table, rows)
        for r, report in enumerate(result.reports):
            self.report_table.item(r, 4).setForeground(QColor(_STATUS_COLOURS[report.status]))
        counts = {s: sum(1 for r in result.reports if r.status == s) for s in _STATUS_COLOURS}
        self.summary.setText(f"导入 {counts['imported']} 个，跳过 {counts['skipped']} 个，暂存 {counts['held']} 个，"
                             f"拒绝 {counts['refused']} 个。导入前已备份：{result.backup.name}")
        self.tabs.setCurrentWidget(self.ui.reportTab)
        self.refresh()
        self.down.refresh()  # answers to orders arrive with the townships' bundles
        self.imported.emit(result)

    def _on_failed(self, message: str) -> None:
        self.progress.finish()
        self.summary.setText(f"导入失败：{message}")
