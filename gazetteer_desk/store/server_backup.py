"""Backups of a store on a PostgreSQL server: ``pg_dump`` in its custom format (compressed, restored selectively
with ``pg_restore``), written under a temporary name and renamed, like the SQLite copies.

``pg_dump`` takes one consistent snapshot while clerks go on working. The password reaches it the way it reached
the program (``GAZETTEER_DB_PASSWORD`` → ``PGPASSWORD``), never on its command line.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path

from gazetteer_desk.errors import StoreError
from gazetteer_desk.store.location import PASSWORD_ENV
from gazetteer_desk.store.snapshot import replacing

SUFFIX = ".pgdump"


def tool(name: str) -> str:
    """``pg_dump`` / ``pg_restore`` on PATH, else from Debian's versioned folder (newest first)."""
    found = shutil.which(name)
    if found:
        return found
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda f: int(Path(f).parent.name)
                         if Path(f).parent.name.isdigit() else 0, reverse=True):
        candidate = Path(folder) / name
        if candidate.exists():
            return str(candidate)
    raise StoreError(f"找不到 {name}：请安装 PostgreSQL 客户端（Debian/UOS/麒麟：apt-get install postgresql-client）")


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    if env.get(PASSWORD_ENV):
        env["PGPASSWORD"] = env[PASSWORD_ENV]
    return env


def dump(url: str, target: Path) -> Path:
    """The whole database at ``url`` into ``target`` (custom format), atomically."""
    with replacing(target) as temp:
        done = subprocess.run([tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(temp), "--dbname", url],
                              env=_environment(), capture_output=True, text=True, timeout=3600)
        if done.returncode != 0:
            raise StoreError(f"数据库备份（pg_dump）失败：{(done.stderr or '').strip()[:300]}")
    return Path(target)


def check_dump(path: Path) -> list[str]:
    """The table of contents of a dump (``pg_restore --list``): a readable, complete archive lists its tables."""
    done = subprocess.run([tool("pg_restore"), "--list", str(path)], capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise StoreError(f"备份文件无法读取（不是完整的 PostgreSQL 备份）：{path.name}")
    return [line.split()[-2] for line in done.stdout.splitlines()
            if not line.startswith(";") and " TABLE DATA " in line]
