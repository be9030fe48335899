"""来访登记: a new matter, or a repeat visit on an earlier one, saved in one transaction."""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlmodel import Session, select

from gazetteer_desk.domain import procedure
from gazetteer_desk.domain import text as desk_text
from gazetteer_desk.domain.limits import MAX_PEOPLE
from gazetteer_desk.domain.categories import CHANNELS, PURPOSES, CategoryError, resolve_category
from gazetteer_desk.domain.routing import (
    GroupVisitError, RoutingError, check_group_visit, require_representatives, route_by_key, suggest_route,
)
from gazetteer_desk.errors import DeskError
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import FieldVisit, Matter, Petitioner, ReceptionDay, Staff, Visit
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import require
from gazetteer_desk.services.core.calendar import calendar_in
from gazetteer_desk.services.core.numbering import next_matter_number
from gazetteer_desk.services.matters.people import ID_CARD, IdentityConflict, find_petitioner, normalise_identity
from gazetteer_desk.services.core.state import matter_state
from gazetteer_desk.services.core import history
from gazetteer_desk.services.core.lookup import find_matter, find_staff, find_village


@dataclass
class RegistrationInput:
    name: str
    request: str
    facts: str = ""
    reasons: str = ""
    id_type: str = ID_CARD
    id_number: str | None = None
    phone: str | None = None
    sex: str = ""
    ethnicity: str = ""
    address: str = ""
    workplace: str = ""
    village: str | None = None  # name or 12-digit code
    location_detail: str = ""
    category: str | None = None  # "城乡建设", "城乡建设/物业管理" or a second-level name
    purpose: str = "求决"
    channel: str = "走访"
    people_count: int = 1
    involved_count: int = 0
    representatives: list[str] = field(default_factory=list)
    subject: str = ""
    litigation: bool = False
    urgent: bool = False
    threat: bool = False
    backlog: bool = False
    recusal: bool = False
    route: str | None = None
    repeat_of: str | None = None  # matter number: a repeat visit on that matter instead of a new one
    received_at: datetime | None = None
    receiver: str | None = None  # staff name
    leader_id: str | None = None
    reception_day_id: str | None = None
    field_visit_id: str | None = None
    notes: str = ""
    # received from another body (上级交办 / 转来) on the day of received_at, which the limits run from
    source: str = ""
    source_unit: str = ""
    # the clerk has seen that the ID number is on file under another name and says that name was wrong
    correct_name: bool = False
    # the clerk finds this a new matter although the person's matter of the same category is still running (or was
    # decided on 复核): why. Without it a repeat of a running matter is a visit on that matter, its clocks unchanged.
    new_matter_reason: str = ""


@dataclass(frozen=True)
class RegistrationResult:
    number: str
    matter_id: str
    visit_id: str
    new_matter: bool
    repeat_of: str | None  # an earlier matter of the same person and category (the new one is then 重件)
    # the person's matter of this category was still running: the visit went on it and no new clock started
    running_repeat: bool = False


def check_registration_input(data: RegistrationInput) -> None:
    """Text that would forge output or break the 台账 (control characters, direction overrides, invisible names) and
    counts beyond any township are refused with the field's name."""
    try:
        desk_text.check_all({
            "姓名": (data.name, desk_text.NAME), "诉求": (data.request, desk_text.LONG),
            "事实": (data.facts, desk_text.LONG), "理由": (data.reasons, desk_text.LONG),
            "住址": (data.address, desk_text.SHORT), "工作单位": (data.workplace, desk_text.SHORT),
            "电话": (data.phone, desk_text.SHORT), "证件号码": (data.id_number, desk_text.SHORT),
            "具体地点": (data.location_detail, desk_text.SHORT), "被反映对象": (data.subject, desk_text.SHORT),
            "备注": (data.notes, desk_text.LONG), "接待人": (data.receiver, desk_text.SHORT),
            "认定为新事项的理由": (data.new_matter_reason, desk_text.LONG),
            **{f"代表{n}": (r, desk_text.NAME) for n, r in enumerate(data.representatives, start=1)},
        })
    except desk_text.TextError as error:
        raise DeskError(error.message) from error
    for label, value, low in (("来访人数", data.people_count, 1), ("涉及人数", data.involved_count, 0)):
        if not low <= value <= MAX_PEOPLE:
            raise DeskError(f"{label}应在 {low} 至 {MAX_PEOPLE} 之间（收到 {value}）")


def register(store: Store, data: RegistrationInput, actor="") -> RegistrationResult:
    """``actor``: a username, or a signed-in CurrentUser (then the ``register`` permission is checked)."""
    require(actor, "register")
    check_registration_input(data)  # the counts' bounds before the rules that read them
    try:
        require_representatives(data.people_count, data.representatives, data.channel)
    except GroupVisitError as error:
        raise DeskError(error.message) from error
    with store.transaction() as session:
        return register_in(session, store, data, audit.actor_name(actor))


def register_in(
    session: Session, store: Store, data: RegistrationInput, actor: str = "", event_data: dict | None = None
) -> RegistrationResult:
    """:func:`register` inside the caller's transaction (a ledger import saves many rows as one unit of work);
    ``event_data`` is merged into the data of the matter's first history entry."""
    received_at = data.received_at or datetime.now(UTC)
    if received_at.tzinfo and received_at > datetime.now(UTC) + timedelta(minutes=10):
        raise DeskError(f"来访时间不能晚于现在：{received_at.astimezone():%Y-%m-%d %H:%M}")
    today = received_at.astimezone().date() if received_at.tzinfo else received_at.date()
    check_registration_input(data)
    who = normalise_identity(data.name, data.id_type, data.id_number, data.phone, today)
    if data.channel not in CHANNELS:
        raise DeskError(f"未知的信访形式“{data.channel}”（可选：{'、'.join(CHANNELS)}）")
    try:
        check_group_visit(data.people_count, data.representatives)
    except GroupVisitError as error:
        raise DeskError(error.message) from error
    code = store.township_code
    receiver = find_staff(session, code, data.receiver, role="接待人")
    receiver_id = receiver.id if receiver else None
    leader_id = _leader_link(session, code, data)
    petitioner = _petitioner(session, code, who, data, actor or (data.receiver or ""))
    reason = data.new_matter_reason.strip()
    running = None if data.repeat_of or reason else _running_same_matter(session, code, petitioner.id, data)
    notes = data.notes
    if data.repeat_of or running is not None:
        matter = running or find_matter(session, code, data.repeat_of)
        matter.is_repeat = True
        matter.touch()
        new_matter = False
        repeat_of = None
        if running is not None and data.request.strip():  # what was said this time is kept with the visit
            notes = "；".join(p for p in (data.notes.strip(), f"本次反映：{data.request.strip()}") if p)
        summary = "同一事项再次来访" + ("（事项在办，期限不变）" if running is not None else "")
    else:
        matter, repeat_of = _new_matter(session, store, code, petitioner, data, today, receiver_id)
        new_matter = True
        summary = "登记新事项" + (f"；认定为新的信访事项，理由：{reason}" if repeat_of and reason else "")
    visit = Visit(
        township_code=code, matter_id=matter.id, petitioner_id=petitioner.id, visited_at=received_at,
        channel=data.channel, people_count=data.people_count, received_by_id=receiver_id,
        leader_id=leader_id, reception_day_id=data.reception_day_id, field_visit_id=data.field_visit_id,
        notes=notes,
    )
    session.add(visit)
    extra = {"new_matter_reason": reason, "repeat_of": repeat_of} if new_matter and repeat_of and reason else {}
    event = history.append(
        session, matter, "registered" if new_matter else "visit",
        summary + (f"（{data.people_count}人）" if data.people_count > 1 else ""),
        actor=actor or (data.receiver or ""), on_date=today,
        data={"visit_id": visit.id, **extra, **(event_data or {})}, audited=False)
    event.at = received_at
    session.flush()
    audit.record(session, actor or (data.receiver or ""), "register", "matter", matter.number,
                 {"new_matter": new_matter, "visit_id": visit.id, "purpose": matter.purpose,
                  "channel": data.channel, "people_count": data.people_count})
    return RegistrationResult(matter.number, matter.id, visit.id, new_matter, repeat_of,
                              running_repeat=running is not None)


def _running_same_matter(session: Session, code: str, petitioner_id: str, data: RegistrationInput) -> Matter | None:
    """The person's matter of this category still in process: a visit about it is a repeat visit on it (重复信访),
    recorded there with its own limits, not a new matter with new 15/60-day clocks."""
    try:
        category, _sub = resolve_category(data.category or "其它")
    except CategoryError:
        return None  # refused with its message when the new matter is made
    # of the same purpose too: a 检举控告 is never folded into the person's 求决 (it is handled, and shown, apart)
    earlier = _earlier_same_category(session, code, petitioner_id, category, purpose=data.purpose)
    return earlier if earlier is not None and earlier.status in procedure.OPEN_STATUSES else None


def _leader_link(session: Session, code: str, data: RegistrationInput) -> str | None:
    """A visit received by a leader on a reception day or a 下访: the day must exist and belong to that leader."""
    leader_id = data.leader_id
    for model, key, label in ((ReceptionDay, data.reception_day_id, "领导接访日"),
                              (FieldVisit, data.field_visit_id, "下访记录")):
        if not key:
            continue
        row = session.get(model, key)
        if row is None or row.deleted or row.township_code != code:
            raise DeskError(f"找不到该{label}")
        if leader_id and leader_id != row.leader_id:
            raise DeskError(f"接待领导与{label}的领导不一致")
        leader_id = row.leader_id
    if leader_id:
        leader = session.get(Staff, leader_id)
        if leader is None or leader.deleted or not leader.is_leader:
            raise DeskError("接待领导不在本乡镇领导名单中")
    return leader_id


def _petitioner(session: Session, code: str, who, data: RegistrationInput, actor: str) -> Petitioner:
    person = find_petitioner(session, code, who)
    if person is None:
        person = Petitioner(township_code=code, name=who.name, id_type=data.id_type, id_number=who.id_number,
                            phone=who.phone)
        session.add(person)
    else:
        if person.name != who.name:  # found by ID number (a name and phone match has the same name)
            if not data.correct_name:
                raise IdentityConflict(person.id_number or "", person.name, who.name)
            person.former_names = [*person.former_names, person.name]
            audit.record(session, actor, "rename", "petitioner", person.id, {"from": person.name, "to": who.name})
        person.touch()
        person.name = who.name
        person.phone = who.phone or person.phone
        person.id_number = who.id_number or person.id_number
    person.birth_date = who.birth_date or person.birth_date
    person.sex = who.sex or data.sex or person.sex
    for attr in ("ethnicity", "address", "workplace"):
        value = getattr(data, attr).strip()
        if value:
            setattr(person, attr, value)
    session.flush()
    return person


def _new_matter(session, store, code, petitioner, data, today: date, receiver_id) -> tuple[Matter, str | None]:
    try:
        category, subcategory = resolve_category(data.category or "其它")
    except CategoryError as error:
        raise DeskError(error.message) from error
    if data.purpose not in PURPOSES:
        raise DeskError(f"未知的信访目的“{data.purpose}”（可选：{'、'.join(PURPOSES)}）")
    if not data.request.strip():
        raise DeskError("请填写信访请求（反映的问题）")
    source, source_unit = data.source.strip(), data.source_unit.strip()
    if source and source not in procedure.SOURCES:
        raise DeskError(f"未知的事项来源“{source}”（可选：{'、'.join(procedure.SOURCES)}）")
    if source and not source_unit:
        raise DeskError(f"“{source}”的事项请填写交办或转送单位")
    route = data.route or suggest_route(data.purpose, data.litigation)
    try:
        route_by_key(route)
    except RoutingError as error:
        raise DeskError(error.message) from error
    village = find_village(session, code, data.village)
    earlier = _earlier_same_category(session, code, petitioner.id, category)
    matter = Matter(
        township_code=code, number=next_matter_number(session, code, today.year), petitioner_id=petitioner.id,
        channel=data.channel, category=category, subcategory=subcategory, purpose=data.purpose,
        village_code=village.code if village else None, village_name=village.name if village else "",
        location_detail=data.location_detail, request=data.request.strip(), facts=data.facts.strip(),
        reasons=data.reasons.strip(), subject=data.subject.strip(), people_count=data.people_count,
        involved_count=data.involved_count, representatives=list(data.representatives),
        is_repeat=earlier is not None, repeat_of_id=earlier.id if earlier else None,
        # decided on 复核 (Art. 36): no clock until the clerk refuses it or finds it new — unless already found new
        repeat_hold=earlier is not None and earlier.status == "terminated" and not data.new_matter_reason.strip(),
        litigation=data.litigation, urgent=data.urgent, threat=data.threat, backlog=data.backlog,
        recusal=data.recusal, route=route, source=source, source_unit=source_unit if source else "",
        status="registered", received_on=today, receiver_id=receiver_id,
    )
    matter.due_on = procedure.next_due(matter_state(matter), calendar_in(session))
    session.add(matter)
    session.flush()
    return matter, earlier.number if earlier else None


def _earlier_same_category(session: Session, code: str, petitioner_id: str, category: str,
                           purpose: str | None = None) -> Matter | None:
    """The person's latest matter of this category (and ``purpose``, when given) still running, or decided for good
    on 复核 (Art. 36)."""
    query = (select(Matter)
             .where(Matter.township_code == code, Matter.petitioner_id == petitioner_id, Matter.category == category,
                    Matter.deleted.is_(False), Matter.status.in_(procedure.OPEN_STATUSES | {"terminated"})))
    if purpose is not None:
        query = query.where(Matter.purpose == purpose)
    return session.exec(query.order_by(Matter.received_on.desc())).first()
