"""The driver connection under a session, with one face for both stores.

Bulk writers (the county's bundle merge, the audit seal) talk to the driver directly, in sqlite3's style: ``?``
placeholders, ``execute``/``executemany`` returning a cursor, ``in_transaction``. On PostgreSQL the psycopg
connection is wrapped so that the same statements run there (``?`` becomes ``%s``); :func:`columns` replaces
SQLite's ``PRAGMA table_info``.
"""

from __future__ import annotations

import re

# a ? outside quoted text (a literal % is doubled: psycopg reads % as a placeholder when there are parameters)
_PLACEHOLDER = re.compile(r"'[^']*'|\?")


def _to_format(sql: str) -> str:
    return _PLACEHOLDER.sub(lambda m: "%s" if m.group(0) == "?" else m.group(0), sql.replace("%", "%%"))


class PgRaw:
    """A psycopg connection behaving as far as the bulk writers need like sqlite3's."""

    dialect = "postgresql"

    def __init__(self, connection):
        self.connection = connection

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self.connection.info.transaction_status != TransactionStatus.IDLE

    def execute(self, sql: str, params=()):
        params = tuple(params)
        return self.connection.execute(_to_format(sql) if params else sql, params or None)

    def executemany(self, sql: str, rows) -> None:
        with self.connection.cursor() as cursor:
            cursor.executemany(_to_format(sql), list(rows))


def wrap(driver_connection):
    """sqlite3's connection as it is; psycopg's wrapped."""
    if driver_connection is None or type(driver_connection).__module__.startswith("sqlite3"):
        return driver_connection
    return PgRaw(driver_connection)


def of_session(session):
    """The driver connection under ``session`` (inside its transaction)."""
    return wrap(session.connection().connection.driver_connection)


def is_postgres(raw) -> bool:
    return isinstance(raw, PgRaw)


def columns(raw, table: str) -> list[str]:
    """The columns of ``table`` in their order (the identity ``rowid`` PostgreSQL's matter carries left out: SQLite's
    is implicit)."""
    if is_postgres(raw):
        return [row[0] for row in raw.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = ? AND column_name != 'rowid' ORDER BY ordinal_position", (table,))]
    return [row[1] for row in raw.execute(f"PRAGMA table_info({table})")]


def driver_errors() -> tuple[type[Exception], ...]:
    """psycopg's errors, when it is loaded (imported only where a store on a server is opened)."""
    import sys

    if "psycopg" not in sys.modules:
        return ()
    try:
        import psycopg
    except ImportError:  # pragma: no cover - a desk installed without the server driver
        return ()
    return (psycopg.Error,)


def typed(table: str, columns: tuple[str, ...], rows: list[tuple]) -> list[tuple]:
    """Rows as SQLite keeps them (a boolean as 0/1) made fit for PostgreSQL's typed columns."""
    from sqlalchemy import Boolean
    from sqlmodel import SQLModel

    described = SQLModel.metadata.tables[table].c
    flags = [i for i, name in enumerate(columns) if name in described and isinstance(described[name].type, Boolean)]
    if not flags:
        return rows
    out = []
    for row in rows:
        values = list(row)
        for i in flags:
            if values[i] is not None:
                values[i] = bool(values[i])
        out.append(tuple(values))
    return out
