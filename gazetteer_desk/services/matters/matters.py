"""A matter's page: its fields, visits, history and limits, and the procedure's actions on it."""

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from gazetteer_desk.domain import procedure
from gazetteer_desk.domain.categories import SATISFACTION
from gazetteer_desk.domain.procedure import STATUS_LABELS, Action, Deadline, ProcedureError
from gazetteer_desk.domain.routing import legal_channel, route_by_key
from gazetteer_desk.errors import DeskError
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import Matter, MatterEvent, Petitioner, Staff, Visit
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import require
from gazetteer_desk.services.core.calendar import calendar_in
from gazetteer_desk.services.core.state import matter_state, write_state
from gazetteer_desk.services.core import history
from gazetteer_desk.services.core.lookup import visible_matter
from gazetteer_desk.services.core.mode import township_scope


@dataclass(frozen=True)
class VisitView:
    visited_at: object
    channel: str
    people_count: int
    received_by: str
    leader: str
    notes: str


@dataclass(frozen=True)
class EarlierDecision:
    """The earlier matter a repeat is about, and the last written decision on it: which paper, when, what outcome."""
    number: str
    status_label: str
    paper: str  # 复核意见书 / 复查意见书 / 处理意见书, or "" while nothing was decided in writing
    decided_on: date | None
    outcome: str
    final: bool  # decided on 复核 (Art. 36): the same facts and reasons are not accepted again

    @property
    def text(self) -> str:
        if not self.paper:
            return f"此前事项 {self.number}（{self.status_label}），尚未作出书面意见"
        text = (f"此前事项 {self.number}（{self.status_label}）：{self.decided_on:%Y年%m月%d日}出具《{self.paper}》，"
                f"结果：{self.outcome or '未记录'}")
        if self.final:
            text += "。复核意见为最终意见，同一事实和理由不再受理（《信访工作条例》第三十六条）"
        return text


@dataclass(frozen=True)
class MatterDetail:
    matter: Matter
    petitioner: Petitioner
    visits: list[VisitView]
    events: list[MatterEvent]
    deadlines: list[Deadline]
    actions: list[Action]
    receiver: str
    calendar_years: frozenset[int] = frozenset()  # the years whose holiday table is entered in full
    objection_due: date | None = None  # a matter sent to us: last day to say it is not ours (Art. 23 ¶3)
    earlier: str = ""  # the earlier matter this one repeats, and how it was decided
    earlier_decision: EarlierDecision | None = None

    @property
    def calendar_warning(self) -> str:
        """Said beside the limits when one falls in a year whose holidays nobody has entered yet."""
        missing = sorted({d.due.year for d in self.deadlines if d.met_on is None} - self.calendar_years)
        if not missing:
            return ""
        years = "、".join(f"{y}年" for y in missing)
        return (f"{years}的节假日尚未完整录入，相关期限暂按已录入的节假日计算；请在“设置 → 节假日”中按国务院通知补录，"
                "录完后标记该年已完整。")

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.matter.status]

    @property
    def route_label(self) -> str:
        return route_by_key(self.matter.route).label


def get_matter(store: Store, number: str, *, viewer=None) -> MatterDetail:
    """With a ``viewer`` (CurrentUser), a matter of a purpose hidden from their role is not found (Art. 30)."""
    with store.read() as session:
        return _detail(store, session, visible_matter(session, township_scope(store), number, viewer))


_AUDITED_FIELDS = ("status", "repeat_hold", "handling_unit", "routed_on", "hearing_days", "accepted_on", "extension_days",
                   "extension_reason", "replied_on",
                   "outcome", "review_requested_on", "reviewed_on", "recheck_requested_on", "rechecked_on",
                   "closed_on", "due_on", "route", "satisfaction_office", "satisfaction_unit", "satisfaction_reason")


def _fields(matter: Matter) -> dict:
    return {name: getattr(matter, name) for name in _AUDITED_FIELDS if hasattr(matter, name)}


def _detail(store: Store, session: Session, matter: Matter) -> MatterDetail:
    names = {s.id: s.name for s in session.exec(select(Staff))}
    visits = [
        VisitView(v.visited_at, v.channel, v.people_count, names.get(v.received_by_id, ""), names.get(v.leader_id, ""),
                  v.notes)
        for v in session.exec(
            select(Visit).where(Visit.matter_id == matter.id, Visit.deleted.is_(False)).order_by(Visit.visited_at)
        )
    ]
    events = list(
        session.exec(
            select(MatterEvent)
            .where(MatterEvent.matter_id == matter.id, MatterEvent.deleted.is_(False))
            .order_by(MatterEvent.at, MatterEvent.created_at)
        )
    )
    state = matter_state(matter)
    cal = calendar_in(session)
    earlier = session.get(Matter, matter.repeat_of_id) if matter.repeat_of_id else None
    return MatterDetail(
        matter=matter,
        petitioner=session.get(Petitioner, matter.petitioner_id),
        visits=visits,
        events=events,
        deadlines=procedure.deadlines(state, cal),
        actions=procedure.allowed_actions(state),
        receiver=names.get(matter.receiver_id, ""),
        calendar_years=cal.complete_years,
        objection_due=procedure.objection_due(state, cal),
        earlier=_earlier_decision(earlier),
        earlier_decision=earlier_decision(earlier),
    )


def _earlier_decision(earlier: Matter | None) -> str:
    if earlier is None:
        return ""
    text = f"{earlier.number}（{STATUS_LABELS[earlier.status]}"
    if earlier.status == "terminated":
        text += f"，{earlier.rechecked_on:%Y-%m-%d}复核意见：{earlier.outcome}，同一事实和理由不再受理"
    return text + "）"


def earlier_decision(earlier: Matter | None) -> EarlierDecision | None:
    """The latest written decision on ``earlier``: 复核意见书 over 复查意见书 over 处理意见书."""
    if earlier is None:
        return None
    paper, day = "", None
    for kind, on in (("复核意见书", earlier.rechecked_on), ("复查意见书", earlier.reviewed_on),
                     ("处理意见书", earlier.replied_on)):
        if on is not None:
            paper, day = kind, on
            break
    return EarlierDecision(earlier.number, STATUS_LABELS[earlier.status], paper, day, earlier.outcome if paper else "",
                           earlier.status == "terminated")


def final_repeat_reason(session: Session, matter: Matter) -> str:
    """Why a repeat of a matter decided on 复核 is not accepted again (Art. 36)."""
    earlier = session.get(Matter, matter.repeat_of_id)
    day = earlier.rechecked_on
    return (f"您反映的问题已于{day.year}年{day.month}月{day.day}日经复核作出意见（事项编号{earlier.number}），"
            "您仍以同一事实和理由提出投诉请求")


def take_action(store: Store, number: str, action: str, *, on: date | None = None, actor="", **params) -> MatterDetail:
    """Apply one step of the procedure, record it in the history and recompute the limit — one transaction."""
    require(actor, "act")
    viewer, actor = actor, audit.actor_name(actor)
    on = on or date.today()
    if on > date.today():
        raise DeskError(f"办理日期不能晚于今天：{on:%Y-%m-%d}")
    params = {k: v.strip() if isinstance(v, str) else v for k, v in params.items()}
    if action in procedure.OPINION_STEPS:
        _check_opinion(action, params)
    with store.transaction() as session:
        cal = calendar_in(session)
        matter = visible_matter(session, township_scope(store), number, viewer)
        before = _fields(matter)
        channel = legal_channel(matter.route)
        if action == "reject" and channel and not params.get("reason"):
            params["reason"] = channel.reason  # 诉访分离: the channel is the reason
        if action == "reject" and matter.repeat_hold and not params.get("reason"):
            params["reason"] = final_repeat_reason(session, matter)
        try:
            state = procedure.apply(matter_state(matter), action, on, cal, **params)
        except ProcedureError as error:
            raise DeskError(error.message) from error
        write_state(matter, state)
        if action in ("transfer", "assign"):
            matter.handling_unit = params["unit"].strip()
        if action == "extend":
            matter.extension_reason = params["reason"].strip()
        matter.due_on = procedure.next_due(state, cal)
        matter.touch()
        history.append(session, matter, action, describe_action(action, params), actor=actor, on_date=on,
                       data={k: str(v) for k, v in params.items()}, audited=False)
        session.flush()
        audit.record(session, actor, "act", "matter", matter.number,
                     {"action": action, "on": on, "params": {k: str(v) for k, v in params.items()},
                      "changes": audit.changes(before, _fields(matter))})
        return _detail(store, session, matter)


def _check_opinion(action: str, params: dict) -> None:
    """Art. 32: a written opinion states the 处理意见 and its 法律、法规、政策依据; an empty one is not an opinion."""
    label = procedure.ACTIONS[action].label
    for key, what in (("opinion", "处理意见"), ("basis", "法律、法规、政策依据")):
        if not params.get(key):
            raise DeskError(f"“{label}”需要填写{what}（《信访工作条例》第三十二条）")


def describe_action(action: str, params: dict) -> str:
    label = procedure.ACTIONS[action].label
    parts = {
        "reject": lambda: f"理由：{params['reason']}",
        "transfer": lambda: f"转送：{params['unit']}",
        "assign": lambda: f"交办：{params['unit']}",
        "extend": lambda: f"延期{params['days']}日，批准人：{params['approver']}，理由：{params['reason']}",
        "reply": lambda: f"处理结果：{params['outcome']}",
        "decide_review": lambda: f"复查意见：{params['outcome']}",
        "terminate": lambda: f"复核意见：{params['outcome']}，同一事实和理由不再受理",
        "record_hearing": lambda: f"听证{params['days']}日，不计入复核期限",
        "object": lambda: f"异议：{params['reason']}",
        "declare_new": lambda: f"认定为新的信访事项，理由：{params['reason']}",
    }
    extra = parts.get(action, lambda: "")()
    note = params.get("note")
    return "；".join(p for p in (label, extra, note) if p)


def record_satisfaction(
    store: Store, number: str, *, office: str, unit: str = "", reason: str = "", method: str = "", actor=""
) -> None:
    """满意度评价 and 回访: rated separately for the petition office and the responsible unit."""
    require(actor, "act")
    viewer, actor = actor, audit.actor_name(actor)
    for value in (office, unit):
        if value and value not in SATISFACTION:
            raise DeskError(f"满意度应为：{'、'.join(SATISFACTION)}")
    if "不满意" in (office, unit) and not reason.strip():
        raise DeskError("评价为“不满意”时请填写原因")
    with store.transaction() as session:
        matter = visible_matter(session, township_scope(store), number, viewer)
        before = _fields(matter)
        matter.satisfaction_office = office
        matter.satisfaction_unit = unit
        matter.satisfaction_reason = reason.strip()
        matter.touch()
        detail = f"满意度评价（信访部门：{office or '未评'}；责任单位：{unit or '未评'}）"
        if method:
            detail = f"回访（{method}）：" + detail
        if reason.strip():
            detail += f"；原因：{reason.strip()}"
        history.append(session, matter, "satisfaction", detail, actor=actor, audited=False)
        audit.record(session, actor, "satisfaction", "matter", matter.number,
                     {"method": method, "changes": audit.changes(before, _fields(matter))})


def add_event(store: Store, number: str, kind: str, detail: str, *, actor="", data: dict | None = None) -> None:
    """A line in the matter's history that is not a procedure step: a print, an instruction, a note."""
    if not detail.strip():
        raise DeskError("记录内容不能为空")
    viewer, actor = actor, audit.actor_name(actor)
    with store.transaction() as session:
        matter = visible_matter(session, township_scope(store), number, viewer)
        history.append(session, matter, kind, detail.strip(), actor=actor, data=data)
