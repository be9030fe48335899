"""进度查询 (F3 anywhere in the window): the number and 查询码 a petitioner reads from the receipt, and what they may
hear — the answer comes from services.matters.progress_query, which also slows wrong tries and audits every query."""

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from gazetteer_desk.errors import DeskError
from gazetteer_desk.gui.forms.ui_progress_query import Ui_ProgressQueryDialog
from gazetteer_desk.gui.widgets import set_problem
from gazetteer_desk.services.matters.progress_query import QueryAnswer, answer_query
from gazetteer_desk.gui.help.help_dialog import install_help


class ProgressQueryDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        install_help(self, "progress-query")  # F1: this dialog's section of the manual
        self.ctx = ctx
        self.ui = Ui_ProgressQueryDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttons.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        self.query_button = ui.buttons.addButton("查询", QDialogButtonBox.ButtonRole.ActionRole)
        for button in ui.buttons.buttons():  # Enter moves from the number to the code, and asks from the code
            button.setAutoDefault(False)
        self.query_button.clicked.connect(self.ask)
        ui.buttons.rejected.connect(self.reject)
        ui.numberEdit.returnPressed.connect(ui.codeEdit.setFocus)
        ui.codeEdit.returnPressed.connect(self.ask)
        set_problem(ui.problem, "")
        ui.numberEdit.setFocus()

    def ask(self) -> None:
        ui = self.ui
        ui.answer.clear()
        try:
            answer = answer_query(self.ctx.store, ui.numberEdit.text(), ui.codeEdit.text(), self.ctx.user)
        except DeskError as error:
            set_problem(ui.problem, error.message)
            ui.codeEdit.selectAll()
            ui.codeEdit.setFocus()
            return
        set_problem(ui.problem, "")
        ui.answer.setHtml(describe(answer))


def describe(answer: QueryAnswer) -> str:
    lines = [f"<p><b>{escape(answer.number)}</b>　{escape(answer.status)}"
             + (f"　承办单位：{escape(answer.handling_unit)}" if answer.handling_unit else "") + "</p><ul>"]
    lines += [f"<li>{s.on:%Y-%m-%d}　{escape(s.label)}</li>" for s in answer.steps]
    lines.append("</ul>")
    if answer.next_due:
        lines.append(f"<p>{escape(answer.next_step)}：{answer.next_due:%Y-%m-%d}</p>")
    if answer.papers:
        lines.append("<p>已出具文书：" + "、".join(f"《{escape(p.title)}》（{p.on:%Y-%m-%d}）" for p in answer.papers)
                     + "</p>")
    return "".join(lines)
