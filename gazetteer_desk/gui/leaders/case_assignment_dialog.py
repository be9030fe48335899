"""包案 dialog the matter page opens: assign the matter to a leader, record progress on the four duties, settle.

The layout is the Designer form ui/case_assignment_dialog.ui; leaders, staff and duties are filled in here."""

from datetime import date, timedelta

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from gazetteer_desk.services.leaders import case_assignments as ca
from gazetteer_desk.services.setup import setup
from gazetteer_desk.store.database import Store
from gazetteer_desk.gui.forms.ui_case_assignment_dialog import Ui_CaseAssignmentDialog
from gazetteer_desk.gui.widgets import fill, fill_leaders, fit_columns, run, selected_key, set_dates, to_date
from gazetteer_desk.gui.screen_fit import fit_to_screen
from gazetteer_desk.gui.help.help_dialog import install_help


class CaseAssignmentDialog(QDialog):
    def __init__(self, store: Store, matter_number: str, parent: QWidget | None = None, *, actor=""):
        super().__init__(parent)
        install_help(self, "case-assignment")  # F1: this dialog's section of the manual
        self.store, self.actor = store, actor  # the signed-in user: permissions are checked, the history names them
        self.number = matter_number
        self.ui = ui = Ui_CaseAssignmentDialog()
        ui.setupUi(self)
        self.message = ui.message
        self.setWindowTitle(f"领导包案 — {matter_number}")
        ui.matterLabel.setText(f"信访事项：{matter_number}")
        ui.buttons.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        fill_leaders(ui.leader, store)
        ui.deputy.addItems(["（无）"] + [s.name for s in setup.staff(store)])
        ui.duty.addItems(list(ca.DUTIES))
        set_dates(None, ui.start, ui.progressOn)
        set_dates(date.today() + timedelta(days=30), ui.end)
        fit_columns(ui.assignments)
        ui.assignButton.clicked.connect(self.assign)
        ui.progressButton.clicked.connect(self.record_progress)
        ui.settleButton.clicked.connect(self.settle)
        self.refresh()
        fit_to_screen(self)

    def refresh(self) -> None:
        rows = run(self.message, lambda: ca.assignments_for_matter(self.store, self.number, viewer=self.actor)) or []
        fill(self.ui.assignments, [
            (a.lead, a.deputy, f"{a.start_on:%Y-%m-%d}至{a.end_on:%Y-%m-%d}" if a.end_on else f"{a.start_on:%Y-%m-%d}起",
             a.status_label, "、".join(a.duties_done) or "未记录", a.result) for a in rows], [a.id for a in rows])
        if rows:
            self.ui.assignments.selectRow(len(rows) - 1)

    def assign(self) -> None:
        deputy = None if self.ui.deputy.currentIndex() <= 0 else self.ui.deputy.currentText()
        data = ca.AssignmentInput(self.number, self.ui.leader.currentText(), to_date(self.ui.start),
                                  to_date(self.ui.end) if self.ui.hasEnd.isChecked() else None, deputy,
                                  self.ui.members.text(), self.ui.units.text())
        view = run(self.message, lambda: ca.assign(self.store, data, actor=self.actor))
        if view:
            self.message.ok(f"已由{view.lead}包案")
            self.refresh()

    def _selected(self) -> str | None:
        key = selected_key(self.ui.assignments)
        if not key:
            self.message.error("请先选择一条包案")
        return key

    def record_progress(self) -> None:
        key = self._selected()
        if key and run(self.message, lambda: ca.record_progress(self.store, key, self.ui.duty.currentText(),
                                                                self.ui.note.toPlainText(), on=to_date(self.ui.progressOn),
                                                                actor=self.actor),
                       f"已记录：{self.ui.duty.currentText()}"):
            self.ui.note.clear()
            self.refresh()

    def settle(self) -> None:
        key = self._selected()
        if key and run(self.message, lambda: ca.settle(self.store, key, self.ui.result.text(), actor=self.actor), "已化解结案"):
            self.refresh()
