"""Backups of the store: daily on first start, before migrations and county imports, to a chosen folder or USB
stick, and restore from a backup file. Every copy goes through :func:`gazetteer_desk.store.snapshot.online_copy`
(SQLite's online backup API, atomic rename) — never a file copy of the live store.

Automatic daily backups rotate like ``restic forget``: the newest backup of each of the last 7 days, 4 ISO weeks and
12 months is kept (settings ``backup_keep_daily`` / ``_weekly`` / ``_monthly``); the county's pre-import copies
rotate by the same rule. Backups of other kinds (pre-migration, pre-restore, manual) are never deleted automatically.
Encryption of backups to the township's own key is not done yet.

A county store on a PostgreSQL server is backed up with ``pg_dump`` (custom format, ``.pgdump``; see
:mod:`gazetteer_desk.store.server_backup`), rotated by the same rule.
"""

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from gazetteer_desk.errors import DeskError
from gazetteer_desk.paths import backups_dir
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.migrate import known_revisions, open_store
from gazetteer_desk.store.schema_check import foreign_objects
from gazetteer_desk.store.snapshot import online_copy
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import require

SQLITE_MAGIC = b"SQLite format 3\x00"
SERVER_SUFFIX = ".pgdump"  # store.server_backup.SUFFIX, without importing it on every desk
REQUIRED_TABLES = {"alembic_version", "setting", "account", "auditentry", "township", "petitioner", "matter",
                   "visit", "matterevent"}
DEFAULT_KEEP = {"daily": 7, "weekly": 4, "monthly": 12}
STAMP = "%Y%m%d-%H%M%S"
SYSTEM_ACTOR = "系统"


def _stamp(now: datetime | None = None) -> str:
    return (now or datetime.now()).strftime(STAMP)


def snapshot(store: Store, kind: str, now: datetime | None = None) -> Path:
    """A backup of ``kind`` (daily, manual, pre-import, pre-restore…) into the home's backups folder."""
    if store.on_server:
        return _dump(store, backups_dir(store.home) / f"{kind}-{_stamp(now)}{SERVER_SUFFIX}")
    return online_copy(store.path, backups_dir(store.home) / f"{kind}-{_stamp(now)}.sqlite")


def _dump(store: Store, target: Path) -> Path:
    from gazetteer_desk.store.location import server_url
    from gazetteer_desk.store.server_backup import dump

    return dump(server_url(store.home), target)


def before_import(store: Store) -> Path:
    """Call once per import run, before merging township bundles into the county store. Older pre-import copies are
    rotated like the daily ones (a county imports every township every month: kept whole, they would fill the disk)."""
    path = snapshot(store, "pre-import")
    rotate(store.home, **keep_settings(store), kind="pre-import")
    return path


# --- daily backups and rotation -------------------------------------------------------------------------------------


def daily_backup(store: Store, now: datetime | None = None) -> Path | None:
    """On the first start of the day: back up, rotate, and return the new file (None when today's exists)."""
    now = now or datetime.now()
    folder = backups_dir(store.home)
    if any(folder.glob(f"daily-{now:%Y%m%d}-*.sqlite")) or any(folder.glob(f"daily-{now:%Y%m%d}-*{SERVER_SUFFIX}")):
        return None
    path = snapshot(store, "daily", now)
    removed = rotate(store.home, **keep_settings(store))
    audit.record_now(store, SYSTEM_ACTOR, "backup", "store", path.name, {"kind": "daily", "rotated": len(removed)})
    return path


def keep_settings(store: Store) -> dict[str, int]:
    keep = {}
    for period, default in DEFAULT_KEEP.items():
        try:
            keep[period] = max(0, int(store.setting(f"backup_keep_{period}", str(default))))
        except ValueError:
            keep[period] = default
    return keep


def _dated_files(folder: Path, kind: str) -> list[tuple[datetime, Path]]:
    found = []
    for path in [*folder.glob(f"{kind}-*.sqlite"), *folder.glob(f"{kind}-*{SERVER_SUFFIX}")]:
        try:
            found.append((datetime.strptime(path.stem.removeprefix(f"{kind}-"), STAMP), path))
        except ValueError:
            continue
    return sorted(found, reverse=True)


def rotate(home: Path, daily: int = 7, weekly: int = 4, monthly: int = 12, kind: str = "daily") -> list[Path]:
    """Delete automatic backups of ``kind`` (daily, pre-import) no period keeps; returns the removed files."""
    files = _dated_files(backups_dir(home), kind)
    keep: set[Path] = set()
    for count, bucket in ((daily, lambda t: t.date()), (weekly, lambda t: t.isocalendar()[:2]),
                          (monthly, lambda t: (t.year, t.month))):
        seen: list = []
        for when, path in files:  # newest first: the newest backup of each period is kept
            key = bucket(when)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(key)
            keep.add(path)
    removed = [path for _, path in files if path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


# --- to a chosen place ----------------------------------------------------------------------------------------------


def backup_to(store: Store, target: Path, actor=SYSTEM_ACTOR) -> Path:
    """A backup to a chosen file, or into a chosen folder (a USB stick) under a dated name."""
    require(actor, "backup")
    target = Path(target).expanduser()
    if target.is_dir():
        suffix = SERVER_SUFFIX if store.on_server else ".sqlite"
        target = target / f"gazetteer-{store.township_code}-{_stamp()}{suffix}"
    if store.on_server:
        try:
            _dump(store, target)
        except OSError as error:
            raise DeskError(f"无法写入备份文件 {target}：{error.strerror or error}") from error
        audit.record_now(store, actor, "backup", "store", str(target), {"kind": "manual"})
        return target
    if target.resolve() == store.path.resolve():
        raise DeskError("备份文件不能是正在使用的数据库本身")
    try:
        online_copy(store.path, target)
    except OSError as error:
        raise DeskError(f"无法写入备份文件 {target}：{error.strerror or error}") from error
    audit.record_now(store, actor, "backup", "store", str(target), {"kind": "manual"})
    return target


# --- restore --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    revision: str
    township_code: str
    matters: int


def inspect(path: Path) -> BackupInfo:
    """Check a file is a complete store of this program; raise DeskError saying what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise DeskError(f"找不到备份文件：{path}")
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise DeskError(f"文件不是信访接待台数据库备份：{path}")
    try:
        connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            check = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if check != ["ok"]:
                raise DeskError(f"备份文件已损坏或不完整（完整性检查未通过：{check[0]}）")
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            missing = REQUIRED_TABLES - tables
            if missing:
                raise DeskError(f"文件不是信访接待台数据库备份（缺少数据表：{'、'.join(sorted(missing))}）")
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            code = connection.execute("SELECT value FROM setting WHERE key = 'township_code'").fetchone()
            matters = connection.execute("SELECT count(*) FROM matter").fetchone()[0]
            if revision is not None and revision[0] in known_revisions():
                strange = foreign_objects(connection, revision[0])
                if strange:
                    raise DeskError("备份文件中有本程序不会创建的数据库对象，可能被人改动过，未恢复："
                                    + "、".join(strange[:5]) + ("等" if len(strange) > 5 else ""))
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DeskError(f"备份文件已损坏或不完整：{error}") from error
    if revision is None or revision[0] not in known_revisions():
        raise DeskError("备份文件由更新版本的信访接待台创建（或架构版本未知），本程序无法恢复")
    return BackupInfo(revision[0], code[0] if code else "", matters)


def restore(store: Store, source: Path, actor=SYSTEM_ACTOR) -> Store:
    """Replace the store's content with a verified backup; the replaced store is kept in backups/.

    The given ``store`` is closed; use the returned one. Nothing changes when the file is refused.
    """
    require(actor, "restore")
    if store.on_server:  # one office's database: restored by its administrator with the stock tool, not a desk
        raise DeskError("县级数据库在 PostgreSQL 服务器上，请由管理员用 pg_restore 恢复（见安装说明）")
    source = Path(source).expanduser()
    if source.resolve() == store.path.resolve():
        raise DeskError("不能用正在使用的数据库恢复自身")
    info = inspect(source)
    current_code = store.setting("township_code")
    if current_code and info.township_code != current_code:
        raise DeskError(f"备份属于其他乡镇或县（{info.township_code or '未初始化'}），与本机（{current_code}）不符，未恢复")
    kept = snapshot(store, "pre-restore")
    home = store.home
    store.close()
    # Restore through the backup API into the live file: one write transaction, WAL and -shm stay consistent.
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(store.path)
        try:
            dst.execute("PRAGMA busy_timeout=10000")
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    restored = open_store(home)
    from gazetteer_desk.services.sync.bundle_chain import restore_notice

    notice = restore_notice(restored)  # bundles the county has that the backup does not know; their numbers kept
    audit.record_now(restored, actor, "restore", "store", str(source),
                     {"kept_aside": kept.name, "revision": info.revision, "matters": info.matters,
                      "county_has_more": notice})
    return restored
