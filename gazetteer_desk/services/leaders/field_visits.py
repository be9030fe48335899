"""下访: a leader goes down to a village; matters are opened there or progressed ("变群众上访为领导下访")."""

import calendar as _calendar
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time

from sqlalchemy import func
from sqlmodel import select

from gazetteer_desk.errors import DeskError, NotFound
from gazetteer_desk.services.core.text_input import LONG, check_texts
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import FieldVisit, Matter, MatterEvent, Staff, Visit
from gazetteer_desk.services.matters.registration import RegistrationInput, RegistrationResult, register
from gazetteer_desk.services.core.lookup import find_leader, find_village
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import purposes_for, require
from gazetteer_desk.services.leaders.leader_notes import note_on_matter


@dataclass
class FieldVisitInput:
    leader: str
    day: date
    village: str  # name or 12-digit code of a village of this township
    people_met: str = ""
    problems: str = ""
    notes: str = ""


@dataclass(frozen=True)
class FieldVisitRow:
    id: str
    day: date
    leader: str
    post: str
    village_name: str
    people_met: str
    problems: str
    notes: str


@dataclass(frozen=True)
class FieldMatter:
    number: str
    request: str
    how: str  # 现场登记 / 现场推进
    note: str = ""


@dataclass(frozen=True)
class FieldVisitPage:
    visit: FieldVisitRow
    matters: list[FieldMatter] = field(default_factory=list)


def log_field_visit(store: Store, data: FieldVisitInput, actor="") -> FieldVisitRow:
    require(actor, "leader_work")
    check_texts({"接触群众": (data.people_met, LONG), "发现的问题": (data.problems, LONG), "备注": (data.notes, LONG)})
    code = store.township_code
    if not (data.problems.strip() or data.people_met.strip()):
        raise DeskError("请填写接触群众或发现的问题")
    with store.transaction() as session:
        leader = find_leader(session, code, data.leader)
        village = find_village(session, code, data.village, required="请选择下访的村（社区）")
        row = FieldVisit(township_code=code, leader_id=leader.id, day=data.day, village_code=village.code,
                         village_name=village.name, people_met=data.people_met.strip(),
                         problems=data.problems.strip(), notes=data.notes.strip())
        session.add(row)
        session.flush()
        audit.record(session, actor, "field_visit", "field_visit", row.id, {
            "leader": leader.name, "day": row.day, "village": row.village_name, "people_met": row.people_met,
            "problems": row.problems})
        return _row(row, leader)


def list_field_visits(store: Store, *, leader: str | None = None, year: int | None = None,
                      month: int | None = None) -> list[FieldVisitRow]:
    code = store.township_code
    with store.read() as session:
        query = (select(FieldVisit, Staff).join(Staff, Staff.id == FieldVisit.leader_id)
                 .where(FieldVisit.township_code == code, FieldVisit.deleted.is_(False)))
        if leader:
            query = query.where(FieldVisit.leader_id == find_leader(session, code, leader).id)
        if year and month:
            query = query.where(FieldVisit.day >= date(year, month, 1),
                                FieldVisit.day <= date(year, month, _calendar.monthrange(year, month)[1]))
        return [_row(v, s) for v, s in session.exec(query.order_by(FieldVisit.day.desc())).all()]


def field_visit_page(store: Store, field_visit_id: str, *, viewer=None) -> FieldVisitPage:
    """The matters opened or worked on during the 下访, without those of purposes hidden from ``viewer``'s role."""
    purposes = purposes_for(viewer)
    with store.read() as session:
        row = _get(session, field_visit_id)
        opened = session.exec(select(Matter).join(Visit, Visit.matter_id == Matter.id).where(
            Visit.field_visit_id == row.id, Visit.deleted.is_(False))).all()
        matters = [FieldMatter(m.number, m.request, "现场登记") for m in opened]
        events = session.exec(select(MatterEvent, Matter).join(Matter, Matter.id == MatterEvent.matter_id)
                              .where(MatterEvent.kind == "field_visit", MatterEvent.deleted.is_(False),
                                     func.json_extract(MatterEvent.data, "$.field_visit_id") == row.id)
                              .order_by(MatterEvent.at)).all()
        matters += [FieldMatter(m.number, m.request, "现场推进", e.data.get("text", e.detail)) for e, m in events]
        if purposes is not None:
            hidden = {m.number for m in opened if m.purpose not in purposes}
            hidden |= {m.number for _e, m in events if m.purpose not in purposes}
            matters = [fm for fm in matters if fm.number not in hidden]
        return FieldVisitPage(_row(row, session.get(Staff, row.leader_id)), matters)


def open_matter(store: Store, field_visit_id: str, data: RegistrationInput, actor="") -> RegistrationResult:
    """A new matter raised during the 下访: channel 走访, linked to the entry and its leader."""
    require(actor, "leader_work")
    with store.read() as session:
        row = _get(session, field_visit_id)
    # without a time given, the visit's noon — or now, for a visit logged this morning (a visit is never in the future)
    received = data.received_at or min(datetime.combine(row.day, time(12, 0)).astimezone(), datetime.now().astimezone())
    return register(store, replace(data, channel="走访", field_visit_id=row.id, leader_id=row.leader_id,
                                   village=data.village or row.village_code, received_at=received), actor=actor)


def record_progress(store: Store, field_visit_id: str, matter_number: str, text: str, actor="") -> None:
    """An existing matter worked on during the 下访 (explained, settled on the spot, …); history.append audits it."""
    note_on_matter(store, matter_number, text, actor=actor, empty="请填写现场处理情况",
                   occasion=lambda session: _get(session, field_visit_id), kind="field_visit", link="field_visit_id",
                   describe=lambda leader, row: f"领导下访（{leader.name}，{row.day:%Y-%m-%d}，{row.village_name}）")


def _get(session, field_visit_id: str) -> FieldVisit:
    row = session.get(FieldVisit, field_visit_id) if field_visit_id else None
    if row is None or row.deleted:
        raise NotFound("找不到该下访记录")
    return row


def _row(row: FieldVisit, leader: Staff) -> FieldVisitRow:
    return FieldVisitRow(row.id, row.day, leader.name, leader.post, row.village_name, row.people_met, row.problems,
                         row.notes)
