"""Which schema objects a store may hold: exactly those our migrations make, with the SQL they make them with.

A backup is a whole SQLite file; it can carry a trigger that rewrites every new matter, a view that shadows a
table, or one of our own triggers quietly redefined. Before a file is restored, every table, index, view and
trigger in it is compared with a store freshly migrated to the same revision; anything else is refused.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
from functools import cache
from pathlib import Path

_SPACE = re.compile(r"\s+")


def _normal(sql: str | None) -> str:
    return _SPACE.sub(" ", (sql or "").strip()).replace('"', "").lower()


def objects(connection: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """``{(type, name): normalised sql}`` of every schema object (SQLite's own internal ones left out)."""
    return {(kind, name): _normal(sql) for kind, name, sql in connection.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}


@cache
def expected_objects(revision: str) -> dict[tuple[str, str], str]:
    """The schema objects of a new store migrated to ``revision`` (built once, in a temporary folder)."""
    from alembic import command

    from gazetteer_desk.store.database import make_engine
    from gazetteer_desk.store.migrate import _config

    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(Path(folder) / "schema.sqlite")
        try:
            with engine.begin() as connection:
                config = _config()
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
            raw = engine.raw_connection()
            try:
                return objects(raw.driver_connection)
            finally:
                raw.close()
        finally:
            engine.dispose()


def foreign_objects(connection: sqlite3.Connection, revision: str) -> list[str]:
    """Names (``trigger x``, ``view y`` …) of objects that our migrations to ``revision`` did not make as they are."""
    expected = expected_objects(revision)
    found = objects(connection)
    labels = {"table": "数据表", "index": "索引", "view": "视图", "trigger": "触发器"}
    strange = [f"{labels.get(kind, kind)} {name}" for (kind, name), sql in sorted(found.items())
               if expected.get((kind, name)) != sql]
    return strange
