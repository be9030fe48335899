"""安全与备份 in 设置: own password, the idle-lock minutes, a backup to a chosen folder, a restore from a file.

Each control is guarded by :mod:`permissions_ui`; the services check the role again and write the audit trail.
After a restore the store under the window has been replaced, so the program closes and must be started again.
A backup and a restore (with its integrity check) run on the window's operation runner: a 200k-matter store takes
seconds, and the window must not freeze meanwhile. Both buttons stay disabled until the job ends.
The layout is the Designer form ui/security_page.ui.
"""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.accounts import accounts, backup
from gazetteer_desk.services.matters import listing
from gazetteer_desk.services.sync.bundle_chain import restore_notice
from gazetteer_desk.gui import permissions_ui
from gazetteer_desk.gui.confirm import confirm_destructive
from gazetteer_desk.gui.forms.ui_security_page import Ui_SecurityPage
from gazetteer_desk.gui.operations import OperationRunner
from gazetteer_desk.gui.progress import JobProgress
from gazetteer_desk.gui.widgets import set_problem


class SecurityView(QWidget):
    backed_up = Signal(object)  # the Path of the backup file
    restored = Signal(object)  # the reopened Store
    failed = Signal(str)  # a backup or a restore was refused; the message is also on the page

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.runner = getattr(ctx, "runner", None) or OperationRunner(self)
        self.ui = Ui_SecurityPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.password_button, self.idle_minutes, self.idle_button = ui.passwordButton, ui.idleMinutesSpin, ui.idleButton
        self.backup_button, self.restore_button, self.message = ui.backupButton, ui.restoreButton, ui.messageLabel
        ui.userLabel.setText(f"{ctx.user.username}（{ctx.user.role_label}）")
        self.idle_minutes.setMaximum(accounts.MAX_IDLE_MINUTES)
        self.idle_minutes.setValue(accounts.idle_lock_minutes(ctx.store))
        set_problem(self.message, "")
        self.password_button.clicked.connect(self.change_password)
        self.idle_button.clicked.connect(self.save_idle_minutes)
        self.backup_button.clicked.connect(self.choose_and_backup)
        self.restore_button.clicked.connect(self.choose_and_restore)
        for widget in (self.idle_minutes, self.idle_button):
            permissions_ui.guard(widget, ctx.user, "idle_lock")
        permissions_ui.guard(self.backup_button, ctx.user, "backup")
        permissions_ui.guard(self.restore_button, ctx.user, "restore")
        self.progress: JobProgress | None = None
        self._enabled_before: dict = {}

    def _show(self, error: DeskError | None, done: str = "") -> None:
        set_problem(self.message, error.message if error else done, ok=error is None)

    def change_password(self) -> None:
        from gazetteer_desk.gui.accounts.login_dialog import ChangePasswordDialog

        self.dialog = ChangePasswordDialog(self.ctx.store, self.ctx.user, self)
        self.dialog.open()

    def save_idle_minutes(self) -> bool:
        try:
            minutes = accounts.set_idle_lock_minutes(self.ctx.store, self.ctx.user, self.idle_minutes.value())
        except DeskError as error:
            self._show(error)
            return False
        self.ctx.idle_minutes_changed.emit(minutes)
        self._show(None, f"✓ 已保存：{minutes} 分钟无操作后锁定" if minutes else "✓ 已保存：不自动锁定")
        return True

    def choose_and_backup(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "选择备份到的文件夹（如U盘）")
        if folder:
            self.backup_into(Path(folder))

    # --- one job at a time: both buttons off while it runs, back to what the role allows after -------------------

    @property
    def busy(self) -> bool:
        return self.progress is not None

    def _start(self, title: str, label: str) -> None:
        self._enabled_before = {b: b.isEnabled() for b in (self.backup_button, self.restore_button)}
        for button in self._enabled_before:
            button.setEnabled(False)
        self.progress = JobProgress(self, title, label)
        self.progress.start()
        self.progress.dialog.setRange(0, 0)  # the services report no steps: a busy bar
        # window-modal: nothing else in the window may reach the store while a restore replaces it
        self.progress.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        set_problem(self.message, label, ok=True)

    def _finish(self) -> None:
        if self.progress:
            self.progress.finish()
            self.progress = None
        for button, enabled in self._enabled_before.items():
            button.setEnabled(enabled)

    def _failed(self, message: str) -> None:
        self._finish()
        set_problem(self.message, message, ok=False)
        self.failed.emit(message)

    # --- backup and restore -------------------------------------------------------------------------------------

    def backup_into(self, folder: Path) -> None:
        """Start the backup; ``backed_up`` (or ``failed``) says how it ended."""
        if self.busy:
            return
        store, actor = self.ctx.store, self.ctx.user
        self._start("备份数据", "正在备份…")
        self.runner.run(lambda: backup.backup_to(store, folder, actor=actor),
                        on_done=self._backed_up, on_error=self._failed)

    def _backed_up(self, path: Path) -> None:
        self._finish()
        self._show(None, f"✓ 已备份到：{path}")
        self.backed_up.emit(path)

    def choose_and_restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "选择备份文件", "", "数据库备份 (*.sqlite);;所有文件 (*)")
        if not path:
            return
        if confirm_destructive(
                self, "从备份恢复",
                "恢复后，本机当前的数据将被备份文件中的数据替换（当前数据另存在 backups 文件夹中）。\n"
                "恢复完成后程序将关闭，请重新打开。确定恢复吗？"):
            self.restore_from(Path(path))

    def restore_from(self, path: Path, *, quit_after: bool = True) -> None:
        """Check and restore on the runner, hand the reopened store to the window, then close the program (a restart
        reopens everything). ``restored`` (or ``failed``) says how it ended."""
        if self.busy:
            return
        store, actor = self.ctx.store, self.ctx.user

        def work():
            # restore() checks the file (integrity, tables, revision, township) before touching anything
            restored = backup.restore(store, path, actor=actor)
            # what the county already has from bundles exported after this backup was made
            return restored, listing.count_matters(restored, listing.MatterFilter()), restore_notice(restored)

        self._start("从备份恢复", "正在检查并恢复备份…")
        self.runner.run(work, on_done=lambda result: self._restored(*result, quit_after=quit_after),
                        on_error=self._failed)

    def _restored(self, store, matters: int, notice: str, *, quit_after: bool) -> None:
        self._finish()
        self.ctx.store = store
        done = f"已恢复（{matters} 件事项）。"
        if notice:  # said where it cannot be missed: records the county has are not in this store
            set_problem(self.message, f"{done}注意：县信访办已有本备份中没有的记录。{notice}\n程序将关闭，请重新打开。")
        else:
            self._show(None, f"✓ {done}程序将关闭，请重新打开。")
        self.restored.emit(store)
        if quit_after:
            if notice:
                QMessageBox.warning(self, "恢复完成：县信访办已有本备份中没有的记录",
                                    f"已从备份恢复（{matters} 件事项）。\n\n{notice}\n\n程序将关闭，请重新打开。")
            else:
                QMessageBox.information(self, "恢复完成", f"已从备份恢复（{matters} 件事项）。\n程序将关闭，请重新打开。")
            QApplication.quit()
