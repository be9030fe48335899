"""Readable matter numbers, unique per township: ``500235101-2026-00017``."""

from sqlalchemy import func
from sqlmodel import Session, select

from gazetteer_desk.store.models import Matter


def next_matter_number(session: Session, township_code: str, year: int) -> str:
    prefix = f"{township_code}-{year}-"
    last = session.exec(
        select(func.max(Matter.number)).where(Matter.township_code == township_code, Matter.number.like(prefix + "%"))
    ).one()
    seq = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{seq:05d}"
