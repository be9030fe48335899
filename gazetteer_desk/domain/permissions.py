"""Who may see and do what: ONE table, read by the window, the services and the tests.

Township roles: 接待员 (clerk), 领导 (leader), 管理员 (admin). County mode: 县级接待员, 县级管理员.
检举控告 matters (信访工作条例 Art. 30) are visible only to the roles holding ``view_accusation``: the accused is
often a township cadre or leader, so neither the leader role nor the desk clerks list or search them once registered.
"""

from gazetteer_desk.domain.categories import PURPOSES

ACCUSATION = "检举控告"

ROLES: dict[str, str] = {
    "clerk": "接待员",
    "leader": "领导",
    "admin": "管理员",
    "county_clerk": "县级接待员",
    "county_admin": "县级管理员",
}
MODE_ROLES: dict[str, tuple[str, ...]] = {
    "township": ("clerk", "leader", "admin"),
    "county": ("county_clerk", "county_admin"),
}
ADMIN_ROLE = {"township": "admin", "county": "county_admin"}

PERMISSIONS: dict[str, str] = {
    "register": "来访登记",
    "act": "办理信访事项",
    "view_full_id": "查看完整证件号码和电话",
    "view_accusation": "查看检举控告类事项",
    "export_bundle": "导出数据包",
    "import_bundle": "导入乡镇数据包",
    "manage_accounts": "管理账户",
    "view_audit": "查看操作日志",
    "backup": "备份数据",
    "restore": "恢复数据",
    "edit_settings": "修改设置",
    "view_stats": "查看统计",
    "mediation": "人民调解",
    "leader_work": "领导接访、下访和包案",
    "import_ledger": "导入已有台账",
    "record_proposal": "记录三项建议",
}

# The table. Keep it readable: one row per role, permissions in the order of PERMISSIONS.
# import_ledger: the desk clerks keep the township's paper/Excel ledgers and already register every matter, so bringing
# their old ledger in is their work (and the administrator's); it registers matters under this township's code, so no
# county role has it (townships reach the county through bundles). Leaders do not keep the ledger.
# record_proposal: 三项建议 (Art. 14, 40) are proposals the township makes to other organs — decided and signed off by
# its leaders; the administrator may enter them too. A clerk records what happened at the desk, not such decisions.
TABLE: dict[str, frozenset[str]] = {
    "clerk": frozenset({"register", "act", "view_stats", "mediation", "import_ledger"}),
    "leader": frozenset({"register", "act", "view_full_id", "view_stats", "mediation", "leader_work",
                         "record_proposal"}),
    "admin": frozenset({
        "register", "act", "view_full_id", "view_accusation", "export_bundle", "manage_accounts", "view_audit",
        "backup", "restore", "edit_settings", "view_stats", "mediation", "leader_work", "import_ledger",
        "record_proposal",
    }),
    "county_clerk": frozenset({"register", "act", "import_bundle", "view_stats", "leader_work"}),
    "county_admin": frozenset({
        "register", "act", "view_full_id", "view_accusation", "import_bundle", "manage_accounts", "view_audit",
        "backup", "restore", "edit_settings", "view_stats", "leader_work",
    }),
}


def can(role: str, permission: str) -> bool:
    """True when ``role`` holds ``permission``; an unknown permission is a programming error, an unknown role may nothing."""
    if permission not in PERMISSIONS:
        raise KeyError(permission)
    return permission in TABLE.get(role, frozenset())


def permissions_of(role: str) -> frozenset[str]:
    return TABLE.get(role, frozenset())


def visible_purposes(role: str) -> frozenset[str]:
    """The 信访目的 whose matters this role may list, search and open."""
    if can(role, "view_accusation"):
        return frozenset(PURPOSES)
    return frozenset(p for p in PURPOSES if p != ACCUSATION)


def role_label(role: str) -> str:
    return ROLES.get(role, role)


def roles_for_mode(mode: str) -> tuple[str, ...]:
    return MODE_ROLES.get(mode, MODE_ROLES["township"])
