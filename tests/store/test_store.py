"""Opening the store: migrations after a copy, and refusals that leave the file untouched."""

import sqlite3

import pytest

from gazetteer_desk.errors import StoreError
from gazetteer_desk.store.migrate import head_revision, open_store


def test_store_pragmas_are_durable(store):
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_bulk_reads_map_the_file_only_while_they_run(store):
    with store.bulk_reading() as connection:
        assert connection.exec_driver_sql("PRAGMA mmap_size").scalar() > 0
        connection_id = id(connection.connection.dbapi_connection)
    with store.engine.connect() as connection:  # the pool hands the same connection out again, unmapped
        assert id(connection.connection.dbapi_connection) == connection_id
        assert connection.exec_driver_sql("PRAGMA mmap_size").scalar() == 0


def test_a_store_from_a_newer_version_is_refused_untouched(store, home):
    store.close()
    path = home / "desk.sqlite"
    db = sqlite3.connect(path)
    db.execute("UPDATE alembic_version SET version_num = '9999_future'")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="更新版本"):
        open_store(home)
    assert path.read_bytes() == before


def test_reopening_keeps_the_content_and_stays_at_the_head_revision(store, home):
    store.close()
    reopened = open_store(home)
    assert reopened.township_code == "500235101"
    with reopened.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
    reopened.close()


def test_a_foreign_file_is_refused(home):
    home.mkdir()
    (home / "desk.sqlite").write_text("这不是数据库")
    with pytest.raises(StoreError, match="不是信访接待台数据库"):
        open_store(home)


def test_the_fast_path_head_matches_the_migration_scripts():
    from gazetteer_desk.store.migrate import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()
