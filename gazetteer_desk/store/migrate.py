"""Start-up: open the store, copy it aside, bring its schema up to date with Alembic.

A store written by a newer release is refused untouched (its revision is unknown to this program).
"""

from datetime import datetime
from pathlib import Path

from gazetteer_desk.errors import StoreError
from gazetteer_desk.paths import backups_dir, store_path
from gazetteer_desk.store.database import Store, make_engine
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
        exists = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").first()
        if not exists:
            return None
        return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def copy_store(source: Path, target: Path) -> Path:
    """A consistent, atomic copy through SQLite's online backup API (see :mod:`.snapshot`)."""
    return online_copy(source, target)


def open_store(home: Path, *, create: bool = False) -> Store:
    """Open (and if asked, create) the store in ``home``, migrating it after a backup copy."""
    path = store_path(home)
    if not path.exists():
        if not create:
            raise StoreError(f"数据目录中没有信访接待台数据库：{home}。请先运行 gazetteer-desk init 初始化。")
        home.mkdir(parents=True, exist_ok=True)
    else:
        _check_is_sqlite(path)
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
            from alembic import command

            with engine.begin() as connection:
                config = _config()
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
    except BaseException:
        engine.dispose()
        raise
    make_private(home)
    return Store(home, engine)


def _check_is_sqlite(path: Path) -> None:
    with path.open("rb") as handle:
        header = handle.read(16)
    if header and header != b"SQLite format 3\x00":
        raise StoreError(f"文件不是信访接待台数据库（或已损坏）：{path}")
