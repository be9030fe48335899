"""The records themselves under the audit trail: every committed change to a synchronised row is sealed in the
hash chain, and :func:`check_rows` finds a row that differs from its last seal — an edit made with ``sqlite3``.

How: triggers give every written row the next value of the store's change counter (migration 0002). Before any
transaction commits (the ORM's or :meth:`Store.raw_transaction`'s), :func:`seal` digests each row whose
``change_seq`` is above the last sealed value and appends one ``rows`` entry (``{table: {id: digest}}``) to the audit
chain, in the same transaction. Bulk writers on the raw
connection (demo data) call :func:`seal` themselves before committing. Nothing here trusts the clock.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime

import orjson

from gazetteer_desk.store import raw as store_raw
from gazetteer_desk.store.database import before_commit
from gazetteer_desk.store.synced_tables import SYNCED_TABLE_NAMES

ACTION = "rows"
SEALED_KEY = "audit_sealed"
LOCAL_COLUMNS = ("change_seq",)


def _tables() -> tuple[str, ...]:
    return SYNCED_TABLE_NAMES


def _columns(raw, table: str) -> list[str]:
    return [name for name in store_raw.columns(raw, table) if name not in LOCAL_COLUMNS]


def _stored(value):
    """A value as SQLite stores it (PostgreSQL hands back booleans, dates, times and JSON as Python objects): the
    same row digests alike in either store, and a store moved from one to the other keeps its seals."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        return json.dumps(value)
    return value


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str).encode
_AS_STORED = frozenset((str, int, float, type(None)))  # what SQLite hands back: digested as they are


_ORJSON_SAME = frozenset((str, int, type(None)))  # values orjson writes byte for byte as _ENCODE does


def row_digest(values) -> str:
    """Of a row's stored values (``id`` first, ``change_seq`` left out): stable, 128 bits."""
    # orjson writes texts, integers and nulls exactly as the standard encoder above, four to five times faster (bulk
    # seals and `audit verify` digest every row); floats it writes otherwise (1e16, not 1e+16) and integers beyond
    # 64 bits or lone surrogates it refuses: those go the standard way. One pass in C tells a plain row.
    if _ORJSON_SAME.issuperset(map(type, values)):
        try:
            return hashlib.sha256(orjson.dumps(values)).hexdigest()[:32]
        except TypeError:
            pass
    elif not _AS_STORED.issuperset(map(type, values)):  # PostgreSQL's booleans, dates, JSON
        values = [_stored(v) for v in values]
    return hashlib.sha256(_ENCODE(values).encode("utf-8")).hexdigest()[:32]


def _setting(raw, key: str) -> str | None:
    found = raw.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return found[0] if found else None


def seal(raw, actor: str = "") -> int:
    """Seal the rows changed since the last seal (``raw``: a sqlite3 connection inside the writing transaction).
    Returns how many rows were sealed."""
    found = raw.execute("SELECT value FROM changecounter WHERE id = 1").fetchone()
    if found is None:
        return 0
    counter = found[0]
    sealed = int(_setting(raw, SEALED_KEY) or 0)
    if counter <= sealed:
        return 0
    # The entry's detail is written here as audit.canonical_detail would write {"rows": {table: {id: digest}},
    # "upto": counter} — keys in order, the ids sorted by the store — a row at a time: a large import seals hundreds
    # of thousands of rows, and a dict of them all took several times the text's own size.
    server = store_raw.is_postgres(raw)
    order = 'id COLLATE "C"' if server else "id"  # code point order, as Python sorts the keys
    text = '{"rows":{'  # grown in place (CPython appends to a string no one else holds without copying it)
    count = 0
    for table in sorted(_tables()):
        columns = _columns(raw, table)
        rows = raw.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE change_seq > ? ORDER BY {order}",
                           (sealed,))
        opened = False
        while batch := rows.fetchmany(1000):
            text += "," if opened else f"{',' if count else ''}{_key(table)}:{{"
            text += ",".join([f'{_key(row[0])}:"{row_digest(row)}"' for row in batch])
            opened = True
            count += len(batch)
        if opened:
            text += "}"
    if count:
        from gazetteer_desk.services.core import audit

        text += f'}},"upto":{counter}}}'
        audit.record_raw_text(raw, actor, ACTION, "", str(counter), text)
    _mark_sealed(raw, counter)
    return count


def _key(value: str) -> str:
    """``value`` as JSON writes a text; an id of letters, digits and hyphens (all the store's, as a rule) as it is."""
    if isinstance(value, str) and value.isascii() and value.replace("-", "").isalnum():
        return f'"{value}"'
    return json.dumps(value, ensure_ascii=False)


def seal_digested(raw, digested: dict[str, dict[str, str]], actor: str = "") -> int:
    """:func:`seal` for a bulk writer that digested the rows it wrote itself (:func:`row_digest` of each row's
    values as the store keeps them, in :func:`sealed_columns` order) and knows they are all the rows changed since the
    last seal, in the order of their change numbers: the same entry, without reading the rows back."""
    (counter,) = raw.execute("SELECT value FROM changecounter WHERE id = 1").fetchone()
    if counter <= int(_setting(raw, SEALED_KEY) or 0):
        return 0
    return _record(raw, actor, counter, {table: digested[table] for table in _tables() if digested.get(table)})


def sealed_columns(raw, table: str) -> list[str]:
    """The columns a row's digest covers, in the order they are digested."""
    return _columns(raw, table)


def _record(raw, actor: str, counter: int, digests: dict[str, dict[str, str]]) -> int:
    from gazetteer_desk.services.core import audit

    count = sum(len(d) for d in digests.values())
    if count:
        audit.record_raw(raw, actor, ACTION, "", str(counter), {"upto": counter, "rows": digests})
    _mark_sealed(raw, counter)
    return count


def _mark_sealed(raw, counter: int) -> None:
    raw.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (SEALED_KEY, str(counter)))


@before_commit
def _seal_before_commit(raw) -> None:
    """Every transaction that changed synchronised rows — the ORM's or a raw writer's — seals them before it
    commits."""
    seal(raw)


def check_rows(raw) -> str | None:
    """The first synchronised row that differs from its last seal, described in Chinese; None when all match.

    A store whose rows were never sealed (just upgraded, not yet written to) has nothing to compare."""
    latest: dict[tuple[str, str], str] = {}
    any_seal = False
    for (detail,) in raw.execute("SELECT detail FROM auditentry WHERE action = ? ORDER BY seq", (ACTION,)):
        any_seal = True
        try:
            rows = json.loads(detail).get("rows", {})
        except (ValueError, AttributeError):
            return "操作日志中的记录校验条目已损坏"
        for table, ids in rows.items():
            for row_id, digest in ids.items():
                latest[(table, row_id)] = digest
    if not any_seal:
        return None
    sealed = int(_setting(raw, SEALED_KEY) or 0)
    for table in _tables():
        columns = _columns(raw, table)
        for row in raw.execute(f"SELECT {', '.join(columns)}, change_seq FROM {table}"):
            values, change = row[:-1], row[-1]
            expected = latest.get((table, values[0]))
            if expected is None:
                return f"{table} 中的记录 {values[0]} 没有写入操作日志（可能在程序之外被添加）"
            if expected != row_digest(values) or change > sealed:
                return f"{table} 中的记录 {values[0]} 与操作日志不符（在程序之外被改动）"
    return None


def now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
