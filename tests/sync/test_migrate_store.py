"""``county migrate-store --to``: a county store on SQLite moves to PostgreSQL whole, counted, and carries on there."""

import json

from sqlalchemy import text

from gazetteer_desk.cli.main import main
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.matters import search
from gazetteer_desk.services.sync import bundle_import
from gazetteer_desk.store.location import database_file
from gazetteer_desk.store.migrate import open_store

from tests.sync.conftest import COUNTY_PASS, SAME_PERSON, petition

TABLES = ("matter", "petitioner", "visit", "matterevent", "bundleimport", "registeredtownship", "auditentry",
          "setting", "changecounter")


def _counts(store) -> dict[str, int]:
    with store.read() as session:
        return {t: session.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in TABLES}


def test_the_county_store_moves_to_the_server_and_carries_on(desk, pg_empty_database, capsys):
    pg_database = pg_empty_database
    a, b = desk.townships["500235101"], desk.townships["500235102"]
    petition(a, "王秀英", SAME_PERSON, "要求解决青龙村道路硬化")
    petition(a, "赵德明", None, "反映邻里宅基地纠纷")
    petition(b, "王伟", None, "反映征地补偿款未到位")
    result = bundle_import.import_bundles(desk.county, [desk.export(c).bundle_path for c in ("500235101", "500235102")], passphrase=COUNTY_PASS)
    assert result.exit_code == 0
    home = desk.county.home
    before = _counts(desk.county)
    found = [r.number for r in search.search(desk.county, "道路硬化")]
    desk.county.close()

    assert main(["--home", str(home), "county", "migrate-store", "--to", pg_database, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["database"] == pg_database and report["rows"]["matter"] == 3
    assert json.loads(database_file(home).read_text(encoding="utf-8")) == {"url": pg_database}
    assert not (home / "desk.sqlite").exists() and any((home / "backups").glob("before-server-*.sqlite"))

    moved = open_store(home)
    try:
        assert moved.on_server and moved.mode == "county"
        after = _counts(moved)
        assert {t: after[t] for t in TABLES if t != "auditentry"} == {t: before[t] for t in TABLES if t != "auditentry"}
        assert after["auditentry"] == before["auditentry"] + 1  # the move itself is written down
        assert [r.number for r in search.search(moved, "道路硬化")] == found
        checked = audit.verify(moved)
        assert checked.ok, checked.reason  # every copied row matches its seal

        # the next month's bundle follows on from the copied import history
        petition(a, "李明华", None, "要求维修村道路灯")
        second = bundle_import.import_bundles(moved, [desk.export("500235101", "2026-12").bundle_path], passphrase=COUNTY_PASS)
        assert [(r.status, r.sequence) for r in second.reports] == [("imported", 2)], second.reports[0].line()
        assert [r.name for r in search.search(moved, "村道路灯")] == ["李明华"]
        with moved.read() as session:
            rowids = session.execute(text("SELECT rowid FROM matter ORDER BY rowid")).scalars().all()
        assert len(rowids) == len(set(rowids)) == 4
        assert audit.verify(moved).ok
    finally:
        moved.close()

    # once on the server, there is nothing left to move
    assert main(["--home", str(home), "county", "migrate-store", "--to", pg_database]) == 2
    assert "已在使用数据库服务器" in capsys.readouterr().err


def test_a_database_that_is_not_empty_is_refused_and_the_home_stays(desk, pg_database, capsys):
    home = desk.county.home
    desk.county.close()
    # pg_database is a migrated template copy: it already holds a store
    assert main(["--home", str(home), "county", "migrate-store", "--to", pg_database]) == 4
    assert "目标数据库不是空的" in capsys.readouterr().err
    assert (home / "desk.sqlite").exists() and not database_file(home).exists()
    store = open_store(home)
    try:
        assert not store.on_server and store.mode == "county"
    finally:
        store.close()
