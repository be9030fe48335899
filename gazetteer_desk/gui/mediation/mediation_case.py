"""The 调解 case page: sessions, the outcome (agreement or failure with the routes told), performance follow-ups,
the 调解协议书 and the 司法确认 window. Shown in the 案件详情 tab of :class:`~.mediation_view.MediationView`.

The layout is the Designer form ui/mediation_case.ui; the route check boxes and the choice lists come from the domain.
"""

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFileDialog, QWidget

from gazetteer_desk.domain.categories import SATISFACTION
from gazetteer_desk.domain.masking import mask_id_number, mask_phone
from gazetteer_desk.services.leaders import leader_papers
from gazetteer_desk.services.mediation import mediation as med
from gazetteer_desk.store.database import Store
from gazetteer_desk.gui.forms.ui_mediation_case import Ui_MediationCase
from gazetteer_desk.gui.widgets import MessageLine, fill, fit_columns, run, run_slow, set_dates, to_date
from gazetteer_desk.gui.operations import OperationRunner


class MediationCasePanel(QWidget):
    changed = Signal()  # something was saved: the cases list and this page are read again
    agreement_saved = Signal(str)  # the PDF's path, once written

    def __init__(self, store: Store, message: MessageLine, parent: QWidget | None = None, *, actor="",
                 runner: OperationRunner | None = None):
        super().__init__(parent)
        self.store, self.message, self.actor = store, message, actor
        self.runner = runner or OperationRunner(self)  # the window's one runner; alone, the panel has its own
        self.number: str | None = None
        self.ui = ui = Ui_MediationCase()
        ui.setupUi(self)
        fit_columns(ui.caseParties, ui.sessions, ui.followups)
        set_dates(None, ui.sessionOn, ui.agreedOn, ui.failOn, ui.followOn)
        set_dates(date.today() + timedelta(days=30), ui.performanceDue)
        ui.performance.addItems(list(med.PERFORMANCE))
        ui.method.addItems(list(med.FOLLOWUP_METHODS))
        ui.satisfaction.addItems(["", *SATISFACTION])
        self.route_checks = {r: QCheckBox(med.ROUTE_TEXT[r], ui.failBox) for r in med.FAILURE_ROUTES}
        previous = ui.agreeButton
        for box in self.route_checks.values():
            ui.routesColumn.addWidget(box)
            QWidget.setTabOrder(previous, box)
            previous = box
        QWidget.setTabOrder(previous, ui.failReason)
        ui.sessionButton.clicked.connect(self.add_session)
        ui.agreeButton.clicked.connect(self.record_agreement)
        ui.failButton.clicked.connect(self.record_failure)
        ui.followButton.clicked.connect(self.add_followup)
        ui.agreementButton.clicked.connect(self.print_agreement)
        ui.confirmButton.clicked.connect(self.record_confirmation)

    def show_case(self, number: str, today: date | None = None) -> bool:
        detail = run(self.message, lambda: med.get_case(self.store, number, today, viewer=self.actor))
        if not detail:
            return False
        self.number = number
        ui, c = self.ui, detail.case
        link = f"　关联信访事项：{detail.matter_number}" if detail.matter_number else ""
        ui.caseTitle.setText(f"{c.number}　[{detail.status_label}]　{detail.source_label}　受理：{c.applied_on:%Y-%m-%d}"
                             f"　调解员：{'、'.join(c.mediators)}{link}\n事实：{c.facts}\n争议：{c.issues}")
        ui.caseWarning.setText("\n".join(w.message for w in detail.warnings))
        fill(ui.caseParties, [(p.role, p.kind, p.name, mask_id_number(p.id_number) if p.kind == "个人" else p.id_number,
                               mask_phone(p.phone), p.address) for p in detail.parties])
        fill(ui.sessions, [(s.on_date, s.notes) for s in detail.sessions])
        fill(ui.followups, [(f.on_date, f.method, f.performance, f.satisfaction, f.notes) for f in detail.followups])
        ui.outcomeLabel.setText(_outcome(detail))
        ui.agreementButton.setEnabled(c.status == "success" and c.agreement_kind == "written")
        return True

    def _need_case(self) -> str | None:
        if not self.number:
            self.message.error("请先选择一个调解案件")
        return self.number

    def _after(self, ok, message: str) -> None:
        if ok:
            self.message.ok(message)
            self.changed.emit()

    def add_session(self) -> None:
        if n := self._need_case():
            ui = self.ui
            self._after(run(self.message, lambda: med.add_session(self.store, n, to_date(ui.sessionOn),
                                                                  ui.sessionNotes.text(), actor=self.actor)),
                        "已记录调解过程")
            ui.sessionNotes.clear()

    def record_agreement(self) -> None:
        if n := self._need_case():
            ui = self.ui
            data = med.AgreementInput(ui.terms.toPlainText(), ui.manner.text(), to_date(ui.performanceDue),
                                      to_date(ui.agreedOn), "oral" if ui.oral.isChecked() else "written",
                                      responsibilities=ui.responsibilities.text())
            self._after(run(self.message, lambda: med.record_agreement(self.store, n, data, actor=self.actor)),
                        "已记录调解成功")

    def record_failure(self) -> None:
        if n := self._need_case():
            routes = [r for r, box in self.route_checks.items() if box.isChecked()]
            self._after(run(self.message, lambda: med.record_failure(
                self.store, n, routes=routes, on=to_date(self.ui.failOn), reason=self.ui.failReason.text(),
                actor=self.actor)), "已终止调解")

    def add_followup(self) -> None:
        if n := self._need_case():
            ui = self.ui
            self._after(run(self.message, lambda: med.add_followup(
                self.store, n, on=to_date(ui.followOn), performance=ui.performance.currentText(),
                method=ui.method.currentText(), satisfaction=ui.satisfaction.currentText(),
                notes=ui.followNotes.text(), actor=self.actor)), "已记录回访")

    def record_confirmation(self) -> None:
        if n := self._need_case():
            self._after(run(self.message, lambda: med.record_judicial_confirmation(self.store, n, on=date.today(), actor=self.actor)),
                        "已记录申请司法确认")

    def print_agreement(self) -> None:
        if n := self._need_case():
            path, _ = QFileDialog.getSaveFileName(self, "保存调解协议书", f"调解协议书-{n}.pdf", "PDF 文件 (*.pdf)")
            if path:
                self.save_agreement(Path(path))

    def save_agreement(self, path: Path) -> None:
        """Render and write the 调解协议书 off the GUI thread; :attr:`agreement_saved` tells when it is written."""
        if n := self._need_case():
            store = self.store
            run_slow(self.runner, self.message, lambda: leader_papers.save_agreement(store, n, path),
                     working="正在生成调解协议书…", done=f"已保存：{path}", button=self.ui.agreementButton,
                     on_done=lambda _: self.agreement_saved.emit(str(path)))


def _outcome(detail) -> str:
    c = detail.case
    if c.status == "success":
        text = (f"调解成功（{med.AGREEMENT_KINDS.get(c.agreement_kind, '')}，{c.agreed_on:%Y-%m-%d}）：{c.terms}"
                f"\n履行：{c.performance_manner}，{c.performance_due:%Y-%m-%d}前；当前{c.performance}")
        if detail.judicial_applied_on:
            text += f"\n已于{detail.judicial_applied_on:%Y-%m-%d}申请司法确认"
        elif detail.judicial_due:
            text += f"\n司法确认申请期限：{detail.judicial_due:%Y-%m-%d}"
        return text
    if c.status == "failed":
        return f"调解不成，{c.closed_on:%Y-%m-%d}终止；已告知途径：{c.failure_route}"
    return "调解进行中"
