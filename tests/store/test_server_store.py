"""A county store on a PostgreSQL server: named by its address in the home, never with a password; opened, migrated
and backed up (pg_dump) through the same paths as the SQLite file."""

import json
import re
import shutil

import pytest
from sqlalchemy import text

from gazetteer_desk.cli.main import main
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.accounts import backup
from gazetteer_desk.store.location import database_file
from gazetteer_desk.store.migrate import open_store
from gazetteer_desk.store.peek import SCHEMA_HEAD
from gazetteer_desk.store.server_backup import check_dump


@pytest.fixture(autouse=True)
def key_passphrase(monkeypatch):
    monkeypatch.setenv("GAZETTEER_KEY_PASSPHRASE", "县信访办密钥口令-2026")  # `county init` seals the county's keys



def test_county_init_on_a_server_keeps_the_address_not_the_password(tmp_path, pg_database, capsys):
    home = tmp_path / "county"
    assert main(["--home", str(home), "county", "init", "--county-code", "500235", "--county-name", "云阳县",
                 "--database", pg_database]) == 0
    assert pg_database in capsys.readouterr().out
    assert json.loads(database_file(home).read_text(encoding="utf-8")) == {"url": pg_database}
    assert not (home / "desk.sqlite").exists()  # the store is on the server, not in the home

    store = open_store(home)
    try:
        assert store.on_server and store.mode == "county" and store.setting("county_name") == "云阳县"
        with store.read() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
            assert session.execute(text("SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'")).scalar()
        # a second init of the same home finds everything there
        assert main(["--home", str(home), "county", "init", "--database", pg_database]) == 0
    finally:
        store.close()


@pytest.mark.parametrize("url, says", [
    ("postgresql://clerk:secret@db.example:5432/county", "不能写密码"),
    ("mysql://clerk@db.example/county", "只支持 PostgreSQL"),
    ("postgresql://db.example/county", "须写明用户"),
    ("postgresql://clerk@db.example:99999/county", "格式不正确"),
])
def test_bad_addresses_are_refused_and_nothing_is_written(tmp_path, capsys, url, says):
    home = tmp_path / "county"
    assert main(["--home", str(home), "county", "init", "--county-code", "500235", "--database", url]) == 2
    assert says in capsys.readouterr().err
    assert not database_file(home).exists() and not (home / "desk.sqlite").exists()


def test_an_unreachable_server_is_a_clear_message_and_leaves_no_setting(tmp_path, capsys, pg_server):
    home = tmp_path / "county"
    url = f"postgresql://postgres@127.0.0.1:{pg_server.port}/no_such_database"
    assert main(["--home", str(home), "county", "init", "--county-code", "500235", "--database", url]) == 4
    err = capsys.readouterr().err
    assert "无法连接县级数据库" in err and "no_such_database" in err and "Traceback" not in err
    assert not database_file(home).exists()


def test_a_home_with_a_sqlite_store_is_not_silently_switched(tmp_path, capsys, pg_database):
    home = tmp_path / "county"
    assert main(["--home", str(home), "county", "init", "--county-code", "500235"]) == 0
    assert main(["--home", str(home), "county", "init", "--database", pg_database]) == 2
    assert "migrate-store" in capsys.readouterr().err
    assert not database_file(home).exists()


def test_backups_of_a_server_store_are_pg_dumps(tmp_path, pg_database):
    home = tmp_path / "county"
    assert main(["--home", str(home), "county", "init", "--county-code", "500235", "--database", pg_database]) == 0
    store = open_store(home)
    try:
        first = backup.before_import(store)
        assert first.suffix == ".pgdump" and first.read_bytes()[:5] == b"PGDMP"
        assert {"matter", "petitioner", "setting", "auditentry"} <= set(check_dump(first))
        manual = backup.backup_to(store, tmp_path)
        assert manual.parent == tmp_path and manual.name.startswith("gazetteer-500235-") and manual.suffix == ".pgdump"
    finally:
        store.close()


def test_a_second_clerks_pc_joins_with_the_offices_key(tmp_path, pg_database, capsys):
    first, second = tmp_path / "pc1", tmp_path / "pc2"
    assert main(["--home", str(first), "county", "init", "--county-code", "500235", "--database", pg_database]) == 0
    key = re.search(r"age1[0-9a-z]+", capsys.readouterr().out).group()

    # without the office's private key a second PC would make its own, which cannot open any township's bundle
    assert main(["--home", str(second), "county", "init", "--database", pg_database]) == 2
    assert "keys/county.key" in capsys.readouterr().err
    assert not database_file(second).exists() and not (second / "keys" / "county.key").exists()

    (second / "keys").mkdir(parents=True)
    shutil.copy(first / "keys" / "county.key", second / "keys" / "county.key")
    assert main(["--home", str(second), "county", "init", "--database", pg_database]) == 0
    assert key in capsys.readouterr().out


def test_restore_of_a_server_store_points_to_pg_restore(tmp_path, pg_database):
    home = tmp_path / "county"
    assert main(["--home", str(home), "county", "init", "--county-code", "500235", "--database", pg_database]) == 0
    store = open_store(home)
    try:
        dumped = backup.before_import(store)
        with pytest.raises(DeskError, match="pg_restore"):
            backup.restore(store, dumped)
        assert not (home / "desk.sqlite").exists()
    finally:
        store.close()
