"""Guessing passwords takes time: after a few wrong passwords for an account, each further attempt must wait longer
(1, 2, 4 … up to 60 seconds), and after ten in a row the account is locked for 15 minutes. A right password resets
the count. Waiting is enforced by refusing early attempts (audited), so it holds across windows and command lines.
"""

from __future__ import annotations

import time

from gazetteer_desk.errors import DeskError
from gazetteer_desk.store.database import Store

FREE_ATTEMPTS = 3
LOCK_AFTER = 10
LOCK_SECONDS = 15 * 60
MAX_WAIT = 60


class LoginThrottled(DeskError):
    pass


def _key(username: str) -> str:
    return f"login_failures:{username.strip().lower()}"[:64]


def _state(store: Store, username: str) -> tuple[int, float]:
    value = store.setting(_key(username))
    count, _, last = value.partition(":")
    try:
        return int(count), float(last)
    except ValueError:
        return 0, 0.0


def wait_seconds(failures: int) -> int:
    if failures >= LOCK_AFTER:
        return LOCK_SECONDS
    return 0 if failures < FREE_ATTEMPTS else min(2 ** (failures - FREE_ATTEMPTS), MAX_WAIT)


def check(store: Store, username: str, now: float | None = None) -> None:
    """Raise :class:`LoginThrottled` while the account must wait; the caller audits the refusal."""
    failures, last = _state(store, username)
    left = last + wait_seconds(failures) - (time.time() if now is None else now)
    if left <= 0:
        return
    if failures >= LOCK_AFTER:
        raise LoginThrottled(f"连续 {failures} 次密码错误，账户已临时锁定，请 {int(left // 60) + 1} 分钟后再试")
    raise LoginThrottled(f"密码错误次数过多，请 {int(left) + 1} 秒后再试")


def failed(raw, username: str, now: float | None = None) -> int:
    """Count one more wrong password (in the caller's transaction, on the driver connection); returns the count."""
    found = raw.execute("SELECT value FROM setting WHERE key = ?", (_key(username),)).fetchone()
    try:
        count = int(found[0].partition(":")[0]) if found else 0
    except ValueError:
        count = 0
    raw.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (_key(username), f"{count + 1}:{time.time() if now is None else now}"))
    return count + 1


def succeeded(raw, username: str) -> None:
    raw.execute("DELETE FROM setting WHERE key = ?", (_key(username),))
