"""下访 area: the log of leaders' visits to villages; from an entry, open a new matter or record progress on one."""

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.categories import CATEGORIES
from ..services import field_visits as fv
from ..services import setup
from ..services.registration import RegistrationInput
from ..store.database import Store
from .leaders_widgets import MessageLine, combo, date_edit, fill, leader_combo, line, run, select_key, selected_key, table, text_box, to_date


class FieldVisitsView(QWidget):
    matter_opened = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None, *, actor=""):
        super().__init__(parent)
        self.actor = actor  # the signed-in user (CurrentUser accepted: registering a matter checks the role)
        self.store = store
        self.current = None
        self.setAccessibleName("领导下访")
        self.visits_table = table("下访记录", ("日期", "领导", "村（社区）", "接触群众", "发现问题"))
        self.message = MessageLine()

        log_box = QGroupBox("记录下访")
        form = QFormLayout(log_box)
        self.leader = leader_combo(store, "下访领导")
        self.day = date_edit(date.today(), "下访日期")
        self.village = combo("下访村（社区）", [v.name for v in setup.villages(store)])
        self.people_met = line("接触群众", "如：村民代表8人")
        self.problems = text_box("发现的问题")
        self.log_button = QPushButton("保存下访记录(&S)")
        for label, widget in (("领导(&L)：", self.leader), ("日期：", self.day), ("村（社区）：", self.village),
                              ("接触群众：", self.people_met), ("发现问题：", self.problems), ("", self.log_button)):
            form.addRow(label, widget)

        entry_box = QGroupBox("本次下访涉及的事项")
        entry = QVBoxLayout(entry_box)
        self.entry_title = QLabel("请在上方选择一条下访记录")
        self.matters_table = table("下访涉及事项", ("事项编号", "方式", "内容"))
        open_form = QFormLayout()
        self.name = line("信访人姓名")
        self.phone = line("联系电话")
        self.request = text_box("反映的问题")
        self.category = combo("问题类别", list(CATEGORIES))
        self.open_button = QPushButton("现场登记新事项(&N)")
        for label, widget in (("信访人：", self.name), ("电话：", self.phone), ("问题：", self.request),
                              ("类别：", self.category), ("", self.open_button)):
            open_form.addRow(label, widget)
        progress_form = QFormLayout()
        self.progress_number = line("已有事项编号")
        self.progress_text = text_box("现场处理情况")
        self.progress_button = QPushButton("记录现场推进(&G)")
        for label, widget in (("事项编号：", self.progress_number), ("处理情况：", self.progress_text),
                              ("", self.progress_button)):
            progress_form.addRow(label, widget)
        forms = QHBoxLayout()
        forms.addLayout(open_form)
        forms.addLayout(progress_form)
        entry.addWidget(self.entry_title)
        entry.addWidget(self.matters_table)
        entry.addLayout(forms)

        top = QHBoxLayout()
        top.addWidget(self.visits_table, 3)
        top.addWidget(log_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(entry_box, 1)
        layout.addWidget(self.message)

        self.log_button.clicked.connect(self.log_visit)
        self.visits_table.itemSelectionChanged.connect(lambda: self.show_entry(selected_key(self.visits_table)))
        self.open_button.clicked.connect(self.open_matter)
        self.progress_button.clicked.connect(self.record_progress)
        self.refresh()

    def refresh(self) -> None:
        rows = fv.list_field_visits(self.store)
        fill(self.visits_table, [(f"{r.day:%Y-%m-%d}", r.leader, r.village_name, r.people_met, r.problems)
                                 for r in rows], [r.id for r in rows])

    def log_visit(self) -> None:
        data = fv.FieldVisitInput(self.leader.currentText(), to_date(self.day), self.village.currentText(),
                                  self.people_met.text(), self.problems.toPlainText())
        row = run(self.message, lambda: fv.log_field_visit(self.store, data, actor=_name(self.actor)))
        if row:
            self.message.ok(f"已保存：{row.day:%Y-%m-%d} {row.leader}到{row.village_name}下访")
            self.people_met.clear()
            self.problems.clear()
            self.refresh()
            select_key(self.visits_table, row.id)

    def show_entry(self, entry_id: str | None) -> None:
        self.current = entry_id
        if not entry_id:
            return
        page = run(self.message, lambda: fv.field_visit_page(self.store, entry_id))
        if page:
            v = page.visit
            self.entry_title.setText(f"{v.day:%Y年%m月%d日}　{v.leader}（{v.post}）　{v.village_name}　发现问题：{v.problems}")
            fill(self.matters_table, [(m.number, m.how, m.note or m.request) for m in page.matters])

    def open_matter(self) -> None:
        if not self.current:
            self.message.error("请先选择一条下访记录")
            return
        data = RegistrationInput(name=self.name.text(), phone=self.phone.text() or None,
                                 request=self.request.toPlainText(), category=self.category.currentText())
        result = run(self.message, lambda: fv.open_matter(self.store, self.current, data, actor=self.actor))
        if result:
            self.message.ok(f"已登记新事项 {result.number}")
            for w in (self.name, self.phone, self.request):
                w.clear()
            self.show_entry(self.current)
            self.matter_opened.emit(result.number)

    def record_progress(self) -> None:
        if not self.current:
            self.message.error("请先选择一条下访记录")
            return
        number, text = self.progress_number.text(), self.progress_text.toPlainText()
        if run(self.message, lambda: fv.record_progress(self.store, self.current, number, text, actor=_name(self.actor)),
               f"已记入 {number.strip()} 的办理记录"):
            self.progress_text.clear()
            self.show_entry(self.current)


def _name(actor) -> str:
    return getattr(actor, "username", actor) or ""
