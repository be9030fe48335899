"""包案 dialog the matter page opens: assign the matter to a leader, record progress on the four duties, settle."""

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
    QWidget,
)

from ..services import case_assignments as ca
from ..services import setup
from ..store.database import Store
from .leaders_widgets import MessageLine, combo, date_edit, fill, leader_combo, line, run, selected_key, table, text_box, to_date


class CaseAssignmentDialog(QDialog):
    def __init__(self, store: Store, matter_number: str, parent: QWidget | None = None, *, actor: str = ""):
        super().__init__(parent)
        self.store, self.actor = store, actor  # the signed-in user's name, written in the matter's history
        self.number = matter_number
        self.setWindowTitle(f"领导包案 — {matter_number}")
        self.setAccessibleName("领导包案")
        self.message = MessageLine()
        self.assignments = table("本事项的包案", ("包案领导", "副包案人", "期限", "状态", "四包落实", "结果"))

        new_box = QGroupBox("新增包案")
        form = QFormLayout(new_box)
        self.leader = leader_combo(store, "包案领导")
        self.deputy = combo("副包案人", ["（无）"] + [s.name for s in setup.staff(store)])
        self.members = line("工作专班成员", "多人用顿号分隔")
        self.units = line("参与单位", "如：国土所、青龙村委")
        self.start = date_edit(date.today(), "包案开始日期")
        self.has_end = QCheckBox("限期化解")
        self.has_end.setChecked(True)
        self.end = date_edit(date.today() + timedelta(days=30), "包案结束日期")
        self.has_end.toggled.connect(self.end.setEnabled)
        ends = QHBoxLayout()
        ends.addWidget(self.has_end)
        ends.addWidget(self.end)
        self.assign_button = QPushButton("确定包案(&A)")
        for label, widget in (("包案领导(&L)：", self.leader), ("副包案人：", self.deputy), ("成员：", self.members),
                              ("参与单位：", self.units), ("开始日期：", self.start), ("结束日期：", ends),
                              ("", self.assign_button)):
            form.addRow(label, widget)

        progress_box = QGroupBox("包案进展（选中上方一条包案）")
        pform = QFormLayout(progress_box)
        self.duty = combo("包案职责", ca.DUTIES)
        self.note = text_box("进展情况")
        self.progress_on = date_edit(date.today(), "进展日期")
        self.progress_button = QPushButton("记录进展(&P)")
        self.result = line("化解结果")
        self.settle_button = QPushButton("化解结案(&E)")
        for label, widget in (("职责：", self.duty), ("日期：", self.progress_on), ("情况：", self.note),
                              ("", self.progress_button), ("化解结果：", self.result), ("", self.settle_button)):
            pform.addRow(label, widget)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"信访事项：{matter_number}"))
        layout.addWidget(self.assignments)
        row = QHBoxLayout()
        row.addWidget(new_box)
        row.addWidget(progress_box)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.assign_button.clicked.connect(self.assign)
        self.progress_button.clicked.connect(self.record_progress)
        self.settle_button.clicked.connect(self.settle)
        self.refresh()

    def refresh(self) -> None:
        rows = run(self.message, lambda: ca.assignments_for_matter(self.store, self.number)) or []
        fill(self.assignments, [
            (a.lead, a.deputy, f"{a.start_on:%Y-%m-%d}至{a.end_on:%Y-%m-%d}" if a.end_on else f"{a.start_on:%Y-%m-%d}起",
             a.status_label, "、".join(a.duties_done) or "未记录", a.result) for a in rows], [a.id for a in rows])
        if rows:
            self.assignments.selectRow(len(rows) - 1)

    def assign(self) -> None:
        deputy = None if self.deputy.currentIndex() <= 0 else self.deputy.currentText()
        data = ca.AssignmentInput(self.number, self.leader.currentText(), to_date(self.start),
                                  to_date(self.end) if self.has_end.isChecked() else None, deputy,
                                  self.members.text(), self.units.text())
        view = run(self.message, lambda: ca.assign(self.store, data, actor=self.actor))
        if view:
            self.message.ok(f"已由{view.lead}包案")
            self.refresh()

    def _selected(self) -> str | None:
        key = selected_key(self.assignments)
        if not key:
            self.message.error("请先选择一条包案")
        return key

    def record_progress(self) -> None:
        key = self._selected()
        if key and run(self.message, lambda: ca.record_progress(self.store, key, self.duty.currentText(),
                                                                self.note.toPlainText(), on=to_date(self.progress_on),
                                                                actor=self.actor),
                       f"已记录：{self.duty.currentText()}"):
            self.note.clear()
            self.refresh()

    def settle(self) -> None:
        key = self._selected()
        if key and run(self.message, lambda: ca.settle(self.store, key, self.result.text(), actor=self.actor), "已化解结案"):
            self.refresh()
