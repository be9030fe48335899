"""Reading one matter — its fields, petitioner, visits, history and limits — on the driver connection, as plain
records (:mod:`gazetteer_desk.store.records`): the matter's page, its papers and the procedure's answer after a step
all read it so, and a fresh ``receipt`` process does without the ORM."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from gazetteer_desk.domain import procedure
from gazetteer_desk.domain.procedure import STATUS_LABELS, Action, Deadline
from gazetteer_desk.domain.routing import route_by_key
from gazetteer_desk.errors import NotFound
from gazetteer_desk.services.core.authz import purposes_for
from gazetteer_desk.services.core.calendar import calendar_of
from gazetteer_desk.services.core.mode import township_scope
from gazetteer_desk.services.core.state import matter_state
from gazetteer_desk.store import records
from gazetteer_desk.store.database import Store

if TYPE_CHECKING:
    from gazetteer_desk.store.records import Record


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
    matter: Record
    petitioner: Record
    visits: list[VisitView]
    events: list[Record]
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
    with store.raw_read() as raw:
        return matter_detail(raw, visible_matter_record(raw, township_scope(store), number, viewer))


def visible_matter_record(raw, code: str | None, number: str, viewer) -> Record:
    """:func:`gazetteer_desk.services.core.lookup.visible_matter` on the driver connection: the matter ``number`` (of
    township ``code``, or any township when None) as ``viewer`` may see it, else :class:`NotFound`."""
    number = (number or "").strip()
    where, params = "number = ? AND NOT deleted", (number,)
    if code:
        where, params = where + " AND township_code = ?", (number, code)
    matter = records.first(raw, "matter", where, params)
    if matter is None:
        raise NotFound(f"找不到信访事项 {number}" if number else "请填写信访事项编号")
    purposes = purposes_for(viewer)
    if purposes is not None and matter.purpose not in purposes:
        raise NotFound(f"找不到信访事项 {number}")
    return matter


def matter_detail(raw, matter) -> MatterDetail:
    """The page of ``matter`` (a record or a model: it is read again by id, so inside a transaction the page shows
    what the transaction wrote)."""
    matter = records.first(raw, "matter", "id = ?", (matter.id,))
    names = dict(raw.execute("SELECT id, name FROM staff").fetchall())
    visits = [VisitView(v.visited_at, v.channel, v.people_count, names.get(v.received_by_id, ""),
                        names.get(v.leader_id, ""), v.notes)
              for v in records.select(raw, "visit", "matter_id = ? AND NOT deleted", (matter.id,), "visited_at")]
    events = records.select(raw, "matterevent", "matter_id = ? AND NOT deleted", (matter.id,), "at, created_at")
    state = matter_state(matter)
    cal = calendar_of(raw)
    earlier = records.first(raw, "matter", "id = ?", (matter.repeat_of_id,)) if matter.repeat_of_id else None
    return MatterDetail(
        matter=matter,
        petitioner=records.first(raw, "petitioner", "id = ?", (matter.petitioner_id,)),
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


def _earlier_decision(earlier) -> str:
    if earlier is None:
        return ""
    text = f"{earlier.number}（{STATUS_LABELS[earlier.status]}"
    if earlier.status == "terminated":
        text += f"，{earlier.rechecked_on:%Y-%m-%d}复核意见：{earlier.outcome}，同一事实和理由不再受理"
    return text + "）"


def earlier_decision(earlier) -> EarlierDecision | None:
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
