"""Township mode: the county's orders on this desk (交办件 and 督办) and the township's answers to them.

An answer bumps the order's revision, so the next monthly bundle carries it up and the county sees it answered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import select

from gazetteer_desk.errors import DeskError, NotFound
from gazetteer_desk.services.core import audit, history
from gazetteer_desk.services.core.authz import require
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import CountyOrder, Matter


@dataclass(frozen=True)
class TownshipOrder:
    id: str
    kind: str
    matter_number: str
    instruction: str
    deadline: date
    issued_on: date
    received_on: date | None
    response: str
    responded_on: date | None

    def overdue(self, today: date | None = None) -> bool:
        return self.responded_on is None and (today or date.today()) > self.deadline


def orders(store: Store, *, open_only: bool = False) -> list[TownshipOrder]:
    with store.read() as session:
        query = select(CountyOrder).where(CountyOrder.deleted.is_(False))
        if open_only:
            query = query.where(CountyOrder.responded_on.is_(None))
        rows = session.exec(query.order_by(CountyOrder.deadline)).all()
    return [TownshipOrder(r.id, r.kind, r.matter_number, r.instruction, r.deadline, r.issued_on, r.received_on,
                          r.response, r.responded_on) for r in rows]


def banner_text(store: Store, today: date | None = None) -> str:
    """The orders still to answer, for the due banner: count, overdue and the nearest deadline."""
    waiting = orders(store, open_only=True)
    if not waiting:
        return ""
    late = sum(1 for o in waiting if o.overdue(today))
    text = f"县交办/督办待答复 {len(waiting)} 件（最近期限 {waiting[0].deadline:%Y-%m-%d}）"
    return text + (f"，已超期 {late} 件" if late else "")


def respond(store: Store, reference: str, response: str, *, on: date | None = None, actor="") -> TownshipOrder:
    """Answer an order (by its matter number, or the start of its id): what was done, by when."""
    require(actor, "act")
    on = on or date.today()
    if on > date.today():
        raise DeskError(f"答复日期不能晚于今天：{on:%Y-%m-%d}")
    if not response.strip():
        raise DeskError("请填写办理情况（做了什么、何时办结）")
    reference = reference.strip()
    with store.transaction() as session:
        candidates = [o for o in session.exec(select(CountyOrder).where(CountyOrder.deleted.is_(False)))
                      if reference and (o.matter_number == reference or o.id.startswith(reference))]
        open_ones = [o for o in candidates if o.responded_on is None] or candidates
        if not open_ones:
            raise NotFound(f"没有找到县信访办的交办或督办：{reference}")
        if len(open_ones) > 1:
            raise DeskError(f"{reference} 有多件交办/督办，请用记录编号（如 {open_ones[0].id[:8]}）指定")
        order = open_ones[0]
        order.response, order.responded_on = response.strip(), on
        order.touch()
        matter = session.get(Matter, order.matter_id) if order.matter_id else None
        if matter is not None:
            history.append(session, matter, "supervise_reply", f"答复县信访办{order.kind}：{response.strip()}",
                           actor=actor, on_date=on, data={"county_order": order.id}, audited=False)
        audit.record(session, actor, "answer_order", "county_order", order.id,
                     {"kind": order.kind, "matter": order.matter_number, "on": on})
    return TownshipOrder(order.id, order.kind, order.matter_number, order.instruction, order.deadline,
                         order.issued_on, order.received_on, order.response, order.responded_on)
