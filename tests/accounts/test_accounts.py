"""Accounts: scrypt hashes, first administrator, log-in audited, forced password change, deactivation, CLI."""

import io

import pytest

from gazetteer_desk.cli.main import main
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.accounts import accounts
from gazetteer_desk.services.core import audit
from gazetteer_desk.store.migrate import open_store

ADMIN_PW = "Qingl0ng-admin"


@pytest.fixture
def admin(store):
    return accounts.create_first_admin(store, "admin", ADMIN_PW, staff_name="陈国强")


def test_password_hash_format_and_check():
    stored = accounts.hash_password("mima-12345")
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**14), "8", "1")
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    assert accounts.check_password("mima-12345", stored)
    assert not accounts.check_password("mima-12346", stored)
    assert not accounts.check_password("mima-12345", "garbage")
    assert accounts.hash_password("mima-12345") != stored  # salted


def test_first_admin_only_once(store, admin):
    assert admin.role == "admin" and not admin.must_change_password
    with pytest.raises(DeskError, match="已有账户"):
        accounts.create_first_admin(store, "other", "another-pass1")


def test_new_account_must_change_password_at_first_login(store, admin):
    accounts.create_account(store, admin, "lim", "clerk", "chushi-mima1", staff_name="李明")
    first = accounts.login(store, "lim", "chushi-mima1")
    assert first.must_change_password and first.role == "clerk" and first.staff_id
    with pytest.raises(DeskError, match="至少需要 8 个字符"):
        accounts.change_password(store, "lim", "chushi-mima1", "short")
    with pytest.raises(DeskError, match="原密码不正确"):
        accounts.change_password(store, "lim", "wrong-password", "xin-mima-2025")
    changed = accounts.change_password(store, "lim", "chushi-mima1", "xin-mima-2025")
    assert not changed.must_change_password
    assert not accounts.login(store, "lim", "xin-mima-2025").must_change_password


def test_password_equal_to_username_refused(store, admin):
    with pytest.raises(DeskError, match="不能与用户名相同"):
        accounts.create_account(store, admin, "zhanghua1", "clerk", "ZhangHua1")


def test_login_success_and_failure_are_audited(store, admin):
    with pytest.raises(DeskError, match="用户名或密码不正确"):
        accounts.login(store, "admin", "wrong-password")
    with pytest.raises(DeskError, match="用户名或密码不正确"):
        accounts.login(store, "nobody", "whatever-123")
    assert accounts.login(store, "admin", ADMIN_PW).username == "admin"
    rows = [(e.action, e.actor, e.detail.get("reason")) for e in audit.entries(store)]
    assert rows[:3] == [("login", "admin", None), ("login_failed", "nobody", "unknown_user"),
                        ("login_failed", "admin", "bad_password")]
    assert all("wrong-password" not in str(e.detail) for e in audit.entries(store))


def test_deactivated_account_cannot_log_in(store, admin):
    accounts.create_account(store, admin, "zhanghua", "leader", "chushi-mima1")
    accounts.deactivate(store, admin, "zhanghua")
    with pytest.raises(DeskError, match="已停用"):
        accounts.login(store, "zhanghua", "chushi-mima1")
    with pytest.raises(DeskError, match="唯一的管理员"):
        accounts.deactivate(store, admin, "admin")
    entry = audit.entries(store, action="account_disable")[0]
    assert entry.detail["changes"] == {"active": [True, False]}


def test_reset_password_forces_a_change(store, admin):
    accounts.create_account(store, admin, "lim", "clerk", "chushi-mima1")
    accounts.change_password(store, "lim", "chushi-mima1", "xin-mima-2025")
    accounts.reset_password(store, admin, "lim", "linshi-mima9")
    assert accounts.login(store, "lim", "linshi-mima9").must_change_password


def test_unknown_role_refused(store, admin):
    with pytest.raises(DeskError, match="未知的角色"):
        accounts.create_account(store, admin, "x1", "county_clerk", "chushi-mima1")


def test_unlock_checks_the_password_and_audits_failures(store, admin):
    assert accounts.unlock(store, admin, ADMIN_PW)
    assert not accounts.unlock(store, admin, "not-the-password")
    assert audit.entries(store)[0].action == "unlock_failed"


def test_cli_account_commands(store, home, monkeypatch, capsys):
    store.close()
    monkeypatch.setattr("sys.stdin", io.StringIO("Qingl0ng-admin\n"))
    assert main(["--home", str(home), "account", "add", "admin", "--password-stdin"]) == 0
    monkeypatch.setenv("GAZETTEER_DESK_PASSWORD", ADMIN_PW)
    monkeypatch.setattr("sys.stdin", io.StringIO("chushi-mima1\n"))
    assert main(["--home", str(home), "--as", "admin", "account", "add", "lim", "--role", "clerk",
                 "--staff", "李明", "--password-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("chushi-mima1\nxin-mima-2025\n"))
    assert main(["--home", str(home), "account", "passwd", "lim", "--password-stdin"]) == 0
    assert main(["--home", str(home), "--as", "admin", "account", "disable", "lim"]) == 0
    monkeypatch.setenv("GAZETTEER_DESK_PASSWORD", "wrong-password")
    assert main(["--home", str(home), "--as", "admin", "account", "disable", "admin"]) == 2
    capsys.readouterr()
    assert main(["--home", str(home), "account", "list"]) == 0
    out = capsys.readouterr().out
    assert "admin  管理员" in out and "lim  接待员  李明（已停用）" in out
    reopened = open_store(home)
    assert audit.verify(reopened).ok
    reopened.close()
