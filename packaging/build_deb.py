"""Make ``gazetteer-desk_<version>_<arch>.deb`` from the one-folder build (run packaging/build.py first).

    .venv/bin/python packaging/build_deb.py                       # dist/gazetteer-desk -> dist/*.deb
    .venv/bin/python packaging/build_deb.py --bundle DIR --out DIR

Layout: the program folder in /opt/gazetteer-desk, /usr/bin/gazetteer-desk a symlink to it, a desktop entry and the
icon in the hicolor theme (dpkg triggers refresh the menus; no maintainer scripts). Data is never in the package: it
lives in each user's data folder, so removing or upgrading the package leaves every store alone.

Depends is declared below and checked against the bundle (objdump NEEDED entries of every ELF file, mapped to
packages with dpkg): the build fails when the bundle needs a package not declared, or a declared one is not needed.
The libc6 version is the newest GLIBC symbol version the bundle asks for (the build machine's glibc, in practice).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import linux_deps  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "gazetteer-desk"
PREFIX = Path("opt") / PACKAGE

# The system libraries the bundle links to (see SYSTEM_LIBS in gazetteer-desk.spec for why they are not bundled).
# Alternatives cover older Debian-family releases where the package had another name.
DEPENDS = [
    "libstdc++6", "libgcc-s1 | libgcc1", "zlib1g", "libzstd1", "libuuid1",
    "libglib2.0-0", "libdbus-1-3", "libfontconfig1", "libfreetype6",
    "libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0",
    "libx11-6", "libx11-xcb1", "libxcb1", "libxcb-cursor0", "libxcb-glx0", "libxcb-icccm4", "libxcb-image0",
    "libxcb-keysyms1", "libxcb-randr0", "libxcb-render0", "libxcb-render-util0", "libxcb-shape0", "libxcb-shm0",
    "libxcb-sync1", "libxcb-xfixes0", "libxcb-xkb1",
    "libcups2",  # printing the receipts goes through the system's CUPS
]
# loaded by name at run time, so no ELF file of the bundle links them and the check below cannot see them
LOADED_BY_NAME = [
    "libpq5",  # a county store on a PostgreSQL server: psycopg's pure-Python binding loads the system's libpq
]
# Suggested, not needed to run: the Chinese input method's frontend (Qt's ibus plugin is bundled; fcitx5 speaks it)
RECOMMENDS = ["fonts-noto-cjk | fonts-wqy-microhei"]


def version() -> str:
    text = (ROOT / "gazetteer_desk" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def check_depends(bundle: Path) -> tuple[int, ...]:
    """Compare DEPENDS with what the bundle links to; returns the glibc floor (for libc6's version)."""
    report = linux_deps.analyse(bundle)
    if report.missing:
        raise SystemExit(f"libraries found neither in the bundle nor on this system: {sorted(report.missing)}")
    if report.unowned:  # a Depends we cannot name: the .deb would install but not run on a clean machine
        raise SystemExit("system libraries the bundle needs that no Debian package provides here: "
                         + ", ".join(f"{name} ({path})" for name, path in sorted(report.unowned.items())))
    declared = {alt.strip() for entry in DEPENDS for alt in entry.split("|")}
    needed = report.needed_packages - {"libc6"}
    undeclared = sorted(needed - declared)
    if undeclared:
        raise SystemExit(f"the bundle needs packages missing from DEPENDS: {undeclared}")
    unused = [entry for entry in DEPENDS if not {a.strip() for a in entry.split("|")} & needed]
    if unused:
        raise SystemExit(f"DEPENDS declares packages the bundle does not link to: {unused}")
    return report.glibc


def _install(source: Path, target: Path, mode: int) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def control(arch: str, glibc: tuple[int, ...], installed_kb: int) -> str:
    depends = ", ".join([f"libc6 (>= {'.'.join(map(str, glibc))})"] + DEPENDS + LOADED_BY_NAME)
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version()}\n"
        f"Architecture: {arch}\n"
        "Maintainer: Gazetteer Desk <packaging@gazetteer-desk.invalid>\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {depends}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: 信访接待台 — offline petition reception desk\n"
        " Registers walk-in petitioners at township reception desks (信访接待窗口), follows\n"
        " every matter through the time limits of the 信访工作条例, prints receipts and\n"
        " notices with an embedded Chinese font, and carries a township's records to the\n"
        " county petition office (县信访办) in encrypted, signed monthly bundles.\n"
        " .\n"
        " Works without network access. Check an installation with: gazetteer-desk --self-test\n"
    )


def stage(bundle: Path, root: Path, arch: str, glibc: tuple[int, ...]) -> None:
    """Lay the package's file tree out in ``root`` with the modes dpkg should install."""
    shutil.copytree(bundle, root / PREFIX, symlinks=True)
    for path in (root / PREFIX).rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            executable = path.stat().st_mode & 0o111 or path.suffix == ".so" or ".so." in path.name
            path.chmod(0o755 if executable else 0o644)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / PACKAGE).symlink_to(f"/{PREFIX}/{PACKAGE}")
    share = root / "usr" / "share"
    _install(ROOT / "packaging" / "linux" / f"{PACKAGE}.desktop", share / "applications" / f"{PACKAGE}.desktop", 0o644)
    icons = ROOT / "gazetteer_desk" / "resources" / "icons"
    _install(icons / f"{PACKAGE}.png", share / "icons" / "hicolor" / "256x256" / "apps" / f"{PACKAGE}.png", 0o644)
    _install(icons / f"{PACKAGE}.svg", share / "icons" / "hicolor" / "scalable" / "apps" / f"{PACKAGE}.svg", 0o644)
    _install(ROOT / "packaging" / "linux" / "copyright", share / "doc" / PACKAGE / "copyright", 0o644)
    for path in root.rglob("*"):
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    installed_kb = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir()) // 1024
    debian = root / "DEBIAN"
    debian.mkdir(mode=0o755)
    (debian / "control").write_text(control(arch, glibc, installed_kb), encoding="utf-8")


def build_deb(bundle: Path, out: Path, level: int = 6) -> Path:
    bundle, out = bundle.resolve(), out.resolve()
    if not (bundle / PACKAGE).is_file():
        raise SystemExit(f"no one-folder build in {bundle}: run packaging/build.py first")
    arch = architecture()
    glibc = check_depends(bundle)
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{PACKAGE}_{version()}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="gazetteer-deb-") as folder:
        root = Path(folder) / "root"
        root.mkdir(mode=0o755)
        stage(bundle, root, arch, glibc)
        subprocess.run(["dpkg-deb", "--build", "--root-owner-group", "-Zxz", f"-z{level}", str(root), str(target)],
                       check=True, stdout=subprocess.DEVNULL)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / PACKAGE)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--level", type=int, default=6, help="xz compression level (6: default, 9: smallest)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    deb = build_deb(args.bundle, args.out, args.level)
    print(f"built {deb} in {time.monotonic() - started:.0f} s, {deb.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
