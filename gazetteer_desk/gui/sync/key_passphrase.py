"""Asking for the key passphrase when a sealed key must be opened, for a new one to seal older plain keys, and for
the present and a new one to change it."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.sync import key_store

DIALOG_NAME = "keyPassphraseDialog"


def _ask(parent: QWidget, title: str, label: str) -> str | None:
    dialog = QInputDialog(parent)
    dialog.setObjectName(DIALOG_NAME)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText("确定")
    dialog.setCancelButtonText("取消")
    edit = dialog.findChild(QLineEdit)
    if edit is not None:
        edit.setAccessibleName(label)
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


def passphrase_for(parent: QWidget, home, why: str) -> tuple[bool, str | None]:
    """``(go on, passphrase)``: asked only when ``home``'s keys are sealed (else ``(True, None)``); a cancelled
    question gives ``(False, None)``."""
    if not key_store.sealed(home):
        return True, None
    value = _ask(parent, "输入密钥口令", f"{why}需要本机的密钥口令：")
    return (True, value) if value else (False, None)


def new_passphrase(parent: QWidget) -> tuple[str, str] | None:
    """A new passphrase typed twice, or None when cancelled."""
    first = _ask(parent, "设置密钥口令", f"新的密钥口令（至少{key_store.MIN_PASSPHRASE}个字符）：")
    if not first:
        return None
    repeat = _ask(parent, "设置密钥口令", "再次输入密钥口令：")
    return None if repeat is None else (first, repeat)


def change_passphrase(parent: QWidget, store, actor) -> tuple[bool, str] | None:
    """Asks the present passphrase, then a new one twice, and reseals every key of the store's home with it:
    ``(done, message)`` in Chinese, or None when the clerk cancelled. A wrong present passphrase changes nothing."""
    old = _ask(parent, "更改密钥口令", "现在的密钥口令：")
    if not old:
        return None
    typed = new_passphrase(parent)
    if typed is None:
        return None
    try:
        done = key_store.change_passphrase(store, old, typed[0], typed[1], actor=actor)
    except DeskError as error:
        return False, f"未更改密钥口令：{error.message}"
    return True, f"✓ 已更改密钥口令，{len(done)}个私钥已用新口令加密保存；此后导出、导入数据包时输入新口令"
