"""首次设置: township, villages, staff and leaders — checked with the division rules, saved in one transaction.

Nothing else opens until it completes; ``store`` holds the new store afterwards.
"""

from pathlib import Path

from PySide6.QtWidgets import QWizard

from ..domain.divisions import DivisionCodeError, validate_county_code, validate_township_code
from ..errors import DeskError
from ..services import setup
from .forms.ui_setup_wizard import Ui_SetupWizard
from .registration_parts import set_problem


class SetupWizard(QWizard):
    def __init__(self, home: Path, parent=None):
        super().__init__(parent)
        self.home = home
        self.store = None
        self.ui = Ui_SetupWizard()
        self.ui.setupUi(self)
        self.setButtonText(QWizard.NextButton, "下一步")
        self.setButtonText(QWizard.BackButton, "上一步")
        self.setButtonText(QWizard.FinishButton, "完成设置")
        self.setButtonText(QWizard.CancelButton, "退出")
        ui = self.ui
        ui.leadersTable.horizontalHeader().setStretchLastSection(True)
        self._county_typed = False
        ui.countyCodeEdit.textEdited.connect(lambda _t: setattr(self, "_county_typed", True))
        ui.townshipCodeEdit.textChanged.connect(self._prefill_county)
        ui.villagesEdit.textChanged.connect(self._preview_villages)
        for label in (ui.townshipNameProblem, ui.townshipCodeProblem, ui.countyCodeProblem, ui.finishProblem):
            set_problem(label, "")
        self._preview_villages()

    def _prefill_county(self, text: str) -> None:
        code = text.strip()
        if not self._county_typed and len(code) >= 6:
            self.ui.countyCodeEdit.setText(code[:6])

    def _preview_villages(self) -> None:
        names = setup.parse_villages(self.ui.villagesEdit.toPlainText())
        text = f"识别到{len(names)}个：" + "、".join(names) if names else "尚未填写村（社区），可以以后在设置中补充。"
        self.ui.villagesPreview.setText(text)

    # ---- validation ---------------------------------------------------------------------------------------
    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        if page is self.ui.townshipPage:
            return self._check_township()
        if page is self.ui.staffPage:
            return self._finish()
        return True

    def _check_township(self) -> bool:
        ui = self.ui
        ok = True
        name = ui.townshipNameEdit.text().strip()
        set_problem(ui.townshipNameProblem, "" if name else "请填写乡镇（街道）名称")
        ok &= bool(name)
        county = None
        try:
            county = validate_county_code(ui.countyCodeEdit.text().strip() or ui.townshipCodeEdit.text().strip()[:6])
            set_problem(ui.countyCodeProblem, "")
        except DivisionCodeError as error:
            set_problem(ui.countyCodeProblem, error.message)
            ok = False
        try:
            validate_township_code(ui.townshipCodeEdit.text().strip(), county)
            set_problem(ui.townshipCodeProblem, "")
        except DivisionCodeError as error:
            set_problem(ui.townshipCodeProblem, error.message)
            ok = False
        return ok

    def leaders(self) -> list[tuple[str, str]]:
        table, out = self.ui.leadersTable, []
        for row in range(table.rowCount()):
            name, post = (table.item(row, col) for col in (0, 1))
            name = name.text().strip() if name else ""
            post = post.text().strip() if post else ""
            if name:
                out.append((name, post))
        return out

    def setup_data(self) -> setup.TownshipSetup:
        ui = self.ui
        return setup.TownshipSetup(
            township_code=ui.townshipCodeEdit.text().strip(), township_name=ui.townshipNameEdit.text().strip(),
            county_code=ui.countyCodeEdit.text().strip() or None, county_name=ui.countyNameEdit.text().strip(),
            address=ui.addressEdit.text().strip(), phone=ui.phoneEdit.text().strip(),
            villages=setup.parse_villages(ui.villagesEdit.toPlainText()),
            staff=setup.parse_villages(ui.staffEdit.toPlainText()), leaders=self.leaders(),
        )

    def _finish(self) -> bool:
        if not self._check_township():
            self.restart()
            return False
        names = [n for n, _p in self.leaders()] + list(setup.parse_villages(self.ui.staffEdit.toPlainText()))
        if not names:
            set_problem(self.ui.finishProblem, "请至少填写一名接待工作人员或领导")
            return False
        try:
            self.store = setup.init_township(self.home, self.setup_data())
        except DeskError as error:
            set_problem(self.ui.finishProblem, error.message)
            return False
        set_problem(self.ui.finishProblem, "")
        return True
