"""`gazetteer-desk --self-test` from the source tree: every step passes, and nothing outside a temp folder is touched."""

import os
import subprocess
import sys

from gazetteer_desk.selftest import STEPS

STEP_LABELS = [label for label, _ in STEPS]


def run_self_test(command: list[str], tmp_path, **kwargs) -> subprocess.CompletedProcess:
    home = tmp_path / "untouched-home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GAZETTEER_DESK_HOME": str(home), "HOME": str(tmp_path)}
    result = subprocess.run(command + ["--self-test"], env=env, capture_output=True, text=True, timeout=300, **kwargs)
    assert not home.exists(), "the self-test must not create or open the configured data home"
    return result


def assert_passed(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for n, label in enumerate(STEP_LABELS, start=1):
        assert any(line.startswith(f"[{n}/{len(STEP_LABELS)}] {label}：通过") for line in lines), result.stdout
    assert "王䶮" in result.stdout
    assert lines[-1] == "自检通过：全部步骤正常"


def test_self_test_from_source(tmp_path):
    assert_passed(run_self_test([sys.executable, "-m", "gazetteer_desk"], tmp_path))


def test_a_failing_step_is_named_and_exits_non_zero(tmp_path):
    # A font file that is not there: the receipt step must fail with its own message, the run stop there.
    code = ("import sys, gazetteer_desk.documents.fonts as f; f.FONT_FILES[f.SONG] = 'missing.ttf';"
            "from gazetteer_desk.cli.main import main; sys.exit(main())")
    result = run_self_test([sys.executable, "-c", code], tmp_path)
    assert result.returncode == 1
    assert f"[3/{len(STEPS)}] 生成回执：失败" in result.stdout, result.stdout
    assert f"[4/{len(STEPS)}]" not in result.stdout
    assert "自检失败：生成回执" in result.stderr
