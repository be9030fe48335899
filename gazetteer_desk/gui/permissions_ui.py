"""The ONE place where the window applies the role table of :mod:`gazetteer_desk.domain.permissions`.

Views never test roles themselves: they ask :func:`guard` to disable (or hide) a control the signed-in user may not
use, with a tooltip saying why, and the main window asks :func:`area_denial` before it builds an area's page.
The services check the same table again, so a control left enabled by mistake still cannot do what the role may not.
"""

from gazetteer_desk.domain.permissions import PERMISSIONS, role_label

# Area key -> permission needed to use it (None: every signed-in user). 同步 depends on the mode.
AREA_PERMISSIONS: dict[str, str | None] = {
    "registration": "register",
    "matters": None,
    "reception_days": "leader_work",
    "field_visits": "leader_work",
    "mediation": "mediation",
    "statistics": "view_stats",
    "settings": None,
}
SYNC_PERMISSION = {"township": "export_bundle", "county": "import_bundle"}

# Named controls used by several views -> permission.
ACTIONS: dict[str, str] = {
    "matter_action": "act",  # the procedure's buttons and the satisfaction rating on a matter's page
    "reveal_numbers": "view_full_id",  # 显示完整号码
    "case_assignment": "leader_work",  # 包案
    "accounts": "manage_accounts",
    "audit": "view_audit",
    "idle_lock": "edit_settings",
    "directory": "edit_settings",  # 设置 › 名录: villages, staff and leaders offered for new records
    "holidays": "edit_settings",  # 设置 › 节假日: edits move the limits of every open matter
    "backup": "backup",
    "restore": "restore",
    "import_ledger": "import_ledger",  # 统计 › 导入台账…
    "proposal": "record_proposal",  # 三项建议 on a matter's page
}


def denial(user, permission: str | None) -> str:
    """Why ``user`` may not do it, in Chinese; '' when they may."""
    if permission is None or user.can(permission):
        return ""
    return f"当前账户（{role_label(user.role)}）无权{PERMISSIONS[permission]}"


def action_denial(user, action: str) -> str:
    return denial(user, ACTIONS[action])


def allowed(user, action: str) -> bool:
    return not action_denial(user, action)


def area_denial(user, key: str, mode: str = "township") -> str:
    permission = SYNC_PERMISSION.get(mode, "export_bundle") if key == "sync" else AREA_PERMISSIONS.get(key)
    return denial(user, permission)


def guard(widget, user, action: str, *, hide: bool = False) -> bool:
    """Disable (or hide) ``widget`` when the user may not do ``action``; the tooltip says why. Returns allowed."""
    reason = action_denial(user, action)
    if hide:
        widget.setVisible(not reason)
    elif reason:
        widget.setEnabled(False)
        widget.setToolTip(reason)
    return not reason
