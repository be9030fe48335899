"""Bulk loading around the search index.

Triggers keep ``matter_fts`` in step with each matter row — right for the desk's one-at-a-time saves, but a trigger
per row costs several times more than one set-based insert. Bulk loaders (demo data, ledger import, the county's
bundle merge) suspend the insert trigger, then index the new rows in one statement and restore the trigger, inside
the caller's transaction. The statement is taken from the trigger's own definition in the store, so the index is
built by exactly the SQL the migration installed.
"""

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from gazetteer_desk.errors import StoreError

TRIGGER = "matter_fts_ai"
_BODY = re.compile(r"\bBEGIN\s+(INSERT INTO matter_fts.*?)\s+WHERE m\.rowid = new\.rowid;\s*END\s*$", re.S | re.I)


@contextmanager
def bulk_matter_inserts(cursor) -> Iterator[Callable[[], None]]:
    """Inside: insert matters freely; on leaving, the new rows are indexed and the trigger is back. What is yielded
    indexes the rows inserted so far — for a loader with time to spare between its batches, so that less is left for
    the end.

    Must run inside the caller's transaction: sqlite3 runs DDL outside one in autocommit, and a rollback of the
    inserts would then leave the trigger dropped for good. So a transaction is begun here if none is open.
    """
    connection = getattr(cursor, "connection", cursor)
    if not connection.in_transaction:
        cursor.execute("BEGIN IMMEDIATE")
    found = cursor.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (TRIGGER,)).fetchone()
    if found is None:
        raise StoreError("数据库的检索索引触发器缺失：请从备份恢复，或联系管理员")
    (trigger_sql,) = found
    insert = _BODY.search(trigger_sql)
    if insert is None:  # an unexpected definition: keep the trigger, pay its price
        yield lambda: None
        return
    (indexed,) = cursor.execute("SELECT coalesce(max(rowid), 0) FROM matter").fetchone()

    def catch_up() -> None:
        nonlocal indexed
        (top,) = cursor.execute("SELECT coalesce(max(rowid), 0) FROM matter").fetchone()
        if top > indexed:
            cursor.execute(insert.group(1) + " WHERE m.rowid > ? AND m.rowid <= ?", (indexed, top))
            indexed = top

    cursor.execute(f"DROP TRIGGER {TRIGGER}")
    try:
        yield catch_up
        catch_up()
    finally:
        cursor.execute(trigger_sql)
