"""设置: 适老化 font scale and the high-contrast theme (remembered for this computer), then — by role — security and
backups, the directory of villages, staff and leaders and the holiday calendar (roles with ``edit_settings``), the accounts (administrators) and the audit trail (roles
with ``view_audit``).

The layout (and the 显示 tab) is the Designer form ui/settings_view.ui; the role tabs are added here.
"""

from PySide6.QtWidgets import QApplication, QWidget

from gazetteer_desk.gui import permissions_ui
from gazetteer_desk.gui.context import settings
from gazetteer_desk.gui.forms.ui_settings_view import Ui_SettingsView
from gazetteer_desk.gui.theme import apply_font, apply_theme, font_scale, high_contrast, scaled


class SettingsView(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SettingsView()
        self.ui.setupUi(self)
        ui = self.ui
        self.tabs, self.scale, self.scale_label, self.contrast = ui.tabs, ui.scaleSlider, ui.scaleLabel, ui.contrastCheck
        scaled(ui.titleLabel, 18)
        self.scale.setValue(font_scale())
        self._show_scale(self.scale.value())
        self.scale.valueChanged.connect(self.set_scale)
        self.contrast.setChecked(high_contrast())
        self.contrast.toggled.connect(self.set_contrast)
        self._add_role_tabs()

    def _add_role_tabs(self) -> None:
        """Tabs a role may not use are not built at all (their services would refuse anyway)."""
        from gazetteer_desk.gui.accounts.security_view import SecurityView

        ctx = self.ctx
        self.security = SecurityView(ctx)
        self.tabs.addTab(self.security, "安全与备份")
        self.holidays = self.directory = self.accounts = self.audit = None
        if permissions_ui.allowed(ctx.user, "directory"):
            from gazetteer_desk.gui.setup.directory_view import DirectoryView

            self.directory = DirectoryView(ctx)
            self.tabs.addTab(self.directory, "名录")
        if permissions_ui.allowed(ctx.user, "holidays"):
            from gazetteer_desk.gui.setup.holidays_view import HolidaysView

            self.holidays = HolidaysView(ctx.store, actor=ctx.user, runner=ctx.runner)
            # moved limits change the due banner's counts and the list's 期限 column
            self.holidays.limits_moved.connect(lambda moved: moved and ctx.matter_changed.emit(""))
            self.tabs.addTab(self.holidays, "节假日")
        if permissions_ui.allowed(ctx.user, "accounts"):
            from gazetteer_desk.gui.accounts.accounts_view import AccountsView

            self.accounts = AccountsView(ctx.store, ctx.user)
            self.tabs.addTab(self.accounts, "账户")
        if permissions_ui.allowed(ctx.user, "audit"):
            from gazetteer_desk.gui.accounts.audit_view import AuditView

            self.audit = AuditView(ctx.store, ctx.user, runner=ctx.runner)
            self.tabs.addTab(self.audit, "操作日志")
            self.tabs.currentChanged.connect(lambda i: self.tabs.widget(i) is self.audit and self.audit.refresh())

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)

    def help_anchor(self) -> str:
        """F1 opens the manual at the tab in use."""
        tab = self.tabs.currentWidget()
        sections = {self.security: "backup", self.directory: "directory", self.holidays: "holidays",
                    self.accounts: "accounts", self.audit: "audit"}
        return next((anchor for widget, anchor in sections.items() if widget is not None and widget is tab), "settings")

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
