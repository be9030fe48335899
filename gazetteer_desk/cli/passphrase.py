"""The key passphrase on the command line: from ``GAZETTEER_KEY_PASSPHRASE`` or typed at a prompt, never an argument
(arguments are seen by every user of the PC in the process list and kept in the shell's history)."""

from __future__ import annotations

import getpass
import os
import sys

from gazetteer_desk.errors import DeskError

ENV = "GAZETTEER_KEY_PASSPHRASE"
_HOW = f"在终端中运行本命令以输入口令，或设置环境变量 {ENV}（口令不能写在命令行参数里）"


def _prompt(text: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    try:
        return getpass.getpass(text)
    except EOFError:
        return None


def for_keys(home) -> str | None:
    """The passphrase when this home's keys are sealed (None when they are not: nothing to ask)."""
    from gazetteer_desk.services.sync import key_store

    if not key_store.sealed(home):
        return os.environ.get(ENV) or None  # a key made now in a home being sealed takes it too
    value = os.environ.get(ENV) or _prompt("密钥口令：")
    if not value:
        raise DeskError(f"本机的密钥已用口令保护：请{_HOW}")
    return value


NEW_ENV = "GAZETTEER_NEW_KEY_PASSPHRASE"


def changed_passphrase() -> tuple[str, str, str | None]:
    """``(old, new, repeat)`` for ``keys passphrase``: the old from ``GAZETTEER_KEY_PASSPHRASE`` or a prompt, the new
    from ``GAZETTEER_NEW_KEY_PASSPHRASE`` (no repeat) or typed twice."""
    old = os.environ.get(ENV) or _prompt("原密钥口令：")
    if not old:
        raise DeskError(f"请输入原密钥口令：{_HOW}")
    new = os.environ.get(NEW_ENV)
    if new:
        return old, new, None
    first = _prompt("新的密钥口令（至少8个字符）：")
    if first is None:
        raise DeskError(f"请输入新的密钥口令：在终端中运行本命令，或设置环境变量 {NEW_ENV}")
    return old, first, _prompt("再次输入新的密钥口令：") or ""


def new_passphrase() -> tuple[str, str | None]:
    """``(passphrase, repeat)`` for sealing keys at set-up: the environment's (no repeat) or typed twice."""
    value = os.environ.get(ENV)
    if value:
        return value, None
    first = _prompt("设置密钥口令（至少8个字符，导出、导入数据包时需要输入）：")
    if first is None:
        raise DeskError(f"请设置密钥口令：签名密钥和解密密钥用它加密保存。请{_HOW}")
    return first, _prompt("再次输入密钥口令：") or ""
