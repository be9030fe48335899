"""A leader's own page: my coming reception days, the matters I hold (包案) with their limits, and what is overdue."""

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..services import leader_view
from ..store.database import Store
from .leaders_widgets import MessageLine, fill, leader_combo, run, table


class LeaderView(QWidget):
    def __init__(self, store: Store, leader: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setAccessibleName("领导工作台")
        self.leader = leader_combo(store, "领导")
        if leader:
            self.leader.setCurrentText(leader)
        self.refresh_button = QPushButton("刷新(&R)")
        self.summary = QLabel()
        self.days_table = table("我的接访日", ("日期", "时间", "地点", "形式", "联络员", "已登记来访"))
        self.held_table = table("我的包案", ("事项编号", "反映问题", "事项状态", "包案期限", "办理期限", "四包落实", "剩余"))
        self.overdue_table = table("超期事项", ("事项编号", "反映问题", "期限", "超期情况"))
        self.message = MessageLine()
        top = QHBoxLayout()
        label = QLabel("领导(&L)：")
        label.setBuddy(self.leader)
        top.addWidget(label)
        top.addWidget(self.leader)
        top.addWidget(self.refresh_button)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for title, view in (("我的接访日（今后60天）", self.days_table), ("我的包案", self.held_table),
                            ("已超期", self.overdue_table)):
            layout.addWidget(QLabel(title))
            layout.addWidget(view, 1)
        layout.addWidget(self.message)
        self.leader.currentIndexChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh()

    def refresh(self, today: date | None = None) -> None:
        if not self.leader.currentText():
            return
        view = run(self.message, lambda: leader_view.leader_overview(self.store, self.leader.currentText(),
                                                                     today if isinstance(today, date) else None))
        if not view:
            return
        self.summary.setText(f"接访日 {len(view.days)} 个　包案 {len(view.held)} 件　超期 {len(view.overdue)} 件")
        fill(self.days_table, [(f"{r.day:%Y-%m-%d}", r.time_label, r.place, r.form,
                                f"{r.liaison} {r.liaison_phone}".strip(), r.visit_count) for r in view.days])
        fill(self.held_table, [
            (h.assignment.matter_number, h.assignment.matter_request, h.assignment.matter_status_label,
             h.assignment.end_on or "未定", h.assignment.matter_due_on or "", "、".join(h.assignment.duties_done) or "未记录",
             h.status_text) for h in view.held])
        fill(self.overdue_table, [(h.assignment.matter_number, h.assignment.matter_request, h.deadline, h.status_text)
                                  for h in view.overdue])
