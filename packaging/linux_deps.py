"""Which system libraries a one-folder build needs on Linux, found with binutils (objdump) and dpkg.

Every ELF file of the bundle names the shared libraries it links (``NEEDED``); those not shipped inside the bundle
come from the system. Each is mapped to the Debian package that provides it here, so the .deb's Depends can be
checked against the truth, and the newest glibc symbol version any file asks for gives the glibc floor.

    .venv/bin/python packaging/linux_deps.py dist/gazetteer-desk
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
_GLIBC = re.compile(r"\bGLIBC_(\d+)\.(\d+)(?:\.(\d+))?\b")


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == ELF_MAGIC:
                    found.append(path)
    return found


def _objdump(path: Path, flag: str) -> str:
    return subprocess.run(["objdump", flag, str(path)], capture_output=True, text=True, check=False).stdout


def needed(path: Path) -> list[str]:
    return re.findall(r"^\s*NEEDED\s+(\S+)", _objdump(path, "-p"), re.M)


def glibc_floor(files: list[Path]) -> tuple[int, ...]:
    """The newest ``GLIBC_x.y`` symbol version any of ``files`` requires."""
    best: tuple[int, ...] = (2, 0)
    for path in files:
        for match in _GLIBC.finditer(_objdump(path, "-T")):
            best = max(best, tuple(int(g) for g in match.groups() if g is not None))
    return best


_LDCONFIG: dict[str, Path] | None = None


def _system_path(soname: str) -> Path | None:
    """Where the dynamic loader finds ``soname`` on this machine (64-bit entries of ``ldconfig -p``)."""
    global _LDCONFIG
    if _LDCONFIG is None:
        out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
        _LDCONFIG = {}
        for match in re.finditer(r"^\s*(\S+) \(([^)]*)\) => (\S+)$", out, re.M):
            if "x86-64" in match.group(2) or "64" in match.group(2):
                _LDCONFIG.setdefault(match.group(1), Path(match.group(3)))
    return _LDCONFIG.get(soname)


def package_of(path: Path) -> str | None:
    """The Debian package owning ``path`` (tries the /usr-merged and the historical location); None when no package
    owns it (a library installed by hand, or left behind by a removed package)."""
    real = path.resolve()
    candidates = {str(path), str(real)}
    for c in list(candidates):
        if c.startswith("/usr/lib/"):
            candidates.add(c[len("/usr"):])
        elif c.startswith("/lib/"):
            candidates.add("/usr" + c)
    for candidate in sorted(candidates):
        out = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
        if out.returncode == 0:
            return out.stdout.split(":")[0].strip()
    return None


@dataclass
class Report:
    bundled: set[str] = field(default_factory=set)
    system: dict[str, set[str]] = field(default_factory=dict)  # soname -> bundle files needing it
    packages: dict[str, str] = field(default_factory=dict)  # soname -> package
    missing: set[str] = field(default_factory=set)  # on neither side
    unowned: dict[str, Path] = field(default_factory=dict)  # soname -> system file no package owns
    glibc: tuple[int, ...] = (2, 0)

    @property
    def needed_packages(self) -> set[str]:
        return set(self.packages.values())


def analyse(bundle: Path) -> Report:
    files = elf_files(bundle)
    report = Report(bundled={p.name for p in bundle.rglob("*.so*")})
    for path in files:
        for soname in needed(path):
            if soname not in report.bundled:
                report.system.setdefault(soname, set()).add(str(path.relative_to(bundle)))
    for soname in sorted(report.system):
        where = _system_path(soname)
        if where is None:
            report.missing.add(soname)
        elif (package := package_of(where)) is None:
            report.unowned[soname] = where
        else:
            report.packages[soname] = package
    report.glibc = glibc_floor(files)
    return report


def main(argv: list[str]) -> int:
    bundle = Path(argv[1] if len(argv) > 1 else "dist/gazetteer-desk")
    report = analyse(bundle)
    for soname in sorted(report.system):
        print(f"{soname:32} {report.packages.get(soname, 'NOT FOUND'):24} e.g. {sorted(report.system[soname])[0]}")
    print("packages:", " ".join(sorted(report.needed_packages)))
    print("glibc floor:", ".".join(map(str, report.glibc)))
    for soname, where in sorted(report.unowned.items()):
        print(f"{soname:32} {'NO PACKAGE OWNS ' + str(where)}")
    return 1 if report.missing or report.unowned else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
