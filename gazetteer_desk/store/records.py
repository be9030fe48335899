"""Rows read on the driver connection (see :mod:`.raw`) as plain records: attributes named and typed as the ORM
models give them — dates, times, booleans and JSON decoded by the columns' declared types — so services can read a
matter without loading the ORM (a fresh ``receipt`` process), and the ORM's own callers read the same records.

A record is for reading: changes to it are not saved.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from types import SimpleNamespace

from gazetteer_desk.store import raw as store_raw


class Record(SimpleNamespace):
    """One row; its columns are attributes. Copied and dumped under the models' own names, so a record stands in
    for a model wherever one is read."""

    def model_dump(self) -> dict:
        return dict(vars(self))

    def model_copy(self, *, update: dict | None = None) -> Record:
        return Record(**{**vars(self), **(update or {})})


def _boolean(value):
    return None if value is None else bool(value)


def _date(value):
    return date.fromisoformat(value) if isinstance(value, str) else value


def _datetime(value):
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _json(value):
    return json.loads(value) if isinstance(value, str) else value


# SQLite keeps the declared type the ORM created each column with (PostgreSQL's driver decodes them itself)
_DECODERS = {"BOOLEAN": _boolean, "DATE": _date, "DATETIME": _datetime, "JSON": _json}

_described: dict[tuple[bool, str], list[tuple[str, object]]] = {}


def _columns(raw, table: str) -> list[tuple[str, object]]:
    """(name, decoder or None) of each column of ``table``, in order; the schema does not change under a running
    program, so it is asked once per table."""
    key = (store_raw.is_postgres(raw), table)
    if key not in _described:
        if key[0]:
            _described[key] = [(name, None) for name in store_raw.columns(raw, table)]
        else:
            _described[key] = [(row[1], _DECODERS.get(row[2].upper()))
                               for row in raw.execute(f"PRAGMA table_info({table})")]
    return _described[key]


def select(raw, table: str, where: str = "1 = 1", params: tuple = (), order_by: str = "") -> list[Record]:
    """The rows of ``table`` matching ``where`` (SQL with ``?`` placeholders), as records."""
    columns = _columns(raw, table)
    sql = f"SELECT {', '.join(name for name, _ in columns)} FROM {table} WHERE {where}"
    if order_by:
        sql += f" ORDER BY {order_by}"
    return [Record(**{name: decode(value) if decode and value is not None else value
                      for (name, decode), value in zip(columns, row, strict=True)})
            for row in raw.execute(sql, params)]


def first(raw, table: str, where: str = "1 = 1", params: tuple = (), order_by: str = "") -> Record | None:
    found = select(raw, table, where, params, order_by)
    return found[0] if found else None
