"""Opening a store that is already at the newest schema without importing Alembic (about 0.8 s of start-up).

The head revision is read from the migration files' ``revision``/``down_revision`` lines; anything unexpected
(no store yet, an older or unknown revision, unreadable files) falls back to :func:`migrate.open_store`, which backs
up and migrates as before.
"""

import re
import sqlite3
from pathlib import Path

from ..paths import store_path

VERSIONS = Path(__file__).with_name("migrations") / "versions"
_ASSIGN = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+)$", re.M)


def head_from_files() -> str | None:
    revisions, parents = set(), set()
    for script in VERSIONS.glob("*.py"):
        values = dict(_ASSIGN.findall(script.read_text(encoding="utf-8")))
        if "revision" not in values:
            return None
        revisions.add(values["revision"].strip().strip("'\""))
        down = values.get("down_revision", "None").strip()
        parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def stored_revision(path: Path) -> str | None:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def open_store_quickly(home: Path, *, create: bool = False):
    path = store_path(home)
    if path.exists():
        head = head_from_files()
        if head is not None and stored_revision(path) == head:
            from .database import Store, make_engine

            return Store(home, make_engine(path))
    from .migrate import open_store

    return open_store(home, create=create)
