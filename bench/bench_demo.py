"""`demo-data` as a user runs it: the whole command, its wall clock, CPU and the memory of all its processes.

    .venv/bin/python bench/bench_demo.py [--matters 200000] [--runs 3] [--townships N]

Each run initialises a new data folder with `gazetteer-desk init` (or `county init` with --townships), then times
`gazetteer-desk demo-data` as a fresh process. The command draws its rows in worker processes, so its memory is the
sum over the process tree, sampled every 50 ms: PSS (each shared page counted once, split among the processes that
share it — what the machine really spends) and RSS (shared pages counted in every process: an upper bound). Prints
each run and the median against the goals (≤ 30 s, ≤ 500 MiB for 200,000 matters).
"""

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "bench-demo-passphrase"


def tree(pid: int) -> list[int]:
    """``pid`` and its descendants now."""
    found, frontier = [], [pid]
    while frontier:
        current = frontier.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    frontier += [int(child) for child in children.read().split()]
        except OSError:
            pass
    return found


def memory(pids: list[int]) -> tuple[int, int]:
    """Summed PSS and RSS of the processes, in KiB."""
    pss = rss = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as rollup:
                for line in rollup:
                    if line.startswith("Pss:"):
                        pss += int(line.split()[1])
                    elif line.startswith("Rss:"):
                        rss += int(line.split()[1])
        except OSError:
            pass
    return pss, rss


def run_once(args, work: Path) -> tuple[float, float, int, int]:
    home = work / "home"
    env = {**os.environ, "GAZETTEER_KEY_PASSPHRASE": PASSPHRASE}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program runs on compiled bytecode
    command = [sys.executable, "-m", "gazetteer_desk", "--home", str(home)]
    init = (["county", "init", "--county-code", "500235", "--county-name", "云阳县"] if args.townships
            else ["init", "--township-code", "500235101", "--township-name", "双江镇"])
    subprocess.run(command + init, check=True, capture_output=True, env=env)
    demo = ["demo-data", "--matters", str(args.matters)] + (["--townships", str(args.townships)] if args.townships
                                                             else [])
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command + demo, stdout=subprocess.DEVNULL, env=env)
    peak_pss = peak_rss = 0
    while process.poll() is None:
        pss, rss = memory(tree(process.pid))
        peak_pss, peak_rss = max(peak_pss, pss), max(peak_rss, rss)
        time.sleep(0.05)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode:
        sys.exit(f"demo-data failed ({process.returncode})")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, peak_pss, peak_rss


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--matters", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--townships", type=int, default=0, help="a county store of N townships (0: a township's)")
    args = parser.parse_args()
    print(f"demo-data --matters {args.matters:,}{f' --townships {args.townships}' if args.townships else ''}, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}", flush=True)
    runs = []
    for n in range(args.runs):
        work = Path(tempfile.mkdtemp(prefix="gd-demo-"))
        try:
            runs.append(run_once(args, work))
        finally:
            shutil.rmtree(work, ignore_errors=True)
        wall, cpu, pss, rss = runs[-1]
        print(f"  run {n + 1}: {wall:5.1f} s wall, {cpu:5.1f} s CPU, processes' memory {pss / 1024:4.0f} MiB PSS "
              f"({rss / 1024:4.0f} MiB RSS), load average {os.getloadavg()[0]:.1f}", flush=True)
    wall, cpu, pss, rss = (statistics.median(r[i] for r in runs) for i in range(4))
    print(f"median: {wall:.1f} s wall (goal ≤ 30 s: {wall / 30:.2f} of it), {cpu:.1f} s CPU, "
          f"{pss / 1024:.0f} MiB PSS (goal ≤ 500 MiB: {pss / 1024 / 500:.2f} of it), {rss / 1024:.0f} MiB RSS")


if __name__ == "__main__":
    main()
