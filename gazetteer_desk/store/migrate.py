"""Start-up: open the store, copy it aside, bring its schema up to date with Alembic.

A home whose ``database.json`` names a PostgreSQL server opens that database instead of the SQLite file; the same
migrations run on both, the copy before a migration is a ``pg_dump`` there.

A store written by a newer release is refused untouched (its revision is unknown to this program).
"""

from contextlib import closing
from datetime import datetime
from pathlib import Path

from gazetteer_desk.errors import StoreError
from gazetteer_desk.paths import backups_dir, store_path
from gazetteer_desk.store.database import Store, make_engine, make_server_engine
from gazetteer_desk.store.location import PASSWORD_ENV, server_url
from gazetteer_desk.store.peek import SCHEMA_HEAD  # a store already there opens without importing Alembic (a second of start-up)
from gazetteer_desk.store.private import make_private
from gazetteer_desk.store.snapshot import online_copy

MIGRATIONS = Path(__file__).with_name("migrations")


def _config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine) -> str | None:
    with engine.connect() as connection:
        return _revision(connection)


def _revision(connection) -> str | None:
    from sqlalchemy import inspect

    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _upgrade(connection) -> None:
    from alembic import command

    config = _config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def copy_store(source: Path, target: Path) -> Path:
    """A consistent, atomic copy through SQLite's online backup API (see :mod:`.snapshot`)."""
    return online_copy(source, target)


def open_store(home: Path, *, create: bool = False) -> Store:
    """Open (and if asked, create) the store in ``home``, migrating it after a backup copy."""
    url = server_url(home)
    if url is not None:
        return _open_server_store(home, url)
    path = store_path(home)
    if not path.exists():
        if not create:
            raise StoreError(f"数据目录中没有信访接待台数据库：{home}。请先运行 gazetteer-desk init 初始化。")
        home.mkdir(parents=True, exist_ok=True)
    else:
        _check_is_sqlite(path)
        if _sqlite_revision(path) == SCHEMA_HEAD:  # the common case, without loading SQLAlchemy (see database.py)
            make_private(home)
            return Store(home)
    engine = make_engine(path)
    try:
        current = current_revision(engine)
        if current == SCHEMA_HEAD:
            make_private(home)
            return Store(home, engine)
        head = head_revision()
        if current is not None and current not in known_revisions():
            raise StoreError(
                f"此数据库由更新版本的信访接待台创建（架构版本 {current}），本程序无法打开。请安装新版本后再使用。"
            )
        if current != head:
            if current is not None:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                online_copy(path, backups_dir(home) / f"pre-migration-{current}-to-{head}-{stamp}.sqlite")
            with engine.begin() as connection:
                _upgrade(connection)
    except BaseException:
        engine.dispose()
        raise
    make_private(home)
    return Store(home, engine)


def _open_server_store(home: Path, url: str) -> Store:
    """The store on a PostgreSQL server; several desks may open it at once, so migrating takes a lock first."""
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    engine = make_server_engine(url)
    try:
        try:
            with engine.connect() as connection:
                current = _revision(connection)
        except OperationalError as error:
            reason = str(getattr(error, "orig", error)).strip().splitlines()
            raise StoreError(f"无法连接县级数据库 {url}（{reason[0] if reason else error}）。请检查服务器地址、端口与用户；"
                             f"密码请通过环境变量 {PASSWORD_ENV} 提供。") from None
        if current != SCHEMA_HEAD:
            if current is not None and current not in known_revisions():
                raise StoreError(f"此数据库由更新版本的信访接待台创建（架构版本 {current}），本程序无法打开。"
                                 "请安装新版本后再使用。")
            with engine.begin() as connection:
                connection.execute(text("SELECT pg_advisory_xact_lock(7310019)"))  # one migrating desk at a time
                current = _revision(connection)
                if current != head_revision():
                    if current is not None:
                        from gazetteer_desk.store.server_backup import dump

                        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                        dump(url, backups_dir(home) / f"pre-migration-{current}-{stamp}.pgdump")
                    _upgrade(connection)
    except BaseException:
        engine.dispose()
        raise
    home.mkdir(parents=True, exist_ok=True)
    make_private(home)
    return Store(home, engine)


def _sqlite_revision(path: Path) -> str | None:
    """The store's schema revision read with sqlite3 alone; None when it cannot be read so (the full path decides)."""
    import sqlite3

    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            found = db.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return found[0] if found else None


def _check_is_sqlite(path: Path) -> None:
    with path.open("rb") as handle:
        header = handle.read(16)
    if header and header != b"SQLite format 3\x00":
        raise StoreError(f"文件不是信访接待台数据库（或已损坏）：{path}")
