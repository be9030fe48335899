"""Command-line behaviour a desk administrator relies on: refusals that change nothing, and privacy by default."""

import json
import sqlite3
from datetime import date, timedelta

import pytest

from gazetteer_desk.cli.main import main
from tests.conftest import ADMIN_PASSWORD
from gazetteer_desk.services.accounts import accounts
from gazetteer_desk.services.matters.registration import RegistrationInput, register

INIT = ["init", "--township-code", "500235101", "--township-name", "双江镇"]


@pytest.fixture
def cli(home, capsys, monkeypatch):
    monkeypatch.setenv("GAZETTEER_KEY_PASSPHRASE", "shuangjiang-keys")  # `init` seals the keys with it

    def run(*args, password=None):
        if password is not None:
            monkeypatch.setenv("GAZETTEER_DESK_PASSWORD", password)
        code = main(["--home", str(home), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def triggers(home) -> set[str]:
    db = sqlite3.connect(home / "desk.sqlite")
    return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}


def test_demo_data_goes_only_into_a_new_store_and_a_refusal_keeps_the_search_index(cli, home):
    cli(*INIT)
    assert cli("demo-data", "--matters", "50")[0] == 0
    before = triggers(home)
    code, _, err = cli("demo-data", "--matters", "50")
    assert code == 2 and "只能生成在新的数据目录" in err
    assert triggers(home) == before and "matter_fts_ai" in before
    code, out, _ = cli("register", "--name", "赵四", "--content", "独特关键词甲乙丙丁", "--json")
    number = json.loads(out)["number"]
    assert [r["number"] for r in json.loads(cli("search", "甲乙丙丁", "--json")[1])] == [number]


def test_without_as_the_login_acts_as_a_clerk_who_sees_no_accusation_and_no_birth_date(store, admin_user, cli):
    plain = register(store, RegistrationInput(name="王伟", request="工资", id_number="11010519491231002X")).number
    accusation = register(store, RegistrationInput(name="吴敏", request="举报村干部", purpose="检举控告",
                                                   route="accusation")).number
    assert [r["number"] for r in json.loads(cli("search", accusation, "--json")[1])] == []
    code, _, err = cli("show", accusation)
    assert code == 3 and "找不到" in err
    shown = json.loads(cli("show", plain, "--json")[1])["petitioner"]
    assert shown["id_number"] == "110105********002X" and "birth_date" not in shown and "sex" not in shown
    admin_view = json.loads(cli("--as", "admin", "show", plain, "--json", password=ADMIN_PASSWORD)[1])
    assert admin_view["petitioner"]["birth_date"] == "1949-12-31"


def test_an_account_that_must_change_its_password_cannot_act_from_the_command_line(store, admin_user, cli):
    accounts.create_account(store, admin_user, "lisi", "clerk", "temporary-12345", staff_name="张华")
    code, _, err = cli("--as", "lisi", "search", "王", password="temporary-12345")
    assert code == 2 and "须先修改初始密码" in err


def test_refusals_with_clear_messages(cli):
    code, _, err = cli("init", "--township-code", "12345", "--township-name", "双江镇")
    assert code == 2 and "乡镇区划代码" in err
    cli(*INIT)
    number = json.loads(cli("register", "--name", "王伟", "--content", "工资", "--json")[1])["number"]
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    code, _, err = cli("act", number, "accept", "--on", tomorrow)
    assert code == 2 and "不能晚于今天" in err
    assert cli("search", " ")[0] == 2
    code, _, err = cli("search", "王伟", "--limit", "0")
    assert code == 2 and "正整数" in err


def test_the_first_account_must_be_the_administrator(cli, monkeypatch):
    cli(*INIT)
    code, _, err = cli("account", "add", "zhang", "--role", "clerk", password="a-good-password-1")
    assert code == 2 and "第一个账户必须是管理员" in err


def test_help_is_in_chinese_and_no_display_is_explained(capsys, monkeypatch, tmp_path):
    assert main(["--help"]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith("用法：") and "显示本帮助并退出" in shown and "show this help" not in shown
    monkeypatch.setattr("sys.platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert main(["--home", str(tmp_path / "h")]) == 2
    assert "没有可用的图形显示" in capsys.readouterr().err
