"""Upgrading: a store written by an earlier release opens in this one with every row intact.

Each release adds ``tests/fixtures/stores/release-<version>.sqlite`` (made by scripts/make_release_fixture.py on that
release's code); every fixture found is opened here through the same start-up path as the program (open_store:
backup copy, then Alembic migrations), and every row of every table it had must read back unchanged.
"""

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import select

from gazetteer_desk.paths import backups_dir, store_path
from gazetteer_desk.services.accounts import accounts
from gazetteer_desk.services.matters import matters, search
from gazetteer_desk.store.migrate import SCHEMA_HEAD, current_revision, open_store
from gazetteer_desk.store.models import MediationCase, ReceptionDay

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stores"
RELEASES = sorted(FIXTURES.glob("release-*.sqlite"))


def tables(path: Path) -> dict[str, list[str]]:
    with sqlite3.connect(path) as connection:
        names = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {n: [c[1] for c in connection.execute(f'PRAGMA table_info("{n}")')] for n in names}


def rows(path: Path, table: str, columns: list[str]) -> list[tuple]:
    quoted = ", ".join(f'"{c}"' for c in columns)
    with sqlite3.connect(path) as connection:
        return sorted(connection.execute(f'SELECT {quoted} FROM "{table}"'), key=repr)


@pytest.fixture(params=RELEASES, ids=[p.stem for p in RELEASES])
def old_home(request, tmp_path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    shutil.copyfile(request.param, store_path(home))
    return home


def test_there_is_a_fixture_of_the_first_release():
    assert FIXTURES / "release-0.1.0.sqlite" in RELEASES


def test_every_row_of_every_table_survives_the_upgrade(old_home, tmp_path):
    before_path = tmp_path / "before.sqlite"
    shutil.copyfile(store_path(old_home), before_path)
    before = tables(before_path)
    with sqlite3.connect(before_path) as connection:
        old_revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]

    store = open_store(old_home)
    try:
        assert current_revision(store.engine) == SCHEMA_HEAD
        after = tables(store.path)
        for table, columns in before.items():
            if table == "alembic_version":
                continue
            assert table in after, f"table {table} lost in the upgrade"
            # Columns a later migration added are not compared; every column the old release wrote must be equal.
            assert set(columns) <= set(after[table]), f"columns lost from {table}"
            assert rows(store.path, table, columns) == rows(before_path, table, columns), f"rows of {table} changed"
        if old_revision != SCHEMA_HEAD:
            assert list(backups_dir(old_home).glob(f"pre-migration-{old_revision}-*.sqlite")), "no copy before migrating"
    finally:
        store.close()


def test_release_0_1_0_reads_back_through_the_services(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    shutil.copyfile(FIXTURES / "release-0.1.0.sqlite", store_path(home))
    store = open_store(home)
    try:
        assert store.township_code == "500235101" and store.setting("township_name") == "双江镇"
        counts = {t: len(rows(store.path, t, ["rowid"])) for t in
                  ("township", "village", "staff", "account", "petitioner", "matter", "visit", "matterevent",
                   "receptionday", "mediationcase", "mediationsession")}
        assert counts == {"township": 1, "village": 3, "staff": 4, "account": 2, "petitioner": 4, "matter": 3,
                          "visit": 4, "matterevent": 6, "receptionday": 1, "mediationcase": 1, "mediationsession": 1}
        hits = search.search(store, "王䶮", 10)
        assert [h.number for h in hits] == ["500235101-2026-00001"]
        first = matters.get_matter(store, "500235101-2026-00001")
        assert first.matter.status == "accepted" and first.matter.accepted_on.isoformat() == "2026-03-04"
        assert first.petitioner.id_number == "11010519491231002X"
        assert matters.get_matter(store, "500235101-2026-00002").matter.status == "rejected"
        third = matters.get_matter(store, "500235101-2026-00003")
        assert len(third.visits) == 2 and third.matter.is_repeat
        assert {a.username for a in accounts.list_accounts(store)} == {"admin", "zhanghua"}
        assert accounts.login(store, "admin", "Shuangjiang#2026").username == "admin"  # the hash still checks
        with store.read() as session:
            assert session.exec(select(ReceptionDay)).one().day.isoformat() == "2026-03-10"
            assert session.exec(select(MediationCase)).one().number == "500235101-调-2026-0001"
    finally:
        store.close()
