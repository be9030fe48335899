"""Helpers shared by the account, privacy, audit and backup tests."""

import sqlite3
from pathlib import Path

from gazetteer_desk.services.accounts import accounts
from gazetteer_desk.services.matters import registration

ID_NUMBER = "11010519491231002X"
PHONE = "13812345678"


def user(role: str) -> accounts.CurrentUser:
    return accounts.CurrentUser(username=f"u_{role}", role=role)


def register(store, *, name="王伟", purpose="求决", request="村道损坏，请求修复", id_number=ID_NUMBER, phone=PHONE,
             actor="李明") -> str:
    data = registration.RegistrationInput(name=name, request=request, id_number=id_number, phone=phone,
                                          purpose=purpose, village="青龙村", category="城乡建设")
    return registration.register(store, data, actor=actor).number


def table_dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, sorted: two stores with equal dumps hold the same content."""
    connection = sqlite3.connect(path)
    try:
        names = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {name: sorted(connection.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names}
    finally:
        connection.close()
