"""A leader's word on a matter during a reception day or a 下访, written into the matter's history.

Both occasions record the same thing — who, when, on which matter, what was said — so one function does it;
each caller names its occasion, its history kind and how the line reads.
"""

from collections.abc import Callable

from gazetteer_desk.errors import DeskError
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import Staff
from gazetteer_desk.services.core import history
from gazetteer_desk.services.core.authz import require
from gazetteer_desk.services.core.lookup import visible_matter
from gazetteer_desk.services.core.text_input import LONG, check_texts


def note_on_matter(store: Store, matter_number: str, text: str, *, actor, empty: str,
                   occasion: Callable, kind: str, link: str, describe: Callable[[Staff, object], str]) -> None:
    """``occasion(session)`` loads the ReceptionDay or FieldVisit (with ``leader_id`` and ``day``); ``link`` is the
    key under which its id goes into the history line's data; ``describe(leader, row)`` is the line's prefix."""
    require(actor, "leader_work")
    check_texts({"内容": (text, LONG)})
    text = (text or "").strip()
    if not text:
        raise DeskError(empty)
    with store.transaction() as session:
        row = occasion(session)
        leader = session.get(Staff, row.leader_id)
        matter = visible_matter(session, store.township_code, matter_number, actor)
        history.append(session, matter, kind, f"{describe(leader, row)}：{text}", actor=actor or leader.name,
                       on_date=row.day, data={link: row.id, "leader_id": leader.id, "text": text})
