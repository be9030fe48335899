"""导入已有台账: the window's face of :mod:`services.ledger_import`.

File and sheet → which column is which (prefilled with the guess from the Chinese headers) → the rows as they will be
imported and every bad row with its number and reasons → import, in one transaction, only when the clerk says so
(with bad rows present, only after ticking “跳过有误的行”) → what was imported, skipped as already imported, and bad.

Reading the workbook, checking the rows and importing run on the window's one operation runner. 下一步 starts the
step's work when its result is not there yet and moves on by itself when it arrives.
"""

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHeaderView, QLabel, QProgressBar, QTableWidgetItem,
                               QWizard)

from gazetteer_desk.domain.masking import mask_id_number, mask_phone
from gazetteer_desk.domain.procedure import STATUS_LABELS
from gazetteer_desk.services.ledgers import ledger_import
from gazetteer_desk.services.ledgers.ledger_import import (
    FIELD_LABELS,
    FIELDS,
    REQUIRED,
    ImportPreview,
    ImportResult,
    LedgerTable,
)
from gazetteer_desk.gui import permissions_ui
from gazetteer_desk.gui.forms.ui_ledger_import_wizard import Ui_LedgerImportWizard
from gazetteer_desk.gui.operations import OperationRunner
from gazetteer_desk.gui.widgets import set_problem
from gazetteer_desk.gui.screen_fit import fit_to_screen
from gazetteer_desk.gui.help.help_dialog import install_help

NOT_USED = "（不导入）"
PREVIEW_ROWS = 50  # the first rows as they will be imported; the count of all of them is in the summary
GOOD_COLUMNS = ("行号", "信访人", "证件号码", "联系电话", "来访日期", "问题类别", "问题属地", "信访形式", "人数",
                "办理状态", "反映问题")
LISTED = 20  # row numbers spelled out in a sentence before “等”


def _rows_text(numbers: list[int]) -> str:
    text = "、".join(str(n) for n in numbers[:LISTED])
    return f"第{text}{'等' if len(numbers) > LISTED else ''}行"


class LedgerImportWizard(QWizard):
    table_loaded = Signal()  # the sheet was read; the mapping page is filled
    preview_ready = Signal()  # the rows were checked; the preview page can show them
    imported = Signal(object)  # ImportResult
    failed = Signal(str)

    def __init__(self, store, runner: OperationRunner, user, parent=None, *, today: date | None = None):
        super().__init__(parent)
        install_help(self, "ledger-import")  # F1: this dialog's section of the manual
        self.store, self.runner, self.user = store, runner, user
        self.today = today or date.today()
        self.table: LedgerTable | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self._preview_mapping: dict | None = None
        self._busy = False
        self._advance = False  # move to the next page when the running step delivers
        self.ui = Ui_LedgerImportWizard()
        self.ui.setupUi(self)
        ui = self.ui
        for button, text in ((QWizard.NextButton, "下一步"), (QWizard.BackButton, "上一步"),
                             (QWizard.CommitButton, "导入"), (QWizard.FinishButton, "完成"),
                             (QWizard.CancelButton, "取消")):
            self.setButtonText(button, text)
        ui.previewPage.setCommitPage(True)  # after the import there is no going back to change the mapping
        ui.goodTable.setColumnCount(len(GOOD_COLUMNS))
        ui.goodTable.setHorizontalHeaderLabels(list(GOOD_COLUMNS))
        ui.badTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        ui.previewSplit.setStretchFactor(0, 3)
        ui.previewSplit.setStretchFactor(1, 2)
        self.combos: dict[str, QComboBox] = {}
        self._build_mapping()
        ui.browseButton.clicked.connect(self.browse)
        ui.pathEdit.editingFinished.connect(self._path_edited)
        ui.sheetCombo.activated.connect(lambda _i: self.load(ui.pathEdit.text().strip(), ui.sheetCombo.currentText()))
        ui.skipBad.toggled.connect(lambda _on: set_problem(ui.previewProblem, ""))
        for label in (ui.fileProblem, ui.mappingProblem, ui.previewProblem):
            set_problem(label, "")
        for bar in self._bars():
            bar.setVisible(False)
        ui.sheetCombo.setEnabled(False)
        fit_to_screen(self)

    # --- the mapping page's combos, one per field the service knows ------------------------------------------
    def _build_mapping(self) -> None:
        grid = self.ui.mappingGrid
        half = (len(FIELDS) + 1) // 2
        for i, fld in enumerate(FIELDS):
            label = QLabel(FIELD_LABELS[fld] + (" *" if fld in REQUIRED else ""))
            combo = QComboBox()
            combo.setAccessibleName(f"“{FIELD_LABELS[fld]}”所在的列")
            combo.setMinimumContentsLength(10)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _i, f=fld: self._mapping_changed(f))
            row, column = i % half, (i // half) * 2
            grid.addWidget(label, row, column)
            grid.addWidget(combo, row, column + 1)
            self.combos[fld] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def _fill_mapping(self, table: LedgerTable) -> None:
        headers = [h for h in table.headers if h]
        for fld, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(NOT_USED, "")
            for h in headers:
                sample = "、".join(self._sample(v) for v in table.sample(h, 2))
                combo.addItem(f"{h}（如：{sample}）" if sample else h, h)
            guessed = table.guessed.get(fld, "")
            combo.setCurrentIndex(max(0, combo.findData(guessed)))
            combo.blockSignals(False)
        self.ui.headerInfo.setText(f"表头在第{table.header_row}行，共{len(headers)}列；表头以下有"
                                   f"{len(table.rows) - table.header_row}行。")
        self._show_unused()

    def _sample(self, value: str) -> str:
        """A cell as a hint: dates without midnight, long numbers masked unless the role may see them."""
        value = value.removesuffix("T00:00:00")
        digits = value.replace("-", "").replace(" ", "")
        if len(digits) >= 11 and digits[:-1].isdigit() and not permissions_ui.allowed(self.user, "reveal_numbers"):
            value = mask_id_number(value) if len(digits) > 12 else mask_phone(value)
        return value[:16] + ("…" if len(value) > 16 else "")

    def mapping(self) -> dict[str, str]:
        """field -> header ('' for a field the clerk leaves out), exactly as the combos say."""
        return {fld: combo.currentData() or "" for fld, combo in self.combos.items()}

    def set_mapping(self, fld: str, header: str) -> None:
        combo = self.combos[fld]
        combo.setCurrentIndex(max(0, combo.findData(header)))

    def _mapping_changed(self, _fld: str) -> None:
        set_problem(self.ui.mappingProblem, "")
        self._show_unused()

    def _show_unused(self) -> None:
        if self.table is None:
            return
        used = set(self.mapping().values())
        unused = [h for h in self.table.headers if h and h not in used]
        self.ui.unusedInfo.setText("不导入的列：" + "、".join(unused) if unused else "每一列都有对应。")

    # --- step 1: the file ------------------------------------------------------------------------------------
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "选择台账文件", "",
                                              "台账文件 (*.xlsx *.xlsm *.csv);;所有文件 (*)")
        if path:
            self.choose_file(path)

    def choose_file(self, path: str) -> None:
        self.ui.pathEdit.setText(path)
        self.load(path, None)

    def _path_edited(self) -> None:
        path = self.ui.pathEdit.text().strip()
        if path and (self.table is None or str(self.table.path) != path):
            self.load(path, None)

    def load(self, path: str, sheet: str | None, advance: bool = False) -> None:
        if not path:
            set_problem(self.ui.fileProblem, "请先选择台账文件")
            return
        self.table, self.preview, self._preview_mapping = None, None, None
        self.ui.fileInfo.setText(f"正在读取 {Path(path).name}…")
        set_problem(self.ui.fileProblem, "")
        self._start(lambda progress: ledger_import.open_ledger(path, sheet or None), self._loaded,
                    self.ui.fileProblem, advance)

    def _loaded(self, table: LedgerTable) -> None:
        ui = self.ui
        self.table = table
        ui.sheetCombo.clear()
        ui.sheetCombo.addItems(table.sheets)
        ui.sheetCombo.setCurrentText(table.sheet or "")
        ui.sheetCombo.setEnabled(len(table.sheets) > 1)
        where = f"工作表“{table.sheet}”" if table.sheet else "CSV 文件"
        ui.fileInfo.setText(f"已读取 {table.path.name}：{where}，表头在第{table.header_row}行，"
                            f"识别出{len(table.guessed)}项：" + "、".join(FIELD_LABELS[f] for f in table.guessed))
        self._fill_mapping(table)
        self.table_loaded.emit()

    def _table_current(self) -> bool:
        t, ui = self.table, self.ui
        return (t is not None and str(t.path) == ui.pathEdit.text().strip()
                and (not t.sheets or t.sheet == ui.sheetCombo.currentText()))

    # --- step 2 → 3: checking --------------------------------------------------------------------------------
    def check(self, advance: bool = False) -> None:
        table, mapping, store, today = self.table, self.mapping(), self.store, self.today
        self.preview, self._preview_mapping = None, None
        set_problem(self.ui.mappingProblem, "")

        def work(progress):
            return mapping, ledger_import.preview(store, table.path, mapping=mapping, table=table, today=today,
                                                  progress=progress)

        self._start(work, self._checked, self.ui.mappingProblem, advance)

    def _checked(self, value) -> None:
        self._preview_mapping, self.preview = value
        self.preview_ready.emit()

    # --- step 3 → 4: importing -------------------------------------------------------------------------------
    def run_import(self, advance: bool = False) -> None:
        preview, store, user, skip = self.preview, self.store, self.user, self.ui.skipBad.isChecked()
        self._start(lambda progress: ledger_import.accept(store, preview, skip_bad=skip, actor=user,
                                                          progress=progress),
                    self._imported, self.ui.previewProblem, advance)

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        self.imported.emit(result)

    # --- QWizard ---------------------------------------------------------------------------------------------
    def validateCurrentPage(self) -> bool:
        if self._busy:
            return False  # the step's work is running; it moves on by itself
        page, ui = self.currentPage(), self.ui
        if page is ui.filePage:
            if self._table_current():
                return True
            self.load(ui.pathEdit.text().strip(), ui.sheetCombo.currentText(), advance=True)
            return False
        if page is ui.mappingPage:
            if self.preview is not None and self._preview_mapping == self.mapping():
                return True
            self.check(advance=True)
            return False
        if page is ui.previewPage:
            if self.result is not None:
                return True
            if self.preview.bad and not ui.skipBad.isChecked():
                set_problem(ui.previewProblem, f"有{len(self.preview.bad)}行有误：请更正台账后重新导入，"
                                               "或勾选“跳过有误的行”只导入其余各行")
                return False
            self.run_import(advance=True)
            return False
        return True

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        page = self.page(page_id)
        if page is self.ui.previewPage:
            self._show_preview()
        elif page is self.ui.donePage:
            self._show_result()

    def _show_preview(self) -> None:
        ui, p = self.ui, self.preview
        good, bad, dups = p.good, p.bad, p.duplicates
        text = (f"{p.path.name}{'，工作表“' + p.sheet + '”' if p.sheet else ''}：共{len(p.rows)}行，"
                f"可导入{len(good)}行，已导入过{len(dups)}行，有误{len(bad)}行。")
        if dups:
            text += f"\n已导入过的{_rows_text([r.row_number for r in dups])}将跳过，不会重复登记。"
        if len(good) > PREVIEW_ROWS:
            text += f"\n下表列出将要导入的前{PREVIEW_ROWS}行。"
        ui.summary.setText(text)
        full = permissions_ui.allowed(self.user, "reveal_numbers")
        ui.goodTable.setRowCount(0)
        for r in good[:PREVIEW_ROWS]:
            d = r.data
            cells = (str(r.row_number), d.name, (d.id_number if full else mask_id_number(d.id_number)) or "",
                     (d.phone if full else mask_phone(d.phone)) or "", f"{d.received_at:%Y-%m-%d}", d.category,
                     d.village or "", d.channel, str(d.people_count),
                     STATUS_LABELS[r.state.status] if r.state else STATUS_LABELS["registered"], d.request)
            self._append(ui.goodTable, cells)
        ui.goodTable.resizeColumnsToContents()
        ui.goodTable.horizontalHeader().setStretchLastSection(True)
        ui.badTable.setRowCount(0)
        for r in bad:
            self._append(ui.badTable, (f"第{r.row_number}行", "；".join(r.errors)))
        ui.badTable.resizeRowsToContents()
        ui.badBox.setVisible(bool(bad))
        ui.skipBad.setVisible(bool(bad))
        ui.skipBad.setChecked(False)
        ui.skipBad.setText(f"跳过以上{len(bad)}行有误的行，只导入其余{len(good)}行(&K)")
        nothing = not good and not bad
        set_problem(ui.previewProblem, "没有新的事项需要导入（各行都已导入过）" if nothing else "", ok=nothing)

    def _show_result(self) -> None:
        r, p = self.result, self.preview
        lines = [f"已导入 {r.imported} 件事项" + (f"（{r.numbers[0]} 至 {r.numbers[-1]}）" if r.numbers else "") + "。"]
        lines.append(f"已导入过而跳过：{r.duplicates} 行" + (f"（{_rows_text([x.row_number for x in p.duplicates])}）"
                                                     if r.duplicates else "") + "。")
        lines.append(f"有误未导入：{r.skipped_bad} 行" + (f"（{_rows_text([x.row_number for x in p.bad])}）"
                                                   if r.skipped_bad else "") + "。")
        lines.append("导入的事项已记入操作日志，可在“事项”中查看和办理。")
        self.ui.result.setText("\n".join(lines))

    @staticmethod
    def _append(table, cells) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for c, text in enumerate(cells):
            table.setItem(row, c, QTableWidgetItem(text))

    # --- running work ----------------------------------------------------------------------------------------
    def _bars(self) -> tuple[QProgressBar, ...]:
        return self.ui.fileProgress, self.ui.mappingProgress, self.ui.previewProgress

    def _start(self, work, done, problem: QLabel, advance: bool) -> None:
        self._busy, self._advance = True, advance
        bar = {self.ui.fileProblem: self.ui.fileProgress, self.ui.mappingProblem: self.ui.mappingProgress,
               self.ui.previewProblem: self.ui.previewProgress}[problem]
        bar.setRange(0, 0)  # indeterminate until the first report
        bar.setFormat("%p%")
        bar.setVisible(True)

        def progress(percent: int, text: str) -> None:
            bar.setRange(0, 100)
            bar.setValue(percent)
            bar.setFormat(f"{text} %p%")

        def finished(value) -> None:
            self._stop(bar)
            done(value)
            if self._advance:
                self._advance = False
                self.next()

        def failed(message: str) -> None:
            self._stop(bar)
            self._advance = False
            if problem is self.ui.fileProblem:
                self.ui.fileInfo.setText("")
            set_problem(problem, message)
            self.failed.emit(message)

        self.runner.run(lambda report: work(lambda f, text: report(int(f * 100), text)),
                        on_done=finished, on_error=failed, on_progress=progress)

    def _stop(self, bar: QProgressBar) -> None:
        self._busy = False
        bar.setVisible(False)


__all__ = ["LedgerImportWizard"]
