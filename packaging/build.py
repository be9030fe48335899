"""Build the one-folder program ``dist/gazetteer-desk/`` with PyInstaller (on the OS it is meant for).

    .venv/bin/python packaging/build.py                 # -> dist/gazetteer-desk/
    .venv/bin/python packaging/build.py --dist DIR      # elsewhere (the frozen-build test does this)

PyInstaller's work folder (``build/pyinstaller`` unless ``--work``) and its binary cache (in the user's cache folder)
are kept between runs, so a rebuild after a code change takes seconds for the analysis instead of a full minute.
Then ``packaging/build_deb.py`` makes the .deb from the result; the Windows installer is built on Linux, under Wine,
by ``packaging/build_windows.py``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path
from manual_file import add_manual  # a sibling: packaging/ is on the path when a build runs

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "gazetteer-desk.spec"
NAME = "gazetteer-desk"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path, quiet: bool = False) -> Path:
    """Run PyInstaller on the spec; returns the one-folder program's folder (``dist/gazetteer-desk``)."""
    dist, work = dist.resolve(), work.resolve()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean" if os.environ.get("CLEAN") else "",
               "--distpath", str(dist), "--workpath", str(work), "--log-level", "WARN" if quiet else "INFO",
               str(SPEC)]
    subprocess.run([c for c in command if c], cwd=ROOT, check=True)
    add_manual(dist / NAME)
    return dist / NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the program folder goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    parser.add_argument("--quiet", action="store_true", help="only PyInstaller's warnings")
    args = parser.parse_args(argv)
    started = time.monotonic()
    out = build(args.dist, args.work, args.quiet)
    print(f"built {out} in {time.monotonic() - started:.0f} s, {folder_size(out) / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
