"""Small dialogs of the matter page: one procedure step's parameters, and the satisfaction rating / 回访.

The layouts are the Designer forms ui/action_dialog.ui and ui/satisfaction_dialog.ui. The action form holds every
parameter a step can ask for; the rows a step does not need (``procedure.ACTIONS[key].needs``) are hidden.
"""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QPlainTextEdit, QSpinBox

from gazetteer_desk.domain.categories import SATISFACTION
from gazetteer_desk.domain.limits import MAX_EXTENSION_DAYS, MAX_HEARING_DAYS
from gazetteer_desk.domain.procedure import ACTIONS, OPINION_STEPS, OUTCOMES
from gazetteer_desk.errors import DeskError
from gazetteer_desk.gui.forms.ui_action_dialog import Ui_ActionDialog
from gazetteer_desk.gui.forms.ui_satisfaction_dialog import Ui_SatisfactionDialog
from gazetteer_desk.gui.widgets import set_problem
from gazetteer_desk.gui.screen_fit import fit_to_screen
from gazetteer_desk.gui.help.help_dialog import install_help

OUTCOME_LABELS = {o: f"{mark} {o}" for mark, o in zip("①②③", OUTCOMES, strict=False)}


class _Dialog(QDialog):
    """Runs ``submit`` on OK; a DeskError keeps the dialog open with the message under the fields."""

    def __init__(self, form, title: str, submit, parent=None):
        super().__init__(parent)
        install_help(self, "procedure")  # F1: this dialog's section of the manual
        self.ui = form
        form.setupUi(self)
        self.setWindowTitle(title)
        self.submit = submit
        self.form, self.problem, self.buttons = form.form, form.problemLabel, form.buttons
        set_problem(self.problem, "")
        self.buttons.button(QDialogButtonBox.Ok).setText("确定")
        self.buttons.button(QDialogButtonBox.Cancel).setText("取消")
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)

    def values(self) -> dict:
        raise NotImplementedError

    def _ok(self) -> None:
        try:
            self.submit(**self.values())
        except DeskError as error:
            set_problem(self.problem, error.message)
            return
        self.accept()


class ActionDialog(_Dialog):
    """The parameters ``procedure.ACTIONS[key].needs`` asks for, plus the day the step was taken."""

    def __init__(self, key: str, submit, leaders: list[str], parent=None):
        action = ACTIONS[key]
        super().__init__(Ui_ActionDialog(), f"{action.label} — 事项办理", submit, parent)
        ui = self.ui
        self.key = key
        ui.introLabel.setText(action.description)
        self.on, self.note = ui.onDate, ui.noteEdit
        self.on.setDate(QDate.currentDate())
        hearing = key == "record_hearing"
        days = "听证天数（不计入复核期限）" if hearing else f"延期天数（≤{MAX_EXTENSION_DAYS}日）"
        ui.daysLabel.setText(days)
        ui.daysSpin.setAccessibleName(days)
        ui.daysSpin.setMaximum(MAX_HEARING_DAYS if hearing else MAX_EXTENSION_DAYS)
        ui.daysSpin.setValue(1 if hearing else 30)
        ui.approverCombo.addItems(leaders)
        for outcome in OUTCOMES:
            ui.outcomeCombo.addItem(OUTCOME_LABELS[outcome], outcome)
        rows = {"unit": ui.unitEdit, "days": ui.daysSpin, "approver": ui.approverCombo, "reason": ui.reasonEdit,
                "outcome": ui.outcomeCombo, "facts": ui.factsEdit, "opinion": ui.opinionEdit, "basis": ui.basisEdit}
        # a written opinion (Art. 32) also asks for the facts found, the opinion and its legal basis
        written = ("facts", "opinion", "basis") if key in OPINION_STEPS else ()
        self.fields: dict = {need: rows[need] for need in action.needs + written}
        for need, widget in rows.items():
            self.form.setRowVisible(widget, need in self.fields)
        fit_to_screen(self)

    def values(self) -> dict:
        params: dict = {"on": _day(self.on.date())}
        for need, widget in self.fields.items():
            if isinstance(widget, QPlainTextEdit):
                params[need] = widget.toPlainText().strip()
            elif isinstance(widget, QSpinBox):
                params[need] = widget.value()
            elif isinstance(widget, QComboBox) and widget.currentData() is not None:
                params[need] = widget.currentData()
            elif isinstance(widget, QComboBox):
                params[need] = widget.currentText().strip()
            else:
                params[need] = widget.text().strip()
        if self.note.text().strip():
            params["note"] = self.note.text().strip()
        return params


class SatisfactionDialog(_Dialog):
    """满意度 for the petition office and the responsible unit separately; a reason is required for 不满意."""

    def __init__(self, submit, current: tuple[str, str] = ("", ""), parent=None):
        super().__init__(Ui_SatisfactionDialog(), "满意度评价 / 回访", submit, parent)
        ui = self.ui
        self.office, self.unit, self.method, self.reason = ui.officeCombo, ui.unitCombo, ui.methodCombo, ui.reasonEdit
        for combo, value in ((self.office, current[0]), (self.unit, current[1])):
            combo.addItem("未评", "")
            for choice in SATISFACTION:
                combo.addItem(choice, choice)
            combo.setCurrentIndex(max(combo.findData(value), 0))
        for label in ("（仅评价，未回访）", "当面回访", "电话回访"):
            self.method.addItem(label, "" if label.startswith("（") else label)
        fit_to_screen(self)

    def values(self) -> dict:
        return {"office": self.office.currentData(), "unit": self.unit.currentData(),
                "reason": self.reason.toPlainText().strip(), "method": self.method.currentData()}


def _day(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())
