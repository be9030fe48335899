"""Helpers shared by the account, privacy, audit and backup tests."""

import sqlite3
from datetime import date, timedelta
from pathlib import Path

from gazetteer_desk.domain.idnumber import make_id_number

from gazetteer_desk.services.accounts import accounts
from gazetteer_desk.services.matters import registration

ID_NUMBER = "11010519491231002X"
PHONE = "13812345678"


def user(role: str) -> accounts.CurrentUser:
    return accounts.CurrentUser(username=f"u_{role}", role=role)


def id_number_of(name: str) -> str:
    """王伟 carries ID_NUMBER; anyone else a valid number of their own (one number is one person)."""
    if name == "王伟":
        return ID_NUMBER
    index = _PEOPLE.setdefault(name, len(_PEOPLE))
    return make_id_number("110105", date(1980, 1, 1) + timedelta(days=index // 800), index % 800 + 100)


_PEOPLE: dict[str, int] = {}


def register(store, *, name="王伟", purpose="求决", request="村道损坏，请求修复", id_number=None, phone=PHONE,
             actor="李明") -> str:
    id_number = id_number or id_number_of(name)
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
