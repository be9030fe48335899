"""Small dialogs of the matter page: one procedure step's parameters, and the satisfaction rating / 回访."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QSpinBox, QVBoxLayout)

from ..domain.categories import SATISFACTION
from ..domain.limits import MAX_EXTENSION_DAYS
from ..domain.procedure import ACTIONS, OUTCOMES
from ..errors import DeskError
from .registration_parts import set_problem

OUTCOME_LABELS = {o: f"{mark} {o}" for mark, o in zip("①②③", OUTCOMES)}


class _Dialog(QDialog):
    """Runs ``submit`` on OK; a DeskError keeps the dialog open with the message under the fields."""

    def __init__(self, title: str, submit, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.submit = submit
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName("问题提示")
        set_problem(self.problem, "")
        self.layout_.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText("确定")
        self.buttons.button(QDialogButtonBox.Cancel).setText("取消")
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)

    def add(self, label: str, widget):
        widget.setAccessibleName(label)
        self.form.addRow(label, widget)
        return widget

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
        super().__init__(f"{action.label} — 事项办理", submit, parent)
        self.key = key
        intro = QLabel(action.description)
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.fields: dict = {}
        self.on = self.add("办理日期", QDateEdit(QDate.currentDate(), calendarPopup=True, displayFormat="yyyy-MM-dd"))
        for need in action.needs:
            if need == "reason":
                widget = QPlainTextEdit(tabChangesFocus=True)
                widget.setMaximumHeight(90)
                self.fields[need] = self.add("理由", widget)
            elif need == "unit":
                self.fields[need] = self.add("承办单位", QLineEdit())
            elif need == "days":
                self.fields[need] = self.add(f"延期天数（≤{MAX_EXTENSION_DAYS}日）",
                                             QSpinBox(minimum=1, maximum=MAX_EXTENSION_DAYS, value=30, suffix=" 日"))
            elif need == "approver":
                combo = QComboBox(editable=True)
                combo.addItems(leaders)
                self.fields[need] = self.add("批准人", combo)
            elif need == "outcome":
                combo = QComboBox()
                for outcome in OUTCOMES:
                    combo.addItem(OUTCOME_LABELS[outcome], outcome)
                self.fields[need] = self.add("处理结果", combo)
        self.note = self.add("备注", QLineEdit())

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
        super().__init__("满意度评价 / 回访", submit, parent)
        self.office = self.add("对信访部门", QComboBox())
        self.unit = self.add("对责任单位", QComboBox())
        for combo, value in ((self.office, current[0]), (self.unit, current[1])):
            combo.addItem("未评", "")
            for choice in SATISFACTION:
                combo.addItem(choice, choice)
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.method = self.add("回访方式", QComboBox())
        for label in ("（仅评价，未回访）", "当面回访", "电话回访"):
            self.method.addItem(label, "" if label.startswith("（") else label)
        self.reason = self.add("原因（不满意时必填）", QPlainTextEdit(tabChangesFocus=True))
        self.reason.setMaximumHeight(90)

    def values(self) -> dict:
        return {"office": self.office.currentData(), "unit": self.unit.currentData(),
                "reason": self.reason.toPlainText().strip(), "method": self.method.currentData()}


def _day(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())
