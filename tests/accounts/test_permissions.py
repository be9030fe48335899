"""The one table of roles and permissions, checked cell by cell."""

import pytest

from gazetteer_desk.domain import permissions as p
from gazetteer_desk.domain.categories import PURPOSES

EXPECTED = {
    # role: permissions granted (everything else refused)
    "clerk": {"register", "act", "view_stats", "mediation", "import_ledger"},
    "leader": {"register", "act", "view_full_id", "view_stats", "mediation", "leader_work", "record_proposal"},
    "admin": {"register", "act", "view_full_id", "view_accusation", "export_bundle", "manage_accounts", "view_audit",
              "backup", "restore", "edit_settings", "view_stats", "mediation", "leader_work", "import_ledger",
              "record_proposal"},
    "county_clerk": {"register", "act", "import_bundle", "view_stats", "leader_work"},
    "county_admin": {"register", "act", "view_full_id", "view_accusation", "import_bundle", "manage_accounts",
                     "view_audit", "backup", "restore", "edit_settings", "view_stats", "leader_work"},
}


@pytest.mark.parametrize("role", list(p.ROLES))
@pytest.mark.parametrize("permission", list(p.PERMISSIONS))
def test_every_cell_of_the_table(role, permission):
    assert p.can(role, permission) is (permission in EXPECTED[role])


def test_roles_and_modes():
    assert set(EXPECTED) == set(p.ROLES)
    assert p.roles_for_mode("township") == ("clerk", "leader", "admin")
    assert p.roles_for_mode("county") == ("county_clerk", "county_admin")
    assert p.role_label("clerk") == "接待员" and p.role_label("leader") == "领导" and p.role_label("admin") == "管理员"


def test_unknown_role_may_nothing_and_unknown_permission_is_an_error():
    assert not any(p.can("visitor", perm) for perm in p.PERMISSIONS)
    with pytest.raises(KeyError):
        p.can("admin", "fly")


@pytest.mark.parametrize("role", list(p.ROLES))
def test_accusations_are_visible_only_to_roles_named_for_them(role):
    visible = p.visible_purposes(role)
    assert ("检举控告" in visible) is (role in {"admin", "county_admin"})
    assert visible | {"检举控告"} == set(PURPOSES)


def test_only_administrators_manage_accounts_and_restore():
    for permission in ("manage_accounts", "restore", "view_audit"):
        assert {r for r in p.ROLES if p.can(r, permission)} == {"admin", "county_admin"}
