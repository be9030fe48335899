"""A matter's page: its fields, visits, history and limits, and the procedure's actions on it."""

from datetime import date

from sqlmodel import Session

from gazetteer_desk.domain import procedure
from gazetteer_desk.domain.categories import SATISFACTION
from gazetteer_desk.domain.procedure import ProcedureError
from gazetteer_desk.domain.routing import legal_channel
from gazetteer_desk.errors import DeskError
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import Matter
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import require
from gazetteer_desk.services.core.calendar import calendar_in
from gazetteer_desk.services.core.state import matter_state, write_state
from gazetteer_desk.services.core import history
from gazetteer_desk.services.core.lookup import visible_matter
from gazetteer_desk.services.core.mode import township_scope
from gazetteer_desk.services.matters.matter_detail import (  # noqa: F401  (read here by the matter's callers)
    EarlierDecision, MatterDetail, VisitView, earlier_decision, get_matter, matter_detail)
from gazetteer_desk.store import raw as store_raw


_AUDITED_FIELDS = ("status", "repeat_hold", "handling_unit", "routed_on", "hearing_days", "accepted_on", "extension_days",
                   "extension_reason", "replied_on",
                   "outcome", "review_requested_on", "reviewed_on", "recheck_requested_on", "rechecked_on",
                   "closed_on", "due_on", "route", "satisfaction_office", "satisfaction_unit", "satisfaction_reason")


def _fields(matter: Matter) -> dict:
    return {name: getattr(matter, name) for name in _AUDITED_FIELDS if hasattr(matter, name)}


def _detail(store: Store, session: Session, matter: Matter) -> MatterDetail:
    session.flush()
    return matter_detail(store_raw.of_session(session), matter)


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
