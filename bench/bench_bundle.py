"""Speed of the monthly bundle, beside the same work done with stock tools in the same run.

Export: a month of 5,000 matters through ``export_bundle`` vs. sqlite3 (JSON rows per table) + tar + ``age`` +
``minisign`` CLIs. Goal ≤ 1.5×.
Import: 40 such bundles through ``import_bundles`` (every check included) vs. a raw sqlite upsert of the same rows.
Goal ≤ 2×.

    .venv/bin/python bench/bench_bundle.py [--matters 5000] [--bundles 40]
"""

import argparse
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gazetteer_desk.services.sync import bundle_export, bundle_import, bundle_keys, county
from gazetteer_desk.services.setup import setup  # noqa: E402
from gazetteer_desk.services.sync import bundle_payload as payload  # noqa: E402
from gazetteer_desk.services.setup.demo import generate  # noqa: E402
from gazetteer_desk.store.migrate import copy_store  # noqa: E402


def township(root: Path, n: int, matters: int, county_key: str, identity_store) -> tuple:
    code = f"500235{100 + n:03d}"
    store = setup.init_township(root / code, setup.TownshipSetup(township_code=code, township_name=f"第{n}镇",
                                                                  county_code="500235"))
    generate(store, matters=matters, seed=n)
    bundle_keys.set_county_key(store, county_key)
    bundle_keys.write_public_key(store, root / f"{code}.pub")
    county.add_township(identity_store, code, f"第{n}镇", root / f"{code}.pub")
    return code, store


def stock_export(store, work: Path, county_key: str, age: str, mini: str) -> float:
    """The same month with stock tools: sqlite3 rows to JSONL, tar, age -r, minisign -S."""
    key = bundle_keys.signing_key_path(store.home)
    started = time.perf_counter()
    records = work / "records"
    records.mkdir(parents=True)
    with sqlite3.connect(store.path) as connection:
        for table in payload.synced_table_names():
            cursor = connection.execute(f"SELECT * FROM {table} ORDER BY id")
            columns = [d[0] for d in cursor.description]
            with open(records / f"{table}.jsonl", "w", encoding="utf-8") as out:
                for row in cursor:
                    out.write(json.dumps(dict(zip(columns, row, strict=False)), ensure_ascii=False) + "\n")
    (work / "manifest.json").write_text("{}")
    subprocess.run(["tar", "-cf", str(work / "b.tar"), "-C", str(work), "manifest.json", "records"], check=True)
    subprocess.run([age, "-r", county_key, "-o", str(work / "b.age"), str(work / "b.tar")], check=True)
    subprocess.run([mini, "-S", "-s", str(key), "-m", str(work / "b.age"), "-t", "bench"], check=True,
                   capture_output=True)
    return time.perf_counter() - started


def raw_upsert(target: Path, sources: list[Path]) -> float:
    """Reference: plain sqlite upsert of every synced row of the townships, no checks, one transaction each."""
    started = time.perf_counter()
    with sqlite3.connect(target) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        for source in sources:
            with sqlite3.connect(source) as src:
                for table in payload.synced_table_names():
                    cursor = src.execute(f"SELECT * FROM {table}")
                    columns = [d[0] for d in cursor.description]
                    updates = ", ".join(f"{c}=excluded.{c}" for c in columns if c != "id")
                    connection.executemany(
                        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
                        f"ON CONFLICT(id) DO UPDATE SET {updates} WHERE excluded.revision > {table}.revision",
                        cursor.fetchall())
            connection.commit()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--matters", type=int, default=5000)
    parser.add_argument("--bundles", type=int, default=40)
    args = parser.parse_args()
    age, mini = shutil.which("age"), shutil.which("minisign")
    if not (age and mini):
        sys.exit("needs the stock age and minisign tools (apt-get install age minisign)")
    root = Path(tempfile.mkdtemp(prefix="bench-bundle-"))
    try:
        identity = county.init_county(root / "county", "500235", "云阳县")
        stick = root / "stick"
        stick.mkdir()
        print(f"building {args.bundles} townships of {args.matters} matters …", flush=True)
        towns = [township(root, n, args.matters, identity.public_key, identity.store) for n in range(args.bundles)]

        ours = []
        paths = []
        for _n, (_code, store) in enumerate(towns):
            started = time.perf_counter()
            paths.append(bundle_export.export_bundle(store, stick, "2026-11").bundle_path)
            ours.append(time.perf_counter() - started)
        stock = min(stock_export(towns[i][1], root / f"stock{i}", identity.public_key, age, mini) for i in range(3))
        export_time = min(ours)
        print(f"export, one month of {args.matters} matters: ours {export_time:.3f} s, "
              f"sqlite3+tar+age+minisign {stock:.3f} s, ratio {export_time / stock:.2f}× (goal ≤ 1.5×)")

        reference_store = root / "reference.sqlite"
        copy_store(identity.store.path, reference_store)
        started = time.perf_counter()
        result = bundle_import.import_bundles(identity.store, paths)
        import_time = time.perf_counter() - started
        assert result.exit_code == 0, [r.line() for r in result.reports]
        reference = raw_upsert(reference_store, [store.path for _, store in towns])
        print(f"import of {len(paths)} bundles: ours {import_time:.2f} s, raw sqlite upsert {reference:.2f} s, "
              f"ratio {import_time / reference:.2f}× (goal ≤ 2×)")
        for _, store in towns:
            store.close()
        identity.store.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
