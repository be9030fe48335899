"""Where a home's store lives: the SQLite file in the home (the default), or a PostgreSQL server named in the home's
``database.json`` (a county office with several clerks).

The file holds the server's address only — user, host, port, database — never a password: that comes from the
environment (``GAZETTEER_DB_PASSWORD``, else libpq's own ``PGPASSWORD`` / ``~/.pgpass``) or, at a terminal, a prompt.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

from gazetteer_desk.errors import DeskError, StoreError

DATABASE_FILE = "database.json"
PASSWORD_ENV = "GAZETTEER_DB_PASSWORD"
SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def database_file(home: Path) -> Path:
    return Path(home) / DATABASE_FILE


def check_server_url(url: str) -> str:
    """The address in its stored form (``postgresql://user@host:port/db``); bad input is a :class:`DeskError`."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise DeskError(f"数据库地址格式不正确：{url}（应为 postgresql://用户@主机:端口/数据库）") from None
    if parts.scheme not in SCHEMES:
        raise DeskError(f"只支持 PostgreSQL 数据库地址（postgresql://用户@主机:端口/数据库），不支持：{parts.scheme or url}")
    if parts.password is not None:
        raise DeskError(f"数据库地址中不能写密码（会以明文保存）；请通过环境变量 {PASSWORD_ENV} 提供密码")
    if not parts.hostname or not parts.path.strip("/") or not parts.username:
        raise DeskError("数据库地址须写明用户、主机与数据库名，如 postgresql://xinfang@192.168.1.10:5432/county")
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return (f"postgresql://{parts.username}@{host}{f':{port}' if port else ''}/{parts.path.strip('/')}"
            + (f"?{parts.query}" if parts.query else ""))


def server_url(home: Path) -> str | None:
    """The PostgreSQL address this home's store lives at, or None for the SQLite file in the home."""
    path = database_file(home)
    if not path.exists():
        return None
    try:
        return check_server_url(json.loads(path.read_text(encoding="utf-8"))["url"])
    except (OSError, ValueError, KeyError, TypeError, DeskError) as error:
        raise StoreError(f"数据库设置文件无法读取：{path}（{getattr(error, 'message', error)}）") from error


def save_server_url(home: Path, url: str) -> str:
    url = check_server_url(url)
    Path(home).mkdir(parents=True, exist_ok=True)
    path = database_file(home)
    temp = path.with_name(path.name + ".tmp")
    temp.write_text(json.dumps({"url": url}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(temp, path)
    return url


def password(url: str) -> str | None:
    """From the environment, else asked for at a terminal, else None (libpq then tries PGPASSWORD and ~/.pgpass)."""
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if os.environ.get("PGPASSWORD") or not (sys.stdin and sys.stdin.isatty()):
        return None
    user = urlsplit(url).username
    return getpass.getpass(f"数据库用户 {user} 的密码（直接回车表示无密码）：") or None
