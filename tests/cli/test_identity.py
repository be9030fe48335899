"""Who the command line acts as: ``--as`` accounts, the ``cli:<login>`` fallback, and refusals (exit code 5)."""

import getpass

import pytest

from gazetteer_desk.cli.main import main
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.matters import registration
from gazetteer_desk.store.migrate import open_store
from tests.conftest import ADMIN_PASSWORD, CLERK_PASSWORD


@pytest.fixture
def cli(home, capsys, monkeypatch):
    def run(*args, password=None):
        if password is None:
            monkeypatch.delenv("GAZETTEER_DESK_PASSWORD", raising=False)
        else:
            monkeypatch.setenv("GAZETTEER_DESK_PASSWORD", password)
        code = main(["--home", str(home), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def number(store):
    return registration.register(store, registration.RegistrationInput(name="王伟", request="拖欠工资")).number


def _trail(home, action):
    store = open_store(home)
    try:
        return [e for e in audit.entries(store) if e.action == action]
    finally:
        store.close()


def test_act_records_the_signed_in_user(cli, home, store, clerk_user, number):
    store.close()
    code, out, err = cli("--as", "zhanghua", "act", number, "accept", password=CLERK_PASSWORD)
    assert code == 0, err
    assert _trail(home, "act")[0].actor == "zhanghua"
    assert _trail(home, "login")[0].actor == "zhanghua"


def test_wrong_password_changes_nothing(cli, home, store, clerk_user, number):
    store.close()
    code, _, err = cli("--as", "zhanghua", "act", number, "accept", password="not-the-password")
    assert code == 2 and "用户名或密码不正确" in err
    assert _trail(home, "act") == []


def test_a_clerk_may_not_restore(cli, home, store, clerk_user, tmp_path):
    store.close()
    assert cli("--as", "admin", "backup", "--out", str(tmp_path), password=ADMIN_PASSWORD)[0] == 0
    made = next(tmp_path.glob("*.sqlite"))
    code, out, err = cli("--as", "zhanghua", "restore", str(made), password=CLERK_PASSWORD)
    assert code == 5 and "当前账户（接待员）无权恢复数据" in err and out == ""
    assert _trail(home, "restore") == []
    code, _, err = cli("--as", "admin", "restore", str(made), password=ADMIN_PASSWORD)
    assert code == 0, err
    assert _trail(home, "restore")[0].actor == "admin"


def test_without_as_a_changing_command_records_the_os_login(cli, home, store, clerk_user, number):
    store.close()
    code, _, err = cli("act", number, "accept")
    assert code == 0, err
    assert _trail(home, "act")[0].actor == f"cli:{getpass.getuser()}"
    code, out, _ = cli("register", "--name", "赵敏", "--content", "道路破损")
    assert code == 0
    assert _trail(home, "register")[0].actor == f"cli:{getpass.getuser()}"


@pytest.mark.parametrize("command", [["restore", "x.sqlite"], ["audit", "list"], ["audit", "verify"],
                                     ["account", "disable", "zhanghua"], ["reception-day", "instruct", "a", "b",
                                                                          "--text", "批示"]])
def test_without_as_admin_work_is_refused_once_there_are_accounts(cli, store, clerk_user, command):
    store.close()
    code, out, err = cli(*command)
    assert code == 5 and "--as" in err and out == ""


def test_audit_list_needs_an_account_that_may_see_it(cli, store, clerk_user):
    store.close()
    assert cli("--as", "zhanghua", "audit", "list", password=CLERK_PASSWORD)[0] == 5
    code, out, _ = cli("--as", "admin", "audit", "list", password=ADMIN_PASSWORD)
    assert code == 0 and "admin" in out


def test_a_store_without_accounts_runs_everything_as_the_os_login(cli, home, store, number):
    store.close()
    assert cli("act", number, "accept")[0] == 0
    code, out, _ = cli("audit", "list", "--action", "act")
    assert code == 0 and f"cli:{getpass.getuser()}" in out
