"""Search and the matter list at county scale, each timed beside a stock baseline run the same number of times.

    .venv/bin/python bench/bench_county.py                 # 20,000 and 200,000 matters
    .venv/bin/python bench/bench_county.py --sizes 20000 200000 1000000   # the county's 1M store (minutes to build)
    .venv/bin/python bench/bench_county.py --home X [Y …]  # existing stores instead of building them

For each size a county store of that many matters in --townships townships (default 50, as a county has; 0: one
township's own store) is made by the demo generator, then every line is timed warm as the median
of --runs runs: ours through the services, the baseline as the plain sqlite3 query a developer would write first
(LIKE over name and request). Prints ms and the ratio ours / baseline, and for the list the last page (by key, as
the window pages) beside the same page reached by OFFSET.
"""

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gazetteer_desk.services.matters import listing  # noqa: E402
from gazetteer_desk.services.matters.search import search  # noqa: E402
from gazetteer_desk.services.setup import setup  # noqa: E402
from gazetteer_desk.services.setup.demo import generate  # noqa: E402
from gazetteer_desk.services.sync import county  # noqa: E402
from gazetteer_desk.store.migrate import open_store  # noqa: E402

PAGE = 200
PASSPHRASE = "bench-county-passphrase"  # the county's keys are made and thrown away with the store
LIKE = ("SELECT m.number FROM matter m JOIN petitioner p ON p.id = m.petitioner_id "
        "WHERE p.name LIKE :prefix OR m.request LIKE :inner ORDER BY m.received_on DESC LIMIT 50")


def median_ms(work, runs: int) -> float:
    work()  # warm
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def line(what: str, ours: float, base: float | None) -> tuple[str, float, float | None]:
    ratio = f"{ours / base:6.2f}" if base else "     —"
    baseline = f"{base:9.1f}" if base else "        —"
    print(f"  {what:<38} {ours:9.1f} {baseline} {ratio}", flush=True)
    return what, ours, base


def growth(results: dict[int, list[tuple[str, float, float | None]]]) -> None:
    """Each line at every size (ours ms, and its ratio to the baseline), and how ours grew from one size to the next:
    a cost that follows the answer, not the store, stays near 1× while the store grows tenfold."""
    sizes = sorted(results)
    print(f"\n  {'what':<38} " + " ".join(f"{f'{n:,}: ms (ratio)':>22}" for n in sizes)
          + "".join(f"{f'{a // 1000}k→{b // 1000}k':>12}" for a, b in pairwise(sizes)))
    for i, (what, _, _) in enumerate(results[sizes[0]]):
        cells = []
        for n in sizes:
            _, ours, base = results[n][i]
            cells.append(f"{ours:9.1f} ({ours / base:5.2f})" if base else f"{ours:9.1f}        ")
        grown = [f"{results[b][i][1] / results[a][i][1]:11.1f}×" for a, b in pairwise(sizes)]
        print(f"  {what:<38} " + " ".join(f"{c:>22}" for c in cells) + "".join(grown))


def bench(store, runs: int) -> list[tuple[str, float, float | None]]:
    raw = sqlite3.connect(store.path)
    print(f"  {'what':<38} {'ours ms':>9} {'base ms':>9} {'ratio':>6}")
    lines = []
    for query in ("王伟", "宅基地", "宅基地使用权"):
        ours = median_ms(lambda q=query: search(store, q), runs)
        like = {"prefix": query + "%", "inner": f"%{query}%"}
        base = median_ms(lambda like=like: raw.execute(LIKE, like).fetchall(), runs)
        lines.append(line(f"search {query}", ours, base))
    wang = listing.MatterFilter(text="王伟")
    ours = median_ms(lambda: (listing.count_matters(store, wang), listing.fetch_page(store, wang, limit=PAGE)), runs)
    lines.append(line("list: filter 王伟 (count + page)", ours, None))
    everything = listing.MatterFilter()
    total = listing.count_matters(store, everything)
    last_offset = max(total - PAGE, 0)
    before_last = listing.fetch_page(store, everything, offset=max(last_offset - 1, 0), limit=1)[0]
    by_key = median_ms(lambda: listing.fetch_page(store, everything, after=before_last, limit=PAGE), runs)
    by_offset = median_ms(lambda: listing.fetch_page(store, everything, offset=last_offset, limit=PAGE), runs)
    lines.append(line("list: first page", median_ms(lambda: listing.fetch_page(store, everything, limit=PAGE), runs),
                      None))
    lines.append(line("list: last page by key (base: OFFSET)", by_key, by_offset))
    raw.close()
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 200_000])
    parser.add_argument("--home", type=Path, nargs="+", help="existing stores instead of building them")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--townships", type=int, default=50, help="townships of the county store (0: a township's)")
    parser.add_argument("--keep", type=Path, help="build the stores in this folder and keep them (for --home)")
    args = parser.parse_args()
    results = {}
    for home in args.home or ():
        store = open_store(home)
        with sqlite3.connect(store.path) as raw:
            (size,) = raw.execute("SELECT count(*) FROM matter").fetchone()
        print(f"store {home}: {size:,} matters", flush=True)
        results[size] = bench(store, args.runs)
        store.close()
    if args.home:
        if len(results) > 1:
            growth(results)
        return
    for size in args.sizes:
        work = args.keep or Path(tempfile.mkdtemp(prefix="gd-county-"))
        home = work / f"{'county' if args.townships else 'township'}-{size}"
        if args.townships:
            store = county.init_county(home, "500235", "云阳县", PASSPHRASE).store
        else:
            store = setup.init_township(home, setup.TownshipSetup("500235101", "双江镇"))
        started = time.perf_counter()
        generate(store, matters=size, seed=1, townships=args.townships or None)
        print(f"{size:,} matters in {max(args.townships, 1)} townships (built in "
              f"{time.perf_counter() - started:.0f} s{f', kept in {home}' if args.keep else ''})", flush=True)
        results[size] = bench(store, args.runs)
        store.close()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if len(results) > 1:
        growth(results)


if __name__ == "__main__":
    main()
