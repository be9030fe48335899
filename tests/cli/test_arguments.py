"""argparse speaks Chinese: bad dates, numbers, choices, missing and unknown arguments — all exit code 2."""

import pytest

from gazetteer_desk.cli.main import main


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["act", "500235101-2026-00001", "accept", "--on", "2024-13-01"],
         "参数 --on：日期格式应为 YYYY-MM-DD，例如 2026-11-25"),
        (["audit", "list", "--since", "昨天"], "日期格式应为 YYYY-MM-DD"),
        (["reception-day", "list", "--month", "2026-13"], "月份格式应为 YYYY-MM"),
        (["search", "王伟", "--limit", "十"], "参数 --limit：应为整数"),
        (["reception-day"], "缺少必需的参数：ACTION"),
        (["register", "--name", "王伟"], "缺少必需的参数：--content"),
        (["act", "500235101-2026-00001", "nope"], "无效的选项 'nope'（可选：'accept'"),
        (["no-such-command"], "无效的选项 'no-such-command'（可选："),
        (["search", "王伟", "--colour"], "无法识别的参数：--colour"),
        (["search", "王伟", "--limit"], "参数 --limit：需要一个值"),
    ],
)
def test_bad_command_lines_are_explained_in_chinese(home, capsys, args, message):
    assert main(["--home", str(home), *args]) == 2
    err = capsys.readouterr().err
    assert "错误：命令参数有误：" in err and message in err
    for english in ("the following arguments", "invalid choice", "unrecognized", "expected one", "argument "):
        assert english not in err.split("错误：")[1]


def test_version_and_help_exit_zero(capsys):
    assert main(["--version"]) == 0
    assert "gazetteer-desk" in capsys.readouterr().out
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "reception-day" in out and "--as USERNAME" in out


def test_parsing_imports_no_service():
    import subprocess
    import sys

    code = ("import sys; from gazetteer_desk.cli.main import build_parser; build_parser(); "
            "print(sorted(m for m in sys.modules if m.startswith(('gazetteer_desk.services', 'sqlmodel', "
            "'gazetteer_desk.store'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_command_makes_only_its_own_parser(capsys):
    """Parsing one command neither makes another's parser nor imports the rules another's help needs; the list of
    commands still shows every help, the act command's from the procedure's actions."""
    import subprocess
    import sys

    code = ("import sys; from gazetteer_desk.cli.main import build_parser; "
            "args = build_parser().parse_args(['bundle', 'list']); "
            "print(args.bundle_command, 'gazetteer_desk.domain.procedure' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["list", "False"]
    assert main(["--help"]) == 0
    listed = capsys.readouterr().out
    assert "办理操作：accept（受理）" in listed and "导出" in listed
