"""设置: 适老化 font scale and the high-contrast theme (remembered for this computer), then — by role — security and
backups, the accounts (administrators) and the audit trail (roles with ``view_audit``)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QFormLayout, QLabel, QSlider, QTabWidget, QVBoxLayout, QWidget

from . import permissions_ui
from .context import settings
from .theme import apply_font, apply_theme, font_scale, high_contrast, scaled


class SettingsView(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        title = QLabel("设置")
        scaled(title, 18)
        outer.addWidget(title)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        display = QWidget()
        layout = QVBoxLayout(display)
        form = QFormLayout()
        layout.addLayout(form)
        self.scale = QSlider(Qt.Horizontal, minimum=100, maximum=200, singleStep=10, pageStep=25)
        self.scale.setAccessibleName("字号放大比例（适老化）")
        self.scale.setValue(font_scale())
        self.scale_label = QLabel()
        self._show_scale(self.scale.value())
        self.scale.valueChanged.connect(self.set_scale)
        form.addRow("字号（适老化）", self.scale)
        form.addRow("", self.scale_label)
        self.contrast = QCheckBox("高对比度（黑底白字、黄色焦点框）")
        self.contrast.setAccessibleName("高对比度主题")
        self.contrast.setChecked(high_contrast())
        self.contrast.toggled.connect(self.set_contrast)
        form.addRow("显示", self.contrast)
        note = QLabel("以上设置保存在本机，对所有窗口立即生效。")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        self.tabs.addTab(display, "显示")
        self._add_role_tabs()

    def _add_role_tabs(self) -> None:
        """Tabs a role may not use are not built at all (their services would refuse anyway)."""
        from .security_view import SecurityView

        ctx = self.ctx
        self.security = SecurityView(ctx)
        self.tabs.addTab(self.security, "安全与备份")
        self.accounts = self.audit = None
        if permissions_ui.allowed(ctx.user, "accounts"):
            from .accounts_view import AccountsView

            self.accounts = AccountsView(ctx.store, ctx.user)
            self.tabs.addTab(self.accounts, "账户")
        if permissions_ui.allowed(ctx.user, "audit"):
            from .audit_view import AuditView

            self.audit = AuditView(ctx.store, ctx.user)
            self.tabs.addTab(self.audit, "操作日志")
            self.tabs.currentChanged.connect(lambda i: self.tabs.widget(i) is self.audit and self.audit.refresh())

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)

    def focus_first(self) -> None:
        self.scale.setFocus()

    def _show_scale(self, value: int) -> None:
        self.scale_label.setText(f"当前：{value}%")

    def set_scale(self, value: int) -> None:
        value = max(100, min(200, int(value)))
        settings().setValue("ui/font_scale", value)
        self._show_scale(value)
        apply_font(QApplication.instance(), value)

    def set_contrast(self, on: bool) -> None:
        settings().setValue("ui/high_contrast", on)
        apply_theme(QApplication.instance(), on)
