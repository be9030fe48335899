"""接访日 area: the month's schedule per leader, adding a day, the day's page (who came, the leader's instruction),
and the month's notice for the board."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from ..services import leader_papers, reception_days as rd
from ..store.database import Store
from .leaders_widgets import (
    MessageLine, combo, date_edit, fill, leader_combo, line, run, selected_key, table, text_box, to_date, write_pdf,
)


class ReceptionDaysView(QWidget):
    day_scheduled = Signal(str)
    instruction_recorded = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None, *, actor: str = ""):
        super().__init__(parent)
        self.actor = actor  # the signed-in user's name, for the records this page writes
        self.store = store
        self.setAccessibleName("领导接访日")
        self.month = QDateEdit(QDate.currentDate())
        self.month.setDisplayFormat("yyyy年MM月")
        self.month.setAccessibleName("月份")
        self.leader_filter = leader_combo(store, "按领导筛选", with_all=True)
        self.print_button = QPushButton("打印本月公示表(&P)")
        self.print_button.setAccessibleName("打印本月领导接访安排表")
        top = QHBoxLayout()
        for label, widget in (("月份：", self.month), ("领导：", self.leader_filter)):
            top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.print_button)

        self.schedule_table = table("本月接访安排", ("日期", "时间", "领导", "职务", "地点", "形式", "联络员", "来访"))
        self.form = self._build_form()
        self.day_box = self._build_day_page()
        self.message = MessageLine()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.schedule_table, 1)
        left_layout.addWidget(self.form)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.day_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)

        self.month.dateChanged.connect(self.refresh)
        self.leader_filter.currentIndexChanged.connect(self.refresh)
        self.schedule_table.itemSelectionChanged.connect(self.show_selected_day)
        self.add_button.clicked.connect(self.add_day)
        self.instruct_button.clicked.connect(self.record_instruction)
        self.print_button.clicked.connect(self.print_notice)
        self.refresh()

    # ---- building
    def _build_form(self) -> QGroupBox:
        box = QGroupBox("安排接访日")
        form = QFormLayout(box)
        self.leader = leader_combo(self.store, "接访领导")
        self.day = date_edit(date.today(), "接访日期")
        self.start = line("开始时间", "09:00")
        self.start.setText("09:00")
        self.end = line("结束时间", "12:00")
        self.end.setText("12:00")
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("至"))
        times.addWidget(self.end)
        self.place = line("接访地点", "如：镇政府一楼信访接待室")
        self.form_kind = combo("接访形式", rd.FORMS)
        self.liaison = line("联络员")
        self.liaison_phone = line("联络员电话")
        self.add_button = QPushButton("保存接访日(&S)")
        for label, widget in (("领导(&L)：", self.leader), ("日期：", self.day), ("时间：", times),
                              ("地点：", self.place), ("形式：", self.form_kind), ("联络员：", self.liaison),
                              ("联络员电话：", self.liaison_phone), ("", self.add_button)):
            form.addRow(label, widget)
        return box

    def _build_day_page(self) -> QGroupBox:
        box = QGroupBox("接访日当天")
        layout = QVBoxLayout(box)
        self.day_title = QLabel("请在左侧选择一个接访日")
        self.day_title.setWordWrap(True)
        self.visits_table = table("当天来访群众", ("事项编号", "姓名", "人数", "问题类别", "反映问题", "状态"))
        self.instructions_table = table("领导批示", ("事项编号", "批示内容"))
        self.instruction_matter = combo("批示的事项", [])
        self.instruction_text = text_box("领导批示内容")
        self.instruct_button = QPushButton("记录领导批示(&I)")
        form = QFormLayout()
        form.addRow("事项：", self.instruction_matter)
        form.addRow("批示：", self.instruction_text)
        form.addRow("", self.instruct_button)
        layout.addWidget(self.day_title)
        layout.addWidget(QLabel("来访群众："))
        layout.addWidget(self.visits_table, 2)
        layout.addWidget(QLabel("领导批示："))
        layout.addWidget(self.instructions_table, 1)
        layout.addLayout(form)
        return box

    # ---- behaviour
    def _leader_name(self) -> str | None:
        return None if self.leader_filter.currentIndex() <= 0 else self.leader_filter.currentText()

    def refresh(self) -> None:
        m = self.month.date()
        rows = rd.month_schedule(self.store, m.year(), m.month(), leader=self._leader_name())
        fill(self.schedule_table,
             [(f"{r.day:%m-%d}", r.time_label, r.leader, r.post, r.place, r.form,
               f"{r.liaison} {r.liaison_phone}".strip(), r.visit_count) for r in rows], [r.id for r in rows])

    def add_day(self) -> None:
        data = rd.ReceptionDayInput(self.leader.currentText(), to_date(self.day), self.start.text(), self.end.text(),
                                    self.place.text(), self.form_kind.currentText(), self.liaison.text(),
                                    self.liaison_phone.text())
        row = run(self.message, lambda: rd.schedule(self.store, data, actor=self.actor))
        if row:
            self.message.ok(f"已安排：{row.day:%Y-%m-%d} {row.time_label} {row.leader}{row.form}")
            self.month.setDate(QDate(row.day))
            self.refresh()
            self.day_scheduled.emit(row.id)

    def show_selected_day(self) -> None:
        self.show_day(selected_key(self.schedule_table))

    def show_day(self, day_id: str | None) -> None:
        self.current_day = day_id
        if not day_id:
            return
        page = run(self.message, lambda: rd.day_page(self.store, day_id))
        if not page:
            return
        d = page.day
        self.day_title.setText(f"{d.day:%Y年%m月%d日} {d.time_label}　{d.leader}（{d.post}）　{d.place}　{d.form}")
        fill(self.visits_table, [(v.matter_number, v.name, v.people_count, v.category, v.request, v.status_label)
                                 for v in page.visits])
        fill(self.instructions_table, [(i.matter_number, i.text) for i in page.instructions])
        self.instruction_matter.clear()
        self.instruction_matter.addItems(sorted({v.matter_number for v in page.visits}))

    def record_instruction(self) -> None:
        day_id = getattr(self, "current_day", None)
        if not day_id:
            self.message.error("请先选择一个接访日")
            return
        number = self.instruction_matter.currentText()
        text = self.instruction_text.toPlainText()
        if run(self.message, lambda: rd.record_instruction(self.store, day_id, number, text, actor=self.actor), f"已记入 {number} 的办理记录"):
            self.instruction_text.clear()
            self.show_day(day_id)
            self.instruction_recorded.emit(number)

    def print_notice(self) -> None:
        m = self.month.date()
        path, _ = QFileDialog.getSaveFileName(self, "保存领导接访安排表", f"{m.year()}年{m.month()}月领导接访安排表.pdf",
                                              "PDF 文件 (*.pdf)")
        if path:
            self.save_notice(Path(path))

    def save_notice(self, path: Path) -> bool:
        m = self.month.date()
        pdf = lambda: write_pdf(path, leader_papers.schedule_notice_pdf(self.store, m.year(), m.month(), date.today()))  # noqa: E731
        return bool(run(self.message, pdf, f"已保存：{path}"))
