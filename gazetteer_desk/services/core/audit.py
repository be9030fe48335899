"""The audit trail (操作日志): append-only and hash-chained, written in the same transaction as the change it records.

Each entry's hash is sha256(previous hash + canonical JSON of (seq, at, actor, action, entity, entity_id, detail)).
Editing a row breaks its hash; deleting one leaves a gap in ``seq`` or a ``prev_hash`` that no longer matches.
Deleting the LAST row leaves neither (SQLite may even hand out the same ``seq`` again), so the chain head — last seq
and hash — is also kept in the Setting table, written in the same transaction, and :func:`verify` checks it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

import orjson

from gazetteer_desk.services.core import audit_rows  # noqa: F401  (seals every commit: see that module)
from gazetteer_desk.store import raw as store_raw
from gazetteer_desk.store.database import Store

if TYPE_CHECKING:  # the ORM loads only where a session is used (see store/database.py)
    from sqlmodel import Session

    from gazetteer_desk.store.models import AuditEntry

HEAD_KEY = "audit_head"
# On PostgreSQL several desks write at once, and SQLite's one-writer lock is not there to order them. The chain is
# extended by one writer at a time: an advisory lock (the head's row may not exist yet, so locking it is not enough),
# taken after the change counter's row, the lock every writer of synchronised rows takes first — one order for all.
SERVER_LOCKS = ("SELECT value FROM changecounter WHERE id = 1 FOR UPDATE", "SELECT pg_advisory_xact_lock(7310020)")

ACTION_LABELS = {
    "register": "来访登记",
    "act": "办理操作",
    "satisfaction": "满意度评价",
    "print": "打印",
    "event": "办理记录",
    "login": "登录",
    "login_failed": "登录失败",
    "unlock_failed": "解锁失败",
    "logout": "退出",
    "account_create": "新建账户",
    "account_password": "修改密码",
    "account_reset": "重置密码",
    "account_disable": "停用账户",
    "reveal": "查看完整个人信息",
    "backup": "备份",
    "restore": "恢复",
    "export_bundle": "导出数据包",
    "import_bundle": "导入数据包",
    "refuse_bundle": "拒绝数据包",
    "rows": "记录变更校验",
    "search_id": "按证件号码查找",
    "setting": "修改设置",
    "import_ledger": "导入台账",
    "export_ledgers": "导出台账",
    "mediation_open": "调解登记",
    "mediation_session": "调解记录",
    "mediation_agreement": "调解成功",
    "mediation_failure": "调解终止",
    "mediation_followup": "调解回访",
    "mediation_judicial": "申请司法确认",
    "reception_day": "安排领导接访日",
    "reception_day_cancel": "取消领导接访日",
    "field_visit": "领导下访",
    "county_key": "设置县级公钥",
    "keys_protected": "设置密钥口令",
    "keys_passphrase": "更改密钥口令",
}


def actor_name(actor) -> str:
    """Services take ``actor`` as a username string or a :class:`~gazetteer_desk.services.accounts.accounts.CurrentUser`."""
    return getattr(actor, "username", None) or (actor if isinstance(actor, str) else "") or ""


def _at_text(value: datetime | str) -> str:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _json_default(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


_PLAIN_LEAVES = frozenset((str, int, bool, type(None)))
_TEXT = frozenset((str,))


def _plain(value) -> bool:
    """Made only of what orjson writes byte for byte as the standard encoder below: dicts with text keys (sorted
    alike: by code point), lists, texts, integers, booleans and null."""
    if isinstance(value, dict):
        if not _TEXT.issuperset(map(type, value)):
            return False
        value = value.values()
    elif not isinstance(value, list):
        return type(value) in _PLAIN_LEAVES
    kinds = set(map(type, value))
    if kinds <= _PLAIN_LEAVES:
        return True
    return kinds <= _PLAIN_LEAVES | {dict, list} and all(_plain(v) for v in value if type(v) in (dict, list))


def canonical_detail(detail: dict) -> str:
    detail = detail or {}
    if _plain(detail):  # a seal of 45,000 rows: 6 ms instead of 60
        try:
            return orjson.dumps(detail, option=orjson.OPT_SORT_KEYS).decode("utf-8")
        except TypeError:  # an integer beyond 64 bits: the standard way
            pass
    return json.dumps(detail, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_json_default)


_PIECE = 1 << 16  # characters of a long detail escaped and digested at a time


def entry_hash(prev_hash: str, seq: int, at, actor: str, action: str, entity: str, entity_id: str,
               detail_text: str) -> str:
    """SHA-256 of ``prev_hash`` followed by the JSON list ``[seq, at, actor, action, entity, entity_id, detail]``.
    The list is digested a piece at a time (JSON escapes a text character by character): a seal's detail of a large
    import is tens of megabytes, and is not copied three times over to be digested."""
    digest = hashlib.sha256(prev_hash.encode("utf-8"))
    head = json.dumps([seq, _at_text(at), actor, action, entity, entity_id], ensure_ascii=False, separators=(",", ":"))
    digest.update(head[:-1].encode("utf-8") + b',"')
    for start in range(0, len(detail_text), _PIECE):
        digest.update(json.dumps(detail_text[start:start + _PIECE], ensure_ascii=False)[1:-1].encode("utf-8"))
    digest.update(b'"]')
    return digest.hexdigest()


def _read_head(session: Session) -> tuple[int, str]:
    from sqlalchemy import text

    value = session.execute(text("SELECT value FROM setting WHERE key = :k"), {"k": HEAD_KEY}).scalar()
    if not value:
        return 0, ""
    seq, _, digest = value.partition(":")
    return int(seq), digest


def record(session: Session, actor, action: str, entity: str = "", entity_id: str = "",
           detail: dict | None = None) -> AuditEntry:
    """Append one entry inside the caller's transaction (it commits or rolls back with the change)."""
    from sqlalchemy import text

    from gazetteer_desk.store.models import AuditEntry, Setting

    # Take the write lock first, so the head read below cannot race another writer (pysqlite begins on DML).
    if session.get_bind().dialect.name == "postgresql":
        for statement in SERVER_LOCKS:
            session.execute(text(statement))
    session.execute(text("UPDATE setting SET value = value WHERE key = :k"), {"k": HEAD_KEY})
    session.flush()
    last_seq, last_hash = _read_head(session)
    seq = last_seq + 1
    at = datetime.now(UTC)
    who = actor_name(actor)
    detail_text = canonical_detail(detail or {})
    digest = entry_hash(last_hash, seq, at, who, action, entity, str(entity_id), detail_text)
    entry = AuditEntry(seq=seq, at=at, actor=who, action=action[:32], entity=entity, entity_id=str(entity_id),
                       detail=detail_text, prev_hash=last_hash, hash=digest)
    session.add(entry)
    head = session.get(Setting, HEAD_KEY)
    if head is None:
        session.add(Setting(key=HEAD_KEY, value=f"{seq}:{digest}"))
    else:
        head.value = f"{seq}:{digest}"
    session.flush()
    return entry


def record_raw(raw, actor, action: str, entity: str = "", entity_id: str = "", detail: dict | None = None) -> int:
    """:func:`record` for writers on the raw sqlite3 connection (inside their transaction); returns the seq."""
    return record_raw_text(raw, actor, action, entity, entity_id, canonical_detail(detail or {}))


def record_raw_text(raw, actor, action: str, entity: str, entity_id: str, detail_text: str) -> int:
    """:func:`record_raw` of a detail already written as :func:`canonical_detail` writes it."""
    if store_raw.is_postgres(raw):
        for statement in SERVER_LOCKS:
            raw.execute(statement)
    raw.execute("UPDATE setting SET value = value WHERE key = ?", (HEAD_KEY,))
    found = raw.execute("SELECT value FROM setting WHERE key = ?", (HEAD_KEY,)).fetchone()
    last_seq, _, last_hash = (found[0] if found and found[0] else "0:").partition(":")
    seq = int(last_seq) + 1
    at = datetime.now(UTC)
    who = actor_name(actor)
    digest = entry_hash(last_hash, seq, at, who, action, entity, str(entity_id), detail_text)
    raw.execute("INSERT INTO auditentry (seq, at, actor, action, entity, entity_id, detail, prev_hash, hash) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (seq, at.strftime("%Y-%m-%d %H:%M:%S.%f"), who, action[:32], entity, str(entity_id), detail_text,
                 last_hash, digest))
    raw.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (HEAD_KEY, f"{seq}:{digest}"))
    return seq


def head(raw) -> tuple[int, str]:
    """The chain's head (last seq and hash) as the store holds it (``raw``: a sqlite3 connection)."""
    found = raw.execute("SELECT value FROM setting WHERE key = ?", (HEAD_KEY,)).fetchone()
    seq, _, digest = (found[0] if found and found[0] else "0:").partition(":")
    return int(seq), digest


def links(raw, after_seq: int) -> list[list]:
    """``[seq, prev_hash, hash]`` of every entry after ``after_seq``: enough for another party holding an earlier
    head to see that this chain extends it, without the entries' contents."""
    return [list(row) for row in raw.execute(
        "SELECT seq, prev_hash, hash FROM auditentry WHERE seq > ? ORDER BY seq", (after_seq,))]


def extends(held: tuple[int, str], new_head: tuple[int, str], new_links: list) -> str | None:
    """Why a chain (``new_head`` with ``new_links`` since ``held``) does not extend the ``held`` head, or None."""
    held_seq, held_hash = held
    seq, digest = new_head
    if seq < held_seq:
        return f"操作日志只到第 {seq} 条，比上次的第 {held_seq} 条少（日志尾部被删除）"
    if seq == held_seq:
        return None if digest == held_hash else f"第 {seq} 条操作日志与上次不同（日志被改写）"
    expected_seq, prev = held_seq + 1, held_hash
    for link in new_links:
        if link[0] <= held_seq:
            continue
        if link[0] != expected_seq or link[1] != prev:
            return f"第 {link[0]} 条操作日志接不上上次的链首（日志被改写或删除）"
        expected_seq, prev = expected_seq + 1, link[2]
    if expected_seq - 1 != seq or prev != digest:
        return "操作日志的链首与其链条不符（日志被改写）"
    return None


def record_now(store: Store, actor, action: str, entity: str = "", entity_id: str = "",
               detail: dict | None = None) -> None:
    """An entry that is its own transaction (a log-in, a view, a backup: nothing else changes)."""
    with store.raw_transaction() as raw:
        record_raw(raw, actor, action, entity, entity_id, detail)


def changes(before: dict, after: dict) -> dict:
    """``{field: [old, new]}`` for the fields whose values differ."""
    return {key: [before.get(key), after.get(key)] for key in sorted(set(before) | set(after))
            if before.get(key) != after.get(key)}


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    first_broken_seq: int | None = None
    reason: str = ""
    count: int = 0


def verify(store: Store) -> VerifyResult:
    """Walk the chain from the first entry and check it against the stored head."""
    from sqlmodel import select

    from gazetteer_desk.store.models import AuditEntry, Setting

    with store.read() as session:
        head_value = session.get(Setting, HEAD_KEY)
        expected_seq, prev, count = 1, "", 0
        for row in session.exec(select(AuditEntry).order_by(AuditEntry.seq)):
            if row.seq != expected_seq:
                return VerifyResult(False, expected_seq, f"第 {expected_seq} 条记录缺失（已被删除）", count)
            if row.prev_hash != prev:
                return VerifyResult(False, row.seq, f"第 {row.seq} 条记录与前一条记录的链接不符", count)
            digest = entry_hash(prev, row.seq, row.at, row.actor, row.action, row.entity, row.entity_id, row.detail)
            if digest != row.hash:
                return VerifyResult(False, row.seq, f"第 {row.seq} 条记录的内容被改动", count)
            prev, expected_seq, count = row.hash, expected_seq + 1, count + 1
    head_seq, head_hash = 0, ""
    if head_value and head_value.value:
        seq_text, _, head_hash = head_value.value.partition(":")
        head_seq = int(seq_text)
    last_seq = expected_seq - 1
    if head_seq > last_seq:
        return VerifyResult(False, last_seq + 1, f"第 {last_seq + 1} 条及之后的记录缺失（已被删除）", count)
    if head_seq < last_seq or head_hash != prev:
        return VerifyResult(False, last_seq, f"第 {last_seq} 条记录与链首记录不符（记录被改动或链首被篡改）", count)
    problem = _beyond_the_chain(store)
    if problem:
        return VerifyResult(False, None, problem, count)
    return VerifyResult(True, None, "", count)


def _beyond_the_chain(store: Store) -> str | None:
    """What the chain alone cannot show: the head the last bundle carried away, and the records themselves."""
    from gazetteer_desk.services.core.audit_rows import check_rows

    raw = store.engine.raw_connection()
    try:
        connection = store_raw.wrap(raw.driver_connection)
        exported = connection.execute("SELECT sequence, audit_seq, audit_hash FROM bundleexport "
                                      "WHERE audit_seq IS NOT NULL ORDER BY sequence DESC LIMIT 1").fetchone()
        if exported:
            sequence, seq, digest = exported
            found = connection.execute("SELECT hash FROM auditentry WHERE seq = ?", (seq,)).fetchone()
            if found is None or found[0] != digest:
                return (f"第{sequence}号数据包导出时操作日志到第 {seq} 条，本机现有日志与之不符"
                        "（日志被删除或改写）")
        return check_rows(connection)
    finally:
        raw.close()


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    detail: dict

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)


def entries(store: Store, *, actor: str | None = None, action: str | None = None, since: date | datetime | None = None,
            limit: int = 500, viewer=None) -> list[AuditRow]:
    """Newest first. With a ``viewer`` (CurrentUser) the ``view_audit`` permission is required."""
    if viewer is not None:
        from gazetteer_desk.services.core.authz import require

        require(viewer, "view_audit")
    from sqlmodel import select

    from gazetteer_desk.store.models import AuditEntry

    query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
    if actor:
        query = query.where(AuditEntry.actor == actor)
    if action:
        query = query.where(AuditEntry.action == action)
    else:  # the seals of changed records are for `audit verify`, not for reading
        query = query.where(AuditEntry.action != "rows")
    if since:
        if not isinstance(since, datetime):
            since = datetime(since.year, since.month, since.day).astimezone()
        query = query.where(AuditEntry.at >= since.astimezone(UTC))
    with store.read() as session:
        return [AuditRow(r.seq, r.at, r.actor, r.action, r.entity, r.entity_id, json.loads(r.detail or "{}"))
                for r in session.exec(query)]
