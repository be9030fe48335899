"""Asking for the key passphrase when a sealed key must be opened, and for a new one to seal older plain keys."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

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
