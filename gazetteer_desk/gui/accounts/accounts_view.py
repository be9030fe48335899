"""账户管理 (administrators): the accounts of this PC, a new account with its role and staff member, a temporary
password, deactivation — all through ``services.accounts`` (which checks ``manage_accounts`` and audits)."""

from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from gazetteer_desk.domain.permissions import ROLES, roles_for_mode
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.accounts import accounts
from gazetteer_desk.services.setup import setup
from gazetteer_desk.gui.confirm import confirm_destructive
from gazetteer_desk.gui.forms.ui_accounts_page import Ui_AccountsPage
from gazetteer_desk.gui.widgets import set_problem


class AccountsView(QWidget):
    def __init__(self, store, user, parent=None):
        super().__init__(parent)
        self.store, self.user = store, user
        self.ui = Ui_AccountsPage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.accountsTable.verticalHeader().setVisible(False)
        ui.accountsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.accountsTable.horizontalHeader().setStretchLastSection(True)
        for role in roles_for_mode(store.mode):
            ui.roleCombo.addItem(ROLES[role], role)
        ui.staffCombo.addItem("（不对应工作人员）", None)
        for person in setup.staff(store):
            ui.staffCombo.addItem(person.name + (f"（{person.post}）" if person.post else ""), person.name)
        ui.createButton.clicked.connect(self.create)
        ui.resetButton.clicked.connect(self.reset)
        ui.deactivateButton.clicked.connect(self.ask_deactivate)
        set_problem(ui.problemLabel, "")
        self.refresh()

    def refresh(self) -> None:
        rows = accounts.list_accounts(self.store)
        table = self.ui.accountsTable
        table.setRowCount(len(rows))
        for r, a in enumerate(rows):
            state = ("启用" if a.active else "已停用") + ("，须修改密码" if a.active and a.must_change_password else "")
            for c, text in enumerate((a.username, a.role_label, a.staff_name or "—", state,
                                      f"{a.created_at.astimezone():%Y-%m-%d}")):
                table.setItem(r, c, QTableWidgetItem(text))

    def selected_username(self) -> str:
        item = self.ui.accountsTable.item(self.ui.accountsTable.currentRow(), 0)
        return item.text() if item else ""

    def _run(self, work, done: str) -> bool:
        try:
            work()
        except DeskError as error:
            set_problem(self.ui.problemLabel, error.message)
            return False
        set_problem(self.ui.problemLabel, done, ok=True)
        self.refresh()
        return True

    def create(self) -> bool:
        ui = self.ui
        username = ui.usernameEdit.text().strip()
        ok = self._run(lambda: accounts.create_account(self.store, self.user, username, ui.roleCombo.currentData(),
                                                       ui.initialPasswordEdit.text(),
                                                       staff_name=ui.staffCombo.currentData()),
                       f"✓ 已新建账户 {username}，本人首次登录时须修改密码")
        if ok:
            ui.usernameEdit.clear()
            ui.initialPasswordEdit.clear()
        return ok

    def reset(self) -> bool:
        name = self.selected_username()
        if not name:
            set_problem(self.ui.problemLabel, "请先在表中选择账户")
            return False
        ok = self._run(lambda: accounts.reset_password(self.store, self.user, name, self.ui.resetPasswordEdit.text()),
                       f"✓ 已重置 {name} 的密码，下次登录时须修改")
        if ok:
            self.ui.resetPasswordEdit.clear()
        return ok

    def ask_deactivate(self) -> bool:
        """停用 cannot be undone here: asked first, 否 being the default."""
        name = self.selected_username()
        if name and not confirm_destructive(self, "停用账户", f"停用后账户“{name}”将不能再登录，确定停用吗？"):
            return False
        return self.deactivate()

    def deactivate(self) -> bool:
        name = self.selected_username()
        if not name:
            set_problem(self.ui.problemLabel, "请先在表中选择账户")
            return False
        return self._run(lambda: accounts.deactivate(self.store, self.user, name), f"✓ 已停用账户 {name}")
