"""接访日 area: the month's schedule per leader, adding and cancelling a day, the day's page (who came, the leader's
instruction), and the month's notice for the board.

The layout is the Designer form ui/reception_days.ui; the lists come from the store."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from gazetteer_desk.services.leaders import leader_papers, reception_days as rd
from gazetteer_desk.store.database import Store
from gazetteer_desk.gui.confirm import confirm_destructive
from gazetteer_desk.gui.forms.ui_reception_days import Ui_ReceptionDays
from gazetteer_desk.gui.widgets import fill, fill_leaders, fit_columns, run, run_slow, selected_key, set_dates, to_date
from gazetteer_desk.gui.operations import OperationRunner


class ReceptionDaysView(QWidget):
    day_scheduled = Signal(str)
    instruction_recorded = Signal(str)
    day_cancelled = Signal(str)
    notice_saved = Signal(str)  # the PDF's path, once written

    def __init__(self, store: Store, parent: QWidget | None = None, *, actor="", runner: OperationRunner | None = None):
        super().__init__(parent)
        self.actor = actor  # the signed-in user: permissions are checked, the records name them
        self.store = store
        self.runner = runner or OperationRunner(self)  # the window passes its one runner; alone, the page has its own
        self.current_day: str | None = None
        self.ui = ui = Ui_ReceptionDays()
        ui.setupUi(self)
        self.message = ui.message
        ui.month.setDate(QDate.currentDate())
        set_dates(None, ui.day)
        fill_leaders(ui.leaderFilter, store, with_all=True)
        fill_leaders(ui.leader, store)
        ui.formKind.addItems(list(rd.FORMS))
        fit_columns(ui.scheduleTable, ui.visitsTable, ui.instructionsTable)
        ui.split.setStretchFactor(0, 3)
        ui.split.setStretchFactor(1, 2)

        ui.month.dateChanged.connect(self.refresh)
        ui.leaderFilter.currentIndexChanged.connect(self.refresh)
        ui.scheduleTable.itemSelectionChanged.connect(self.show_selected_day)
        ui.addButton.clicked.connect(self.add_day)
        ui.instructButton.clicked.connect(self.record_instruction)
        ui.cancelButton.clicked.connect(self.ask_cancel)
        ui.printButton.clicked.connect(self.print_notice)
        self.refresh()

    # ---- behaviour
    def _leader_name(self) -> str | None:
        return None if self.ui.leaderFilter.currentIndex() <= 0 else self.ui.leaderFilter.currentText()

    def refresh(self) -> None:
        m = self.ui.month.date()
        rows = rd.month_schedule(self.store, m.year(), m.month(), leader=self._leader_name())
        fill(self.ui.scheduleTable,
             [(f"{r.day:%m-%d}", r.time_label, r.leader, r.post, r.place, r.form,
               f"{r.liaison} {r.liaison_phone}".strip(), r.visit_count) for r in rows], [r.id for r in rows])
        self.ui.cancelButton.setEnabled(selected_key(self.ui.scheduleTable) is not None)

    def add_day(self) -> None:
        data = rd.ReceptionDayInput(self.ui.leader.currentText(), to_date(self.ui.day), self.ui.start.text(), self.ui.end.text(),
                                    self.ui.place.text(), self.ui.formKind.currentText(), self.ui.liaison.text(),
                                    self.ui.liaisonPhone.text())
        row = run(self.message, lambda: rd.schedule(self.store, data, actor=self.actor))
        if row:
            self.message.ok(f"已安排：{row.day:%Y-%m-%d} {row.time_label} {row.leader}{row.form}")
            self.ui.month.setDate(QDate(row.day))
            self.refresh()
            self.day_scheduled.emit(row.id)

    def show_selected_day(self) -> None:
        day_id = selected_key(self.ui.scheduleTable)
        self.ui.cancelButton.setEnabled(day_id is not None)
        self.show_day(day_id)

    def ask_cancel(self) -> None:
        day_id = selected_key(self.ui.scheduleTable)
        if not day_id:
            self.message.error("请先选择一个接访日")
            return
        r = self.ui.scheduleTable.currentRow()
        what = " ".join(self.ui.scheduleTable.item(r, c).text() for c in (0, 1, 2))  # 日期 时间 领导
        if confirm_destructive(self, "取消接访日", f"确定从安排表中取消 {what} 的接访日吗？"):
            self.cancel_day(day_id, what)

    def cancel_day(self, day_id: str, what: str = "") -> bool:
        """Take the day off the schedule; a day with visits registered stays (the service says why)."""
        if not run(self.message, lambda: rd.cancel(self.store, day_id, actor=self.actor)):
            return False
        self.message.ok(f"已取消接访日：{what}" if what else "已取消接访日")
        if self.current_day == day_id:
            self._clear_day()
        self.refresh()
        self.day_cancelled.emit(day_id)
        return True

    def _clear_day(self) -> None:
        self.current_day = None
        self.ui.dayTitle.setText("请在左侧选择一个接访日")
        for table in (self.ui.visitsTable, self.ui.instructionsTable):
            table.setRowCount(0)
        self.ui.instructionMatter.clear()

    def show_day(self, day_id: str | None) -> None:
        self.current_day = day_id
        if not day_id:
            return
        page = run(self.message, lambda: rd.day_page(self.store, day_id, viewer=self.actor))
        if not page:
            return
        d = page.day
        self.ui.dayTitle.setText(f"{d.day:%Y年%m月%d日} {d.time_label}　{d.leader}（{d.post}）　{d.place}　{d.form}")
        fill(self.ui.visitsTable, [(v.matter_number, v.name, v.people_count, v.category, v.request, v.status_label)
                                 for v in page.visits])
        fill(self.ui.instructionsTable, [(i.matter_number, i.text) for i in page.instructions])
        self.ui.instructionMatter.clear()
        self.ui.instructionMatter.addItems(sorted({v.matter_number for v in page.visits}))

    def record_instruction(self) -> None:
        day_id = self.current_day
        if not day_id:
            self.message.error("请先选择一个接访日")
            return
        number = self.ui.instructionMatter.currentText()
        text = self.ui.instructionText.toPlainText()
        if run(self.message, lambda: rd.record_instruction(self.store, day_id, number, text, actor=self.actor), f"已记入 {number} 的办理记录"):
            self.ui.instructionText.clear()
            self.show_day(day_id)
            self.instruction_recorded.emit(number)

    def print_notice(self) -> None:
        m = self.ui.month.date()
        path, _ = QFileDialog.getSaveFileName(self, "保存领导接访安排表", f"{m.year()}年{m.month()}月领导接访安排表.pdf",
                                              "PDF 文件 (*.pdf)")
        if path:
            self.save_notice(Path(path))

    def save_notice(self, path: Path) -> None:
        """Render and write the month's notice off the GUI thread; :attr:`notice_saved` tells when it is written."""
        m, store = self.ui.month.date(), self.store
        year, month = m.year(), m.month()
        run_slow(self.runner, self.message,
                 lambda: leader_papers.save_schedule_notice(store, year, month, path, date.today()),
                 working="正在生成接访安排表…", done=f"已保存：{path}", button=self.ui.printButton,
                 on_done=lambda _: self.notice_saved.emit(str(path)))
