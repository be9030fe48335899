"""Bulk loading around the search index.

Triggers keep ``matter_fts`` in step with each matter row — right for the desk's one-at-a-time saves, but a trigger
per row costs several times more than one set-based insert. Bulk loaders (demo data, ledger import, the county's
bundle merge) suspend the insert trigger, then index the new rows in one statement and restore the trigger, inside
the caller's transaction. The statement is taken from the trigger's own definition in the store, so the index is
built by exactly the SQL the migration installed.
"""

import re
from collections.abc import Iterator
from contextlib import contextmanager

TRIGGER = "matter_fts_ai"
_BODY = re.compile(r"\bBEGIN\s+(INSERT INTO matter_fts.*?)\s+WHERE m\.rowid = new\.rowid;\s*END\s*$", re.S | re.I)


@contextmanager
def bulk_matter_inserts(cursor) -> Iterator[None]:
    """Inside: insert matters freely; on leaving, the new rows are indexed and the trigger is back."""
    (trigger_sql,) = cursor.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                    (TRIGGER,)).fetchone()
    insert = _BODY.search(trigger_sql)
    if insert is None:  # an unexpected definition: keep the trigger, pay its price
        yield
        return
    (last_rowid,) = cursor.execute("SELECT coalesce(max(rowid), 0) FROM matter").fetchone()
    cursor.execute(f"DROP TRIGGER {TRIGGER}")
    try:
        yield
        cursor.execute(insert.group(1) + " WHERE m.rowid > ?", (last_rowid,))
    finally:
        cursor.execute(trigger_sql)
