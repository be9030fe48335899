"""Opening the store behind the log-in: the database libraries load while the clerk types the password.

SQLAlchemy and sqlmodel take about a second to import. The log-in is the first screen and needs none of it, so a
plain thread imports them, opens the store (no migration: the caller checked the revision with store.peek), makes
the daily backup and loads the modules of the desk window. The log-in's button waits for it if it is not done.
"""

import importlib
import threading

from gazetteer_desk.errors import DeskError

# what the first screens after the log-in need: importing them here keeps that import time off the clerk's clock
PRELOAD = ("gazetteer_desk.services.accounts.accounts", "gazetteer_desk.gui.main_window", "gazetteer_desk.gui.matters.registration_view",
           "gazetteer_desk.gui.matters.due_banner", "gazetteer_desk.gui.accounts.idle_lock")


class StoreLoader:
    def __init__(self, home):
        self.home = home
        self._store = None
        self._error: BaseException | None = None
        self.backup_warning = ""
        self._thread = threading.Thread(target=self._load, name="store-loader", daemon=True)

    def start(self) -> "StoreLoader":
        self._thread.start()
        return self

    def _load(self) -> None:
        try:
            from gazetteer_desk.services.accounts import backup
            from gazetteer_desk.store.migrate import open_store

            self._store = open_store(self.home)
            self._store.engine  # noqa: B018  (a SQLite store makes its engine on first use: the window's ORM loads here)
            try:
                backup.daily_backup(self._store)
            except (DeskError, OSError) as error:  # a failed backup must not keep the desk closed; say so
                self.backup_warning = getattr(error, "message", str(error))
            for name in PRELOAD:
                importlib.import_module(name)
        except BaseException as error:  # handed to the GUI thread, which shows it
            self._error = error

    def store(self):
        """The open store; waits for the loader (well under a second once the password is typed)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._store


class LazyStore:
    """Stands in for the store until it is open: the first use waits for the loader, then it is the store."""

    def __init__(self, loader: StoreLoader):
        self._loader = loader

    def __getattr__(self, name):
        return getattr(self._loader.store(), name)


def ready_store(store):
    """The real store behind ``store``: waits for the loader when it is a LazyStore, else returns it unchanged."""
    return store._loader.store() if isinstance(store, LazyStore) else store
