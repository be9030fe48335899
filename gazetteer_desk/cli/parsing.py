"""argparse in Chinese, argument types with Chinese messages, and sub-commands whose arguments are built lazily.

A command module registers each command with :func:`command` (name and help only); its parser and arguments — and
the service imports their choices need — are made when that command is the one being run. ``--version`` and
``--help`` thus parse without importing the services, and a command pays for no other command's parser.
"""

import argparse
import re
import sys
from datetime import date

from gazetteer_desk.cli.output import fail

DATE_HINT = "日期格式应为 YYYY-MM-DD，例如 2026-11-25"

# argparse's fixed English phrases → Chinese (applied in order to the whole message; compiled only when a
# message is shown)
_PHRASES = [
    (r"the following arguments are required: (.*)", r"缺少必需的参数：\1"),
    (r"invalid choice: (.*?) \(choose from (.*)\)", r"无效的选项 \1（可选：\2）"),
    (r"unrecognized arguments: (.*)", r"无法识别的参数：\1"),
    (r"expected at least one argument", "至少需要一个值"),
    (r"expected one argument", "需要一个值"),
    (r"ignored explicit argument (.*)", r"此选项不带值：\1"),
    (r"ambiguous option: (\S+) could match (.*)", r"选项 \1 有歧义，可能是：\2"),
    (r"not allowed with argument (.*)", r"不能与 \1 同时使用"),
    (r"invalid (\w+) value: (.*)", r"无效的值：\2"),
    (r"^argument (\S+?): ", r"参数 \1："),
]


def chinese(message: str) -> str:
    for pattern, replacement in _PHRASES:
        message = re.sub(pattern, replacement, message)
    return message


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False  # added below with a Chinese help text
        super().__init__(*args, **kwargs)
        self.register("action", "parsers", _LazySubParsers)
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        self.add_argument("-h", "--help", action="help", help="显示本帮助并退出")

    def error(self, message: str) -> None:  # argparse's own messages are English
        self.print_usage(sys.stderr)
        fail(f"命令参数有误：{chinese(message)}")
        raise SystemExit(2)


class _LazySubParsers(argparse._SubParsersAction):
    """Sub-commands registered by name and help alone (:func:`command`): a command's parser — its arguments, and
    the service imports their choices need — is made only when that command is the one being run; ``--help``
    lists them all without making any."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._deferred: dict[str, tuple] = {}

    def add_deferred(self, name: str, help, build) -> None:
        """``help``: the text, or a function giving it (called only when the list of commands is shown)."""
        if name in self._name_parser_map:
            raise argparse.ArgumentError(self, f"conflicting subparser: {name}")
        self._deferred[name] = (help, build)
        self._name_parser_map[name] = None  # the name is a choice now; its parser comes in parser_for
        self._choices_actions.append(self._ChoicesPseudoAction(name, (), help))

    def parser_for(self, name: str) -> argparse.ArgumentParser:
        """The parser of sub-command ``name``, made with its arguments on first use (as add_parser would make it)."""
        if name in self._deferred:
            help, build = self._deferred.pop(name)
            parser = self._parser_class(prog=f"{self._prog_prefix} {name}",
                                        description=help() if callable(help) else help)
            build(parser)
            self._name_parser_map[name] = parser
        return self._name_parser_map[name]

    def _get_subactions(self):
        for choice in self._choices_actions:
            if callable(choice.help):
                choice.help = choice.help()
        return super()._get_subactions()

    def __call__(self, parser, namespace, values, option_string=None):
        if values[0] in self._deferred:
            self.parser_for(values[0])
        super().__call__(parser, namespace, values, option_string)


def command(sub, name: str, help, build) -> None:
    """Register ``name`` now; ``build(parser)`` makes its arguments (and handler) when the command is run.
    ``help``: a string, or a function giving it when the list of commands is shown."""
    sub.add_deferred(name, help, build)


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{DATE_HINT}（收到“{text}”）") from None


MAX_INTEGER = 1_000_000_000  # no count, limit or number of days on the desk comes near; 2**63 breaks statistics


def integer(text: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"应为整数（收到“{text}”）") from None
    if abs(value) > MAX_INTEGER:
        raise argparse.ArgumentTypeError(f"数值过大（收到“{text}”）")
    return value


def positive(text: str) -> int:
    value = integer(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"应为正整数（收到“{text}”）")
    return value


def bounded(low: int, high: int):
    """An argparse type for an integer in ``low..high``: out of range is exit 2 with the range, not a traceback."""
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"应为整数（收到“{text}”）") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"应在 {low} 至 {high} 之间（收到“{text}”）")
        return value
    parse.__name__ = "integer"
    return parse


def month(text: str) -> tuple[int, int]:
    """``YYYY-MM`` → (year, month)."""
    try:
        year, number = (int(p) for p in text.strip().split("-"))
        date(year, number, 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"月份格式应为 YYYY-MM，例如 2026-11（收到“{text}”）") from None
    return year, number


def this_month() -> tuple[int, int]:
    today = date.today()
    return today.year, today.month
