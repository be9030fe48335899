"""Demo data and two-character search at desk scale, beside raw sqlite3 doing the same work.

    .venv/bin/python bench/bench_foundation.py [--matters 200000]

Prints seconds and the ratio ours / raw. Raw sqlite3 inserts the very rows our generator produced into an empty
store of the same schema (same indexes and triggers), so the ratio is the price of generating them through the
procedure; the raw search is the plain query a developer would write first (name prefix or content substring).
"""

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gazetteer_desk.services.setup import setup  # noqa: E402
from gazetteer_desk.services.setup.demo import generate  # noqa: E402
from gazetteer_desk.services.matters.search import search  # noqa: E402

TABLES = ("village", "staff", "petitioner", "matter", "receptionday", "fieldvisit", "visit", "matterevent",
          "mediationcase", "mediationsession")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--matters", type=int, default=200_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="gd-bench-"))
    store = setup.init_township(work / "ours", setup.TownshipSetup("500235101", "双江镇"))
    started = time.perf_counter()
    generate(store, matters=args.matters, seed=1)
    ours = time.perf_counter() - started

    raw_path = work / "raw.sqlite"
    source = sqlite3.connect(store.path)
    target = sqlite3.connect(raw_path)
    target.execute("PRAGMA journal_mode=WAL")
    target.execute("PRAGMA synchronous=FULL")
    for (sql,) in source.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'matter_fts_%' "
                                 "AND type IN ('table', 'index') ORDER BY type DESC"):
        target.execute(sql)
    for (sql,) in source.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'"):
        target.execute(sql)
    rows = {t: source.execute(f"SELECT * FROM {t} WHERE township_code = '500235101'").fetchall() for t in TABLES}
    started = time.perf_counter()
    for table in TABLES:
        if rows[table]:
            marks = ", ".join("?" * len(rows[table][0]))
            target.executemany(f"INSERT OR IGNORE INTO {table} VALUES ({marks})", rows[table])
    target.commit()
    raw = time.perf_counter() - started
    print(f"demo-data {args.matters} matters: ours {ours:.1f} s, raw sqlite3 insert of the same rows {raw:.1f} s, "
          f"ratio {ours / raw:.2f}")

    search(store, "王伟")  # warm the page cache for both
    started = time.perf_counter()
    for _ in range(10):
        hits = search(store, "王伟")
    ours = (time.perf_counter() - started) / 10
    query = ("SELECT m.number FROM matter m JOIN petitioner p ON p.id = m.petitioner_id "
             "WHERE p.name LIKE '王伟%' OR m.request LIKE '%王伟%' ORDER BY m.received_on DESC LIMIT 50")
    target.execute(query).fetchall()
    started = time.perf_counter()
    for _ in range(10):
        target.execute(query).fetchall()
    raw = (time.perf_counter() - started) / 10
    print(f"search 王伟 ({len(hits)} shown): ours {ours * 1000:.1f} ms, raw sqlite3 LIKE {raw * 1000:.1f} ms, "
          f"ratio {ours / raw:.2f}")


if __name__ == "__main__":
    main()
