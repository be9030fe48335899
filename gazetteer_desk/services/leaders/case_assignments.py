"""包案: a leader takes charge of a matter ("四包") until it is settled; every step goes into the matter's history."""

from dataclasses import dataclass, field
from datetime import date

from sqlmodel import select

from gazetteer_desk.domain.procedure import STATUS_LABELS
from gazetteer_desk.errors import DeskError, NotFound
from gazetteer_desk.services.core.text_input import LONG, SHORT, check_texts
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import CaseAssignment, CaseProgress, Matter
from gazetteer_desk.services.core.lookup import check_period, find_leader, find_staff, staff_names
from gazetteer_desk.services.core import history
from gazetteer_desk.services.core.authz import purposes_for, require
from gazetteer_desk.services.core.lookup import visible_matter

DUTIES = ("掌握情况", "思想教育", "解决化解", "息诉息访")  # 包掌握情况、包思想教育、包解决化解、包息诉息访
STATUS_LABELS_ASSIGNMENT = {"active": "包案中", "settled": "已化解"}


@dataclass
class AssignmentInput:
    matter_number: str
    leader: str  # lead leader (包案领导), name or id
    start_on: date
    end_on: date | None = None
    deputy: str | None = None  # 副包案人 (any staff member)
    members: str = ""  # 工作专班成员
    units: str = ""  # 参与单位


@dataclass(frozen=True)
class ProgressView:
    duty: str
    on_date: date
    note: str


@dataclass(frozen=True)
class AssignmentView:
    id: str
    matter_number: str
    matter_request: str
    matter_status: str
    matter_due_on: date | None
    lead: str
    deputy: str
    members: str
    units: str
    start_on: date
    end_on: date | None
    status: str
    result: str
    progress: list[ProgressView] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS_ASSIGNMENT.get(self.status, self.status)

    @property
    def matter_status_label(self) -> str:
        return STATUS_LABELS.get(self.matter_status, self.matter_status)

    @property
    def duties_done(self) -> list[str]:
        return [d for d in DUTIES if any(p.duty == d for p in self.progress)]

    @property
    def deadline(self) -> date | None:
        """The earlier of the matter's current limit and the end date of the assignment."""
        dates = [d for d in (self.matter_due_on, self.end_on) if d]
        return min(dates) if dates else None


def assign(store: Store, data: AssignmentInput, actor="") -> AssignmentView:
    """A signed-in ``actor`` needs ``leader_work`` and cannot assign a matter hidden from their role (Art. 30)."""
    require(actor, "leader_work")
    check_texts({"工作专班成员": (data.members, SHORT), "参与单位": (data.units, SHORT)})
    check_period(data.start_on, data.end_on, "包案结束日期")
    code = store.township_code
    with store.transaction() as session:
        matter = visible_matter(session, code, data.matter_number, actor)
        lead = find_leader(session, code, data.leader)
        deputy = find_staff(session, code, data.deputy, "副包案人")
        if deputy is not None and deputy.id == lead.id:
            raise DeskError("副包案人不能与包案领导为同一人")
        active = session.exec(select(CaseAssignment).where(
            CaseAssignment.matter_id == matter.id, CaseAssignment.lead_id == lead.id,
            CaseAssignment.status == "active", CaseAssignment.deleted.is_(False))).first()
        if active is not None:
            raise DeskError(f"{lead.name}已包案该事项（{active.start_on:%Y-%m-%d}起），无需重复包案")
        row = CaseAssignment(township_code=code, matter_id=matter.id, lead_id=lead.id,
                             deputy_id=deputy.id if deputy else None, members=data.members.strip(),
                             units=data.units.strip(), start_on=data.start_on, end_on=data.end_on)
        session.add(row)
        period = f"{data.start_on:%Y-%m-%d}至{data.end_on:%Y-%m-%d}" if data.end_on else f"{data.start_on:%Y-%m-%d}起"
        parts = [f"领导包案：{lead.name}（{lead.post or '领导'}）", f"期限{period}"]
        if deputy:
            parts.append(f"副包案人{deputy.name}")
        if row.members:
            parts.append(f"成员{row.members}")
        if row.units:
            parts.append(f"参与单位{row.units}")
        _event(session, matter, row, "assignment", data.start_on, actor, "，".join(parts))
        session.flush()
        return _view(session, row, matter)


def record_progress(store: Store, assignment_id: str, duty: str, note: str, *, on: date | None = None,
                    actor="") -> AssignmentView:
    require(actor, "leader_work")
    if duty not in DUTIES:
        raise DeskError(f"包案职责应为：{'、'.join(DUTIES)}")
    check_texts({"进展情况": (note, LONG)})
    note = (note or "").strip()
    if not note:
        raise DeskError("请填写进展情况")
    on = on or date.today()
    with store.transaction() as session:
        row, matter = _active(session, assignment_id, actor, on, "进展日期")
        session.add(CaseProgress(township_code=row.township_code, assignment_id=row.id, duty=duty, on_date=on,
                                 note=note))
        row.touch()
        _event(session, matter, row, "assignment_progress", on, actor, f"包案进展（{duty}）：{note}")
        session.flush()
        return _view(session, row, matter)


def settle(store: Store, assignment_id: str, result: str, *, on: date | None = None, actor="") -> AssignmentView:
    require(actor, "leader_work")
    check_texts({"包案化解结果": (result, LONG)})
    result = (result or "").strip()
    if not result:
        raise DeskError("请填写包案化解结果")
    on = on or date.today()
    with store.transaction() as session:
        row, matter = _active(session, assignment_id, actor, on, "结案日期")
        row.status = "settled"
        row.result = result
        row.touch()
        _event(session, matter, row, "assignment_settled", on, actor, f"包案化解：{result}")
        session.flush()
        return _view(session, row, matter)


def assignments_for_matter(store: Store, number: str, *, viewer=None) -> list[AssignmentView]:
    with store.read() as session:
        matter = visible_matter(session, store.township_code, number, viewer)
        rows = session.exec(select(CaseAssignment).where(
            CaseAssignment.matter_id == matter.id, CaseAssignment.deleted.is_(False))
            .order_by(CaseAssignment.start_on)).all()
        return [_view(session, r, matter) for r in rows]


def assignments_for_leader(store: Store, leader: str, *, active_only: bool = False,
                           viewer=None) -> list[AssignmentView]:
    """With a ``viewer``, matters of purposes hidden from their role are left out."""
    code = store.township_code
    with store.read() as session:
        lead = find_leader(session, code, leader)
        query = (select(CaseAssignment, Matter).join(Matter, Matter.id == CaseAssignment.matter_id)
                 .where(CaseAssignment.lead_id == lead.id, CaseAssignment.deleted.is_(False)))
        if active_only:
            query = query.where(CaseAssignment.status == "active")
        purposes = purposes_for(viewer)
        if purposes is not None:
            query = query.where(Matter.purpose.in_(sorted(purposes)))
        rows = session.exec(query.order_by(CaseAssignment.start_on)).all()
        return [_view(session, r, m) for r, m in rows]


def _active(session, assignment_id: str, actor, on: date, label: str) -> tuple[CaseAssignment, Matter]:
    """An assignment still being worked on, and a step dated no earlier than its start."""
    row, matter = _get(session, assignment_id, actor)
    if row.status != "active":
        raise DeskError("该包案已化解结案，不能再记录")
    if on < row.start_on:
        raise DeskError(f"{label}不能早于包案开始日期（{row.start_on:%Y-%m-%d}）")
    return row, matter


def _get(session, assignment_id: str, viewer=None) -> tuple[CaseAssignment, Matter]:
    row = session.get(CaseAssignment, assignment_id) if assignment_id else None
    matter = session.get(Matter, row.matter_id) if row is not None and not row.deleted else None
    purposes = purposes_for(viewer)
    if matter is None or (purposes is not None and matter.purpose not in purposes):
        raise NotFound("找不到该包案记录")
    return row, matter


def _event(session, matter: Matter, row: CaseAssignment, kind: str, on: date, actor, detail: str) -> None:
    history.append(session, matter, kind, detail, actor=actor, on_date=on, data={"assignment_id": row.id})


def _view(session, row: CaseAssignment, matter: Matter) -> AssignmentView:
    names = staff_names(session)
    progress = session.exec(select(CaseProgress).where(
        CaseProgress.assignment_id == row.id, CaseProgress.deleted.is_(False))
        .order_by(CaseProgress.on_date, CaseProgress.created_at)).all()
    return AssignmentView(
        row.id, matter.number, matter.request, matter.status, matter.due_on, names.get(row.lead_id, ""),
        names.get(row.deputy_id, ""), row.members, row.units, row.start_on, row.end_on, row.status, row.result,
        [ProgressView(p.duty, p.on_date, p.note) for p in progress],
    )

