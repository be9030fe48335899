"""Shared helpers of the leader and mediation tests: row counts, a quick registration."""

from datetime import UTC, datetime

from sqlalchemy import func
from sqlmodel import select

from gazetteer_desk.services.matters.registration import RegistrationInput, register
from gazetteer_desk.store import models


def count(store, table) -> int:
    with store.read() as session:
        return session.exec(select(func.count()).select_from(table)).one()


def counts(store) -> dict[str, int]:
    tables = (models.ReceptionDay, models.FieldVisit, models.CaseAssignment, models.CaseProgress,
              models.MediationCase, models.MediationSession, models.MediationFollowup, models.Matter, models.Visit,
              models.MatterEvent)
    return {t.__name__: count(store, t) for t in tables}


def leader_id(store, name: str) -> str:
    with store.read() as session:
        return session.exec(select(models.Staff).where(models.Staff.name == name)).one().id


def register_simple(store, name="王大山", request="宅基地边界纠纷", **kw):
    kw.setdefault("received_at", datetime.now(UTC))
    return register(store, RegistrationInput(name=name, request=request, village=kw.pop("village", "青龙村"),
                                             category=kw.pop("category", "国土资源水利林业"), **kw))
