"""The one way a line enters a matter's history — and, unless the caller audits it in more detail itself, the
audit trail — inside the caller's transaction."""

from datetime import date

from sqlmodel import Session

from gazetteer_desk.store.models import Matter, MatterEvent
from gazetteer_desk.services.core import audit


def append(session: Session, matter: Matter, kind: str, detail: str, *, actor="", on_date: date | None = None,
           data: dict | None = None, audited: bool = True) -> MatterEvent:
    """``audited=False`` where the caller writes a richer audit entry of its own (registration, procedure steps)."""
    who = audit.actor_name(actor)
    event = MatterEvent(township_code=matter.township_code, matter_id=matter.id, kind=kind,
                        on_date=on_date or date.today(), actor=who, detail=detail, data=data or {})
    session.add(event)
    if audited:
        audit.record(session, who, "print" if kind.startswith("print") else "event", "matter", matter.number,
                     {"kind": kind, "detail": detail})
    return event
