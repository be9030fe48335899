"""County mode: what the county office sends down — 交办件, 督办 orders, 复查/复核 decisions — and what came back.

Orders are synchronised records (:class:`CountyOrder`) written here under the township's code: the next down
bundle carries them to the township, the township's answer comes back up in its monthly bundle (a higher revision
of the same row), so ``orders()`` shows at once which are answered. Decisions are local to the county and travel
down only; on the township they become steps of the matter's procedure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import select

from gazetteer_desk.domain.categories import PURPOSES, CategoryError, resolve_category
from gazetteer_desk.domain.procedure import OUTCOMES
from gazetteer_desk.errors import DeskError, NotFound
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import require
from gazetteer_desk.services.core.mode import require_county
from gazetteer_desk.services.matters.people import ID_CARD, normalise_identity
from gazetteer_desk.services.sync.down_payload import DECISION_KINDS
from gazetteer_desk.store.base import new_id
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import CountyDecision, CountyOrder, Matter, RegisteredTownship

ORDER_LABELS = {"交办": "交办件", "督办": "督办", "挂牌督办": "挂牌督办"}


@dataclass
class AssignmentInput:
    township_code: str
    name: str
    request: str
    deadline: date
    id_number: str = ""
    phone: str = ""
    address: str = ""
    facts: str = ""
    category: str = "其它"
    purpose: str = "求决"
    instruction: str = ""
    issued_on: date | None = None


def _township(session, code: str) -> RegisteredTownship:
    row = session.get(RegisteredTownship, code.strip())
    if row is None:
        raise NotFound(f"没有登记过乡镇 {code}")
    if row.revoked:
        raise DeskError(f"{row.name}（{row.code}）的密钥已吊销，不能再下发")
    return row


def _dates(issued_on: date | None, deadline: date) -> date:
    issued_on = issued_on or date.today()
    if issued_on > date.today():
        raise DeskError(f"下达日期不能晚于今天：{issued_on:%Y-%m-%d}")
    if deadline < issued_on:
        raise DeskError(f"办理期限 {deadline:%Y-%m-%d} 早于下达日期 {issued_on:%Y-%m-%d}")
    return issued_on


def assign_matter(store: Store, data: AssignmentInput, *, actor="") -> CountyOrder:
    """A 交办件: a matter the county assigns to a township with a limit; it arrives there as a new matter."""
    require_county(store)
    require(actor, "act")
    issued_on = _dates(data.issued_on, data.deadline)
    if not data.name.strip() or not data.request.strip():
        raise DeskError("交办件须填写信访人姓名和信访请求")
    # checked here as the township's registration will check it: a 交办件 it refuses would block the down chain
    who = normalise_identity(data.name, ID_CARD, data.id_number, data.phone, issued_on)
    try:
        category, subcategory = resolve_category(data.category or "其它")
    except CategoryError as error:
        raise DeskError(error.message) from error
    if data.purpose not in PURPOSES:
        raise DeskError(f"未知的信访目的“{data.purpose}”（可选：{'、'.join(PURPOSES)}）")
    draft = {"name": data.name.strip(), "request": data.request.strip(), "facts": data.facts.strip(),
             "id_number": who.id_number or "", "phone": who.phone or "", "address": data.address.strip(),
             "category": f"{category}/{subcategory}" if subcategory else category, "purpose": data.purpose}
    with store.transaction() as session:
        township = _township(session, data.township_code)
        order = CountyOrder(township_code=township.code, kind="交办", instruction=data.instruction.strip(),
                            deadline=data.deadline, issued_on=issued_on, draft=draft)
        session.add(order)
        audit.record(session, actor, "county_order", "township", township.code,
                     {"kind": "交办", "order": order.id, "deadline": data.deadline})
    return order


def supervise(store: Store, matter_number: str, deadline: date, instruction: str, *, listed: bool = False,
              issued_on: date | None = None, actor="") -> CountyOrder:
    """A 督办 (or 挂牌督办) order on a township's matter, with its own deadline."""
    require_county(store)
    require(actor, "act")
    issued_on = _dates(issued_on, deadline)
    if not instruction.strip():
        raise DeskError("请填写督办要求（如：超期办理，限期答复）")
    kind = "挂牌督办" if listed else "督办"
    with store.transaction() as session:
        matter = _matter(session, matter_number)
        _township(session, matter.township_code)
        order = CountyOrder(township_code=matter.township_code, kind=kind, matter_id=matter.id,
                            matter_number=matter.number, instruction=instruction.strip(), deadline=deadline,
                            issued_on=issued_on)
        session.add(order)
        audit.record(session, actor, "county_order", "matter", matter.number,
                     {"kind": kind, "order": order.id, "deadline": deadline})
    return order


def decide(store: Store, matter_number: str, kind: str, outcome: str, *, decided_on: date,
           requested_on: date, text: str = "", actor="") -> CountyDecision:
    """A 复查意见 (``kind='review'``) or 复核意见 (``'recheck'``) on a township's matter."""
    require_county(store)
    require(actor, "act")
    if kind not in DECISION_KINDS:
        raise DeskError("决定类别应为 review（复查）或 recheck（复核）")
    if outcome not in OUTCOMES:
        raise DeskError(f"处理意见应为：{'、'.join(OUTCOMES)}")
    if decided_on > date.today() or requested_on > decided_on:
        raise DeskError("申请日期不能晚于决定日期，决定日期不能晚于今天")
    with store.transaction() as session:
        matter = _matter(session, matter_number)
        _township(session, matter.township_code)
        decision = CountyDecision(id=new_id(), township_code=matter.township_code, matter_id=matter.id,
                                  matter_number=matter.number, kind=kind, requested_on=requested_on,
                                  decided_on=decided_on, outcome=outcome, text=text.strip())
        session.add(decision)
        audit.record(session, actor, "county_decision", "matter", matter.number,
                     {"kind": kind, "outcome": outcome, "decided_on": decided_on})
    return decision


def _matter(session, number: str) -> Matter:
    matter = session.exec(select(Matter).where(Matter.number == number.strip(), Matter.deleted.is_(False))).first()
    if matter is None:
        raise NotFound(f"县级数据库中没有事项 {number}（乡镇的数据包导入后才有）")
    return matter


@dataclass(frozen=True)
class OrderRow:
    id: str
    township_code: str
    kind: str
    matter_number: str
    instruction: str
    deadline: date
    issued_on: date
    received_on: date | None
    response: str
    responded_on: date | None

    @property
    def answered(self) -> bool:
        return self.responded_on is not None

    def state(self, today: date | None = None) -> str:
        if self.answered:
            return f"已答复（{self.responded_on:%Y-%m-%d}）"
        if self.received_on:
            late = "，已超期" if (today or date.today()) > self.deadline else ""
            return f"乡镇已收到（{self.received_on:%Y-%m-%d}），未答复{late}"
        return "尚未收到回复"


def orders(store: Store, township: str | None = None) -> list[OrderRow]:
    """Every order issued, newest first, with what the township answered (from its monthly bundles)."""
    with store.read() as session:
        query = select(CountyOrder).where(CountyOrder.deleted.is_(False))
        if township:
            query = query.where(CountyOrder.township_code == township)
        rows = session.exec(query.order_by(CountyOrder.issued_on.desc(), CountyOrder.created_at.desc())).all()
        numbers = {m.id: m.number for m in session.exec(select(Matter).where(
            Matter.id.in_([r.matter_id for r in rows if r.matter_id])))}
    return [OrderRow(r.id, r.township_code, r.kind, numbers.get(r.matter_id, r.matter_number), r.instruction,
                     r.deadline, r.issued_on, r.received_on, r.response, r.responded_on) for r in rows]
