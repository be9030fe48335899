"""The one-folder build (PyInstaller, as shipped in the installers) builds, carries what it must, and passes its own
``--self-test`` — run from the frozen folder, not from the source tree.

Builds into ``build/frozen-test/`` beside PyInstaller's work folder ``build/pyinstaller`` (kept between runs, like
PyInstaller's binary cache, so a rebuild takes about half a minute on two cores).
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.test_selftest import assert_passed, run_self_test

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import build  # noqa: E402
import build_deb  # noqa: E402

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the CI builds the Linux bundle")


@pytest.fixture(scope="module")
def bundle() -> Path:
    dist = ROOT / "build" / "frozen-test"
    shutil.rmtree(dist, ignore_errors=True)
    return build.build(dist, ROOT / "build" / "pyinstaller", quiet=True)


def test_frozen_program_passes_its_self_test(bundle, tmp_path):
    assert_passed(run_self_test([str(bundle / "gazetteer-desk")], tmp_path, cwd=tmp_path))


def test_bundle_carries_resources_and_migrations_and_no_unused_qt(bundle):
    internal = bundle / "_internal"
    assert (internal / "gazetteer_desk" / "resources" / "fonts" / "LXGWWenKai-Regular.ttf").is_file()
    assert (internal / "gazetteer_desk" / "resources" / "fonts" / "NotoSansCJKsc-Regular.otf").is_file()  # the interface font
    assert (internal / "gazetteer_desk" / "resources" / "styles" / "default.qss").is_file()
    assert (internal / "gazetteer_desk" / "resources" / "manual" / "images" / "registration.png").is_file()  # F1, PDF
    migrations = internal / "gazetteer_desk" / "store" / "migrations"
    assert (migrations / "script.py.mako").is_file() and (migrations / "env.py").is_file()
    shipped = {p.name for p in (migrations / "versions").glob("*.py")}
    assert shipped == {p.name for p in (ROOT / "gazetteer_desk/store/migrations/versions").glob("*.py")}
    names = [str(p.relative_to(internal)) for p in internal.rglob("*")]
    for unused in ("Qt6Qml", "Qt6Quick", "Qt6Network", "Qt6WebEngine", "Qt6Wayland", "QtNetwork", "/qml/"):
        assert not [n for n in names if unused in n], unused
    assert sorted(p.name for p in internal.rglob("*.qm")) == ["qtbase_zh_CN.qm"]
    # the desktop's toolkit stays the system's, even when the build machine has it (./desk installs libgtk-3-0)
    for toolkit in ("libgtk-3", "libgdk-3", "libatk", "libcairo", "libpango", "libwayland", "libepoxy", "qgtk3"):
        assert not [n for n in names if toolkit in n], toolkit
    assert build.folder_size(bundle) <= 200e6


def test_the_printed_manual_is_beside_the_program(bundle):
    manual = bundle / "操作手册.pdf"  # the .deb and the Windows installer take the whole folder
    assert manual.is_file() and manual.read_bytes().startswith(b"%PDF-") and manual.stat().st_size > 100_000


def test_deb_depends_match_what_the_bundle_links(bundle):
    if shutil.which("dpkg") is None or shutil.which("objdump") is None:
        pytest.skip("needs dpkg and binutils")
    glibc = build_deb.check_depends(bundle)  # raises SystemExit on any difference
    assert glibc >= (2, 28)


def test_deb_builds_with_the_licences(bundle, tmp_path):
    if shutil.which("dpkg-deb") is None or shutil.which("objdump") is None:
        pytest.skip("needs dpkg and binutils")
    deb = build_deb.build_deb(bundle, tmp_path, level=0)
    info = subprocess.run(["dpkg-deb", "--info", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "Depends: libc6 (>= 2." in info and "libgtk" not in info
    files = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True).stdout
    for licence in ("/_internal/LICENSE", "/resources/fonts/OFL.txt", "/licenses/PySide6_Essentials/LGPL-3.0.txt",
                    "/usr/share/doc/gazetteer-desk/copyright"):
        assert licence in files, licence


def test_frozen_command_line_runs(bundle, tmp_path):
    home = tmp_path / "home"
    env = {**os.environ, "GAZETTEER_KEY_PASSPHRASE": "shuangjiang-keys"}  # init seals the keys with it
    run = lambda *args: subprocess.run([str(bundle / "gazetteer-desk"), "--home", str(home), *args],  # noqa: E731
                                       capture_output=True, text=True, timeout=120, env=env)
    assert run("init", "--township-code", "500235101", "--township-name", "双江镇").returncode == 0
    registered = run("register", "--name", "王䶮", "--content", "要求解决道路硬化问题")
    assert registered.returncode == 0, registered.stderr
    assert "王䶮" in run("search", "王䶮").stdout
    # demo data is drawn by forked workers in the frozen program too (spawned ones would start the program again)
    home = tmp_path / "demo"
    assert run("init", "--township-code", "500235102", "--township-name", "青龙镇").returncode == 0
    demo = run("demo-data", "--matters", "3000", "--json")
    assert demo.returncode == 0, demo.stderr
    assert '"matter": 3000' in demo.stdout and "500235102-" in run("search", "宅基地").stdout


def test_frozen_program_keeps_a_county_store_on_a_postgresql_server(bundle, tmp_path, pg_empty_database):
    """On Linux the build carries psycopg's pure-Python binding and loads the system's libpq (the .deb depends on
    libpq5): a county office sets its store up on the server with the frozen program."""
    home = tmp_path / "county"
    env = {**os.environ, "GAZETTEER_KEY_PASSPHRASE": "county-keys-2026"}
    made = subprocess.run([str(bundle / "gazetteer-desk"), "--home", str(home), "county", "init",
                           "--county-code", "500235", "--county-name", "云阳县", "--database", pg_empty_database],
                          capture_output=True, text=True, timeout=120, env=env)
    assert made.returncode == 0, made.stderr
    assert (home / "database.json").is_file() and not (home / "desk.sqlite").exists()
    assert not (bundle / "_internal" / "psycopg_binary").exists()
