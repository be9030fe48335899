"""How long a year's figures and the 台账 workbook take on a big store.

    gazetteer-desk --home /tmp/big demo-data --matters 200000     # once
    .venv/bin/python bench/bench_stats.py --home /tmp/big [--year 2025] [--matters 200000]

Prints seconds (wall, and the process's CPU time: on a shared machine the wall clock also counts the time other work
had the processor) and rows per second for: all figures of the year, and the workbook (汇总 + five ledgers).
``--matters`` only builds the store when --home holds none yet.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text  # noqa: E402

from gazetteer_desk.services.ledgers import figures, ledger_export  # noqa: E402
from gazetteer_desk.services.core.scope import Scope  # noqa: E402
from gazetteer_desk.store.migrate import open_store  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--home", required=True)
    parser.add_argument("--year", type=int)
    parser.add_argument("--matters", type=int, default=200000)
    args = parser.parse_args()
    home = Path(args.home)
    if not (home / "desk.sqlite").exists():
        print(f"building a store of {args.matters} matters in {home} …", flush=True)
        subprocess.run([sys.executable, "-m", "gazetteer_desk", "--home", str(home), "init", "--township-code",
                        "500235101", "--township-name", "双江镇", "--villages", "青龙村,白鹤村,柳树社区,石门村,桂花村",
                        "--staff", "李明,张华"], check=True,
                       env={**os.environ, "GAZETTEER_KEY_PASSPHRASE": os.environ.get("GAZETTEER_KEY_PASSPHRASE",
                                                                                     "bench-keys-only")})
        subprocess.run([sys.executable, "-m", "gazetteer_desk", "--home", str(home), "demo-data",
                        "--matters", str(args.matters)], check=True)
    store = open_store(home)
    with store.engine.connect() as c:
        total = c.execute(text("SELECT count(*) FROM matter WHERE deleted = 0")).scalar_one()
        year = args.year or int(c.execute(text(
            "SELECT substr(received_on, 1, 4) AS y FROM matter GROUP BY y ORDER BY count(*) DESC LIMIT 1")).scalar_one())
    scope = Scope.period(str(year))
    t0, c0 = time.perf_counter(), time.process_time()
    values = figures.as_dict(figures.compute(store, scope))
    t_fig, c_fig = time.perf_counter() - t0, time.process_time() - c0
    n = values["matters"]
    print(f"store: {total} matters; year {year}: {n} matters, {values['visits']} visits")
    print(f"figures ({len(figures.FIGURES)}):  {t_fig:6.2f} s (cpu {c_fig:6.2f} s)   {n / t_fig:10.0f} matters/s")
    with tempfile.TemporaryDirectory() as tmp:
        t0, c0 = time.perf_counter(), time.process_time()
        result = ledger_export.export_ledgers(store, scope, Path(tmp) / "bench.xlsx")
        t_xlsx, c_xlsx = time.perf_counter() - t0, time.process_time() - c0
        rows = sum(result.rows.values())
        size = (Path(tmp) / "bench.xlsx").stat().st_size / 1e6
    print(f"workbook:         {t_xlsx:6.2f} s (cpu {c_xlsx:6.2f} s)   {rows / t_xlsx:10.0f} rows/s   "
          f"({rows} rows, {size:.1f} MB)")
    store.close()


if __name__ == "__main__":
    main()
