"""Moving a store from its SQLite file into an empty PostgreSQL database, all in one transaction on the server.

The target is migrated to the head by the same migrations, then every table is copied in foreign-key order with its
keys, ``change_seq`` stamps and the matter's rowid kept as they are (the user triggers are set aside while copying,
so nothing is stamped anew), the key sequences are moved past the copied keys, and the rows of every table are
counted on both sides. Any difference, or any error, rolls the whole copy back: the server database stays empty.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import inspect, text
from sqlmodel import SQLModel

from gazetteer_desk.errors import StoreError
from gazetteer_desk.store import raw as store_raw
from gazetteer_desk.store.database import Store, make_server_engine

BATCH = 2000


def _tables() -> list[str]:
    from gazetteer_desk.store import models  # noqa: F401  (registers the tables)

    return [table.name for table in SQLModel.metadata.sorted_tables]


def copy_to_server(source: Store, url: str, progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy every table of the SQLite ``source`` into the empty database at ``url``; ``{table: rows}``."""
    from gazetteer_desk.store.migrate import _revision, _upgrade

    progress = progress or (lambda _t, _n: None)
    engine = make_server_engine(url)
    source_connection = source.engine.raw_connection()
    try:
        sqlite = source_connection.driver_connection
        with engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(7310019)"))
            if _revision(connection) is not None or inspect(connection).get_table_names():
                raise StoreError("目标数据库不是空的（已有数据表）；请为县级数据库新建一个空数据库后再迁移")
            _upgrade(connection)
            target = store_raw.wrap(connection.connection.driver_connection)
            tables = _tables()
            for name in tables:
                target.execute(f"ALTER TABLE {name} DISABLE TRIGGER USER")
            for name in reversed(tables):  # rows the migrations seeded give way to the store's own
                target.execute(f"DELETE FROM {name}")
            counts = {name: _copy_table(sqlite, target, name) for name in tables}
            for name in tables:
                progress(name, counts[name])
                _advance_sequences(target, name)
                target.execute(f"ALTER TABLE {name} ENABLE TRIGGER USER")
            for name in tables:
                (found,) = target.execute(f"SELECT count(*) FROM {name}").fetchone()
                (expected,) = sqlite.execute(f"SELECT count(*) FROM {name}").fetchone()
                if found != expected or found != counts[name]:
                    raise StoreError(f"迁移校验失败：数据表 {name} 原有 {expected} 行，复制后 {found} 行；已全部撤销")
    finally:
        source_connection.close()
        engine.dispose()
    return counts


def _copy_table(sqlite, target, name: str) -> int:
    wanted = set(store_raw.columns(target, name))
    columns = [c for c in store_raw.columns(sqlite, name) if c in wanted]
    if name == "matter":  # SQLite's implicit rowid becomes the explicit one: "newest first" keeps its order
        columns = ["rowid", *columns]
    listed = ", ".join(f'"{c}"' for c in columns)
    insert = f"INSERT INTO {name} ({listed}) VALUES ({', '.join('?' * len(columns))})"
    cursor = sqlite.execute(f"SELECT {listed} FROM {name}")
    copied = 0
    while rows := cursor.fetchmany(BATCH):
        target.executemany(insert, store_raw.typed(name, tuple(columns), rows))
        copied += len(rows)
    return copied


def _advance_sequences(target, name: str) -> None:
    """Serial and identity keys continue after the copied ones."""
    for (column,) in target.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = ? AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')", (name,)).fetchall():
        (sequence,) = target.execute("SELECT pg_get_serial_sequence(?, ?)", (name, column)).fetchone()
        if sequence:
            target.execute(f'SELECT setval(?, (SELECT coalesce(max("{column}"), 0) + 1 FROM {name}), false)',
                           (sequence,))
