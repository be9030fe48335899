"""The procedure of a 信访事项 under 信访工作条例 (2022): statuses, the actions each allows, and the limits.

Pure: a :class:`MatterState` goes in, a new state comes out. The store keeps the dates; this module decides what may
happen next and by when, so the window, the command line and the bundle import all agree.
"""

from dataclasses import dataclass
from datetime import date

from gazetteer_desk.domain import limits
from gazetteer_desk.domain.calendar import HolidayCalendar
from gazetteer_desk.domain.routing import is_legal_channel, route_by_key

STATUS_LABELS = {
    "registered": "已登记待受理",
    "accepted": "办理中",
    "assigned": "已交办",
    "transferred": "已转送",
    "rejected": "不予受理",
    "replied": "已答复",
    "review": "复查中",
    "reviewed": "已复查",
    "recheck": "复核中",
    "closed": "已办结",
    "terminated": "已终结",
    "returned": "已提出异议退回",
}
# where a matter came from when it did not come from the petitioner (Art. 22, 23 ¶3)
SOURCES = ("上级交办", "转来")
OPEN_STATUSES = frozenset({"registered", "accepted", "assigned", "replied", "review", "reviewed", "recheck"})
HANDLING_STATUSES = frozenset({"accepted", "assigned"})
OUTCOMES = ("予以支持", "解释说明", "不予支持")
# the steps that end in a written opinion (处理意见书 Art. 32, 复查意见书 Art. 35, 复核意见书 Art. 36): the clerk writes
# the facts found, the opinion and its legal basis, which the paper prints
OPINION_STEPS = frozenset({"reply", "decide_review", "terminate"})


class ProcedureError(ValueError):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Action:
    key: str
    label: str
    description: str
    needs: tuple[str, ...] = ()  # parameters the person must give


ACTIONS = {
    a.key: a
    for a in (
        Action("accept", "受理", "决定受理并书面告知信访人（第二十三条，15日内）"),
        Action("reject", "不予受理", "不予受理并书面告知理由和救济途径（第十九条、第三十一条）", ("reason",)),
        Action("transfer", "转送", "转送有权处理的机关（第二十二条，15日内）", ("unit",)),
        Action("assign", "交办", "交办有关单位办理并督办（第二十二条）", ("unit",)),
        Action("object", "提出异议", "转送、交办来的事项不属于本机关职责范围的，5个工作日内提出异议并退回（第二十三条第三款）",
               ("reason",)),
        Action("declare_new", "认定为新事项", "经审查有新的事实和理由，作为新的信访事项办理（记录理由）", ("reason",)),
        Action("extend", "延期", "经负责人批准延长办理期限，不超过30日，并告知理由（第三十四条）", ("days", "approver", "reason")),
        Action("reply", "答复", "出具处理意见书：予以支持、解释说明或不予支持（第三十二条）", ("outcome",)),
        Action("request_review", "复查申请", "信访人收到处理意见30日内请求复查（第三十五条）"),
        Action("decide_review", "复查意见", "复查机关30日内提出复查意见（第三十五条）", ("outcome",)),
        Action("request_recheck", "复核申请", "信访人收到复查意见30日内请求复核（第三十六条）"),
        Action("record_hearing", "听证", "复核中举行听证，听证所需时间不计入复核期限（第三十六条）", ("days",)),
        Action("close", "办结", "信访事项办理完毕"),
        Action("terminate", "终结", "复核意见作出后，同一事实和理由不再受理（第三十六条）", ("outcome",)),
    )
}

# status -> actions it allows (the order is the order of the buttons)
TRANSITIONS = {
    "registered": ("accept", "reject", "transfer", "assign", "object", "declare_new"),
    "accepted": ("extend", "reply"),
    "assigned": ("extend", "reply"),
    "transferred": ("close",),
    "rejected": (),
    "replied": ("request_review", "close"),
    "review": ("decide_review",),
    "reviewed": ("request_recheck", "close"),
    "recheck": ("record_hearing", "terminate"),
    "closed": (),
    "terminated": (),
    "returned": (),
}


@dataclass(frozen=True)
class MatterState:
    status: str
    received_on: date
    accepted_on: date | None = None
    extension_days: int = 0
    replied_on: date | None = None
    review_requested_on: date | None = None
    reviewed_on: date | None = None
    recheck_requested_on: date | None = None
    rechecked_on: date | None = None
    hearing_days: int = 0
    closed_on: date | None = None
    outcome: str = ""
    route: str = "petition"  # a statutory channel (诉访分离) is never 受理'd
    routed_on: date | None = None  # 转送, or sent back with an objection
    source: str = ""  # 上级交办 / 转来: received from another body on received_on
    repeat_hold: bool = False  # a repeat of a matter decided on 复核: no clock until the clerk decides (Art. 36)


@dataclass(frozen=True)
class Deadline:
    label: str
    due: date
    met_on: date | None  # the day the step was taken, if it was

    def days_left(self, today: date) -> int:
        return (self.due - today).days

    def is_overdue(self, today: date) -> bool:
        return self.met_on is None and today > self.due

    def was_late(self) -> bool:
        return self.met_on is not None and self.met_on > self.due


# 诉访分离 (Art. 31 (1)-(4)): a matter routed to a statutory channel is told where to go or sent there, never 受理'd
LEGAL_CHANNEL_ACTIONS = frozenset({"reject", "transfer"})


def allowed_actions(state: MatterState) -> list[Action]:
    actions = [ACTIONS[key] for key in TRANSITIONS[state.status]]
    if state.extension_days:
        actions = [a for a in actions if a.key != "extend"]
    if state.status == "registered" and is_legal_channel(state.route):
        actions = [a for a in actions if a.key in LEGAL_CHANNEL_ACTIONS]
    if not state.source:
        actions = [a for a in actions if a.key != "object"]  # only a matter sent to us can be sent back
    if state.repeat_hold:  # 不再受理 (Art. 36), unless the clerk finds new facts and reasons
        actions = [a for a in actions if a.key in ("reject", "declare_new")]
    else:
        actions = [a for a in actions if a.key != "declare_new"]
    return actions


def objection_due(state: MatterState, cal: HolidayCalendar) -> date | None:
    """Last day to object that a matter sent to us is not ours: 5 working days from receiving it (Art. 23 ¶3)."""
    return limits.objection_due(state.received_on, cal) if state.source else None


def deadlines(state: MatterState, cal: HolidayCalendar) -> list[Deadline]:
    """Every limit that applies so far, with the day it was met (or None while it runs). A held repeat of a matter
    decided on 复核 starts no clock."""
    if state.repeat_hold:
        return []
    out = [Deadline("受理告知期限", limits.ack_due(state.received_on, cal), state.accepted_on or _decided_on(state))]
    if state.accepted_on:
        label = "办理期限（已延期%d日）" % state.extension_days if state.extension_days else "办理期限"
        out.append(Deadline(label, limits.handling_due(state.accepted_on, state.extension_days, cal), state.replied_on))
    if state.replied_on:
        out.append(
            Deadline("复查申请期限", limits.review_request_due(state.replied_on, cal), state.review_requested_on)
        )
    if state.review_requested_on:
        out.append(Deadline("复查意见期限", limits.review_decision_due(state.review_requested_on, cal), state.reviewed_on))
    if state.reviewed_on:
        out.append(
            Deadline("复核申请期限", limits.recheck_request_due(state.reviewed_on, cal), state.recheck_requested_on)
        )
    if state.recheck_requested_on:
        out.append(
            Deadline("复核意见期限" + ("（听证%d日不计入）" % state.hearing_days if state.hearing_days else ""),
                     limits.recheck_decision_due(state.recheck_requested_on, state.hearing_days, cal=cal),
                     state.rechecked_on)
        )
    return out


def _decided_on(state: MatterState) -> date | None:
    # a rejected matter met its 15-day limit on the day it was refused, a transferred one on the day it was sent on
    if state.routed_on:
        return state.routed_on
    if state.status == "rejected":
        return state.closed_on
    return None


# each step and the recorded step it follows: (field of the earlier step, its label)
_PRECEDING = {
    "extend": (("accepted_on", "受理"),),
    "reply": (("accepted_on", "受理"),),
    "request_review": (("replied_on", "答复"),),
    "decide_review": (("review_requested_on", "复查申请"),),
    "request_recheck": (("reviewed_on", "复查意见"),),
    "record_hearing": (("recheck_requested_on", "复核申请"),),
    "terminate": (("recheck_requested_on", "复核申请"),),
    "close": (("routed_on", "转送"), ("replied_on", "答复"), ("reviewed_on", "复查意见")),
}


def _check_order(state: MatterState, action: str, on: date) -> None:
    """A step is dated on or after the step it follows; the refusal names both dates."""
    label = ACTIONS[action].label
    if on < state.received_on:
        raise ProcedureError(f"“{label}”的日期 {on:%Y-%m-%d} 不能早于登记日期 {state.received_on:%Y-%m-%d}")
    for field, earlier_label in _PRECEDING.get(action, ()):
        earlier = getattr(state, field)
        if earlier and on < earlier:
            raise ProcedureError(
                f"“{label}”的日期 {on:%Y-%m-%d} 不能早于{earlier_label}日期 {earlier:%Y-%m-%d}")


def next_due(state: MatterState, cal: HolidayCalendar) -> date | None:
    """The limit the desk must watch now: the running step's deadline (a petitioner's own window is not ours)."""
    if state.status not in ("registered", "accepted", "assigned", "review", "recheck"):
        return None
    running = [d for d in deadlines(state, cal) if d.met_on is None]
    return running[-1].due if running else None


def apply(state: MatterState, action: str, on: date, cal: HolidayCalendar, **params) -> MatterState:
    """The state after ``action`` taken on day ``on``; raises :class:`ProcedureError` when the law does not allow it."""
    if action not in ACTIONS:
        raise ProcedureError(f"未知的办理操作：{action}")
    label = ACTIONS[action].label
    if action not in [a.key for a in allowed_actions(state)]:
        if action in TRANSITIONS[state.status] and is_legal_channel(state.route):
            route = route_by_key(state.route)
            raise ProcedureError(f"该事项的处理途径为“{route.label}”，依照诉访分离的规定（《信访工作条例》第三十一条）"
                                 f"不能按信访程序“{label}”；请出具不予受理告知书，告知信访人向有权机关提出，或转送有权机关")
        raise ProcedureError(f"当前状态“{STATUS_LABELS[state.status]}”不能进行“{label}”操作")
    _check_order(state, action, on)
    for need in ACTIONS[action].needs:
        value = params.get(need)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise ProcedureError(f"“{label}”需要填写：{_PARAM_LABELS[need]}")
    match action:
        case "accept":
            return _replace(state, status="accepted", accepted_on=on)
        case "assign":
            return _replace(state, status="assigned", accepted_on=on)
        case "reject":
            return _replace(state, status="rejected", closed_on=on)
        case "transfer":
            return _replace(state, status="transferred", routed_on=on)
        case "declare_new":
            return _replace(state, repeat_hold=False)
        case "object":
            due = limits.objection_due(state.received_on, cal)
            if on > due:
                raise ProcedureError(f"异议应在收到后5个工作日内（{due:%Y-%m-%d}前）提出（《信访工作条例》第二十三条第三款），"
                                     "已超过期限，应当依法办理")
            return _replace(state, status="returned", routed_on=on, closed_on=on)
        case "extend":
            days = int(params["days"])
            if not 1 <= days <= limits.MAX_EXTENSION_DAYS:
                raise ProcedureError(f"延期天数应为1至{limits.MAX_EXTENSION_DAYS}日（《信访工作条例》第三十四条）")
            due = limits.handling_due(state.accepted_on, 0, cal)
            if on > due:
                raise ProcedureError(f"办理期限已于 {due:%Y-%m-%d} 届满，不能再延期")
            return _replace(state, extension_days=days)
        case "reply":
            _check_outcome(params["outcome"])
            return _replace(state, status="replied", replied_on=on, outcome=params["outcome"])
        case "request_review":
            _check_window(on, limits.review_request_due(state.replied_on, cal), "复查")
            return _replace(state, status="review", review_requested_on=on)
        case "decide_review":
            _check_outcome(params["outcome"])
            return _replace(state, status="reviewed", reviewed_on=on, outcome=params["outcome"])
        case "request_recheck":
            _check_window(on, limits.recheck_request_due(state.reviewed_on, cal), "复核")
            return _replace(state, status="recheck", recheck_requested_on=on)
        case "record_hearing":
            days = int(params["days"])
            if not 1 <= days <= limits.MAX_HEARING_DAYS:
                raise ProcedureError(f"听证天数应为1至{limits.MAX_HEARING_DAYS}日")
            return _replace(state, hearing_days=state.hearing_days + days)
        case "terminate":
            _check_outcome(params["outcome"])
            return _replace(state, status="terminated", rechecked_on=on, closed_on=on, outcome=params["outcome"])
        case "close":
            return _replace(state, status="closed", closed_on=on)
    raise AssertionError(action)


def _replace(state: MatterState, **changes) -> MatterState:
    """``dataclasses.replace`` without its look at every field on each call (the demo data walks hundreds of
    thousands of matters through here): the state has no ``__post_init__``, so copying its fields is the same."""
    new = object.__new__(MatterState)
    new.__dict__.update(state.__dict__, **changes)
    return new


_PARAM_LABELS = {"reason": "理由", "unit": "承办单位", "days": "天数", "approver": "批准人", "outcome": "处理结果"}


def _check_outcome(outcome: str) -> None:
    if outcome not in OUTCOMES:
        raise ProcedureError("处理结果应为：" + " / ".join(OUTCOMES) + "（《信访工作条例》第三十二条）")


def _check_window(on: date, due: date, what: str) -> None:
    if on > due:
        raise ProcedureError(f"已超过{what}申请期限（{due:%Y-%m-%d}），不能再申请{what}")
