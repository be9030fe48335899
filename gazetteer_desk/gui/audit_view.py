"""操作日志: the audit trail for administrators, with filters and a check of the hash chain.

A standalone page for the 设置 area: ``AuditView(store, user, runner=...)`` (raises PermissionDenied for other roles).
The chain check walks every entry, seconds on a large store, so it runs on the operation runner (the window's, or the
page's own when built alone) and ``chain_checked`` reports the outcome.
The layout is the Designer form ui/audit_view.ui.
"""


from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from ..services import audit
from ..services.authz import require
from .forms.ui_audit_view import Ui_AuditView
from .operations import OperationRunner
from .theme import set_role

COLUMNS = ("序号", "时间", "操作人", "操作", "对象", "详情")
KEY_LABELS = {
    "reason": "原因", "action": "操作", "role": "角色", "first_admin": "首个管理员", "new_matter": "新事项",
    "purpose": "信访目的", "channel": "信访形式", "people_count": "人数", "visit_id": "来访记录", "kind": "类型",
    "detail": "内容", "field": "查看项", "kept_aside": "原库另存为", "matters": "事项数", "status": "状态",
    "handling_unit": "承办单位", "accepted_on": "受理日期", "due_on": "期限", "on": "办理日期", "params": "参数",
    "method": "方式", "staff": "工作人员", "active": "启用", "must_change_password": "须修改密码",
    "idle_lock_minutes": "自动锁定分钟数", "period": "期间", "sequence": "序号", "records": "记录数",
}


def _detail_text(detail: dict) -> str:
    parts = []
    for key, value in detail.items():
        if key == "changes" and isinstance(value, dict):
            parts += [f"{KEY_LABELS.get(field, field)}：{old if old not in (None, '') else '（空）'} → {new}"
                      for field, (old, new) in value.items()]
        elif value not in (None, "", {}, []):
            parts.append(f"{KEY_LABELS.get(key, key)}：{value}")
    return "；".join(parts)


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
                      row.entity_id, _detail_text(row.detail))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if c == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.status.setText(f"共 {len(rows)} 条" + ("（仅显示最新的记录）" if len(rows) >= self._limit else ""))

    def check_chain(self) -> None:
        """Start the check; the result shows in the status line and ``chain_checked`` carries it."""
        if not self.verify_button.isEnabled():
            return  # a check is already running
        self.verify_button.setEnabled(False)
        set_role(self.status, "")
        self.status.setText("正在校验操作日志…")
        store = self._store
        self.runner.run(lambda: audit.verify(store), on_done=self._chain_verified, on_error=self._chain_failed)

    def _chain_verified(self, result) -> None:
        self.verify_button.setEnabled(True)
        if result.ok:
            self.status.setText(f"操作日志完整：共 {result.count} 条记录，哈希链校验通过。")
            set_role(self.status, "ok")
        else:
            self.status.setText(f"操作日志校验未通过：{result.reason}。请联系县信访办。")
            set_role(self.status, "problem")
        self.chain_checked.emit(result.ok)

    def _chain_failed(self, message: str) -> None:
        self.verify_button.setEnabled(True)
        self.status.setText(f"无法校验操作日志：{message}")
        set_role(self.status, "problem")
        self.chain_checked.emit(False)


__all__ = ["AuditView"]
