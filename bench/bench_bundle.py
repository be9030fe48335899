"""The monthly bundle and the county import, each beside the stock way a person would do the same work, timed the same
way on both sides: whole commands, run in turn (ours, stock, ours, stock …) the same number of times, each run on a
fresh copy of the store (copied outside the timing: an export takes what changed since the last one, an import
changes the county's store). Prints the medians of wall and CPU seconds and peak memory, and the median of the
ratios of each pair.

Export: ``gazetteer-desk bundle export`` of a township of N matters vs. one shell command of stock tools:
``sqlite3 .backup`` + ``tar`` + ``age -r`` + ``minisign -S``. Goal ≤ 3×.
Import: ``gazetteer-desk county import`` of B bundles (every check) vs. a plain sqlite upsert of the same townships'
rows in one Python process, no checks; the search index is filled as the program fills it (its per-row trigger
suspended, one statement at the end), not by a trigger per row; its process imports none of the program's modules.
Goal ≤ 2×, peak memory ≤ 400 MiB. Both sides run on compiled bytecode, as installed programs do.

    .venv/bin/python bench/bench_bundle.py [--matters 5000] [--bundles 40] [--runs 5] [--export-only]

Needs the stock tools: apt-get install sqlite3 tar age minisign time.
"""

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# Only what the stock import's own process needs is imported here (the search index's bulk helper needs nothing but
# the standard library): the program's modules are imported in main(), so the stock side does not pay their import.
from gazetteer_desk.store.search_index import bulk_matter_inserts  # noqa: E402

DESK = [sys.executable, "-m", "gazetteer_desk"]
# Both sides' Python reads compiled bytecode, as an installed program does: written to a cache of the bench's own by
# the first, uncounted pair of runs (a PYTHONDONTWRITEBYTECODE in the environment would make every run compile).
CHILD_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def timed(command: list[str]) -> tuple[float, float, float]:
    """(wall s, CPU s, peak MiB) of one whole command, as /usr/bin/time reports it (its own child's accounting: a
    child of this process would report this process's memory as its peak)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        done = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", report.name, *command],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=CHILD_ENV)
        if done.returncode != 0:
            sys.exit(f"{command[:6]} … failed: {done.stderr.decode(errors='replace')[-2000:]}")
        wall, user, system, peak = report.read().split()[-4:]
    return float(wall), float(user) + float(system), int(peak) / 1024


def compare(what: str, runs: int, ours, stock, goal: str) -> None:
    """``ours``/``stock``: callables that prepare a fresh copy and return the command to time."""
    pairs = []
    for _ in range(runs + 1):  # the first pair warms the caches and is not counted
        pairs.append((timed(ours()), timed(stock())))
    pairs = pairs[1:]
    med = lambda values: statistics.median(values)  # noqa: E731
    print(f"{what}  ({runs} runs each, in turn)")
    for name, side in (("ours", 0), ("stock", 1)):
        print(f"  {name:<6} wall {med(p[side][0] for p in pairs):7.3f} s   cpu {med(p[side][1] for p in pairs):7.3f} s"
              f"   peak {max(p[side][2] for p in pairs):6.0f} MiB")
    print(f"  ratio  wall {med(p[0][0] / p[1][0] for p in pairs):6.2f}×     cpu {med(p[0][1] / p[1][1] for p in pairs):6.2f}×"
          f"   (goal {goal})")


def raw_upsert(target: Path, tables: list[str], sources: list[Path]) -> None:
    """The stock import: every synced row of each township upserted as it is, one transaction each (``tables``: the
    synchronised tables, parents first)."""
    with sqlite3.connect(target) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        for source in sources:
            cursor = connection.cursor()
            with bulk_matter_inserts(cursor), sqlite3.connect(source) as src:
                for table in tables:
                    rows = src.execute(f"SELECT * FROM {table}")
                    columns = [d[0] for d in rows.description]
                    updates = ", ".join(f"{c}=excluded.{c}" for c in columns if c != "id")
                    cursor.executemany(
                        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
                        f"ON CONFLICT(id) DO UPDATE SET {updates} WHERE excluded.revision > {table}.revision", rows)
            connection.commit()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--matters", type=int, default=5000)
    parser.add_argument("--bundles", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--export-only", action="store_true", help="time the export alone (one township is built)")
    parser.add_argument("--stick", type=Path, default=Path("/dev/shm") if Path("/dev/shm").is_dir() else None,
                        help="where both exports write their bundle: a USB stick is another filesystem than the "
                             "store's (default /dev/shm, a tmpfs; the program keeps its own copy beside the store)")
    parser.add_argument("--raw-upsert", nargs="+", type=Path, help=argparse.SUPPRESS)  # the stock import's process
    parser.add_argument("--tables", help=argparse.SUPPRESS)  # its tables, comma-separated
    args = parser.parse_args()
    if args.raw_upsert:
        raw_upsert(args.raw_upsert[0], args.tables.split(","), args.raw_upsert[1:])
        return

    from gazetteer_desk.services.setup import setup
    from gazetteer_desk.services.setup.demo import generate
    from gazetteer_desk.services.sync import bundle_export, bundle_keys, county
    from gazetteer_desk.services.sync import bundle_payload as payload
    from gazetteer_desk.store.migrate import open_store

    tools = {name: shutil.which(name) for name in ("sqlite3", "tar", "age", "minisign")}
    if not all(tools.values()) or not Path("/usr/bin/time").exists():
        sys.exit("needs the stock tools: apt-get install sqlite3 tar age minisign time")
    pycache = Path(tempfile.mkdtemp(prefix="bench-bundle-pyc-"))
    CHILD_ENV["PYTHONPYCACHEPREFIX"] = str(pycache)
    root = Path(tempfile.mkdtemp(prefix="bench-bundle-"))
    try:
        identity = county.init_county(root / "county", "500235", "云阳县")
        built = 1 if args.export_only else args.bundles
        print(f"building {built} townships of {args.matters} matters …", flush=True)
        towns = []
        for n in range(built):
            code = f"500235{100 + n:03d}"
            store = setup.init_township(root / code, setup.TownshipSetup(
                township_code=code, township_name=f"第{n}镇", county_code="500235"))
            generate(store, matters=args.matters, seed=n)
            bundle_keys.set_county_key(store, identity.public_key)
            bundle_keys.write_public_key(store, root / f"{code}.pub")
            county.add_township(identity.store, code, f"第{n}镇", root / f"{code}.pub")
            bundle_keys.ensure_signing_key(store)
            towns.append((code, store.home, store.path))
            store.close()
        identity.store.close()

        first = towns[0][1]
        fresh = root / "fresh"

        def copy_home(source: Path) -> Path:
            shutil.rmtree(fresh, ignore_errors=True)
            shutil.copytree(source, fresh)
            return fresh

        stick_folder = Path(tempfile.mkdtemp(prefix="bench-stick-", dir=args.stick))

        def on_stick() -> Path:
            shutil.rmtree(stick_folder, ignore_errors=True)
            stick_folder.mkdir()
            return stick_folder

        def our_export():
            home = copy_home(first)
            return [*DESK, "--home", str(home), "bundle", "export", "--out", str(on_stick())]

        def stock_export():
            home = copy_home(first)
            key = bundle_keys.signing_key_path(home)
            work = root / "stock"
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir()
            out = on_stick()  # the bundle and its signature go to the stick, as a person would write them
            script = (f"sqlite3 '{home / 'desk.sqlite'}' \".backup '{work / 'b.sqlite'}'\" && "
                      f"tar -cf '{work / 'b.tar'}' -C '{work}' b.sqlite && "
                      f"age -r {identity.public_key} -o '{out / 'b.age'}' '{work / 'b.tar'}' && "
                      f"minisign -S -s '{key}' -m '{out / 'b.age'}' -t bench")
            return ["sh", "-c", script]

        compare(f"export, a township of {args.matters} matters", args.runs, our_export, stock_export, "≤ 3×")
        if args.export_only:
            return

        stick = root / "bundles"
        stick.mkdir()
        for _code, home, _path in towns:
            store = open_store(home)
            bundle_export.export_bundle(store, stick, "2026-11")
            store.close()
        files = sorted(str(p) for p in stick.glob("*.gdb.age"))
        county_home = root / "county"

        def our_import():
            home = copy_home(county_home)
            return [*DESK, "--home", str(home), "county", "import", *files]

        def stock_import():
            home = copy_home(county_home)
            return [sys.executable, __file__, "--tables", ",".join(payload.synced_table_names()),
                    "--raw-upsert", str(home / "desk.sqlite"), *(str(t[2]) for t in towns)]

        compare(f"county import of {len(files)} bundles", args.runs, our_import, stock_import, "≤ 2×, ≤ 400 MiB")
    finally:
        shutil.rmtree(root, ignore_errors=True)
        if "stick_folder" in locals():
            shutil.rmtree(stick_folder, ignore_errors=True)
        shutil.rmtree(pycache, ignore_errors=True)


if __name__ == "__main__":
    main()
