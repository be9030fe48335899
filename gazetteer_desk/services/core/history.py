"""The one way a line enters a matter's history — and, unless the caller audits it in more detail itself, the
audit trail — inside the caller's transaction."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from gazetteer_desk.services.core import audit

if TYPE_CHECKING:
    from sqlmodel import Session

    from gazetteer_desk.store.models import Matter, MatterEvent


def append(session: Session, matter: Matter, kind: str, detail: str, *, actor="", on_date: date | None = None,
           data: dict | None = None, audited: bool = True) -> MatterEvent:
    """``audited=False`` where the caller writes a richer audit entry of its own (registration, procedure steps)."""
    from gazetteer_desk.store.models import MatterEvent

    who = audit.actor_name(actor)
    event = MatterEvent(township_code=matter.township_code, matter_id=matter.id, kind=kind,
                        on_date=on_date or date.today(), actor=who, detail=detail, data=data or {})
    session.add(event)
    if audited:
        audit.record(session, *_audit_entry(who, kind, matter.number, detail))
    return event


def append_raw(raw, matter, kind: str, detail: str, *, actor="", on_date: date | None = None,
               data: dict | None = None) -> str:
    """:func:`append` (audited) on the driver connection, inside the caller's :meth:`Store.raw_transaction`: the
    same row the model writes (its defaults: a new id, revision 1, the times now in UTC). Returns the event's id."""
    who = audit.actor_name(actor)
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")  # as the store keeps times (naive UTC text)
    event_id = str(uuid.uuid4())
    raw.execute("INSERT INTO matterevent (id, township_code, created_at, updated_at, revision, deleted, change_seq, "
                "matter_id, kind, at, on_date, actor, detail, data) VALUES (?, ?, ?, ?, 1, ?, 0, ?, ?, ?, ?, ?, ?, ?)",
                (event_id, matter.township_code, now, now, False, matter.id, kind, now,
                 (on_date or date.today()).isoformat(), who, detail, json.dumps(data or {})))
    audit.record_raw(raw, *_audit_entry(who, kind, matter.number, detail))
    return event_id


def _audit_entry(who: str, kind: str, number: str, detail: str) -> tuple:
    return who, "print" if kind.startswith("print") else "event", "matter", number, {"kind": kind, "detail": detail}
