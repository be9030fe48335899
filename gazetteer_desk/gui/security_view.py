"""安全与备份 in 设置: own password, the idle-lock minutes, a backup to a chosen folder, a restore from a file.

Each control is guarded by :mod:`permissions_ui`; the services check the role again and write the audit trail.
After a restore the store under the window has been replaced, so the program closes and must be started again.
"""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSpinBox,
    QVBoxLayout, QWidget,
)

from ..errors import DeskError
from ..services import accounts, backup
from . import permissions_ui
from .registration_parts import set_problem


class SecurityView(QWidget):
    restored = Signal(object)  # the reopened Store

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)

        own = QGroupBox("本人账户")
        own_layout = QHBoxLayout(own)
        own_layout.addWidget(QLabel(f"{ctx.user.username}（{ctx.user.role_label}）"), 1)
        self.password_button = QPushButton("修改密码…")
        self.password_button.clicked.connect(self.change_password)
        own_layout.addWidget(self.password_button)
        layout.addWidget(own)

        lock = QGroupBox("自动锁定")
        lock_form = QFormLayout(lock)
        self.idle_minutes = QSpinBox(minimum=0, maximum=accounts.MAX_IDLE_MINUTES, suffix=" 分钟")
        self.idle_minutes.setAccessibleName("无操作自动锁定时间（分钟）")
        self.idle_minutes.setSpecialValueText("不自动锁定")
        self.idle_minutes.setValue(accounts.idle_lock_minutes(ctx.store))
        self.idle_button = QPushButton("保存")
        self.idle_button.clicked.connect(self.save_idle_minutes)
        row = QHBoxLayout()
        row.addWidget(self.idle_minutes)
        row.addWidget(self.idle_button)
        row.addStretch(1)
        lock_form.addRow("无操作多久后锁定", row)
        for widget in (self.idle_minutes, self.idle_button):
            permissions_ui.guard(widget, ctx.user, "idle_lock")
        layout.addWidget(lock)

        store_box = QGroupBox("备份与恢复")
        store_layout = QVBoxLayout(store_box)
        note = QLabel("每天第一次打开本程序时自动备份到数据目录的 backups 文件夹。也可以随时备份到U盘，或从备份文件恢复。")
        note.setWordWrap(True)
        store_layout.addWidget(note)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton("立即备份到…")
        self.backup_button.clicked.connect(self.choose_and_backup)
        self.restore_button = QPushButton("从备份文件恢复…")
        self.restore_button.clicked.connect(self.choose_and_restore)
        permissions_ui.guard(self.backup_button, ctx.user, "backup")
        permissions_ui.guard(self.restore_button, ctx.user, "restore")
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        store_layout.addLayout(buttons)
        layout.addWidget(store_box)

        self.message = QLabel(accessibleName="安全与备份提示", wordWrap=True)
        set_problem(self.message, "")
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _show(self, error: DeskError | None, done: str = "") -> None:
        set_problem(self.message, error.message if error else done, ok=error is None)

    def change_password(self) -> None:
        from .login_dialog import ChangePasswordDialog

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

    def backup_into(self, folder: Path) -> Path | None:
        try:
            path = backup.backup_to(self.ctx.store, folder, actor=self.ctx.user)
        except DeskError as error:
            self._show(error)
            return None
        self._show(None, f"✓ 已备份到：{path}")
        return path

    def choose_and_restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "选择备份文件", "", "数据库备份 (*.sqlite);;所有文件 (*)")
        if not path:
            return
        answer = QMessageBox.question(
            self, "从备份恢复",
            "恢复后，本机当前的数据将被备份文件中的数据替换（当前数据另存在 backups 文件夹中）。\n"
            "恢复完成后程序将关闭，请重新打开。确定恢复吗？")
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_from(Path(path))

    def restore_from(self, path: Path, *, quit_after: bool = True):
        """Restore, hand the reopened store to the window, then close the program (a restart reopens everything)."""
        try:
            info = backup.inspect(path)
            store = backup.restore(self.ctx.store, path, actor=self.ctx.user)
        except DeskError as error:
            self._show(error)
            return None
        self.ctx.store = store
        self.restored.emit(store)
        self._show(None, f"✓ 已恢复（{info.matters} 件事项）。程序将关闭，请重新打开。")
        if quit_after:
            QMessageBox.information(self, "恢复完成", f"已从备份恢复（{info.matters} 件事项）。\n程序将关闭，请重新打开。")
            QApplication.quit()
        return store
