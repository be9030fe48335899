"""查询: the promise printed on every receipt — a petitioner with the matter number and its 查询码 hears its progress.

A right pair hears only what the petitioner may hear: the status, the handling unit, the dates of the steps done,
the limit of the step under way and the papers issued — never an ID number, a phone, the content or anyone else.
A wrong pair hears only that the pair does not match, whether or not the number exists. Wrong tries on a number are
slowed (a growing wait before the next one is taken) and then refused for a while, so the 2^40 codes cannot be
walked through; every query, right or wrong, is in the audit trail with who asked at the desk.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta

from sqlmodel import Session, select

from gazetteer_desk.documents.kinds import DocumentKind
from gazetteer_desk.domain import procedure
from gazetteer_desk.domain.procedure import STATUS_LABELS
from gazetteer_desk.domain.query_code import normalise_query_code, verify_query_code
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import require
from gazetteer_desk.services.core.calendar import calendar_in
from gazetteer_desk.services.core.mode import township_scope
from gazetteer_desk.services.core.query_secret import query_secret_in
from gazetteer_desk.services.core.state import matter_state
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import Matter, MatterEvent, Setting

FREE_TRIES = 3  # wrong tries on one number answered at once
LOCK_AFTER = 8  # wrong tries after which the number is refused for LOCK_MINUTES
LOCK_MINUTES = 30
FIRST_WAIT_SECONDS = 10  # then doubled at each further wrong try
TRIES_KEY = "query_tries"  # local setting: never synchronised

KINDS = {k.value for k in DocumentKind}
MISMATCH = "编号与查询码不匹配，请核对回执上的编号和查询码"
STEP_DATES = (("登记", "received_on"), ("受理", "accepted_on"), ("答复", "replied_on"),
              ("申请复查", "review_requested_on"), ("复查意见", "reviewed_on"), ("申请复核", "recheck_requested_on"),
              ("复核意见", "rechecked_on"), ("办结", "closed_on"))


class QueryRefused(DeskError):
    """A wrong pair, or a number whose tries are being slowed or locked."""

    exit_code = 6


@dataclass(frozen=True)
class Step:
    label: str
    on: date


@dataclass(frozen=True)
class Paper:
    title: str
    on: date


@dataclass(frozen=True)
class QueryAnswer:
    number: str
    status: str
    handling_unit: str
    steps: list[Step] = field(default_factory=list)
    next_step: str = ""  # the limit under way, e.g. 办理期限
    next_due: date | None = None
    papers: list[Paper] = field(default_factory=list)

    def as_dict(self) -> dict:
        data = asdict(self)
        data["steps"] = [{"label": s.label, "on": s.on.isoformat()} for s in self.steps]
        data["papers"] = [{"title": p.title, "on": p.on.isoformat()} for p in self.papers]
        data["next_due"] = self.next_due.isoformat() if self.next_due else None
        return data


def answer_query(store: Store, number: str, code: str, actor, *, now: datetime | None = None) -> QueryAnswer:
    """The progress of matter ``number`` for whoever holds its 查询码; ``actor`` is who asked at the desk."""
    require(actor, "register")
    now = now or datetime.now()
    number = (number or "").strip()
    if not number or not normalise_query_code(code):
        raise DeskError("请输入回执上的编号和查询码")
    with store.transaction() as session:  # a refusal is saved too (the count of wrong tries), then raised
        outcome = _check(session, store, number, code, actor, now)
    if isinstance(outcome, QueryRefused):
        raise outcome
    return outcome


def _check(session: Session, store: Store, number: str, code: str, actor, now: datetime):
    tries = _tries(session)
    state = tries.get(number, {})
    wait_until = state.get("until")
    if wait_until and now < datetime.fromisoformat(wait_until):
        audit.record(session, actor, "query_refused", "matter", number, {"until": wait_until})
        return QueryRefused(_wait_message(datetime.fromisoformat(wait_until), now))
    matter = _matter(session, store, number)
    if matter is None or not verify_query_code(number, code, query_secret_in(session, store, matter.township_code)):
        fails = state.get("fails", 0) + 1
        tries[number] = {"fails": fails, "until": _next_try(fails, now)}
        _save_tries(session, tries)
        audit.record(session, actor, "query_mismatch", "matter", number, {"fails": fails})
        return QueryRefused(MISMATCH)
    if number in tries:
        tries.pop(number)
        _save_tries(session, tries)
    audit.record(session, actor, "query", "matter", matter.number, {})
    return _answer(session, matter)


def _matter(session: Session, store: Store, number: str) -> Matter | None:
    code = township_scope(store)
    query = select(Matter).where(Matter.number == number, Matter.deleted.is_(False))
    if code is not None:
        query = query.where(Matter.township_code == code)
    return session.exec(query).first()


def _answer(session: Session, matter: Matter) -> QueryAnswer:
    state = matter_state(matter)
    steps = [Step(label, getattr(matter, name)) for label, name in STEP_DATES if getattr(matter, name)]
    running = [d for d in procedure.deadlines(state, calendar_in(session)) if d.met_on is None]
    running = running if matter.status in procedure.OPEN_STATUSES else []
    papers = [Paper(_paper_title(e), e.at.date())
              for e in session.exec(select(MatterEvent).where(
                  MatterEvent.matter_id == matter.id, MatterEvent.kind == "printed",
                  MatterEvent.deleted.is_(False)).order_by(MatterEvent.at))]
    return QueryAnswer(matter.number, STATUS_LABELS[matter.status], matter.handling_unit or "",
                       steps, running[-1].label if running else "", running[-1].due if running else None,
                       _distinct(papers))


def _paper_title(event: MatterEvent) -> str:
    kind = (event.data or {}).get("kind")
    return DocumentKind(kind).title if kind in KINDS else "告知文书"


def _distinct(papers: list[Paper]) -> list[Paper]:
    seen, out = set(), []
    for paper in papers:
        if paper.title not in seen:
            seen.add(paper.title)
            out.append(paper)
    return out


def _tries(session: Session) -> dict:
    row = session.get(Setting, TRIES_KEY)
    try:
        data = json.loads(row.value) if row and row.value else {}
    except ValueError:
        data = {}
    return data if isinstance(data, dict) else {}


def _save_tries(session: Session, tries: dict) -> None:
    row = session.get(Setting, TRIES_KEY) or Setting(key=TRIES_KEY)
    row.value = json.dumps(tries, ensure_ascii=False)
    session.add(row)


def _next_try(fails: int, now: datetime) -> str | None:
    """When the next try on the number is taken: at once for the first few, then after a growing wait, then a lock."""
    if fails >= LOCK_AFTER:
        return (now + timedelta(minutes=LOCK_MINUTES)).isoformat()
    if fails >= FREE_TRIES:
        return (now + timedelta(seconds=FIRST_WAIT_SECONDS * 2 ** (fails - FREE_TRIES))).isoformat()
    return None


def _wait_message(until: datetime, now: datetime) -> str:
    seconds = max(1, int((until - now).total_seconds() + 0.999))
    wait = f"{seconds} 秒" if seconds < 120 else f"{(seconds + 59) // 60} 分钟"
    return f"此编号的查询码输错次数过多，请 {wait}后再试（{until:%H:%M:%S} 起）"
