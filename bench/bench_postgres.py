"""The county store on SQLite and on PostgreSQL side by side, with the ratio PostgreSQL / SQLite on every line.

    .venv/bin/python bench/bench_postgres.py                              # 4 townships × 500 matters, quick
    .venv/bin/python bench/bench_postgres.py --townships 50 --matters 20000   # the 1,000,000-matter county
    .venv/bin/python bench/bench_postgres.py --server postgresql://postgres@db:5432/postgres

Builds N township stores of M matters each with the demo generator and exports one bundle each (a month's import),
then imports the bundles into a SQLite county store and into a PostgreSQL one (each beside a raw bulk upsert of the
same rows into the same kind of store, no checks: the import's goal is within 2× of it), and times on both: the
2-character name search, a 3-character content search, the matter list's first page, and the year's 台账 workbook.
Search and list lines are the median of --runs warm runs.

Without --server a throwaway server of Debian's postgresql package is started for the run (as tests do); with it,
the bench creates (and drops) its two databases on that server.
"""

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gazetteer_desk.services.core.scope import Scope  # noqa: E402
from gazetteer_desk.services.ledgers import ledger_export  # noqa: E402
from gazetteer_desk.services.matters import listing  # noqa: E402
from gazetteer_desk.services.matters.search import search  # noqa: E402
from gazetteer_desk.services.setup import setup  # noqa: E402
from gazetteer_desk.services.setup.demo import generate  # noqa: E402
from gazetteer_desk.services.sync import bundle_export, bundle_import, bundle_keys, county  # noqa: E402
from gazetteer_desk.services.sync import bundle_payload as payload  # noqa: E402
from gazetteer_desk.store import raw as store_raw  # noqa: E402
from gazetteer_desk.store.location import save_server_url  # noqa: E402
from gazetteer_desk.store.migrate import open_store  # noqa: E402


def median_ms(work, runs: int) -> float:
    work()  # warm
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def line(what: str, sqlite_ms: float, server_ms: float, unit: str = "ms") -> None:
    print(f"  {what:<44} {sqlite_ms:10.1f} {server_ms:10.1f} {server_ms / sqlite_ms:7.2f}  {unit}", flush=True)


def create_database(admin_url: str, name: str) -> str:
    import psycopg
    from sqlalchemy.engine import make_url

    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_database(admin_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def raw_upsert(store, sources: list[Path]) -> float:
    """Reference: a plain upsert of every synchronised row of the townships into ``store``, one transaction each."""
    started = time.perf_counter()
    raw_connection = store.engine.raw_connection()
    try:
        target = store_raw.wrap(raw_connection.driver_connection)
        if not store.on_server:
            target.execute("PRAGMA foreign_keys=OFF")
        for source in sources:
            with sqlite3.connect(source) as src:
                for table in payload.synced_table_names():
                    columns = payload.sent_columns(src, table)
                    rows = src.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
                    if store.on_server:
                        rows = store_raw.typed(table, tuple(columns), rows)
                    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
                    target.executemany(
                        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
                        f"ON CONFLICT (id) DO UPDATE SET {updates} WHERE excluded.revision > {table}.revision", rows)
            raw_connection.commit()
    finally:
        raw_connection.close()
    return time.perf_counter() - started


def county_home(root: Path, name: str, url: str | None, key_from: Path | None):
    home = root / name
    if key_from is not None:
        (home / "keys").mkdir(parents=True)
        shutil.copy(key_from, home / "keys")
    return county.init_county(home, "500235", "云阳县", database=url)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--townships", type=int, default=4)
    parser.add_argument("--matters", type=int, default=500, help="matters per township")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--server", help="an administrator's address on a PostgreSQL server (default: start one)")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-postgres-"))
    server = None
    if args.server:
        admin = args.server
    else:
        from tests import pg_server

        server = pg_server.start()
        admin = server.url()
    names = [f"gd_bench_{uuid.uuid4().hex[:8]}", f"gd_bench_{uuid.uuid4().hex[:8]}"]
    try:
        local = county_home(root, "county-sqlite", None, None)
        key = bundle_keys.county_identity_path(local.store.home)
        remote = county_home(root, "county-server", create_database(admin, names[0]), key)
        stick = root / "stick"
        stick.mkdir()
        total = args.townships * args.matters
        print(f"building {args.townships} townships × {args.matters} matters = {total:,} …", flush=True)
        bundles, sources = [], []
        for n in range(args.townships):
            code = f"500235{101 + n:03d}"
            town = setup.init_township(root / code, setup.TownshipSetup(township_code=code, township_name=f"第{n + 1}镇",
                                                                          county_code="500235"))
            generate(town, matters=args.matters, seed=n + 1)
            bundle_keys.set_county_key(town, local.public_key)
            bundle_keys.write_public_key(town, root / f"{code}.pub")
            for identity in (local, remote):
                county.add_township(identity.store, code, f"第{n + 1}镇", root / f"{code}.pub")
            bundles.append(bundle_export.export_bundle(town, stick, "2026-11").bundle_path)
            sources.append(town.path)
            town.close()

        print(f"  {'what':<44} {'SQLite':>10} {'Postgres':>10} {'ratio':>7}")
        imports = []
        for identity in (local, remote):
            started = time.perf_counter()
            result = bundle_import.import_bundles(identity.store, bundles)
            imports.append(time.perf_counter() - started)
            assert result.exit_code == 0, [r.line() for r in result.reports]
        line(f"import of {len(bundles)} bundles", imports[0], imports[1], "s")
        references = []
        reference_local = open_store(root / "reference-sqlite", create=True)
        save_server_url(root / "reference-server", create_database(admin, names[1]))
        reference_remote = open_store(root / "reference-server", create=True)
        for store in (reference_local, reference_remote):
            references.append(raw_upsert(store, sources))
            store.close()
        line("raw bulk upsert of the same rows", references[0], references[1], "s")
        print(f"  {'import / raw upsert (goal ≤ 2×)':<44} {imports[0] / references[0]:10.2f} "
              f"{imports[1] / references[1]:10.2f}")

        stores = (local.store, remote.store)
        for what, work in (
            ("search 王伟 (2-character name)", lambda s: search(s, "王伟")),
            ("search 宅基地 (3 characters, content)", lambda s: search(s, "宅基地")),
            ("search 硬化 (2 characters, content)", lambda s: search(s, "硬化")),
            ("list: first page (200 rows)", lambda s: listing.fetch_page(s, listing.MatterFilter(), limit=200)),
            ("list: count of every matter", lambda s: listing.count_matters(s, listing.MatterFilter())),
        ):
            line(what, *(median_ms(lambda s=s, w=work: w(s), args.runs) for s in stores))
        year = Scope(date(date.today().year - 1, 1, 1), date.today())
        ledgers = []
        for store in stores:
            started = time.perf_counter()
            ledger_export.export_ledgers(store, year, root / f"台账-{store.dialect}.xlsx")
            ledgers.append(time.perf_counter() - started)
        line("the year's 台账 workbook", ledgers[0], ledgers[1], "s")
        for identity in (local, remote):
            identity.store.close()
    finally:
        for name in names:
            try:
                drop_database(admin, name)
            except Exception as error:  # noqa: BLE001 - a bench reports and goes on
                print(f"could not drop {name}: {error}")
        if server is not None:
            server.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
