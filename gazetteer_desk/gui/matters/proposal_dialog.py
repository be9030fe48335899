"""三项建议 on a matter's page: a small dialog (kind, adopted or not, date, text) saved through
:func:`services.proposals.record_proposal`, and :func:`attach`, the one hook the matter page calls to get its button.

The hook places the button next to the page's 满意度评价 button wherever that sits, so the page's own layout (code or
Designer form) needs no other change.
"""

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QGridLayout, QLayout, QPushButton, QWidget

from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.matters import proposals
from gazetteer_desk.services.ledgers.figures import PROPOSAL_KINDS
from gazetteer_desk.gui import permissions_ui
from gazetteer_desk.gui.forms.ui_proposal_dialog import Ui_ProposalDialog
from gazetteer_desk.gui.widgets import set_problem
from gazetteer_desk.gui.screen_fit import fit_to_screen
from gazetteer_desk.gui.help.help_dialog import install_help


class ProposalDialog(QDialog):
    recorded = Signal(str)  # the history line

    def __init__(self, store, user, number: str, parent=None, *, today: date | None = None):
        super().__init__(parent)
        install_help(self, "procedure")  # F1: this dialog's section of the manual
        self.store, self.user, self.number = store, user, number
        self.ui = Ui_ProposalDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"记录三项建议 — {number}")
        ui = self.ui
        ui.kindCombo.addItems(list(PROPOSAL_KINDS))
        today = today or date.today()
        ui.onDate.setDate(QDate(today.year, today.month, today.day))
        ui.onDate.setMaximumDate(QDate(today.year, today.month, today.day))
        ui.buttons.button(QDialogButtonBox.Save).setText("保存")
        ui.buttons.button(QDialogButtonBox.Cancel).setText("取消")
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        set_problem(ui.problem, "")
        fit_to_screen(self)

    def save(self) -> bool:
        ui = self.ui
        try:
            text = proposals.record_proposal(
                self.store, self.number, ui.kindCombo.currentText(), adopted=ui.adoptedYes.isChecked(),
                detail=ui.detailEdit.toPlainText(), on=ui.onDate.date().toPython(), actor=self.user)
        except DeskError as error:
            set_problem(ui.problem, error.message)
            return False
        self.recorded.emit(text)
        self.accept()
        return True


def attach(page) -> QPushButton:
    """Give a matter page (``ctx``, ``number``, ``satisfaction_button``, ``load()``) its 三项建议 button."""
    button = QPushButton("三项建议(&J)…", page)
    button.setAccessibleName("记录三项建议")
    button.setToolTip("记录对改进工作、完善政策、追究责任提出的建议及是否被采纳")
    _place_after(page.satisfaction_button, button, page)
    permissions_ui.guard(button, page.ctx.user, "proposal")
    button.clicked.connect(lambda: open_for(page))
    page.proposal_button = button
    return button


def open_for(page) -> ProposalDialog:
    dialog = ProposalDialog(page.ctx.store, page.ctx.user, page.number, page)

    def recorded(_text: str) -> None:
        page.load()  # the history shows the new line
        page.ctx.matter_changed.emit(page.number)

    dialog.recorded.connect(recorded)
    page.dialog = dialog
    dialog.open()
    return dialog


def _place_after(anchor: QWidget, button: QPushButton, page: QWidget) -> None:
    layout = _holding(anchor.parentWidget().layout() if anchor.parentWidget() else None, anchor)
    if isinstance(layout, QGridLayout):
        row, column, rows, columns = layout.getItemPosition(layout.indexOf(anchor))
        layout.addWidget(button, row + rows, column, 1, columns)
    elif isinstance(layout, QBoxLayout):
        layout.insertWidget(layout.indexOf(anchor) + 1, button)
    elif page.layout() is not None:
        page.layout().addWidget(button)


def _holding(layout: QLayout | None, widget: QWidget) -> QLayout | None:
    """The (possibly nested) layout that holds ``widget``."""
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        child = layout.itemAt(i).layout()
        if child is not None and (found := _holding(child, widget)) is not None:
            return found
    return None
