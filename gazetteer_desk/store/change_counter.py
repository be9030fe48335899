"""Bulk loading around the change counter.

Each insert into a synchronised table fires a trigger that takes the next value of ``changecounter`` into the row's
``change_seq`` (revision 0004): two more statements per row, the largest part of a bulk load's time. A bulk loader
(demo data) suspends those insert triggers, numbers its rows itself in the order it inserts them — exactly the values
the triggers would have given — and keeps the counter at the last number handed out, inside its transaction.
"""

import re
from collections.abc import Iterator
from contextlib import contextmanager

from gazetteer_desk.errors import StoreError

_EXPECTED = ("CREATE TRIGGER {t}_change_ai AFTER INSERT ON {t} BEGIN UPDATE changecounter SET value = value + 1 "
             "WHERE id = 1; UPDATE {t} SET change_seq = (SELECT value FROM changecounter WHERE id = 1) "
             "WHERE rowid = new.rowid; END")
_SPACE = re.compile(r"\s+")


class ChangeNumbers:
    """Hands out change numbers; the counter row always holds the last one handed out."""

    def __init__(self, cursor, suspended: bool):
        self.cursor = cursor
        self.suspended = suspended

    def take(self, count: int) -> range:
        """The change numbers of the next ``count`` rows, in the order they are inserted. With the triggers in place
        (an unexpected definition kept) the triggers number the rows and these values are overwritten."""
        if not self.suspended:
            return range(1, count + 1)
        (last,) = self.cursor.execute("SELECT value FROM changecounter WHERE id = 1").fetchone()
        self.cursor.execute("UPDATE changecounter SET value = ? WHERE id = 1", (last + count,))
        return range(last + 1, last + count + 1)


@contextmanager
def numbered_inserts(cursor, tables) -> Iterator[ChangeNumbers]:
    """Inside: insert into ``tables`` with ``change_seq`` from :meth:`ChangeNumbers.take`; on leaving, the per-row
    insert triggers are back. Must run inside the caller's transaction (a rollback then restores the triggers too)."""
    connection = getattr(cursor, "connection", cursor)
    if not connection.in_transaction:
        cursor.execute("BEGIN IMMEDIATE")
    if cursor.execute("SELECT 1 FROM changecounter WHERE id = 1").fetchone() is None:
        raise StoreError("数据库的变更计数缺失：请从备份恢复，或联系管理员")
    found = dict(cursor.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ("
        + ", ".join("?" * len(tables)) + ")", [f"{t}_change_ai" for t in tables]).fetchall())
    expected = {f"{t}_change_ai": _EXPECTED.format(t=t) for t in tables}
    if any(_SPACE.sub(" ", found.get(name) or "").strip() != sql for name, sql in expected.items()):
        yield ChangeNumbers(cursor, suspended=False)  # an unexpected definition: keep the triggers, pay their price
        return
    for name in expected:
        cursor.execute(f"DROP TRIGGER {name}")
    try:
        yield ChangeNumbers(cursor, suspended=True)
    finally:
        for name in expected:
            cursor.execute(found[name])
