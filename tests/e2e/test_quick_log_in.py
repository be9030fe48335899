"""A password typed and submitted the moment the log-in shows gets in — every time, each start a fresh process."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gazetteer_desk.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
STARTS = 10  # the import race this guards against failed about 8 starts in 20 (0.6**10: under 1 % to miss it)
PASSWORD = "gaoyang-admin-2026"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the starts are forked from one process that loaded Qt")
def test_a_log_in_submitted_at_once_always_gets_in(tmp_path, monkeypatch, capsys):
    home = tmp_path / "home"
    monkeypatch.setenv("GAZETTEER_KEY_PASSPHRASE", "gaoyang-keys-2026")  # the keys are sealed at set-up
    assert main(["--home", str(home), "init", "--township-code", "500235101", "--township-name", "高阳镇",
                 "--staff", "张华"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["--home", str(home), "account", "add", "admin", "--password-stdin"]) == 0
    capsys.readouterr()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-m", "tests.e2e.log_in_at_once", str(home), "admin", PASSWORD,
                             str(STARTS)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    assert f"{STARTS} of {STARTS} starts got in" in result.stdout
