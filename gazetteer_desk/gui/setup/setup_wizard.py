"""首次设置: township, villages, staff and leaders — checked with the division rules, saved in one transaction —
then the first 管理员 account (created right after the store) and the county's keys: its ``age1…`` recipient (the
monthly bundles are encrypted to it) and its signing public key (``county.pub``: the down bundles it signed are
imported), each with its fingerprint for the phone check, so a new desk imports its first down bundle at once —
and the key passphrase that seals this township's own keys.

Nothing else opens until it completes; ``store`` holds the new store afterwards. Going 上一步 after the store was
created and changing a page saves the change (``setup.revise_township``); a message under a field goes once the field
is fixed; leaving asks first, and the default answer is to stay. ``SetupWizard(home, store=store)``
shows only the administrator page: for a store set up before accounts existed (or on the command line).
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableWidgetItem, QWizard

from gazetteer_desk.domain.divisions import DivisionCodeError, validate_county_code, validate_township_code
from gazetteer_desk.errors import DeskError
from gazetteer_desk.formats import FormatError, age_keys, minisign
from gazetteer_desk.services.accounts import accounts
from gazetteer_desk.services.sync import bundle_keys, down_keys, key_store
from gazetteer_desk.services.setup import setup
from gazetteer_desk.gui.forms.ui_setup_wizard import Ui_SetupWizard
from gazetteer_desk.gui.widgets import set_problem
from gazetteer_desk.gui.screen_fit import fit_to_screen
from gazetteer_desk.gui.help.help_dialog import install_help


class SetupWizard(QWizard):
    def __init__(self, home: Path, parent=None, *, store=None):
        super().__init__(parent)
        install_help(self, "first-start")  # F1: this dialog's section of the manual
        self.home = home
        self.store = store
        self.admin: accounts.CurrentUser | None = None
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
        ui.countyKeyEdit.textChanged.connect(self._show_county_fingerprint)
        ui.countySigningKeyEdit.textChanged.connect(self._show_signing_fingerprint)
        ui.countySigningKeyFileButton.clicked.connect(self.choose_signing_key_file)
        ui.ownKeyFingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (ui.townshipNameProblem, ui.townshipCodeProblem, ui.countyCodeProblem, ui.finishProblem,
                      ui.keysProblem, ui.adminProblem):
            set_problem(label, "")
        ui.addLeaderButton.clicked.connect(self.add_leader_row)
        ui.leadersTable.itemChanged.connect(self._leader_edited)
        self._clear_problems_once_fixed()
        self._preview_villages()
        if store is not None:  # the store exists already: only its administrator is missing
            for page in (ui.townshipPage, ui.villagesPage, ui.staffPage, ui.keysPage):
                self.removePage(self.pageIds()[[self.page(i) for i in self.pageIds()].index(page)])
            self.setWindowTitle("信访接待台 — 创建管理员账户")
        fit_to_screen(self)

    # ---- leaders: as many rows as needed -------------------------------------------------------------------
    def add_leader_row(self) -> None:
        table = self.ui.leadersTable
        table.insertRow(table.rowCount())
        table.setCurrentCell(table.rowCount() - 1, 0)
        table.setFocus()

    def _leader_edited(self, item: QTableWidgetItem) -> None:
        """Typing into the last row opens another, so the table never runs out."""
        table = self.ui.leadersTable
        if item.row() == table.rowCount() - 1 and item.text().strip():
            table.insertRow(table.rowCount())

    # ---- messages go once fixed ---------------------------------------------------------------------------
    def _clear_problems_once_fixed(self) -> None:
        ui = self.ui
        for edit in (ui.townshipNameEdit, ui.townshipCodeEdit, ui.countyCodeEdit):
            edit.textChanged.connect(self._recheck_township)
        ui.staffEdit.textChanged.connect(self._recheck_names)
        ui.leadersTable.itemChanged.connect(lambda _item: self._recheck_names())
        for edit in (ui.adminUsernameEdit, ui.adminPasswordEdit, ui.adminRepeatEdit):
            edit.textChanged.connect(lambda _t: set_problem(ui.adminProblem, ""))
        for edit in (ui.countyKeyEdit, ui.countySigningKeyEdit, ui.keyPassphraseEdit, ui.keyRepeatEdit):
            edit.textChanged.connect(lambda _t: set_problem(ui.keysProblem, ""))

    def _recheck_township(self) -> None:
        ui = self.ui
        if any(label.text() for label in (ui.townshipNameProblem, ui.townshipCodeProblem, ui.countyCodeProblem)):
            self._check_township(only_clear=True)

    def _recheck_names(self) -> None:
        if self.ui.finishProblem.text() and self._named_people():
            set_problem(self.ui.finishProblem, "")

    def _named_people(self) -> list[str]:
        return [n for n, _p in self.leaders()] + list(setup.parse_villages(self.ui.staffEdit.toPlainText()))

    # ---- leaving ------------------------------------------------------------------------------------------
    def reject(self) -> None:
        """退出, Esc or closing the window: ask first; Enter or Esc on the question keeps the wizard open."""
        if self.confirm_quit():
            super().reject()

    def confirm_quit(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, "退出首次设置",
                          "首次设置尚未完成，退出后程序将关闭。\n已填写的内容不会保存，下次启动需要重新填写。"
                          if self.store is None else "首次设置尚未完成，退出后程序将关闭，下次启动时继续设置。",
                          parent=self)
        leave = box.addButton("退出设置", QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton("继续设置", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.setObjectName("quitQuestion")
        box.exec()
        return box.clickedButton() is leave

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
        if page is self.ui.adminPage:
            return self._create_admin()
        if page is self.ui.keysPage:
            return self._save_keys()
        return True

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        if self.page(page_id) is self.ui.adminPage:
            self._fill_admin_staff()
        if self.page(page_id) is self.ui.keysPage and self.store is not None:
            self.ui.ownKeyFingerprint.setText(
                "完成设置时生成本乡镇的签名密钥，用上面的密钥口令加密保存；之后请在“同步”中导出公钥文件交县信访办登记。")

    def _show_county_fingerprint(self, text: str) -> None:
        text = text.strip()
        if not text:
            self.ui.countyKeyFingerprint.setText("")
            return
        try:
            age_keys.parse_recipient(text)
        except FormatError as error:
            self.ui.countyKeyFingerprint.setText(error.message)
        else:
            self.ui.countyKeyFingerprint.setText(f"指纹：{age_keys.recipient_fingerprint(text)}（请与县信访办电话核对）")

    def _show_signing_fingerprint(self, text: str) -> None:
        if not text.strip():
            self.ui.countySigningFingerprint.setText("")
            return
        try:
            pub = down_keys.parse_county_signing_key(text)
        except DeskError as error:
            self.ui.countySigningFingerprint.setText(error.message)
        else:
            self.ui.countySigningFingerprint.setText(
                f"签名公钥指纹：{minisign.public_key_fingerprint(pub)}（请与县信访办电话核对）")

    def choose_signing_key_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "选择县信访办签名公钥", str(Path.home()),
                                              "minisign 公钥 (*.pub);;所有文件 (*)")
        if path:
            self.load_signing_key_file(Path(path))

    def load_signing_key_file(self, path: Path) -> None:
        """The file's key line into the field (the fingerprint shows under it); a file that is no key says so."""
        try:
            pub = minisign.load_public_key(path)
        except FormatError as error:
            set_problem(self.ui.keysProblem, error.message)
            return
        self.ui.countySigningKeyEdit.setText(minisign.public_key_text(pub).splitlines()[-1])

    def _save_keys(self) -> bool:
        """The county's two keys (either may be left for later in 同步) and this township's own keys, sealed with the
        passphrase: everything is checked before anything is saved, so a wrong entry keeps the page open with
        nothing half saved."""
        ui = self.ui
        text = ui.countyKeyEdit.text().strip()
        signing_text = ui.countySigningKeyEdit.text().strip()
        actor = self.admin or ""
        try:
            if text:
                age_keys.parse_recipient(text)
            signing = down_keys.parse_county_signing_key(signing_text) if signing_text else None
            typed, repeat = ui.keyPassphraseEdit.text(), ui.keyRepeatEdit.text()
            # left empty, the set-up still completes: the keys stay plain and 同步 offers to seal them
            passphrase = key_store.check_new_passphrase(typed, repeat) if typed or repeat else None
            key = bundle_keys.create_township_keys(self.store, passphrase)
            # the county encrypts its down bundles to this recipient: shown now, so the county can register it at once
            recipient = down_keys.township_recipient(self.store, passphrase).public_key
            if text:
                bundle_keys.set_county_key(self.store, text, actor=actor)
            if signing is not None:
                down_keys.register_county_signing_key(self.store, signing, actor=actor)
        except (DeskError, FormatError) as error:
            set_problem(ui.keysProblem, getattr(error, "message", str(error)))
            return False
        ui.ownKeyFingerprint.setText(
            f"本乡镇的签名密钥已生成{'并加密保存' if passphrase else '（未设置密钥口令，请尽快在“同步”中设置）'}，"
            f"公钥指纹：{minisign.public_key_fingerprint(key)}。"
            f"本乡镇的接收公钥：{recipient}。请在“同步”中导出公钥文件，连同接收公钥交县信访办登记。")
        set_problem(ui.keysProblem, "")
        return True

    def _check_township(self, only_clear: bool = False) -> bool:
        """Each field's message under it; ``only_clear``: while typing, take away what is fixed, add nothing."""
        ui = self.ui

        def show(label, message: str) -> bool:
            if not message or not only_clear:
                set_problem(label, message)
            return not message

        ok = show(ui.townshipNameProblem, "" if ui.townshipNameEdit.text().strip() else "请填写乡镇（街道）名称")
        county = None
        try:
            county = validate_county_code(ui.countyCodeEdit.text().strip() or ui.townshipCodeEdit.text().strip()[:6])
            show(ui.countyCodeProblem, "")
        except DivisionCodeError as error:
            show(ui.countyCodeProblem, error.message)
            ok = False
        try:
            validate_township_code(ui.townshipCodeEdit.text().strip(), county)
            show(ui.townshipCodeProblem, "")
        except DivisionCodeError as error:
            show(ui.townshipCodeProblem, error.message)
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
        if not self._named_people():
            set_problem(self.ui.finishProblem, "请至少填写一名接待工作人员或领导")
            return False
        try:
            if self.store is None:
                self.store = setup.init_township(self.home, self.setup_data())
                for edit in (self.ui.townshipCodeEdit, self.ui.countyCodeEdit):  # matter numbers carry the codes
                    edit.setReadOnly(True)
                    edit.setToolTip("区划代码已保存，不能再修改")
            else:  # back and forth after the store was created: what was edited since is saved too
                setup.revise_township(self.store, self.setup_data())
        except DeskError as error:
            set_problem(self.ui.finishProblem, error.message)
            return False
        set_problem(self.ui.finishProblem, "")
        return True

    # ---- the first administrator ----------------------------------------------------------------------------
    def _fill_admin_staff(self) -> None:
        combo = self.ui.adminStaffCombo
        current = combo.currentData()
        combo.clear()
        combo.addItem("（不对应工作人员）", None)
        for person in setup.staff(self.store) if self.store is not None else []:
            combo.addItem(person.name + (f"（{person.post}）" if person.post else ""), person.name)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def _create_admin(self) -> bool:
        if self.admin is not None:
            return True
        ui = self.ui
        if ui.adminPasswordEdit.text() != ui.adminRepeatEdit.text():
            set_problem(ui.adminProblem, "两次输入的密码不一致")
            return False
        try:
            self.admin = accounts.create_first_admin(self.store, ui.adminUsernameEdit.text(),
                                                     ui.adminPasswordEdit.text(),
                                                     staff_name=ui.adminStaffCombo.currentData())
        except DeskError as error:
            set_problem(ui.adminProblem, error.message)
            return False
        set_problem(ui.adminProblem, "")
        ui.adminPasswordEdit.clear()
        ui.adminRepeatEdit.clear()
        return True
