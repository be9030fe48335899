"""``county migrate-store``: the county store leaves its SQLite file for a PostgreSQL server, once several clerks
share it.

Everything is copied in one transaction and counted (:mod:`gazetteer_desk.store.transfer`), then the copy's audit
trail and row seals are verified on the server. Only then does the home switch (its ``database.json`` names the
server); the SQLite file is kept as a backup copy (``backups/before-server-….sqlite``) and leaves the home's top, so
no desk can go on writing to it by mistake.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from gazetteer_desk.errors import DeskError
from gazetteer_desk.paths import backups_dir, store_path
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.mode import require_county
from gazetteer_desk.store.database import Store, make_server_engine
from gazetteer_desk.store.location import check_server_url, save_server_url, server_url
from gazetteer_desk.store.migrate import open_store
from gazetteer_desk.store.snapshot import online_copy
from gazetteer_desk.store.transfer import copy_to_server


@dataclass(frozen=True)
class MoveResult:
    url: str
    counts: dict[str, int]
    kept_copy: Path


def move_to_server(home: Path, url: str, actor: str = "") -> MoveResult:
    url = check_server_url(url)
    current = server_url(home)
    if current is not None:
        raise DeskError(f"此数据目录已在使用数据库服务器 {current}")
    if not store_path(home).exists():
        raise DeskError(f"数据目录中没有县级数据库：{home}")
    store = open_store(home)
    try:
        require_county(store)
        counts = copy_to_server(store, url)
    finally:
        store.close()
    server = Store(home, make_server_engine(url))
    try:
        checked = audit.verify(server)
        if not checked.ok:
            raise DeskError(f"数据已复制到服务器，但操作日志校验不符（{checked.reason}）；本数据目录仍使用原 SQLite 数据库")
        audit.record_now(server, actor, "setting", "store", "database",
                         {"moved_to": url, "rows": sum(counts.values())})
        server.refresh_statistics()
    finally:
        server.close()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = online_copy(store_path(home), backups_dir(home) / f"before-server-{stamp}.sqlite")
    save_server_url(home, url)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{store_path(home)}{suffix}").unlink(missing_ok=True)
    return MoveResult(url, counts, kept)
