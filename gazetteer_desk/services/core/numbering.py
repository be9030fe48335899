"""Readable matter numbers, unique per township: ``500235101-2026-00017``.

After a restore, numbers the county already holds (from bundles exported after the backup was made) are kept in the
``issued_numbers`` setting, so the desk does not hand them out again (see services/sync/bundle_chain.py).
"""

import json

from sqlalchemy import func
from sqlmodel import Session, select

from gazetteer_desk.store.models import Matter, Setting

ISSUED_KEY = "issued_numbers"


def next_matter_number(session: Session, township_code: str, year: int) -> str:
    prefix = f"{township_code}-{year}-"
    last = session.exec(
        select(func.max(Matter.number)).where(Matter.township_code == township_code, Matter.number.like(prefix + "%"))
    ).one()
    issued = session.get(Setting, ISSUED_KEY)
    for number in json.loads(issued.value) if issued and issued.value else []:
        if isinstance(number, str) and number.startswith(prefix) and (last is None or number > last):
            last = number
    seq = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{seq:05d}"
