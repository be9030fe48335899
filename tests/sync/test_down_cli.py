"""The down direction on the command line: key set-up on both sides, orders, export down, import, answers."""

import re
from datetime import date, timedelta

import pytest

from gazetteer_desk.cli.main import main

from tests.sync.conftest import make_township


@pytest.fixture
def homes(tmp_path, monkeypatch):
    monkeypatch.setenv("GAZETTEER_KEY_PASSPHRASE", "县里的密钥口令 2026")  # how a script gives it: never an argument
    county, town = tmp_path / "county", tmp_path / "town"
    make_township(town, "500235101", "双江镇").close()
    return county, town, tmp_path


def run(home, *args) -> int:
    return main(["--home", str(home), *args])


def test_set_up_orders_down_and_back_up(homes, capsys):
    county, town, tmp = homes
    stick = tmp / "stick"
    stick.mkdir()
    assert run(county, "county", "init", "--county-code", "500235", "--county-name", "云阳县") == 0
    county_age = re.search(r"age1[0-9a-z]+", capsys.readouterr().out).group()
    assert run(county, "county", "signing-pubkey", "--out", str(tmp / "county.pub")) == 0
    county_fingerprint = re.search(r"指纹：([0-9A-F ]{19})", capsys.readouterr().out).group(1)

    assert run(town, "bundle", "county-key", county_age) == 0
    assert run(town, "bundle", "county-signing-key", str(tmp / "county.pub")) == 0
    assert county_fingerprint in capsys.readouterr().out
    assert run(town, "bundle", "recipient") == 0
    recipient = re.search(r"age1[0-9a-z]+", capsys.readouterr().out).group()
    assert run(town, "bundle", "pubkey", "--out", str(tmp / "t.pub")) == 0
    assert run(county, "county", "add-township", "--code", "500235101", "--name", "双江镇", "--key",
               str(tmp / "t.pub"), "--recipient", recipient) == 0
    assert run(town, "bundle", "export", "--out", str(stick), "--period", "2026-11") == 0
    assert run(county, "county", "import", str(stick / "500235101-2026-11-seq0001.gdb.age")) == 0
    capsys.readouterr()

    deadline = (date.today() + timedelta(days=15)).isoformat()
    assert run(county, "county", "assign", "--township", "500235101", "--name", "孙桂兰", "--request",
               "反映村集体收益分配不公开", "--deadline", deadline) == 0
    assert f"限 {deadline} 前办结" in capsys.readouterr().out
    (tmp / "2027.txt").write_text("2027-01-01,节假日,元旦\n2027-02-06,调休上班\n", encoding="utf-8")
    assert run(county, "county", "holidays-import", str(tmp / "2027.txt")) == 0
    assert "已导入 2027 年节假日表，共 2 天" in capsys.readouterr().out
    assert run(county, "county", "export", "--all", "--out", str(stick)) == 0
    assert "双江镇（500235101） 第1号下发数据包：500235101-down-seq0001.gdb.age（回执 1，交办/督办 1，节假日 2，密钥 1）" \
        in capsys.readouterr().out

    down = stick / "500235101-down-seq0001.gdb.age"
    assert run(town, "bundle", "import", str(down)) == 0
    out = capsys.readouterr().out
    assert "已导入。回执 1 条，交办件 1 件，督办 0 件，复查复核意见 0 件，节假日变更 2 天" in out
    number = re.search(r"新交办件：(\S+)", out).group(1)
    assert run(town, "bundle", "import", str(down)) == 0
    assert "以前已导入" in capsys.readouterr().out
    assert run(town, "bundle", "acks") == 0
    assert "第1号  2026-11  已于" in capsys.readouterr().out
    assert run(town, "bundle", "orders", "--open") == 0
    assert f"交办  {number}  限 {deadline}" in capsys.readouterr().out

    assert run(town, "bundle", "respond", number, "--text", "已受理，正在调查") == 0
    assert run(town, "bundle", "export", "--out", str(stick), "--period", "2026-12") == 0
    assert run(county, "county", "import", str(stick / "500235101-2026-12-seq0002.gdb.age")) == 0
    capsys.readouterr()
    assert run(county, "county", "orders") == 0
    out = capsys.readouterr().out
    assert number in out and "已答复" in out and "已受理，正在调查" in out


def test_down_errors_are_chinese(homes, capsys):
    county, town, tmp = homes
    assert run(town, "bundle", "import", str(tmp / "x.gdb.age")) == 2
    assert "尚未登记县信访办签名公钥" in capsys.readouterr().err
    assert run(county, "county", "init", "--county-code", "500235") == 0
    assert run(county, "county", "township-recipient", "500235101", "age1xyz") == 2
    assert "不是有效的age公钥" in capsys.readouterr().err
    assert run(county, "county", "export", "--township", "500235101", "--out", str(tmp)) == 3  # not found
    assert "没有登记过乡镇" in capsys.readouterr().err
    assert run(town, "bundle", "pubkey", "--out", str(tmp / "t.pub")) == 0
    assert run(county, "county", "add-township", "--code", "500235101", "--name", "双江镇", "--key",
               str(tmp / "t.pub"), "--recipient", "age1nope") == 2
    assert "不是有效的age公钥" in capsys.readouterr().err
    assert run(county, "county", "townships") == 0
    assert "尚未登记任何乡镇" in capsys.readouterr().out  # the bad recipient registered nothing
    assert run(county, "county", "add-township", "--code", "500235101", "--name", "双江镇", "--key",
               str(tmp / "t.pub")) == 0
    assert run(county, "county", "export", "--all", "--out", str(tmp)) == 2
    assert "没有可下发的乡镇" in capsys.readouterr().err
    assert run(county, "county", "assign", "--township", "500235101", "--name", "孙桂兰", "--request", "x",
               "--deadline", "2099-01-01", "--id-number", "12345") == 2
    assert "身份证号码有误" in capsys.readouterr().err
