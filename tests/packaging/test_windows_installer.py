"""The Windows installer, built on this Linux machine (packaging/build_windows.py), installed silently under Wine into
a folder with Chinese characters in its name, passes its ``--self-test`` there, keeps the data folder on uninstall,
and stays within its size goal.

The build runs PyInstaller under Wine and takes several minutes the first time; its downloads, the Windows Python and
the Wine prefix are kept in .cache/windows/ for the next run.
"""

import shutil
import sys
from pathlib import Path

import pytest

from tests.packaging.test_selftest import assert_passed

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import build_windows  # noqa: E402

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="built with Wine on the Linux CI")

INSTALL_DIR = r"C:\信访程序\接待台"
GOAL_BYTES = 90e6


@pytest.fixture(scope="module")
def installer() -> Path:
    missing = [tool for tool in ("wine", "wineboot", "makensis", "x86_64-w64-mingw32-ld") if not shutil.which(tool)]
    assert not missing, f"./desk installs these for the tests: {missing}"
    return build_windows.build(ROOT / "build" / "windows-test")


@pytest.fixture(scope="module")
def wine(installer, tmp_path_factory) -> build_windows.Wine:
    """A fresh Wine prefix with the program installed for the current user, as a clerk would by double-clicking."""
    wine = build_windows.Wine(tmp_path_factory.mktemp("wine") / "prefix").ensure()
    wine.run(str(installer), "/S", "/CurrentUser", f"/D={INSTALL_DIR}")
    return wine


def installed(wine: build_windows.Wine) -> Path:
    return wine.drive_c() / INSTALL_DIR[3:].replace("\\", "/")


def test_installer_stays_within_its_size_goal(installer):
    assert installer.stat().st_size <= GOAL_BYTES


def test_the_printed_manual_is_installed_beside_the_program(wine):
    manual = installed(wine) / "操作手册.pdf"
    assert manual.is_file() and manual.read_bytes().startswith(b"%PDF-")


def test_installed_program_passes_its_self_test(wine):
    program = installed(wine)
    assert (program / "gazetteer-desk.exe").is_file() and (program / "uninstall.exe").is_file()
    for licence in ("LICENSE", "gazetteer_desk/resources/fonts/OFL.txt", "licenses/PySide6_Essentials/LGPL-3.0.txt"):
        assert (program / "_internal" / licence).is_file(), licence
    result = wine.run(f"{INSTALL_DIR}\\gazetteer-desk-cli.exe", "--self-test", check=False, QT_QPA_PLATFORM="offscreen")
    assert_passed(result)
    # the window's program (no console on Windows) runs the same self-test; its exit code tells
    window = wine.run(f"{INSTALL_DIR}\\gazetteer-desk.exe", "--self-test", check=False, QT_QPA_PLATFORM="offscreen")
    assert window.returncode == 0, window.stdout + window.stderr


def test_installed_program_keeps_a_store_in_a_chinese_folder_and_prints_a_receipt(wine):
    home = r"C:\乡镇 数据\双江镇"
    run = lambda *args: wine.run(f"{INSTALL_DIR}\\gazetteer-desk-cli.exe", "--home", home, *args,  # noqa: E731
                                 check=False, QT_QPA_PLATFORM="offscreen",
                                 GAZETTEER_KEY_PASSPHRASE="shuangjiang-keys")  # init seals the keys with it
    assert run("init", "--township-code", "500235101", "--township-name", "双江镇").returncode == 0
    registered = run("register", "--name", "王䶮", "--content", "要求解决道路硬化问题", "--json")
    assert registered.returncode == 0, registered.stdout + registered.stderr
    assert "王䶮" in run("search", "王䶮").stdout
    receipt = run("receipt", "500235101-2026-00001", "--out", home + r"\回执.pdf")
    assert receipt.returncode == 0, receipt.stdout + receipt.stderr
    assert (wine.drive_c() / "乡镇 数据" / "双江镇" / "回执.pdf").read_bytes().startswith(b"%PDF")


def test_programs_and_features_shows_the_version_and_the_uninstaller_keeps_the_data(wine):
    key = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\GazetteerDesk"
    entry = wine.run("reg", "query", key).stdout
    assert f"DisplayVersion    REG_SZ    {build_windows.version()}" in entry
    start_menu = wine.drive_c() / "users"
    assert list(start_menu.glob("*/Desktop/信访接待台.lnk")), "desktop shortcut"
    assert list(start_menu.glob("*/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/信访接待台/信访接待台.lnk"))
    data = next(start_menu.glob("*/AppData/Local")) / "GazetteerDesk"
    data.mkdir(parents=True, exist_ok=True)
    (data / "store.sqlite").write_bytes(b"the clerk's records")
    wine.run(f"{INSTALL_DIR}\\uninstall.exe", "/S", "/CurrentUser")
    wine.wait()  # the uninstaller finishes from a copy of itself
    assert not (installed(wine) / "gazetteer-desk.exe").exists()
    assert (data / "store.sqlite").read_bytes() == b"the clerk's records"
    assert wine.run("reg", "query", key, check=False).returncode != 0
