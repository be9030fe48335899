"""``demo-data``: a realistic store for training, screenshots and benchmarks.

The rows are drawn in pieces (:mod:`demo_draw`), on Linux by worker processes (:mod:`demo_pieces`), while this
process writes each piece drawn with ``executemany`` on the raw SQLite connection and seals it under the audit trail,
all in one transaction — 200,000 matters in seconds, where ORM objects one by one would take minutes; memory holds
a few pieces' rows, not the whole store's. While a new store fills, its per-row triggers and secondary indexes are
set aside — the rows carry their change numbers as they are written, the search index and the other indexes are
built once at the end: the store the triggers would have made — and its rollback journal is kept in memory instead
of the write-ahead log. Every matter's dates are produced by the real procedure
(:func:`gazetteer_desk.domain.procedure.apply`), so statuses and deadlines obey the law's limits.
"""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime

from gazetteer_desk.errors import DeskError
from gazetteer_desk.formats import minisign
from gazetteer_desk.services.core import audit_rows
from gazetteer_desk.services.core.calendar import calendar_for
from gazetteer_desk.services.setup import demo_draw, demo_pieces
from gazetteer_desk.services.setup.demo_draw import TABLES, Drawn, Plan, Rows
from gazetteer_desk.services.setup.demo_text import TOWNSHIP_NAMES
from gazetteer_desk.store.change_counter import ChangeNumbers, numbered_inserts
from gazetteer_desk.store.database import Store, connect_sqlite
from gazetteer_desk.store.search_index import bulk_matter_inserts

CHUNK = 5_000  # matters in one piece (people: PEOPLE_CHUNK)
PEOPLE_CHUNK = 10_000


def generate(store: Store, matters: int, seed: int = 1, today: date | None = None,
             workers: int | None = None, townships: int | None = None) -> dict[str, int]:
    """Fill a new store with ``matters`` matters and all that goes with them. ``workers``: processes drawing the rows
    (None: as many as the machine has cores, where processes can be forked; 0: this process alone) — the same
    rows whatever their number. ``townships``: a county store's townships (default 10) — the matters shared among
    them, each township with its own villages, staff, reception days and petitioners, as their bundles would have
    brought them, and registered with the county (their keys made up: no bundle of theirs will come)."""
    today = today or date.today()
    county = store.mode == "county"
    if not county and townships not in (None, 1):
        raise DeskError("乡镇的数据目录只存本乡镇的数据：--townships 只用于县信访办的数据目录")
    count = (townships or 10) if county else 1
    if not 1 <= count <= len(TOWNSHIP_NAMES):
        raise DeskError(f"乡镇个数应在 1 到 {len(TOWNSHIP_NAMES)} 之间")
    if store.on_server:
        raise DeskError("演示数据只能生成在本机数据库（SQLite）的数据目录中：请在另一个数据目录里生成，"
                        "再用 county migrate-store --to 地址 把它搬到服务器上")
    if _has_real_work(store):
        raise DeskError("此数据目录中已有事项或账户：演示数据只能生成在新的数据目录中（请用 --home 指定一个新目录）")
    cal = calendar_for(store)
    now = demo_draw.ts(datetime.now(UTC))
    places = _county_townships(store, count) if county else [(store.township_code, "")]
    county_name = store.setting("county_name")
    # the store's own connections closed (its kept readers too): none holds the file, so the journal can be set
    # aside while it fills (_filling) — an open reader would keep it in the write-ahead log, every page written twice
    store.close()
    raw = connect_sqlite(store.path)
    cursor = raw.cursor()
    written: dict[str, int] = {}
    try:
        schemas = _schemas(cursor)
        plans, shared, serial = [], [], 0
        for n, (code, name) in enumerate(places):
            rows = Rows(code, demo_draw.rng_for(seed, f"{code}/shared"), now)
            if county:
                rows.add("township", code=code, name=name, county_code=code[:6],
                         county_name=county_name, office_name=f"{name}人民政府信访办公室",
                         address="", phone="")
            plan = _plan(cursor, code, seed, today, cal, now, schemas)
            share = matters // count + (n < matters % count)
            plan = demo_draw.draw_shared(rows, plan, share, _last_numbers(cursor, code), serial,
                                         plans[-1].people if plans else None)
            serial += len(plan.people)
            plans.append(plan)
            shared.append(Drawn.of(rows, schemas))
        pieces = [(t, "people", first, PEOPLE_CHUNK)
                  for t, plan in enumerate(plans) for first in range(0, len(plan.people), PEOPLE_CHUNK)]
        pieces += [(t, "matters", first, CHUNK)
                   for t, plan in enumerate(plans) for first in range(0, len(plan.received), CHUNK)]
        workers = demo_pieces.worker_count() if workers is None else workers
        _filling(cursor)
        # random UUID keys take writes all over their primary-key indexes: a page cache keeps them from spilling
        # page by page
        cursor.execute("PRAGMA cache_size = -100000")  # 100 MB: room for the indexes, within the memory goal
        # on leaving, the new matters are indexed in one statement; their change numbers are given as they are
        # written, not by a trigger per row
        with _indexes_built_after(cursor), bulk_matter_inserts(cursor) as index_matters, \
                numbered_inserts(cursor, TABLES) as numbers:
            for drawn in shared:
                _write(cursor, numbers, drawn, written)
            for drawn in demo_pieces.drawn_in_order(plans, pieces, workers):
                _write(cursor, numbers, drawn, written)
                index_matters()  # while the workers draw the next pieces, not all at the end
            for plan in plans:
                _write(cursor, numbers, demo_draw.draw_field_and_mediation(plan), written)
        if county:
            _register(cursor, places, now)
        raw.commit()
    except BaseException:
        raw.rollback()
        raise
    finally:
        _filled(cursor)
        cursor.close()
        raw.close()
    return {table: written[table] for table in TABLES if table in written}


def _county_townships(store: Store, count: int) -> list[tuple[str, str]]:
    county = store.setting("county_code")
    return [(f"{county}{101 + n:03d}", name) for n, name in enumerate(TOWNSHIP_NAMES[:count])]


def _plan(cursor, code: str, seed: int, today: date, cal, now: str, schemas) -> Plan:
    """What the store already has of the township (a set-up's villages and staff are used, not drawn)."""
    return Plan(
        code=code, seed=seed, today=today, cal=cal, now=now, schemas=schemas,
        villages=tuple(cursor.execute("SELECT code, name FROM village WHERE deleted = 0 AND township_code = ?",
                                      (code,)).fetchall()),
        clerks=tuple(r[0] for r in cursor.execute(
            "SELECT id FROM staff WHERE deleted = 0 AND is_leader = 0 AND township_code = ?", (code,))),
        leaders=tuple(r[0] for r in cursor.execute(
            "SELECT id FROM staff WHERE deleted = 0 AND is_leader = 1 AND township_code = ?", (code,))))


def _last_numbers(cursor, code: str) -> dict[int, int]:
    """The last matter number of each year the store has of the township."""
    sequences: dict[int, int] = {}
    for (last,) in cursor.execute("SELECT max(number) FROM matter WHERE township_code = ?", (code,)):
        if last:
            sequences[int(last.split("-")[1])] = int(last.rsplit("-", 1)[1])
    return sequences


def _register(cursor, places: list[tuple[str, str]], now: str) -> None:
    """The county's register of its townships' signing keys: made-up keys whose secret halves are thrown away."""
    for code, name in places:
        key = minisign.generate_signing_key()
        cursor.execute(
            "INSERT INTO registeredtownship (code, name, public_key, key_fingerprint, revoked, registered_at, "
            "age_recipient) VALUES (?, ?, ?, ?, 0, ?, '')",
            (code, name, minisign.public_key_text(key), minisign.public_key_fingerprint(key), now))


def _write(cursor, numbers: ChangeNumbers, drawn: Drawn, written: dict[str, int]) -> None:
    """Write one piece's rows, and seal them: the audit entry carries the piece's row digests, taken as the rows
    were drawn when every row changed since the last seal is one of them, else read back from the store."""
    for table in TABLES:
        rows = drawn.tables.get(table)
        if rows:
            columns = drawn.columns[table]
            first = numbers.take(len(rows)).start  # the rows' change numbers: first + their place
            cursor.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}, change_seq) "
                f"VALUES ({', '.join('?' * len(columns))}, ? + {int(first)})", rows)
            written[table] = written.get(table, 0) + len(rows)
    if drawn.digests is None or not numbers.suspended:
        audit_rows.seal(cursor.connection, "演示数据")
    else:
        audit_rows.seal_digested(cursor.connection, drawn.digests, "演示数据")


def _schemas(cursor) -> dict[str, list[tuple[str, str, str | None]]]:
    schemas = {}
    for table in TABLES:
        declared = {name: (kind, default) for _, name, kind, _, default, _ in cursor.execute(f"PRAGMA table_info({table})")}
        schemas[table] = [(name, *declared[name]) for name in audit_rows.sealed_columns(cursor.connection, table)]
    return schemas


@contextmanager
def _indexes_built_after(cursor) -> Iterator[None]:
    """The tables' secondary indexes are dropped while the rows go in and built again from their own SQL once they
    are in: one sort per index instead of an insert at a random place of it for every row. The change-number indexes
    stay (each chunk's seal reads by them, and they are only appended to)."""
    if not cursor.connection.in_transaction:
        cursor.execute("BEGIN IMMEDIATE")
    indexes = cursor.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND name NOT LIKE '%change_seq' "
        "AND tbl_name IN (" + ", ".join("?" * len(TABLES)) + ")", TABLES).fetchall()
    for name, _ in indexes:
        cursor.execute(f'DROP INDEX "{name}"')
    try:
        yield
    finally:  # also before a rollback: the store is left as it was either way
        cursor.execute("PRAGMA threads = 2")  # each index's sort may use a second core
        for _, sql in indexes:
            cursor.execute(sql)
        cursor.execute("PRAGMA threads = 0")


def _filling(cursor) -> None:
    """A new store that is being filled is thrown away if the filling is cut short (demo data goes only into a new
    data folder), so meanwhile it keeps no write-ahead log — each page is written once, to the file, not to the log
    and again to the file — and references are not checked row by row (the generator makes every one). Rolling
    back still works (the journal is kept in memory), and the commit is synced as always."""
    cursor.execute("PRAGMA foreign_keys = OFF")  # outside a transaction, where the pragma takes effect
    cursor.execute("PRAGMA busy_timeout = 0")
    try:
        cursor.execute("PRAGMA journal_mode = MEMORY").fetchall()
    except sqlite3.OperationalError:  # another connection has the store open: it stays in WAL, only slower
        pass
    cursor.execute("PRAGMA busy_timeout = 10000")


def _filled(cursor) -> None:
    """Back to the store's settings (database.make_engine): write-ahead log, checked references."""
    cursor.execute("PRAGMA foreign_keys = ON")
    try:  # its answer read: a statement left with a row unread would keep the store locked while the cursor lives
        cursor.execute("PRAGMA journal_mode = WAL").fetchall()
    except sqlite3.OperationalError:  # another connection came: the next connection opened sets it (make_engine)
        pass


def _has_real_work(store: Store) -> bool:
    with store.raw_read() as raw:
        return bool(raw.execute("SELECT EXISTS (SELECT 1 FROM matter) OR EXISTS (SELECT 1 FROM account)").fetchone()[0])
