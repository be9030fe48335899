"""A glance at a home's store with the standard library alone, before SQLAlchemy is imported.

Importing SQLAlchemy and sqlmodel takes about a second; the desk's first screen (the log-in) needs only to know that
the store is there, set up, at the newest schema and has accounts, and the township's name for its title. Anything
unexpected answers None, and the caller takes the full path through :func:`gazetteer_desk.store.migrate.open_store`.
"""

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from gazetteer_desk.paths import store_path

# The newest revision in migrations/versions; tests/services/test_store.py checks it against the scripts.
SCHEMA_HEAD = "0009_county_overview_indexes"


@dataclass(frozen=True)
class StorePeek:
    revision: str | None
    township_code: str
    township_name: str
    mode: str
    has_accounts: bool

    @property
    def ready(self) -> bool:
        """Opens without migrating, needs no first-run wizard: the log-in can come first."""
        return self.revision == SCHEMA_HEAD and bool(self.township_code) and self.has_accounts


def peek(home: Path) -> StorePeek | None:
    path = store_path(home)
    if not path.exists():
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            (revision,) = db.execute("SELECT version_num FROM alembic_version").fetchone() or (None,)
            settings = dict(db.execute("SELECT key, value FROM setting WHERE key IN "
                                       "('township_code', 'township_name', 'mode')"))
            has_accounts = db.execute("SELECT 1 FROM account LIMIT 1").fetchone() is not None
    except sqlite3.Error:
        return None
    return StorePeek(revision, settings.get("township_code", ""), settings.get("township_name", ""),
                     settings.get("mode", "township"), has_accounts)
