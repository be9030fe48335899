"""The store: sqlmodel tables on one SQLite file, opened and migrated by :mod:`.database`."""
