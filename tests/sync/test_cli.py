"""The command line: key set-up, export, import, with Chinese messages and meaningful exit codes."""

import re

import pytest

from gazetteer_desk.cli.main import main

from tests.sync.conftest import make_township, petition


@pytest.fixture
def homes(tmp_path, monkeypatch):
    monkeypatch.setenv("GAZETTEER_KEY_PASSPHRASE", "县里的密钥口令 2026")  # how a script gives it: never an argument
    county, town = tmp_path / "county", tmp_path / "town"
    make_township(town, "500235101", "双江镇").close()
    return county, town, tmp_path


def test_key_exchange_export_and_import(homes, capsys):
    county, town, tmp = homes
    assert main(["--home", str(county), "county", "init", "--county-code", "500235", "--county-name", "云阳县"]) == 0
    out = capsys.readouterr().out
    key = re.search(r"age1[0-9a-z]+", out).group()
    assert str(county / "keys" / "county.key") in out and "指纹" in out

    assert main(["--home", str(town), "bundle", "county-key", key]) == 0
    assert "指纹" in capsys.readouterr().out
    assert main(["--home", str(town), "bundle", "pubkey", "--out", str(tmp / "t.pub")]) == 0
    assert "指纹" in capsys.readouterr().out
    assert main(["--home", str(county), "county", "add-township", "--code", "500235101", "--name", "双江镇",
                 "--key", str(tmp / "t.pub")]) == 0
    assert "已登记：双江镇（500235101）" in capsys.readouterr().out

    stick = tmp / "stick"
    stick.mkdir()
    assert main(["--home", str(town), "bundle", "export", "--out", str(stick), "--period", "2026-11"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == str(stick / "500235101-2026-11-seq0001.gdb.age")
    assert lines[1] == str(stick / "500235101-2026-11-seq0001.gdb.age.minisig")

    bundle = stick / "500235101-2026-11-seq0001.gdb.age"
    assert main(["--home", str(county), "county", "import", str(bundle)]) == 0
    assert "已导入" in capsys.readouterr().out
    assert main(["--home", str(county), "county", "import", str(bundle)]) == 0
    assert "已导入过，跳过" in capsys.readouterr().out

    assert main(["--home", str(county), "county", "revoke-township", "500235101"]) == 0
    capsys.readouterr()
    assert main(["--home", str(county), "county", "import", str(bundle)]) == 11  # 10 + one refused bundle
    assert "已吊销" in capsys.readouterr().out

    assert main(["--home", str(county), "county", "townships"]) == 0
    assert "双江镇（500235101）（已吊销）" in capsys.readouterr().out


def test_errors_are_chinese(homes, capsys):
    county, town, tmp = homes
    assert main(["--home", str(town), "bundle", "county-key", "age1notakey"]) == 2
    assert "错误：不是有效的age公钥" in capsys.readouterr().err
    assert main(["--home", str(town), "bundle", "export", "--out", str(tmp)]) == 2
    assert "尚未设置县信访办公钥" in capsys.readouterr().err
    assert main(["--home", str(town), "bundle", "export", "--out", str(tmp / "nope"), "--again", "3"]) == 2
    assert "导出文件夹不存在" in capsys.readouterr().err
    assert main(["--home", str(town), "county", "import", str(tmp / "x.age")]) == 2
    assert "只在县信访办" in capsys.readouterr().err
    assert main(["--home", str(county), "county", "init"]) == 2
    assert "--county-code" in capsys.readouterr().err
    assert main(["--home", str(town), "county", "init", "--county-code", "500235"]) == 2
    assert "是乡镇" in capsys.readouterr().err


def test_export_again_and_list(homes, capsys):
    county, town, tmp = homes
    main(["--home", str(county), "county", "init", "--county-code", "500235"])
    key = re.search(r"age1[0-9a-z]+", capsys.readouterr().out).group()
    main(["--home", str(town), "bundle", "county-key", key])
    from gazetteer_desk.store.migrate import open_store

    store = open_store(town)
    petition(store, "王秀英")
    store.close()
    stick = tmp / "stick"
    stick.mkdir()
    assert main(["--home", str(town), "bundle", "export", "--out", str(stick)]) == 0
    data = {p.name: p.read_bytes() for p in stick.iterdir()}
    for p in stick.iterdir():
        p.unlink()
    capsys.readouterr()
    assert main(["--home", str(town), "bundle", "export", "--out", str(stick), "--again", "1"]) == 0
    assert "重新导出第1号" in capsys.readouterr().out
    assert {p.name: p.read_bytes() for p in stick.iterdir()} == data
    assert main(["--home", str(town), "bundle", "export", "--out", str(stick), "--again", "7"]) == 3
    assert "没有导出过第7号" in capsys.readouterr().err
    assert main(["--home", str(town), "bundle", "list"]) == 0
    assert "第1号" in capsys.readouterr().out
