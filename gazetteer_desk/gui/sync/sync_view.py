"""同步 page of a township: the county office's key, this township's own signing key, and the monthly export.

The layout is the Designer form ui/sync_page.ui.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableWidgetItem, QWidget

from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.sync import bundle_export, bundle_keys, key_store
from gazetteer_desk.store.database import Store
from gazetteer_desk.gui.forms.ui_sync_page import Ui_SyncPage
from gazetteer_desk.gui.operations import OperationRunner
from gazetteer_desk.gui.progress import JobProgress
from gazetteer_desk.gui.widgets import set_problem
from gazetteer_desk.gui.sync.down_panels import TownshipDownPanel
from gazetteer_desk.gui.sync.key_passphrase import change_passphrase, new_passphrase, passphrase_for


class SyncPage(QWidget):
    """Standalone page for the 同步 area (township mode)."""

    exported = Signal(object)  # ExportResult
    export_failed = Signal(str)

    def __init__(self, store: Store, runner: OperationRunner | None = None, parent: QWidget | None = None, *, actor=""):
        super().__init__(parent)
        self.store, self.actor = store, actor  # the signed-in user: the export checks the role and is audited
        self.runner = runner or OperationRunner(self)  # the window passes its one runner; alone, the page has its own
        self.ui = Ui_SyncPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.progress = JobProgress(self, "导出数据包", "正在导出…", ui.exportButton)
        self.county_key_label, self.county_fingerprint = ui.countyKeyLabel, ui.countyFingerprintLabel
        self.county_key_edit, self.backup_key_edit, self.set_key_button = (ui.countyKeyEdit, ui.backupKeyEdit,
                                                                           ui.setKeyButton)
        self.own_fingerprint, self.own_key_text = ui.ownFingerprintLabel, ui.ownKeyText
        self.save_key_button, self.print_key_button = ui.saveKeyButton, ui.printKeyButton
        self.period_edit, self.export_button, self.status = ui.periodEdit, ui.exportButton, ui.statusLabel
        self.exports_table, self.again_button = ui.exportsTable, ui.againButton
        self.period_edit.setText(date.today().strftime("%Y-%m"))
        self.set_key_button.clicked.connect(self.set_county_key)
        self.save_key_button.clicked.connect(self.save_public_key)
        self.print_key_button.clicked.connect(self.print_public_key)
        self.export_button.clicked.connect(self.choose_folder_and_export)
        self.again_button.clicked.connect(self.choose_folder_and_export_again)
        self.protect_button, self.protection = ui.protectKeysButton, ui.keysProtectionLabel
        self.protect_button.clicked.connect(self.protect_keys)
        self.change_passphrase_button = ui.changePassphraseButton
        self.change_passphrase_button.clicked.connect(self.change_passphrase)
        self.down = TownshipDownPanel(store, self.runner, self, actor=actor)  # the county's answer, below the export
        self.layout().addWidget(self.down)
        self.refresh()

    # --- state ----------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        key = bundle_keys.county_key(self.store)
        self.county_key_label.setText(key.public_key if key else "尚未设置")
        fingerprint = key.fingerprint if key else "—"
        if key and key.backup_key:
            fingerprint += f"　备份：{key.backup_fingerprint}"
        self.county_fingerprint.setText(fingerprint)
        plain = key_store.plain_keys(self.store.home)
        self.protection.setText("本机私钥尚未加密保存：任何能读取此电脑文件的人都能以本乡镇名义签名数据包。"
                                "请点“设置密钥口令”加密保存。" if plain else "")
        self.protection.setVisible(bool(plain))
        self.protect_button.setVisible(bool(plain))
        self.change_passphrase_button.setVisible(key_store.sealed(self.store.home))
        pub = bundle_keys.own_public_key(self.store)
        self.own_fingerprint.setText(f"指纹：{pub.fingerprint}")
        self.own_key_text.setPlainText(pub.key)
        rows = bundle_export.exports(self.store)
        self.exports_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate((row.sequence, row.period, row.record_count, row.file_name)):
                self.exports_table.setItem(r, c, QTableWidgetItem(str(value)))

    # --- keys -----------------------------------------------------------------------------------------------------

    def set_county_key(self) -> None:
        try:
            bundle_keys.set_county_key(self.store, self.county_key_edit.text(),
                                       self.backup_key_edit.text().strip() or None, actor=self.actor)
        except DeskError as error:
            QMessageBox.warning(self, "公钥无效", error.message)
            return
        self.county_key_edit.clear()
        self.backup_key_edit.clear()
        self.refresh()
        set_problem(self.status, f"✓ 已设置县信访办公钥，指纹：{self.county_fingerprint.text()}", ok=True)

    def save_public_key(self, path: str | None = None) -> Path | None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, "保存本乡镇公钥", f"{self.store.township_code}.pub",
                                                  "minisign 公钥 (*.pub)")
        if not path:
            return None
        try:
            bundle_keys.write_public_key(self.store, Path(path))
        except DeskError as error:
            QMessageBox.warning(self, "保存失败", error.message)
            return None
        set_problem(self.status, f"✓ 已保存公钥：{path}", ok=True)
        return Path(path)

    def print_public_key(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
            return
        pub = bundle_keys.own_public_key(self.store)
        doc = QTextDocument()
        doc.setPlainText(f"{self.store.setting('township_name')}（{self.store.township_code}）信访接待台签名公钥\n\n"
                         f"指纹：{pub.fingerprint}\n\n公钥：{pub.key}")
        doc.print_(printer)

    def protect_keys(self) -> None:
        typed = new_passphrase(self)
        if typed is None:
            return
        try:
            done = key_store.protect(self.store, typed[0], typed[1], actor=self.actor)
        except DeskError as error:
            set_problem(self.status, f"未设置密钥口令：{error.message}")
            return
        self.refresh()
        set_problem(self.status, f"✓ 已用密钥口令加密保存{len(done)}个私钥；此后导出、导入数据包时需要输入此口令",
                    ok=True)

    def change_passphrase(self) -> None:
        answer = change_passphrase(self, self.store, self.actor)
        if answer is not None:
            self.refresh()
            set_problem(self.status, answer[1], ok=answer[0])

    # --- export ---------------------------------------------------------------------------------------------------

    def choose_folder_and_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "选择U盘（导出到的文件夹）")
        if folder:
            self.export_to(Path(folder))

    def choose_folder_and_export_again(self) -> None:
        row = self.exports_table.currentRow()
        if row < 0:
            QMessageBox.information(self, "重新导出", "请先在表中选择要重新导出的数据包")
            return
        folder = QFileDialog.getExistingDirectory(self, "选择U盘（导出到的文件夹）")
        if folder:
            self.export_to(Path(folder), again=int(self.exports_table.item(row, 0).text()))

    def export_to(self, folder: Path, again: int | None = None) -> None:
        period = self.period_edit.text().strip()
        if again is None:
            go, passphrase = passphrase_for(self, self.store.home, "导出数据包要用本乡镇的签名密钥签名，")
            if not go:
                return

            def work(progress):
                return bundle_export.export_bundle(self.store, folder, period, progress, actor=self.actor,
                                                   passphrase=passphrase)
        else:
            def work(progress):
                return bundle_export.export_again(self.store, again, folder, progress, actor=self.actor)
        self.progress.start()
        self.runner.run(work, on_done=self._on_done, on_error=self._on_failed, on_progress=self.progress.on_progress)

    def _on_done(self, result) -> None:
        self.progress.finish()
        verb = "重新导出" if result.again else "已导出"
        set_problem(self.status, f"✓ {verb}第{result.sequence}号数据包（{result.period}，"
                                 f"{result.record_count} 条记录）：\n{result.bundle_path}\n{result.signature_path}", ok=True)
        self.refresh()
        self.exported.emit(result)

    def _on_failed(self, message: str) -> None:
        self.progress.finish()
        set_problem(self.status, f"导出失败：{message}")
        self.export_failed.emit(message)
