"""Where an imported ledger row stands in the procedure: its 办理状态, 办理结果, 受理日期, 答复日期 and 办结日期 become
the steps a desk would have taken (受理/交办/转送/不予受理 → 答复 → 办结), applied through ``domain.procedure.apply``
in date order. The imported matter's status, dates and running limit are then exactly those the procedure gives; a
row whose dates contradict it (办结 before 受理, 受理 before 登记, a status without the dates it needs) is refused
with the reason.
"""

from dataclasses import dataclass
from datetime import date

from gazetteer_desk.domain import procedure
from gazetteer_desk.domain.calendar import HolidayCalendar
from gazetteer_desk.domain.procedure import OUTCOMES, STATUS_LABELS, MatterState, ProcedureError
from gazetteer_desk.store.models import Matter
from gazetteer_desk.services.core import history
from gazetteer_desk.services.core.state import write_state

# what ledgers write in the status column → our status
STATUS_WORDS = {label: key for key, label in STATUS_LABELS.items()} | {
    "待受理": "registered", "已登记": "registered", "登记": "registered",
    "已受理": "accepted", "受理": "accepted", "办理": "accepted", "在办": "accepted",
    "交办": "assigned", "转送": "transferred", "转办": "transferred", "已转办": "transferred",
    "不受理": "rejected", "答复": "replied", "办结": "closed", "已结": "closed", "结案": "closed", "已结案": "closed",
}
IMPORTABLE = ("registered", "accepted", "assigned", "transferred", "rejected", "replied", "closed")


class PlanError(ValueError):
    pass


@dataclass(frozen=True)
class Step:
    action: str
    on: date
    params: dict
    source: str  # the ledger column the date came from, for the reason when it contradicts


def plan(values: dict[str, str], dates: dict[str, date | None], received: date, today: date,
         cal: HolidayCalendar) -> tuple[list[Step], MatterState]:
    """The steps for a row and the state they lead to; raises :class:`PlanError` with the Chinese reason.

    ``values``: the row's text (status, outcome, unit); ``dates``: accepted_on / replied_on / closed_on, parsed.
    """
    accepted, replied, closed = dates.get("accepted_on"), dates.get("replied_on"), dates.get("closed_on")
    for label, day in (("受理日期", accepted), ("答复日期", replied), ("办结日期", closed)):
        if day and day > today:
            raise PlanError(f"{label}晚于今天：{day:%Y-%m-%d}")
    status = _status(values.get("status", ""), accepted, replied, closed)
    outcome, unit = values.get("outcome", ""), values.get("unit", "")
    steps: list[Step] = []
    if status == "registered":
        if accepted or replied or closed:
            raise PlanError("办理状态为“已登记待受理”，却填写了受理、答复或办结日期")
    elif status in ("transferred", "rejected"):
        on = accepted or closed
        if not on:
            raise PlanError(f"“{STATUS_LABELS[status]}”的事项需要填写受理日期（作出决定的日期）")
        if replied:
            raise PlanError(f"“{STATUS_LABELS[status]}”的事项不应有答复日期")
        source = "受理日期" if accepted else "办结日期"
        if status == "transferred":
            steps.append(Step("transfer", on, {"unit": unit}, source))
        else:
            steps.append(Step("reject", on, {"reason": outcome}, source))
    else:
        if not accepted:
            raise PlanError(f"“{STATUS_LABELS[status]}”的事项需要填写受理日期")
        first = "assign" if status == "assigned" else "accept"
        steps.append(Step(first, accepted, {"unit": unit} if first == "assign" else {}, "受理日期"))
        if status in ("accepted", "assigned"):
            if replied or closed:
                raise PlanError(f"办理状态为“{STATUS_LABELS[status]}”，却填写了答复或办结日期")
        else:
            reply_on = replied or closed
            if not reply_on:
                raise PlanError(f"“{STATUS_LABELS[status]}”的事项需要填写答复日期或办结日期")
            if outcome not in OUTCOMES:
                raise PlanError(f"“{STATUS_LABELS[status]}”的事项需要填写办理结果：{' / '.join(OUTCOMES)}"
                                + (f"（填的是“{outcome}”）" if outcome else ""))
            steps.append(Step("reply", reply_on, {"outcome": outcome}, "答复日期" if replied else "办结日期"))
            if status == "closed":
                if not closed:
                    raise PlanError("“已办结”的事项需要填写办结日期")
                steps.append(Step("close", closed, {}, "办结日期"))
            elif closed:
                raise PlanError("办理状态为“已答复”，却填写了办结日期")
    state = MatterState(status="registered", received_on=received)
    previous, previous_source = received, "登记日期"
    for step in steps:
        if step.on < previous:
            raise PlanError(f"{step.source} {step.on:%Y-%m-%d} 早于{previous_source} {previous:%Y-%m-%d}")
        try:
            state = procedure.apply(state, step.action, step.on, cal, **step.params)
        except ProcedureError as error:
            raise PlanError(error.message) from None
        previous, previous_source = step.on, step.source
    return steps, state


def _status(text: str, accepted, replied, closed) -> str:
    if not text:  # no status column (or left empty): the dates say how far it went
        return "closed" if closed else "replied" if replied else "accepted" if accepted else "registered"
    status = STATUS_WORDS.get(text.strip())
    if status is None:
        raise PlanError(f"未知的办理状态“{text}”（可选：{'、'.join(STATUS_LABELS[s] for s in IMPORTABLE)}）")
    if status not in IMPORTABLE:
        raise PlanError(f"“{STATUS_LABELS[status]}”的事项不能从台账导入（复查、复核的过程请导入后在事项页办理）")
    return status


def apply_steps(session, matter: Matter, steps: list[Step], state: MatterState, cal: HolidayCalendar,
                actor: str, data: dict) -> None:
    """Write the planned state onto the just-registered ``matter`` and record each step in its history."""
    from gazetteer_desk.services.matters.matters import describe_action

    if not steps:
        return
    write_state(matter, state)
    for step in steps:
        if step.action in ("transfer", "assign"):
            matter.handling_unit = step.params["unit"].strip()
        history.append(session, matter, step.action, describe_action(step.action, step.params) + "（台账导入）",
                       actor=actor, on_date=step.on, data={**{k: str(v) for k, v in step.params.items()}, **data},
                       audited=False)  # the import is audited once, as a whole
    matter.due_on = procedure.next_due(state, cal)
    matter.touch()
