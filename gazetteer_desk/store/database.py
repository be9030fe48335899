"""Opening the store: one SQLite file in WAL mode with foreign keys on and ``synchronous=FULL`` — or, for a county
office with several clerks, a PostgreSQL database (:func:`make_server_engine`; see :mod:`.location`).

``synchronous=FULL`` makes every committed transaction durable before the commit returns: a save the clerk has seen
acknowledged survives a power cut. Every save is one transaction through :meth:`Store.transaction`.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, select

from gazetteer_desk.errors import StoreError
from gazetteer_desk.paths import store_path
from gazetteer_desk.store.models import Setting


_BULK_MAP = 1 << 30  # bytes of the file a bulk read maps; a larger file's rest is read as usual


def _set_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    return engine


def make_server_engine(url: str) -> Engine:
    """An engine on the PostgreSQL database at ``url`` (stored form, without password) through psycopg 3."""
    from sqlalchemy.engine import make_url

    from gazetteer_desk.store.location import password

    target = make_url(url).set(drivername="postgresql+psycopg")
    secret = password(url)
    if secret:
        target = target.set(password=secret)
    # a clerk's window may sit idle for hours: a dropped connection is noticed and replaced before use. Times are
    # kept in UTC (as the SQLite store keeps them): a bundle's time text means UTC whatever the server's own zone.
    return create_engine(target, pool_pre_ping=True, connect_args={
        "connect_timeout": 10, "application_name": "gazetteer-desk", "options": "-c TimeZone=UTC"})


class Store:
    """A migrated store in a home folder. Create with :func:`gazetteer_desk.store.migrate.open_store`."""

    def __init__(self, home: Path, engine: Engine):
        self.home = home
        self.path = store_path(home)
        self.engine = engine

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    @property
    def on_server(self) -> bool:
        return self.dialect == "postgresql"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: everything inside commits together or not at all."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def read(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def bulk_reading(self) -> Iterator[Connection]:
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

    def setting(self, key: str, default: str = "") -> str:
        with self.read() as session:
            row = session.get(Setting, key)
            return row.value if row else default

    def set_setting(self, key: str, value: str, session: Session | None = None) -> None:
        if session is None:
            with self.transaction() as own:
                self.set_setting(key, value, own)
            return
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
        with self.read() as session:
            return {row.key: row.value for row in session.exec(select(Setting))}

    def close(self) -> None:
        self.engine.dispose()
