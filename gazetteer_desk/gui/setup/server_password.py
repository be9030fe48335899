"""The county database's password, asked in the window when the server wants one.

The address in ``database.json`` never holds a password; a clerk's PC may have none in its environment or ``.pgpass``
either. When the server refuses the connection, the window says why and asks; the answer is kept for this run of the
program only (in its environment, where the store and ``pg_dump`` both read it), never written anywhere.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from gazetteer_desk.errors import DeskError
from gazetteer_desk.store.location import PASSWORD_ENV, server_url

DIALOG_NAME = "serverPasswordDialog"
# libpq's own words for the two refusals a password answers (its other refusals are shown as they come)
_REASONS = (("no password supplied", "县级数据库要求输入密码。"),
            ("password authentication failed", "密码不正确（或此用户不能用密码登录），请重新输入。"))


def reason(message: str) -> str:
    return next((said for words, said in _REASONS if words in message), message)


def ask(parent: QWidget | None, url: str, reason: str) -> str | None:
    """The password typed for the database user of ``url`` (may be empty), or None when the clerk cancelled."""
    parts = urlsplit(url)
    dialog = QInputDialog(parent)
    dialog.setObjectName(DIALOG_NAME)
    dialog.setWindowTitle("县级数据库密码")
    dialog.setLabelText(f"{reason}\n\n数据库 {parts.hostname}{parts.path}，用户 {parts.username} 的密码：")
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText("连接")
    dialog.setCancelButtonText("退出")
    edit = dialog.findChild(QLineEdit)
    if edit is not None:
        edit.setAccessibleName("数据库密码")
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


def open_asking_password(home, open_store, parent: QWidget | None = None):
    """``open_store()``, and for a store on a server that refuses it, the password asked and the opening tried again
    until it opens or the clerk gives up (then the last refusal is raised)."""
    while True:
        try:
            return open_store()
        except DeskError as error:
            try:
                url = server_url(home)
            except DeskError:
                url = None
            if url is None:
                raise
            typed = ask(parent, url, reason(error.message))
            if typed is None:
                raise
            os.environ[PASSWORD_ENV] = typed
