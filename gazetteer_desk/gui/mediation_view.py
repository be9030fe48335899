"""调解 area: the cases list with warnings, a new-case form with a parties table, and the case page (sessions,
outcome, performance follow-ups, the 调解协议书 and the 司法确认 window)."""

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter,
    QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from ..domain.categories import SATISFACTION
from ..domain.masking import mask_id_number, mask_phone
from ..services import leader_papers, mediation as med
from ..store.database import Store
from .leaders_widgets import (
    MessageLine, cells, combo, date_edit, fill, line, run, select_key, selected_key, table, text_box, to_date,
    write_pdf,
)

PARTY_COLUMNS = ("身份", "类型", "姓名/名称", "证件号码", "联系电话", "住址")


class MediationView(QWidget):
    case_opened = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None, *, actor: str = ""):
        super().__init__(parent)
        self.actor = actor  # the signed-in user's name, for the matter's history
        self.store = store
        self.number: str | None = None
        self.setAccessibleName("人民调解")
        self.message = MessageLine()
        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setAccessibleName("调解期限提醒")
        self.warnings_label.setStyleSheet("color: #b35c00;")
        self.cases_table = table("调解案件", ("编号", "受理日期", "来源", "当事人", "状态", "履行"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._new_case_tab(), "调解登记(&N)")
        self.tabs.addTab(self._case_tab(), "案件详情(&D)")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.warnings_label)
        left_layout.addWidget(self.cases_table, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        self.cases_table.itemSelectionChanged.connect(lambda: self.show_case(selected_key(self.cases_table)))
        self.refresh()

    # ---- new case
    def _new_case_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.source = combo("调解来源", list(med.SOURCES.values()))
        self.matter_number = line("关联信访事项编号", "信访事项转调解时填写")
        self.applied_on = date_edit(date.today(), "受理日期")
        self.mediators = line("调解员", "多人用顿号分隔")
        self.facts = text_box("纠纷主要事实")
        self.issues = text_box("争议事项", 40)
        self.parties = table("当事人", PARTY_COLUMNS)
        self.parties.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.parties.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        buttons = QHBoxLayout()
        self.add_party_button = QPushButton("添加当事人(&T)")
        self.remove_party_button = QPushButton("删除当事人")
        buttons.addWidget(self.add_party_button)
        buttons.addWidget(self.remove_party_button)
        buttons.addStretch(1)
        self.open_button = QPushButton("登记调解(&O)")
        for label, widget in (("来源：", self.source), ("信访事项：", self.matter_number), ("受理日期：", self.applied_on),
                              ("调解员：", self.mediators), ("当事人：", self.parties), ("", buttons),
                              ("主要事实：", self.facts), ("争议事项：", self.issues), ("", self.open_button)):
            form.addRow(label, widget)
        self.add_party_button.clicked.connect(lambda: self.add_party_row())
        self.remove_party_button.clicked.connect(lambda: self.parties.removeRow(self.parties.currentRow()))
        self.open_button.clicked.connect(self.open_case)
        return tab

    def add_party_row(self, values: tuple[str, ...] = ()) -> None:
        row = self.parties.rowCount()
        defaults = ("申请人" if row == 0 else "被申请人", "个人", "", "", "", "")
        fill_values = tuple(values) + defaults[len(values):]
        self.parties.insertRow(row)
        for c, value in enumerate(fill_values):
            self.parties.setItem(row, c, QTableWidgetItem(value))

    def _party_inputs(self) -> list[med.Party]:
        cols = [cells(self.parties, c) for c in range(len(PARTY_COLUMNS))]
        return [med.Party(name=n, role=r, kind=k, id_number=i, phone=p, address=a)
                for r, k, n, i, p, a in zip(*cols)]

    def open_case(self) -> None:
        source = list(med.SOURCES)[self.source.currentIndex()]
        data = med.MediationInput(
            self._party_inputs(), self.mediators.text().replace("，", "、").split("、"), to_date(self.applied_on),
            source, self.matter_number.text() or None, self.facts.toPlainText(), self.issues.toPlainText())
        number = run(self.message, lambda: med.open_case(self.store, data, actor=self.actor))
        if number:
            self.message.ok(f"已登记调解案件 {number}")
            self.parties.setRowCount(0)
            for w in (self.matter_number, self.mediators, self.facts, self.issues):
                w.clear()
            self.refresh()
            select_key(self.cases_table, number)
            self.case_opened.emit(number)

    # ---- case page
    def _case_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.case_title = QLabel("请在左侧选择一个调解案件")
        self.case_title.setWordWrap(True)
        self.case_warning = QLabel()
        self.case_warning.setWordWrap(True)
        self.case_warning.setAccessibleName("司法确认提醒")
        self.case_warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.case_parties = table("案件当事人", PARTY_COLUMNS)
        self.case_parties.setMinimumHeight(110)
        self.sessions = table("调解记录", ("日期", "记录"))
        self.followups = table("履行回访", ("日期", "方式", "履行情况", "满意度", "说明"))
        self.outcome_label = QLabel()
        self.outcome_label.setWordWrap(True)
        layout.addWidget(self.case_title)
        layout.addWidget(self.case_warning)
        layout.addWidget(self.case_parties)
        layout.addWidget(self.outcome_label)

        session_box = QGroupBox("调解记录")
        s_layout = QVBoxLayout(session_box)
        s_layout.addWidget(self.sessions)
        s_form = QHBoxLayout()
        self.session_on = date_edit(date.today(), "调解日期")
        self.session_notes = line("调解过程记录")
        self.session_button = QPushButton("记录(&J)")
        for w in (self.session_on, self.session_notes, self.session_button):
            s_form.addWidget(w)
        s_layout.addLayout(s_form)

        agree_box = QGroupBox("调解成功")
        a_form = QFormLayout(agree_box)
        self.terms = text_box("协议内容（每条一行）")
        self.manner = line("履行方式")
        self.performance_due = date_edit(date.today() + timedelta(days=30), "履行期限")
        self.agreed_on = date_edit(date.today(), "协议日期")
        self.responsibilities = line("当事人责任")
        self.oral = QCheckBox("口头协议（由调解员记录）")
        self.agree_button = QPushButton("记录调解成功(&S)")
        for label, widget in (("协议内容：", self.terms), ("当事人责任：", self.responsibilities),
                              ("履行方式：", self.manner), ("履行期限：", self.performance_due),
                              ("协议日期：", self.agreed_on), ("", self.oral), ("", self.agree_button)):
            a_form.addRow(label, widget)

        fail_box = QGroupBox("调解不成（终止并告知途径）")
        f_form = QFormLayout(fail_box)
        routes = QHBoxLayout()
        self.route_checks = {r: QCheckBox(med.ROUTE_TEXT[r]) for r in med.FAILURE_ROUTES}
        for box in self.route_checks.values():
            routes.addWidget(box)
        self.fail_reason = line("终止原因")
        self.fail_on = date_edit(date.today(), "终止日期")
        self.fail_button = QPushButton("终止调解(&F)")
        for label, widget in (("已告知：", routes), ("原因：", self.fail_reason), ("日期：", self.fail_on),
                              ("", self.fail_button)):
            f_form.addRow(label, widget)

        follow_box = QGroupBox("履行回访")
        fo = QVBoxLayout(follow_box)
        fo.addWidget(self.followups)
        fo_form = QHBoxLayout()
        self.follow_on = date_edit(date.today(), "回访日期")
        self.performance = combo("履行情况", med.PERFORMANCE)
        self.method = combo("回访方式", med.FOLLOWUP_METHODS)
        self.satisfaction = combo("满意度", ("",) + SATISFACTION)
        self.follow_notes = line("回访说明")
        self.follow_button = QPushButton("记录回访(&H)")
        for w in (self.follow_on, self.performance, self.method, self.satisfaction, self.follow_notes,
                  self.follow_button):
            fo_form.addWidget(w)
        fo.addLayout(fo_form)

        papers = QHBoxLayout()
        self.agreement_button = QPushButton("保存调解协议书(&P)…")
        self.confirm_button = QPushButton("已申请司法确认(&C)")
        papers.addWidget(self.agreement_button)
        papers.addWidget(self.confirm_button)
        papers.addStretch(1)

        outcome = QHBoxLayout()
        outcome.addWidget(agree_box)
        outcome.addWidget(fail_box)
        layout.addWidget(session_box)
        layout.addLayout(outcome)
        layout.addWidget(follow_box)
        layout.addLayout(papers)
        self.session_button.clicked.connect(self.add_session)
        self.agree_button.clicked.connect(self.record_agreement)
        self.fail_button.clicked.connect(self.record_failure)
        self.follow_button.clicked.connect(self.add_followup)
        self.agreement_button.clicked.connect(self.print_agreement)
        self.confirm_button.clicked.connect(self.record_confirmation)
        return tab

    # ---- behaviour
    def refresh(self, today: date | None = None) -> None:
        rows = med.list_cases(self.store)
        fill(self.cases_table, [(r.number, r.applied_on, r.source_label, r.parties, r.status_label, r.performance)
                                for r in rows], [r.number for r in rows])
        warnings = med.mediation_warnings(self.store, today)
        self.warnings_label.setText("\n".join(f"⚠ {w.number}：{w.message}" for w in warnings))
        if self.number:
            self.show_case(self.number, today)

    def show_case(self, number: str | None, today: date | None = None) -> None:
        if not number:
            return
        detail = run(self.message, lambda: med.get_case(self.store, number, today))
        if not detail:
            return
        self.number = number
        c = detail.case
        link = f"　关联信访事项：{detail.matter_number}" if detail.matter_number else ""
        self.case_title.setText(f"{c.number}　[{detail.status_label}]　{detail.source_label}　受理：{c.applied_on:%Y-%m-%d}"
                                f"　调解员：{'、'.join(c.mediators)}{link}\n事实：{c.facts}\n争议：{c.issues}")
        self.case_warning.setText("\n".join(w.message for w in detail.warnings))
        fill(self.case_parties, [(p.role, p.kind, p.name, mask_id_number(p.id_number) if p.kind == "个人" else p.id_number,
                                  mask_phone(p.phone), p.address) for p in detail.parties])
        fill(self.sessions, [(s.on_date, s.notes) for s in detail.sessions])
        fill(self.followups, [(f.on_date, f.method, f.performance, f.satisfaction, f.notes) for f in detail.followups])
        if c.status == "success":
            text = (f"调解成功（{med.AGREEMENT_KINDS.get(c.agreement_kind, '')}，{c.agreed_on:%Y-%m-%d}）：{c.terms}"
                    f"\n履行：{c.performance_manner}，{c.performance_due:%Y-%m-%d}前；当前{c.performance}")
            if detail.judicial_applied_on:
                text += f"\n已于{detail.judicial_applied_on:%Y-%m-%d}申请司法确认"
            elif detail.judicial_due:
                text += f"\n司法确认申请期限：{detail.judicial_due:%Y-%m-%d}"
        elif c.status == "failed":
            text = f"调解不成，{c.closed_on:%Y-%m-%d}终止；已告知途径：{c.failure_route}"
        else:
            text = "调解进行中"
        self.outcome_label.setText(text)
        self.agreement_button.setEnabled(c.status == "success" and c.agreement_kind == "written")
        self.tabs.setCurrentIndex(1)

    def _need_case(self) -> str | None:
        if not self.number:
            self.message.error("请先选择一个调解案件")
        return self.number

    def _after(self, ok, message: str) -> None:
        if ok:
            self.message.ok(message)
            self.refresh()

    def add_session(self) -> None:
        if n := self._need_case():
            self._after(run(self.message, lambda: med.add_session(self.store, n, to_date(self.session_on),
                                                                  self.session_notes.text())), "已记录调解过程")
            self.session_notes.clear()

    def record_agreement(self) -> None:
        if n := self._need_case():
            data = med.AgreementInput(self.terms.toPlainText(), self.manner.text(), to_date(self.performance_due),
                                      to_date(self.agreed_on), "oral" if self.oral.isChecked() else "written",
                                      responsibilities=self.responsibilities.text())
            self._after(run(self.message, lambda: med.record_agreement(self.store, n, data, actor=self.actor)), "已记录调解成功")

    def record_failure(self) -> None:
        if n := self._need_case():
            routes = [r for r, box in self.route_checks.items() if box.isChecked()]
            self._after(run(self.message, lambda: med.record_failure(
                self.store, n, routes=routes, on=to_date(self.fail_on), reason=self.fail_reason.text(), actor=self.actor)), "已终止调解")

    def add_followup(self) -> None:
        if n := self._need_case():
            self._after(run(self.message, lambda: med.add_followup(
                self.store, n, on=to_date(self.follow_on), performance=self.performance.currentText(),
                method=self.method.currentText(), satisfaction=self.satisfaction.currentText(),
                notes=self.follow_notes.text(), actor=self.actor)), "已记录回访")

    def record_confirmation(self) -> None:
        if n := self._need_case():
            self._after(run(self.message, lambda: med.record_judicial_confirmation(self.store, n, on=date.today())),
                        "已记录申请司法确认")

    def print_agreement(self) -> None:
        if n := self._need_case():
            path, _ = QFileDialog.getSaveFileName(self, "保存调解协议书", f"调解协议书-{n}.pdf", "PDF 文件 (*.pdf)")
            if path:
                self.save_agreement(Path(path))

    def save_agreement(self, path: Path) -> bool:
        n = self.number
        return bool(n and run(self.message, lambda: write_pdf(path, leader_papers.agreement_pdf(self.store, n)),
                              f"已保存：{path}"))
