"""One matter: its fields, visits, history, limits with days left, and the procedure's actions as buttons.

The layout is the Designer form ui/matter_page.ui; the field rows and the action buttons (one per
``procedure.ACTIONS`` entry) are made here.
"""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QWidget

from gazetteer_desk.domain.limits import describe_days_left
from gazetteer_desk.domain.procedure import ACTIONS
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.matters import matters, privacy
from gazetteer_desk.services.setup import setup
from gazetteer_desk.gui import permissions_ui
from gazetteer_desk.gui.forms.ui_matter_page import Ui_MatterPage
from gazetteer_desk.documents.kinds import DocumentKind
from gazetteer_desk.gui.confirm import confirm_destructive
from gazetteer_desk.gui.matters.matter_dialogs import ActionDialog, SatisfactionDialog
from gazetteer_desk.gui.matters.receipt_dialog import ReceiptDialog
from gazetteer_desk.gui.matters.proposal_dialog import attach as attach_proposal_button
from gazetteer_desk.gui.widgets import set_problem
from gazetteer_desk.gui.theme import scaled
from gazetteer_desk.gui.theme import due_colours

FLAGS = (("litigation", "涉法涉诉"), ("urgent", "重大紧急"), ("threat", "扬言"), ("backlog", "积案"),
         ("recusal", "回避"), ("is_repeat", "重件"))


class MatterPage(QWidget):
    back_requested = Signal()
    receipt_requested = Signal(str)

    def __init__(self, ctx, number: str, parent=None):
        super().__init__(parent)
        self.ctx, self.number = ctx, number
        self.detail = None
        self.show_full_numbers = False
        self._full: tuple[str, str] | None = None  # (ID number, phone) revealed for this page, audited
        self.dialog = None
        self.ui = Ui_MatterPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.back_button, self.title, self.print_button, self.problem = (ui.backButton, ui.titleLabel, ui.printButton,
                                                                         ui.problemLabel)
        self.fields_box, self.fields = ui.fieldsBox, ui.fieldsForm
        self.deadlines, self.history, self.visits, self.assignments = (ui.deadlinesTable, ui.historyTable,
                                                                       ui.visitsTable, ui.assignmentsTable)
        self.satisfaction_button, self.assign_button = ui.satisfactionButton, ui.assignButton
        scaled(self.title, 17)
        set_problem(self.problem, "")
        self.back_button.clicked.connect(self.back_requested.emit)
        self.print_button.clicked.connect(lambda: self.receipt_requested.emit(self.number))
        ui.noLongerButton.clicked.connect(self.issue_no_longer_notice)
        self.confirm = lambda title, text: confirm_destructive(self, title, text)  # replaced in tests
        # the procedure's steps are data (domain.procedure.ACTIONS): their buttons are made here, four to a row
        self.action_buttons: dict[str, QPushButton] = {}
        for i, (key, action) in enumerate(ACTIONS.items()):
            button = QPushButton(action.label, ui.actionsBox, accessibleName=action.label, toolTip=action.description)
            button.clicked.connect(lambda _c=False, k=key: self.open_action(k))
            ui.actionGrid.addWidget(button, i // 4, i % 4)
            self.action_buttons[key] = button
        chain = [self.deadlines, *self.action_buttons.values(), self.satisfaction_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.satisfaction_button.clicked.connect(self.open_satisfaction)
        self.may_act = permissions_ui.guard(self.satisfaction_button, ctx.user, "matter_action")
        self.assign_button.clicked.connect(self.open_assignments)
        permissions_ui.guard(self.assign_button, ctx.user, "case_assignment")
        QShortcut(QKeySequence("Escape"), self, self.back_requested.emit, context=Qt.WidgetWithChildrenShortcut)
        attach_proposal_button(self)  # 三项建议…, beside 满意度评价
        self.load()

    # ---- showing ------------------------------------------------------------------------------------------
    def load(self) -> None:
        try:
            # numbers come masked; a 检举控告 matter is not found for a role not named for it
            self.detail = privacy.matter_page(self.ctx.store, self.ctx.user, self.number)
        except DeskError as error:
            set_problem(self.problem, error.message)
            return
        d, m, p = self.detail, self.detail.matter, self.detail.petitioner
        self.title.setText(f"{m.number}　{d.status_label}")
        set_problem(self.problem, d.calendar_warning)
        self._fill_fields(d, m, p)
        self._fill_deadlines(d)
        self._fill_history(d)
        self._fill_visits(d)
        self._fill_assignments()
        self._fill_earlier(d, m)
        allowed = {a.key for a in d.actions}
        reason = permissions_ui.action_denial(self.ctx.user, "matter_action")
        for key, button in self.action_buttons.items():
            button.setEnabled(key in allowed and not reason)
            button.setToolTip(reason or ACTIONS[key].description)

    def _fill_fields(self, d, m, p) -> None:
        while self.fields.rowCount():
            self.fields.removeRow(0)
        full = self.show_full_numbers and self._full is not None
        id_text, phone_text = self._full if full else (p.id_number or "", p.phone or "")
        id_row = QWidget()
        id_layout = QHBoxLayout(id_row)
        id_layout.setContentsMargins(0, 0, 0, 0)
        self.id_label = QLabel(f"{p.id_type}　{id_text or '未填写'}", accessibleName="证件号码")
        self.id_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.reveal_button = QPushButton("隐藏完整号码" if full else "显示完整号码", accessibleName="显示或隐藏完整号码")
        self.reveal_button.clicked.connect(self.toggle_numbers)
        self.reveal_button.setVisible(bool(p.id_number or p.phone)
                                      and permissions_ui.allowed(self.ctx.user, "reveal_numbers"))
        id_layout.addWidget(self.id_label, 1)
        id_layout.addWidget(self.reveal_button)
        flags = "、".join(label for attr, label in FLAGS if getattr(m, attr)) or "无"
        rows = [
            ("信访人", f"{p.name}　{p.sex}　{p.ethnicity}".strip()),
            ("证件", id_row),
            ("联系电话", phone_text),
            ("住址", p.address),
            ("信访形式", f"{m.channel}　{m.people_count}人" + (f"（代表：{'、'.join(m.representatives)}）"
                                                          if m.representatives else "")),
            ("问题属地", m.village_name or "未指定"),
            ("问题类别", m.category + (f" › {m.subcategory}" if m.subcategory else "")),
            ("信访目的", m.purpose),
            ("请求", m.request), ("事实", m.facts), ("理由", m.reasons), ("被反映对象", m.subject),
            ("标记", flags),
            ("处理途径", d.route_label),
            ("承办单位", m.handling_unit or "—"),
            ("登记", f"{m.received_on:%Y-%m-%d}" + (f"（{m.source}，收到日期）" if m.source else "")
             + f"　接待人：{d.receiver or '未记录'}"),
            ("处理结果", m.outcome or "—"),
            ("满意度", f"信访部门：{m.satisfaction_office or '未评'}；责任单位：{m.satisfaction_unit or '未评'}"
                       + (f"；原因：{m.satisfaction_reason}" if m.satisfaction_reason else "")),
        ]
        for label, value in rows:
            if isinstance(value, str):
                value = QLabel(value or "—", wordWrap=True, accessibleName=label)
                value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.fields.addRow(label, value)
        QWidget.setTabOrder(self.print_button, self.reveal_button)  # rebuilt on each load: keep it after 打印

    def _fill_earlier(self, d, m) -> None:
        """A repeat shows what was decided on the earlier matter; after 复核 it offers the 不再受理 notice (Art. 36)."""
        ui, earlier = self.ui, d.earlier_decision
        ui.earlierBox.setVisible(earlier is not None)
        if earlier is None:
            return
        text = earlier.text
        if m.repeat_hold and m.status == "registered":
            text += "。本次登记不计期限：请出具不再受理告知书，或经审查认定为新事项（“认定为新事项”，记录理由）。"
        ui.earlierLabel.setText(text)
        offered = m.repeat_hold and m.status in ("registered", "rejected")
        ui.noLongerButton.setVisible(offered)
        ui.noLongerButton.setEnabled(offered and (m.status == "rejected"
                                                  or not permissions_ui.action_denial(self.ctx.user, "matter_action")))

    def issue_no_longer_notice(self) -> None:
        """Refuse the held repeat (不再受理, with the earlier 复核 as the reason) if not done yet, then show the paper."""
        m = self.detail.matter
        if m.status == "registered":
            if not self.confirm("不再受理", f"{self.detail.earlier_decision.text}。\n\n确定对本次登记作不再受理处理，"
                                "并出具不再受理告知书吗？"):
                return
            try:
                matters.take_action(self.ctx.store, self.number, "reject", actor=self.ctx.user)
            except DeskError as error:
                set_problem(self.problem, error.message)
                return
            self._changed()
        self.dialog = ReceiptDialog(self.ctx.store, self.number, actor=self.ctx.user, kind=DocumentKind.NO_LONGER,
                                    parent=self)
        self.dialog.open()
        return self.dialog

    def _fill_deadlines(self, d) -> None:
        today = date.today()
        rows = []
        for deadline in d.deadlines:
            if deadline.met_on:
                state = f"已于{deadline.met_on:%Y-%m-%d}完成" + ("（逾期）" if deadline.was_late() else "")
            else:
                state = describe_days_left(deadline.due, today)
            rows.append((deadline.label, f"{deadline.due:%Y-%m-%d}", state, deadline.is_overdue(today)))
        _fill(self.deadlines, [r[:3] for r in rows], alarm=[r[3] for r in rows])

    def _fill_history(self, d) -> None:
        _fill(self.history, [(f"{e.on_date or e.at.date():%Y-%m-%d}", e.actor or "—", e.detail) for e in d.events])

    def _fill_visits(self, d) -> None:
        _fill(self.visits, [(f"{v.visited_at.astimezone():%Y-%m-%d %H:%M}", v.channel, str(v.people_count),
                             v.received_by or "—", v.leader or "—", v.notes) for v in d.visits])

    def _fill_assignments(self) -> None:
        from gazetteer_desk.services.leaders.case_assignments import assignments_for_matter

        _fill(self.assignments, [
            (a.lead, a.deputy, f"{a.start_on:%Y-%m-%d} 至 {a.end_on:%Y-%m-%d}" if a.end_on else f"{a.start_on:%Y-%m-%d} 起",
             "、".join(a.duties_done) or "尚无进展", a.status_label)
            for a in assignments_for_matter(self.ctx.store, self.number, viewer=self.ctx.user)
        ])

    def open_assignments(self) -> None:
        from gazetteer_desk.gui.leaders.case_assignment_dialog import CaseAssignmentDialog

        self.dialog = CaseAssignmentDialog(self.ctx.store, self.number, self, actor=self.ctx.user)
        self.dialog.finished.connect(lambda _r: self._changed())
        self.dialog.open()

    def deadline_texts(self) -> list[tuple[str, str, str]]:
        t = self.deadlines
        return [tuple(t.item(r, c).text() for c in range(3)) for r in range(t.rowCount())]

    def toggle_numbers(self) -> None:
        """Show the full numbers (permission checked and each view written to the audit trail) or mask them again."""
        if self.show_full_numbers:
            self.show_full_numbers, self._full = False, None
        else:
            store, user, number = self.ctx.store, self.ctx.user, self.number
            try:
                self._full = (privacy.reveal_id_number(store, user, number), privacy.reveal_phone(store, user, number))
            except DeskError as error:
                set_problem(self.problem, error.message)
                return
            self.show_full_numbers = True
        self.load()

    # ---- actions ------------------------------------------------------------------------------------------
    def open_action(self, key: str) -> ActionDialog:
        leaders = [s.name for s in setup.staff(self.ctx.store, leaders_only=True)]

        def submit(on, **params):
            matters.take_action(self.ctx.store, self.number, key, on=on, actor=self.ctx.user, **params)
            self._changed()

        self.dialog = ActionDialog(key, submit, leaders, self)
        self.dialog.open()
        return self.dialog

    def open_satisfaction(self) -> SatisfactionDialog:
        m = self.detail.matter if self.detail else None

        def submit(**values):
            matters.record_satisfaction(self.ctx.store, self.number, actor=self.ctx.user, **values)
            self._changed()

        current = (m.satisfaction_office, m.satisfaction_unit) if m else ("", "")
        self.dialog = SatisfactionDialog(submit, current, self)
        self.dialog.open()
        return self.dialog

    def _changed(self) -> None:
        self.load()
        self.ctx.matter_changed.emit(self.number)


def _fill(table: QTableWidget, rows, alarm=None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if alarm and alarm[r]:
                text_colour, background = due_colours("overdue")
                item.setForeground(text_colour)
                item.setBackground(background)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
