"""At rest and at the door: private files, no plaintext leftovers of a killed backup, slowed and locked password
guessing, a wrong `--as` password always refused, and a busy store answered in Chinese."""

import os
import sqlite3
import stat

import pytest

from gazetteer_desk.cli.main import main
from gazetteer_desk.errors import DeskError
from gazetteer_desk.paths import backups_dir, store_path
from gazetteer_desk.services.accounts import accounts, backup, login_guard
from gazetteer_desk.services.core import audit
from gazetteer_desk.store.migrate import open_store
from tests.conftest import ADMIN_PASSWORD


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_store_wal_backups_and_folders_are_the_owners_alone(store, home, tmp_path):
    backup.daily_backup(store)
    made = backup.backup_to(store, tmp_path)
    store.close()
    open_store(home).close()
    path = store_path(home)
    assert mode(home) == 0o700 and mode(backups_dir(home)) == 0o700
    assert mode(path) == 0o600
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or mode(wal) == 0o600
    assert {mode(p) for p in backups_dir(home).glob("*.sqlite")} == {0o600}
    assert mode(made) == 0o600


def test_a_killed_backups_temporary_copy_is_removed_at_next_start(store, home):
    leftover = backups_dir(home) / ".daily-20261127-101010.sqlite.abc123.tmp"
    leftover.parent.mkdir(parents=True, exist_ok=True)
    leftover.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # what a kill -9 mid-backup leaves
    store.close()
    open_store(home).close()
    assert not leftover.exists()


def test_wrong_passwords_slow_down_then_lock_the_account(store, admin_user):
    now = 1_000_000.0
    for attempt in range(login_guard.FREE_ATTEMPTS):
        with pytest.raises(DeskError, match="用户名或密码不正确"):
            accounts.login(store, "admin", "wrong", now=now + attempt)
    with pytest.raises(login_guard.LoginThrottled, match="秒后再试"):
        accounts.login(store, "admin", ADMIN_PASSWORD, now=now + 2.5)  # even the right password must wait
    later = now + 100
    for _ in range(login_guard.LOCK_AFTER - login_guard.FREE_ATTEMPTS):
        with pytest.raises(DeskError, match="用户名或密码不正确"):
            accounts.login(store, "admin", "wrong", now=later)
        later += login_guard.MAX_WAIT + 1
    with pytest.raises(login_guard.LoginThrottled, match="临时锁定"):
        accounts.login(store, "admin", ADMIN_PASSWORD, now=later)
    failures = audit.entries(store, action="login_failed")
    assert any(e.detail.get("reason") == "throttled" for e in failures)
    assert max(e.detail.get("failures", 0) for e in failures) == login_guard.LOCK_AFTER
    user = accounts.login(store, "admin", ADMIN_PASSWORD, now=later + login_guard.LOCK_SECONDS)
    assert user.username == "admin"
    for attempt in range(login_guard.FREE_ATTEMPTS):  # the right password reset the count
        with pytest.raises(DeskError, match="用户名或密码不正确"):
            accounts.login(store, "admin", "wrong", now=later + login_guard.LOCK_SECONDS + 1 + attempt)


def test_as_with_a_wrong_password_is_always_an_error(store, admin_user, home, monkeypatch, capsys):
    store.close()
    monkeypatch.setenv("GAZETTEER_DESK_PASSWORD", "not-the-password")
    assert main(["--home", str(home), "--as", "admin", "search", "王伟"]) == 2  # search needs no permission
    assert "用户名或密码不正确" in capsys.readouterr().err
    monkeypatch.setenv("GAZETTEER_DESK_PASSWORD", ADMIN_PASSWORD)
    assert main(["--home", str(home), "--as", "admin", "search", "王伟"]) == 0


def test_a_busy_store_answers_in_chinese(store, home, monkeypatch, capsys):
    from gazetteer_desk.services.matters import privacy

    def locked(*_args, **_kw):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(privacy, "search_for", locked)
    store.close()
    assert main(["--home", str(home), "search", "王伟"]) == 75
    err = capsys.readouterr().err
    assert "数据库正被另一个程序使用" in err and "locked" not in err


def test_id_number_searches_are_audited_and_limited_for_masked_roles(store):
    from gazetteer_desk.services.accounts import id_search_guard
    from gazetteer_desk.services.matters import privacy
    from tests.accounts.helpers import ID_NUMBER, register, user

    register(store)
    clerk, leader = user("clerk"), user("leader")
    privacy.search_for(store, clerk, "王伟")  # a name: not counted
    for guess in range(id_search_guard.LIMIT):
        privacy.search_for(store, clerk, f"110105{guess:08d}")
    with pytest.raises(DeskError, match="过于频繁"):
        privacy.search_for(store, clerk, ID_NUMBER)
    assert len(privacy.search_for(store, leader, ID_NUMBER)) == 1  # may see full numbers: audited, not limited
    searches = audit.entries(store, action="search_id", limit=1000)
    assert len(searches) == id_search_guard.LIMIT + 2
    assert sum(bool(e.detail.get("refused")) for e in searches) == 1 and searches[0].actor == "u_leader"
