"""The command line through its public face: arguments in, Chinese text / JSON and exit codes out."""

import json
import sqlite3

import pytest

from gazetteer_desk.store.models import SYNCED_TABLES
from gazetteer_desk.cli.main import main

INIT = ["init", "--township-code", "500235101", "--township-name", "双江镇", "--villages", "青龙村,白鹤村"]


@pytest.fixture
def cli(home, capsys, monkeypatch):
    monkeypatch.setenv("GAZETTEER_KEY_PASSPHRASE", "shuangjiang-keys")  # `init` seals the keys with it

    def run(*args):
        code = main(["--home", str(home), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_init_register_search_show(cli):
    assert cli(*INIT)[0] == 0
    code, out, _ = cli("register", "--name", "王伟", "--content", "拖欠工资", "--id-number", "11010519491231002X",
                       "--phone", "13812345678", "--village", "青龙村", "--category", "劳动社保", "--json")
    assert code == 0
    registered = json.loads(out)
    assert registered["number"].startswith("500235101-") and registered["repeat_of"] is None
    code, out, _ = cli("search", "王伟", "--json")
    hits = json.loads(out)
    assert code == 0 and hits[0]["number"] == registered["number"]
    assert hits[0]["id_number"] == "110105********002X"  # masked: the full number never leaves in a list
    code, out, _ = cli("act", registered["number"], "accept")
    assert code == 0 and "办理中" in out
    code, out, _ = cli("show", registered["number"], "--json")
    shown = json.loads(out)
    assert shown["status"] == "accepted" and [h["kind"] for h in shown["history"]] == ["registered", "accept"]
    assert shown["deadlines"][1]["label"] == "办理期限"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--id-number", "110105194912310021"], "校验位错误（应为X）"),
        (["--category", "火星"], "未知的问题类别“火星”"),
        (["--people", "9"] + ["--representative=代表%d" % i for i in range(6)], "不得超过5人"),
    ],
)
def test_bad_input_gives_a_chinese_message_and_changes_nothing(cli, home, args, message):
    cli(*INIT)
    code, out, err = cli("register", "--name", "王伟", "--content", "工资", *args)
    assert code == 2 and message in err and out == ""
    assert sqlite3.connect(home / "desk.sqlite").execute("SELECT count(*) FROM matter").fetchone() == (0,)


def test_uninitialised_home_is_explained(cli):
    code, _, err = cli("search", "王伟")
    assert code == 4 and "gazetteer-desk init" in err


def test_init_twice_is_refused(cli):
    cli(*INIT)
    code, _, err = cli(*INIT)
    assert code == 2 and "已初始化" in err


def test_bad_township_code_is_refused(cli, home):
    code, _, err = cli("init", "--township-code", "12345", "--township-name", "某镇")
    assert code == 2 and "9位" in err or "位" in err
    assert not (home / "desk.sqlite").exists()


def test_unknown_matter_number(cli):
    cli(*INIT)
    code, _, err = cli("show", "500235101-2026-99999")
    assert code == 3 and "找不到信访事项" in err


def test_demo_data_builds_a_consistent_store(cli, home):
    cli(*INIT)
    code, out, _ = cli("demo-data", "--matters", "300", "--seed", "7", "--json")
    assert code == 0 and json.loads(out)["counts"]["matter"] == 300
    db = sqlite3.connect(home / "desk.sqlite")
    assert db.execute("SELECT count(*) FROM matter_fts").fetchone() == (300,)
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE type='trigger' AND name LIKE '%fts%'").fetchone() == (4,)
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE type='trigger' AND name LIKE '%change%'").fetchone() == (
        2 * len(SYNCED_TABLES),)  # two change-counter triggers per synchronised table
    statuses = {row[0] for row in db.execute("SELECT DISTINCT status FROM matter")}
    assert {"registered", "accepted", "replied", "closed"} <= statuses
    # every replied matter was accepted first, never before it was received
    assert db.execute("SELECT count(*) FROM matter WHERE replied_on IS NOT NULL AND "
                      "(accepted_on IS NULL OR accepted_on < received_on OR replied_on < accepted_on)").fetchone() == (0,)
    names = "".join(row[0] for row in db.execute("SELECT name FROM petitioner"))
    assert any(ch in names for ch in "堃䶮燊赟")
    code, out, _ = cli("search", "王", "--json")
    assert code == 0 and json.loads(out)


def test_demo_data_written_in_chunks_indexes_and_seals_every_row(cli, home, monkeypatch):
    from gazetteer_desk.services.core import audit_rows
    from gazetteer_desk.services.setup import demo

    monkeypatch.setattr(demo, "CHUNK", 40)  # 250 matters: six chunks and a last part
    cli(*INIT)
    code, out, _ = cli("demo-data", "--matters", "250", "--seed", "3", "--json")
    assert code == 0 and json.loads(out)["counts"]["matter"] == 250
    db = sqlite3.connect(home / "desk.sqlite")
    assert db.execute("SELECT count(*) FROM matter_fts").fetchone() == (250,)
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE type='trigger' AND name = 'matter_fts_ai'").fetchone() == (1,)
    assert db.execute("SELECT count(*) FROM matter WHERE petitioner_id NOT IN (SELECT id FROM petitioner)"
                      ).fetchone() == (0,)
    assert audit_rows.check_rows(db) is None  # every row sealed as written
    assert db.execute("SELECT count(*) FROM auditentry WHERE action = ?", (audit_rows.ACTION,)).fetchone()[0] >= 7
    code, out, _ = cli("search", "宅基地", "--json")
    assert code == 0
