"""领导接访日: the published schedule (Art. 18; 2009 opinion), the day's visitors and the leader's instructions."""

import calendar as _calendar
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func
from sqlmodel import select

from gazetteer_desk.domain.procedure import STATUS_LABELS
from gazetteer_desk.errors import DeskError, NotFound
from gazetteer_desk.services.core.text_input import LONG, NAME, SHORT, check_texts
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import Matter, MatterEvent, Petitioner, ReceptionDay, Staff, Visit
from gazetteer_desk.services.core.lookup import find_leader, parse_hhmm
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import purposes_for, require
from gazetteer_desk.services.leaders.leader_notes import note_on_matter

FORMS = ("定点接访", "重点约访", "带案下访")


@dataclass
class ReceptionDayInput:
    leader: str  # name or id of a leader
    day: date
    start_time: str = "09:00"
    end_time: str = "12:00"
    place: str = ""
    form: str = "定点接访"
    liaison: str = ""
    liaison_phone: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ScheduleRow:
    """One line of the public schedule: 姓名、职务、分管工作、时间、地点、形式 (plus liaison)."""

    id: str
    day: date
    start_time: str
    end_time: str
    leader_id: str
    leader: str
    post: str
    portfolio: str
    place: str
    form: str
    liaison: str
    liaison_phone: str
    notes: str = ""
    visit_count: int = 0

    @property
    def time_label(self) -> str:
        return f"{self.start_time}—{self.end_time}"


@dataclass(frozen=True)
class DayVisit:
    matter_number: str
    name: str
    visited_at: datetime
    people_count: int
    category: str
    request: str
    status_label: str


@dataclass(frozen=True)
class Instruction:
    matter_number: str
    text: str
    actor: str
    at: datetime


@dataclass(frozen=True)
class DayPage:
    day: ScheduleRow
    visits: list[DayVisit] = field(default_factory=list)
    instructions: list[Instruction] = field(default_factory=list)


def schedule(store: Store, data: ReceptionDayInput, actor="") -> ScheduleRow:
    """Add a reception day to the schedule — one transaction; bad input saves nothing."""
    require(actor, "leader_work")
    check_texts({"接访地点": (data.place, SHORT), "联络员": (data.liaison, NAME), "联络员电话": (data.liaison_phone, SHORT),
                 "备注": (data.notes, LONG)})
    start = parse_hhmm(data.start_time, "开始时间")
    end = parse_hhmm(data.end_time, "结束时间")
    if end <= start:
        raise DeskError(f"结束时间（{end}）必须晚于开始时间（{start}）")
    if data.form not in FORMS:
        raise DeskError(f"未知的接访形式“{data.form}”（可选：{'、'.join(FORMS)}）")
    if not data.place.strip():
        raise DeskError("请填写接访地点")
    phone = data.liaison_phone.strip()
    if phone and not phone.replace("-", "").replace(" ", "").isdigit():
        raise DeskError(f"联络员电话只能包含数字：{phone}")
    code = store.township_code
    with store.transaction() as session:
        leader = find_leader(session, code, data.leader)
        clash = session.exec(select(ReceptionDay).where(
            ReceptionDay.township_code == code, ReceptionDay.leader_id == leader.id, ReceptionDay.day == data.day,
            ReceptionDay.deleted.is_(False))).all()
        for other in clash:
            if other.start_time < end and start < other.end_time:
                raise DeskError(f"{leader.name}在{data.day:%Y-%m-%d} {other.start_time}—{other.end_time}已安排接访，时间重叠")
        row = ReceptionDay(township_code=code, leader_id=leader.id, day=data.day, start_time=start, end_time=end,
                           place=data.place.strip(), form=data.form, liaison=data.liaison.strip(),
                           liaison_phone=phone, notes=data.notes.strip())
        session.add(row)
        session.flush()
        audit.record(session, actor, "reception_day", "reception_day", row.id, {
            "leader": leader.name, "day": row.day, "time": f"{start}-{end}", "place": row.place, "form": row.form})
        return _row(row, leader, 0)


def cancel(store: Store, reception_day_id: str, *, actor="") -> None:
    """Take a day off the schedule (a tombstone, so the county learns of it); a day with visits stays."""
    require(actor, "leader_work")
    with store.transaction() as session:
        row = _get(session, reception_day_id)
        if _visit_count(session, row.id):
            raise DeskError("该接访日已有来访登记，不能取消")
        row.deleted = True
        row.touch()
        leader = session.get(Staff, row.leader_id)
        audit.record(session, actor, "reception_day_cancel", "reception_day", row.id, {
            "leader": leader.name if leader else "", "day": row.day, "time": f"{row.start_time}-{row.end_time}"})


def month_schedule(store: Store, year: int, month: int, leader: str | None = None) -> list[ScheduleRow]:
    first = date(year, month, 1)
    last = date(year, month, _calendar.monthrange(year, month)[1])
    return days_between(store, first, last, leader)


def days_between(store: Store, first: date, last: date, leader: str | None = None) -> list[ScheduleRow]:
    code = store.township_code
    with store.read() as session:
        query = (select(ReceptionDay, Staff).join(Staff, Staff.id == ReceptionDay.leader_id)
                 .where(ReceptionDay.township_code == code, ReceptionDay.deleted.is_(False),
                        ReceptionDay.day >= first, ReceptionDay.day <= last))
        if leader:
            query = query.where(ReceptionDay.leader_id == find_leader(session, code, leader).id)
        rows = session.exec(query.order_by(ReceptionDay.day, ReceptionDay.start_time)).all()
        return [_row(day, staff, _visit_count(session, day.id)) for day, staff in rows]


def day_page(store: Store, reception_day_id: str, *, viewer=None) -> DayPage:
    """Who came on the day and about what, and what the leader decided (without the matters of purposes hidden
    from a ``viewer``'s role)."""
    purposes = purposes_for(viewer)
    shown = (lambda m: True) if purposes is None else (lambda m: m.purpose in purposes)
    with store.read() as session:
        day = _get(session, reception_day_id)
        leader = session.get(Staff, day.leader_id)
        rows = session.exec(
            select(Visit, Matter, Petitioner)
            .join(Matter, Matter.id == Visit.matter_id).join(Petitioner, Petitioner.id == Visit.petitioner_id)
            .where(Visit.reception_day_id == day.id, Visit.deleted.is_(False))
            .order_by(Visit.visited_at)
        ).all()
        visits = [DayVisit(m.number, p.name, v.visited_at, v.people_count, m.category, m.request,
                           STATUS_LABELS.get(m.status, m.status)) for v, m, p in rows if shown(m)]
        events = session.exec(
            select(MatterEvent, Matter).join(Matter, Matter.id == MatterEvent.matter_id)
            .where(MatterEvent.kind == "instruction", MatterEvent.deleted.is_(False),
                   func.json_extract(MatterEvent.data, "$.reception_day_id") == day.id)
            .order_by(MatterEvent.at)
        ).all()
        instructions = [Instruction(m.number, e.data.get("text", e.detail), e.actor, e.at) for e, m in events
                        if shown(m)]
        return DayPage(_row(day, leader, len(rows)), visits, instructions)


def record_instruction(store: Store, reception_day_id: str, matter_number: str, text: str, actor="") -> None:
    """领导批示: the leader's decision on a matter, in that matter's history (which audits it)."""
    note_on_matter(store, matter_number, text, actor=actor, empty="请填写领导批示内容",
                   occasion=lambda session: _get(session, reception_day_id), kind="instruction",
                   link="reception_day_id",
                   describe=lambda leader, day: f"领导批示（{leader.name}，{day.day:%Y-%m-%d}接访）")


def _get(session, reception_day_id: str) -> ReceptionDay:
    row = session.get(ReceptionDay, reception_day_id) if reception_day_id else None
    if row is None or row.deleted:
        raise NotFound("找不到该领导接访日")
    return row


def _visit_count(session, reception_day_id: str) -> int:
    return len(session.exec(select(Visit.id).where(Visit.reception_day_id == reception_day_id,
                                                   Visit.deleted.is_(False))).all())


def _row(day: ReceptionDay, leader: Staff, visits: int) -> ScheduleRow:
    return ScheduleRow(day.id, day.day, day.start_time, day.end_time, leader.id, leader.name, leader.post,
                       leader.portfolio, day.place, day.form, day.liaison, day.liaison_phone, day.notes, visits)
