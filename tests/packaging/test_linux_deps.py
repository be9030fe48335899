"""The .deb's Depends check refuses a system library it cannot name a package for."""

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import build_deb  # noqa: E402
import linux_deps  # noqa: E402

pytestmark = pytest.mark.skipif(shutil.which("dpkg") is None or shutil.which("objdump") is None,
                                reason="needs dpkg and binutils")


def test_a_library_no_package_owns_is_an_error(tmp_path, monkeypatch):
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    shutil.copy(shutil.which("true"), bundle / "program")  # an ELF file that links the C library
    stray = tmp_path / "libc.so.6"  # as if the loader found it where no package put it
    stray.write_bytes(b"")
    monkeypatch.setattr(linux_deps, "_LDCONFIG", {"libc.so.6": stray})
    with pytest.raises(SystemExit, match=r"no Debian package provides here: libc\.so\.6"):
        build_deb.check_depends(bundle)


def test_a_library_a_package_owns_is_named(tmp_path):
    shutil.copy(shutil.which("true"), tmp_path / "program")
    report = linux_deps.analyse(tmp_path)
    assert report.packages == {"libc.so.6": "libc6"} and not report.unowned and not report.missing
