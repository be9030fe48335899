"""操作日志: the audit trail for administrators, with filters and a check of the hash chain.

A standalone page for the 设置 area: ``AuditView(store, user, runner=...)`` (raises PermissionDenied for other roles).
The chain check walks every entry, seconds on a large store, so it runs on the operation runner (the window's, or the
page's own when built alone) and ``chain_checked`` reports the outcome.
The layout is the Designer form ui/audit_view.ui.
"""


from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from gazetteer_desk.services.core import audit_labels
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import require
from gazetteer_desk.gui.forms.ui_audit_view import Ui_AuditView
from gazetteer_desk.gui.operations import OperationRunner
from gazetteer_desk.gui.widgets import set_note, set_problem

COLUMNS = ("序号", "时间", "操作人", "操作", "对象", "详情")


class AuditView(QWidget):
    chain_checked = Signal(bool)  # True: the chain is intact; False: it failed, or the check could not run

    def __init__(self, store, user, parent=None, *, limit: int = 1000, runner: OperationRunner | None = None):
        require(user, "view_audit")
        super().__init__(parent)
        self._store, self._user, self._limit = store, user, limit
        self.runner = runner or OperationRunner(self)  # the window passes its one runner; alone, the page has its own
        self.ui = Ui_AuditView()
        self.ui.setupUi(self)
        ui = self.ui
        self.actor, self.action, self.since_enabled, self.since = ui.actorEdit, ui.actionCombo, ui.sinceCheck, ui.sinceDate
        self.search_button, self.verify_button, self.status, self.table = (ui.searchButton, ui.verifyButton,
                                                                           ui.statusLabel, ui.table)
        self.action.addItem("全部操作", "")
        for key, label in audit.ACTION_LABELS.items():
            self.action.addItem(label, key)
        self.since.setDate(QDate.currentDate().addDays(-30))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.search_button.clicked.connect(self.refresh)
        self.actor.returnPressed.connect(self.refresh)
        self.verify_button.clicked.connect(self.check_chain)
        self.refresh()

    def refresh(self) -> None:
        since = self.since.date().toPython() if self.since_enabled.isChecked() else None
        rows = audit.entries(self._store, actor=self.actor.text().strip() or None, action=self.action.currentData(),
                             since=since, limit=self._limit, viewer=self._user)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (str(row.seq), f"{row.at.astimezone():%Y-%m-%d %H:%M:%S}", row.actor, row.action_label,
                      row.entity_id, audit_labels.describe(row.detail))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if c == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        set_note(self.status, f"共 {len(rows)} 条" + ("（仅显示最新的记录）" if len(rows) >= self._limit else ""))

    def check_chain(self) -> None:
        """Start the check; the result shows in the status line and ``chain_checked`` carries it."""
        if not self.verify_button.isEnabled():
            return  # a check is already running
        self.verify_button.setEnabled(False)
        set_note(self.status, "正在校验操作日志…")
        store = self._store
        self.runner.run(lambda: audit.verify(store), on_done=self._chain_verified, on_error=self._chain_failed)

    def _chain_verified(self, result) -> None:
        self.verify_button.setEnabled(True)
        if result.ok:
            set_problem(self.status, f"✓ 操作日志完整：共 {result.count} 条记录，哈希链校验通过。", ok=True)
        else:
            set_problem(self.status, f"操作日志校验未通过：{result.reason}。请联系县信访办。")
        self.chain_checked.emit(result.ok)

    def _chain_failed(self, message: str) -> None:
        self.verify_button.setEnabled(True)
        set_problem(self.status, f"无法校验操作日志：{message}")
        self.chain_checked.emit(False)


__all__ = ["AuditView"]
