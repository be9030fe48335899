"""``gazetteer-desk [--home DIR] [COMMAND]`` — with no command, the window opens."""

import argparse
import sys

from ..errors import DeskError
from ..paths import resolve_home
from . import (  # one module per feature, one line each
    commands_bundle,
    commands_accounts,
    commands_leaders,
    commands_matters,
    commands_proposals,
    commands_receipts,
    commands_setup,
    commands_stats,
)
from .output import fail

# Each module adds its sub-commands; a feature's commands live beside each other in one module.
COMMAND_MODULES = [
    commands_setup,
    commands_matters,
    commands_receipts,
    commands_leaders,
    commands_bundle,
    commands_accounts,
    commands_stats,
    commands_proposals,
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own messages are English; say it in Chinese too
        self.print_usage(sys.stderr)
        fail(f"命令参数有误：{message}")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="gazetteer-desk", description="信访接待台：乡镇信访接待窗口与县信访办的离线工作台")
    parser.add_argument("--home", help="数据目录（默认：环境变量 GAZETTEER_DESK_HOME 或用户数据目录）")
    parser.add_argument("--version", action="version", version=_version())
    parser.add_argument("--self-test", action="store_true",
                        help="自检：在临时目录中试运行登记、回执、数据包与主窗口，不触及现有数据")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.add_commands(sub)
    return parser


def _version() -> str:
    from .. import __version__

    return f"gazetteer-desk {__version__}"


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:  # before any sub-command, and without touching the clerk's data home
        from ..selftest import run

        return run()
    home = resolve_home(args.home)
    if args.command is None:
        from ..gui.app import run_gui

        return run_gui(home)
    try:
        return args.handler(args, home) or 0
    except DeskError as error:
        fail(error.message)
        return error.exit_code
    except KeyboardInterrupt:
        fail("已取消")
        return 130
    except BrokenPipeError:  # output piped into `head` and closed early: not an error of ours
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
