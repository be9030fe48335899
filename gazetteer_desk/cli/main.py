"""``gazetteer-desk [--home DIR] [--as USERNAME] [COMMAND]`` — with no command, the window opens.

Parsing is cheap: command modules import the services only when their command runs (see :mod:`.parsing`).
"""

import os
import sys

from gazetteer_desk.errors import DeskError
from gazetteer_desk.cli import accounts, help, leaders, ledgers, matters, mediation, setup, sync
from gazetteer_desk.cli.identity import PASSWORD_ENV, sign_in_first
from gazetteer_desk.cli.output import fail
from gazetteer_desk.cli.parsing import Parser
from gazetteer_desk.cli.busy import BUSY_EXIT, BUSY_MESSAGE, is_busy

INTERNAL_ERROR = 70  # sysexits' EX_SOFTWARE: not the user's input, the program's fault

# Each feature's package holds its command modules; each module adds its sub-commands (in this order in --help).
COMMAND_MODULES = [
    setup.setup,
    setup.directory,
    matters.matters,
    matters.receipts,
    matters.query,
    leaders.reception_days,
    leaders.case_assignments,
    leaders.field_visits,
    mediation.mediation,
    sync.bundles,
    accounts.accounts,
    ledgers.stats,
    matters.proposals,
    setup.holidays,
    help.manual,
]


def build_parser() -> Parser:
    parser = Parser(prog="gazetteer-desk", description="信访接待台：乡镇信访接待窗口与县信访办的离线工作台")
    parser.add_argument("--home", help="数据目录（默认：环境变量 GAZETTEER_DESK_HOME 或用户数据目录）")
    parser.add_argument("--as", dest="as_user", metavar="USERNAME",
                        help=f"以此账户执行（密码取自环境变量 {PASSWORD_ENV} 或随后输入）；"
                             "不指定时记为操作系统用户 cli:<登录名>，只能做接待员可做的事")
    parser.add_argument("--version", action="version", version=_version(), help="显示版本号并退出")
    parser.add_argument("--self-test", action="store_true",
                        help="自检：在临时目录中试运行登记、回执、数据包与主窗口，不触及现有数据")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in COMMAND_MODULES:
        module.add_commands(sub)
    return parser


def _version() -> str:
    from gazetteer_desk import __version__

    return f"gazetteer-desk {__version__}"


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as done:  # --help / --version (0) or a refused command line (2, already explained)
        return done.code if isinstance(done.code, int) else 0
    if args.self_test:  # before any sub-command, and without touching the clerk's data home
        from gazetteer_desk.selftest import run

        return run()
    from gazetteer_desk.paths import resolve_home

    home = resolve_home(args.home)
    if args.command is None:
        if _no_display():
            fail("没有可用的图形显示，无法打开窗口；在命令行下请给出命令，例如 gazetteer-desk --help")
            return 2
        from gazetteer_desk.gui.app import run_gui

        return run_gui(home)
    try:
        sign_in_first(args, home)
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
    except Exception as error:
        if is_busy(error):  # another program holds the store: wait and try again, not a fault
            fail(BUSY_MESSAGE)
            return BUSY_EXIT
        return _unexpected(home, error)  # a fault of ours: written to the desk's log and named, not a traceback


def _unexpected(home, error: Exception) -> int:
    from gazetteer_desk.desk_log import close_log, log_path, open_log

    where = ""
    try:
        open_log(home).exception("命令行：未处理的异常")
        close_log(home)
        where = f"；详细情况已记入日志文件 {log_path(home)}"
    except OSError:  # the home itself may be what is wrong
        pass
    fail(f"程序内部错误：{type(error).__name__}: {error}{where}")
    return INTERNAL_ERROR


if __name__ == "__main__":
    sys.exit(main())


def _no_display() -> bool:
    """On Linux, Qt aborts (exit 134, English messages) when there is no display to open a window on."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
