"""demo-data on a county store: the townships' data as their bundles would have brought it, for training and for
measuring the county's screens at county scale."""

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date

import pytest

from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.core import audit_rows
from gazetteer_desk.services.matters.search import search
from gazetteer_desk.services.setup import setup
from gazetteer_desk.services.setup.demo import generate
from gazetteer_desk.services.sync import county

PASS = "县信访办密钥口令-2026"
TODAY = date(2026, 6, 30)


@pytest.mark.parametrize("workers", [0, 2])
def test_a_county_store_gets_its_townships_with_their_matters(tmp_path, workers):
    store = county.init_county(tmp_path / "county", "500235", "云阳县", PASS).store
    counts = generate(store, matters=301, seed=3, today=TODAY, townships=3, workers=workers)
    assert counts["township"] == 3 and counts["matter"] == 301 and counts["staff"] == 18
    overview = county.township_overview(store, today=TODAY)
    assert [(row.code, row.name, row.matters) for row in overview] == [
        ("500235101", "双江镇", 101), ("500235102", "青龙镇", 100), ("500235103", "人和镇", 100)]
    db = sqlite3.connect(store.path)
    assert audit_rows.check_rows(db) is None
    by_township = dict(db.execute(
        "SELECT township_code, count(*) FROM matter WHERE number LIKE township_code || '-%' GROUP BY township_code"))
    assert by_township == {"500235101": 101, "500235102": 100, "500235103": 100}  # each numbers its own matters
    # every matter's petitioner, village and clerk are of its own township
    assert db.execute("SELECT count(*) FROM matter m JOIN petitioner p ON p.id = m.petitioner_id "
                      "JOIN staff s ON s.id = m.receiver_id WHERE p.township_code = m.township_code "
                      "AND s.township_code = m.township_code AND m.village_code LIKE m.township_code || '%'"
                      ).fetchone() == (301,)
    assert db.execute("SELECT county_name, office_name FROM township WHERE code = '500235102'").fetchone() == (
        "云阳县", "青龙镇人民政府信访办公室")
    db.close()
    assert search(store, "宅基地")
    store.close()


def test_a_township_store_holds_only_its_township(tmp_path):
    store = setup.init_township(tmp_path / "home", setup.TownshipSetup("500235101", "双江镇"))
    with pytest.raises(DeskError, match="--townships 只用于县信访办"):
        generate(store, matters=10, today=TODAY, townships=3)
    store.close()


def test_the_command_fills_a_county_store_through_the_real_entry_point(tmp_path):
    env = {**os.environ, "GAZETTEER_KEY_PASSPHRASE": PASS}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "gazetteer_desk", "--home", str(tmp_path / "county"), *args],
                              capture_output=True, text=True, timeout=300, env=env)

    assert run("county", "init", "--county-code", "500235", "--county-name", "云阳县").returncode == 0
    done = run("demo-data", "--matters", "120", "--townships", "4", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["counts"]["matter"] == 120
    listed = run("county", "townships")
    assert listed.returncode == 0 and all(name in listed.stdout for name in ("双江镇", "青龙镇", "人和镇", "盘龙镇"))
    refused = run("demo-data", "--matters", "10", "--townships", "999")
    assert refused.returncode == 2 and "乡镇个数应在 1 到" in refused.stderr


def test_people_are_told_apart_by_their_id_numbers_and_a_few_went_to_two_townships(tmp_path):
    store = county.init_county(tmp_path / "county", "500235", "云阳县", PASS).store
    generate(store, matters=3000, seed=3, today=TODAY, townships=3, workers=0)
    db = sqlite3.connect(store.path)
    # no two people of the county share a number by chance: each number is one person, whatever township has it
    assert db.execute("SELECT count(*) FROM (SELECT id_number FROM petitioner GROUP BY id_number "
                      "HAVING count(DISTINCT name) > 1)").fetchone() == (0,)
    assert db.execute("SELECT count(DISTINCT id_number) FROM petitioner").fetchone()[0] > 2000
    db.close()
    crossing = county.cross_township_petitioners(store)
    assert 2 <= len(crossing) <= 30  # about 0.4 % of a township's people also went to the one before it
    assert all(len(person.names) == 1 and len(person.townships) == 2 for person in crossing)
    store.close()


def test_a_county_store_on_a_server_is_told_where_demo_data_can_be_made(tmp_path, pg_empty_database):
    store = county.init_county(tmp_path / "county", "500235", "云阳县", PASS, database=pg_empty_database).store
    with pytest.raises(DeskError, match="只能生成在本机数据库"):
        generate(store, matters=10, today=TODAY, townships=2)
    assert county.township_overview(store, today=TODAY) == []  # nothing was written
    store.close()


def test_a_demo_county_store_moves_to_a_server_with_its_seals(tmp_path, pg_empty_database):
    """JSON columns (representatives, parties) are written as the ORM writes them: PostgreSQL hands them back as
    lists, and the moved rows must digest as they were sealed."""
    from gazetteer_desk.services.sync import store_move
    from gazetteer_desk.store.migrate import open_store

    home = tmp_path / "county"
    store = county.init_county(home, "500235", "云阳县", PASS).store
    generate(store, matters=400, seed=3, today=TODAY, townships=2, workers=0)
    db = sqlite3.connect(store.path)
    assert db.execute("SELECT count(*) FROM matter WHERE representatives != '[]'").fetchone()[0] > 0
    assert db.execute("SELECT count(*) FROM mediationcase").fetchone()[0] > 0
    db.close()
    store.close()
    store_move.move_to_server(home, pg_empty_database)  # checks every row against its seal on the server
    moved = open_store(home)
    assert moved.on_server and len(county.township_overview(moved, today=TODAY)) == 2
    with moved.engine.connect() as connection:  # the planner's statistics renewed after the move
        assert connection.exec_driver_sql(
            "SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'matter'").scalar()
    moved.close()
