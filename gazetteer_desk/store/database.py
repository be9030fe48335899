"""Opening the store: one SQLite file in WAL mode with foreign keys on and ``synchronous=FULL`` — or, for a county
office with several clerks, a PostgreSQL database (:func:`make_server_engine`; see :mod:`.location`).

``synchronous=FULL`` makes every committed transaction durable before the commit returns: a save the clerk has seen
acknowledged survives a power cut. Every save is one transaction through :meth:`Store.transaction` (the ORM's
session) or :meth:`Store.raw_transaction` (the driver's connection, in sqlite3's style: see :mod:`.raw`).

SQLAlchemy (with sqlmodel and pydantic, about a second and a half of imports) loads only when the ORM is first used:
a command that reads and writes through the raw face (the monthly bundle, a receipt) never loads it on SQLite.
"""

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path

from gazetteer_desk.errors import StoreError
from gazetteer_desk.paths import store_path
from gazetteer_desk.store import raw as store_raw

PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL", "PRAGMA busy_timeout=10000")

# Run on the driver connection inside every writing transaction, just before it commits — ORM or raw alike (the
# audit trail's seal of changed rows registers here: services/core/audit_rows.py).
_BEFORE_COMMIT: list[Callable] = []
_sessions_heard = False


def before_commit(hook: Callable) -> Callable:
    """Register ``hook(raw)``: called with the driver connection (see :mod:`.raw`) before each write commits."""
    if hook not in _BEFORE_COMMIT:
        _BEFORE_COMMIT.append(hook)
    return hook


def _run_before_commit(raw) -> None:
    for hook in list(_BEFORE_COMMIT):
        hook(raw)


def _listen_to_sessions() -> None:
    """The ORM's side of :func:`before_commit`: every session that wrote runs the hooks before it commits."""
    global _sessions_heard
    if _sessions_heard:
        return
    from sqlalchemy import event
    from sqlmodel import Session

    def _before_session_commit(session) -> None:
        if not session.in_transaction():
            return
        session.flush()
        raw = store_raw.of_session(session)
        if raw is None or not raw.in_transaction:
            return  # nothing was written
        _run_before_commit(raw)

    event.listen(Session, "before_commit", _before_session_commit)
    _sessions_heard = True


_BULK_MAP = 1 << 30  # bytes of the file a bulk read maps; a larger file's rest is read as usual


def _set_pragmas(dbapi_connection, _record=None) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def make_engine(path: Path):
    from sqlalchemy import create_engine, event

    _listen_to_sessions()
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    return engine


def make_server_engine(url: str):
    """An engine on the PostgreSQL database at ``url`` (stored form, without password) through psycopg 3."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from gazetteer_desk.store.location import password

    _listen_to_sessions()
    target = make_url(url).set(drivername="postgresql+psycopg")
    secret = password(url)
    if secret:
        target = target.set(password=secret)
    # a clerk's window may sit idle for hours: a dropped connection is noticed and replaced before use. Times are
    # kept in UTC (as the SQLite store keeps them): a bundle's time text means UTC whatever the server's own zone.
    return create_engine(target, pool_pre_ping=True, connect_args={
        "connect_timeout": 10, "application_name": "gazetteer-desk", "options": "-c TimeZone=UTC"})


def connect_sqlite(path: Path) -> sqlite3.Connection:
    """A sqlite3 connection to the store file with the store's pragmas, in autocommit (transactions are explicit)."""
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        _set_pragmas(connection)
    except BaseException:
        connection.close()
        raise
    return connection


class Store:
    """A migrated store in a home folder. Create with :func:`gazetteer_desk.store.migrate.open_store`.

    ``engine``: given for a store on a server; a SQLite store makes its engine on first use of the ORM."""

    def __init__(self, home: Path, engine=None):
        self.home = home
        self.path = store_path(home)
        self._readers: dict[int, sqlite3.Connection] = {}  # raw_read's connection, one per thread, kept open
        self._readers_lock = threading.Lock()
        self._engine = engine
        self._engine_lock = threading.Lock()

    @property
    def engine(self):
        if self._engine is None:
            with self._engine_lock:  # the desk's store loader and its window may both be first
                if self._engine is None:
                    self._engine = make_engine(self.path)
        return self._engine

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return "sqlite" if self._engine is None else self._engine.dialect.name

    @property
    def on_server(self) -> bool:
        return self.dialect == "postgresql"

    @contextmanager
    def transaction(self):
        """One unit of work: everything inside commits together or not at all."""
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def read(self):
        from sqlmodel import Session

        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def raw_transaction(self) -> Iterator:
        """One unit of work on the driver connection (sqlite3's, or psycopg's wrapped alike: :mod:`.raw`), holding
        the write lock from its start (``BEGIN IMMEDIATE``); commits together or not at all.

        Not inside an ORM transaction that writes on SQLite in the same thread: the two would wait on one lock."""
        if self.on_server:
            with self.engine.begin() as connection:
                raw = store_raw.wrap(connection.connection.driver_connection)
                yield raw
                _run_before_commit(raw)
            return
        connection = connect_sqlite(self.path)
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
                _run_before_commit(connection)
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
        finally:
            connection.close()

    @contextmanager
    def bulk_reading(self) -> Iterator:
        """A connection for reads that visit much of the store in random order (a county year's figures and 台账).

        On SQLite the file is mapped into memory for them: each of the 100,000s of look-ups by key then reads the
        page in place instead of copying it through a system call and SQLite's small page cache (a third less CPU
        for the 台账's joins). The mapping is given up when the reads are done, so everything else keeps SQLite's
        ordinary reads (a failing disk under a mapping stops the process instead of raising an error)."""
        with self.engine.connect() as connection:
            if self.dialect != "sqlite":
                yield connection
                return
            connection.exec_driver_sql(f"PRAGMA mmap_size={_BULK_MAP}")
            try:
                yield connection
            finally:
                connection.exec_driver_sql("PRAGMA mmap_size=0")

    @contextmanager
    def raw_read(self) -> Iterator:
        """The driver connection for reading (no lock held beyond each statement's snapshot on SQLite; the same
        connection serves the thread's next reads until :meth:`close`)."""
        if self.on_server:
            with self.engine.connect() as connection:
                yield store_raw.wrap(connection.connection.driver_connection)
            return
        thread = threading.get_ident()
        connection = self._readers.get(thread)
        if connection is None:
            connection = connect_sqlite(self.path)  # kept: a page or a paper reads several times
            with self._readers_lock:
                self._readers[thread] = connection
        yield connection  # autocommit: each statement reads the latest committed state

    def setting(self, key: str, default: str = "") -> str:
        with self.raw_read() as raw:
            found = raw.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return found[0] if found else default

    def set_setting(self, key: str, value: str, session=None) -> None:
        if session is None:
            with self.raw_transaction() as raw:
                raw.execute("INSERT INTO setting (key, value) VALUES (?, ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
            return
        from gazetteer_desk.store.models import Setting

        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value

    def forget_settings(self) -> None:
        """Drop what was cached from the settings (the township code), after a save that changed them."""
        self.__dict__.pop("township_code", None)

    @cached_property
    def township_code(self) -> str:
        code = self.setting("township_code")
        if not code:
            raise StoreError("此数据目录尚未初始化：请先运行 gazetteer-desk init，或在窗口中完成首次设置。")
        return code

    @property
    def is_initialised(self) -> bool:
        return bool(self.setting("township_code"))

    @property
    def mode(self) -> str:
        """``township`` or ``county``."""
        return self.setting("mode", "township")

    def settings(self) -> dict[str, str]:
        with self.raw_read() as raw:
            return dict(raw.execute("SELECT key, value FROM setting"))

    def refresh_statistics(self) -> None:
        """After a bulk load on a server: PostgreSQL plans from the tables' statistics, which autovacuum renews only
        some time after a load — until then a county search chose plans made for the empty tables (a two-character
        name took 45–70 ms instead of 14 at 20,000 matters). SQLite plans without them."""
        if self.on_server:
            with self.engine.begin() as connection:
                connection.exec_driver_sql("ANALYZE")

    def close(self) -> None:
        with self._readers_lock:
            readers, self._readers = list(self._readers.values()), {}
        for connection in readers:
            connection.close()
        if self._engine is not None:
            self._engine.dispose()
