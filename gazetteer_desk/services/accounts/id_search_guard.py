"""Masked ID numbers cannot be recovered by guessing: a search that looks for an ID number is audited, and a role
that may not see full numbers may make only so many in a while (guessing the masked digits takes hundreds).

Counted from the audit trail itself, so the limit holds across windows and command lines.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from sqlalchemy import text as sql

from gazetteer_desk.domain.permissions import can
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import is_user
from gazetteer_desk.store.database import Store

ACTION = "search_id"
WINDOW = timedelta(minutes=10)
# ID searches per window for a role without view_full_id: a clerk typing numbers in the instant search box stays
# well below; recovering the eight masked digits one at a time takes about eighty.
LIMIT = 60
_ID_LIKE = re.compile(r"[0-9]{6,17}[0-9Xx]?")


def looks_like_id(query: str) -> bool:
    return _ID_LIKE.fullmatch(query.strip().replace(" ", "")) is not None


def check_and_record(store: Store, user, query: str, now: datetime | None = None) -> None:
    """Audit an ID-number search; refuse it when the user's role is over its limit (DeskError)."""
    if not query or not looks_like_id(query):
        return
    who = audit.actor_name(user)
    limited = not (is_user(user) and can(user.role, "view_full_id"))
    now = now or datetime.now(UTC)
    if limited:
        with store.read() as session:
            recent = session.execute(sql("SELECT count(*) FROM auditentry WHERE action = :a AND actor = :u "
                                         "AND at >= :since"),
                                     {"a": ACTION, "u": who,
                                      "since": (now - WINDOW).strftime("%Y-%m-%d %H:%M:%S.%f")}).scalar()
        if recent >= LIMIT:
            audit.record_now(store, user, ACTION, "search", "", {"digits": len(query.strip()), "refused": True})
            raise DeskError(f"按证件号码查找过于频繁（{int(WINDOW.total_seconds() // 60)} 分钟内最多 {LIMIT} 次），"
                            "请稍后再试；如需查看完整号码，请由有权限的人员操作")
    audit.record_now(store, user, ACTION, "search", "", {"digits": len(query.strip())})
