"""人民调解 (人民调解法 2010): register a dispute, log sessions, record the agreement or the failure, follow up
performance, and keep the 30-day window for 司法确认 in sight.

A mediation may start from a petition matter (信访工作条例第三十三条); the matter's history then shows its result.
"""

from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, select

from gazetteer_desk.domain import limits
from gazetteer_desk.errors import DeskError, NotFound
from gazetteer_desk.services.core.text_input import LONG, SHORT, check_texts
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import Matter, MediationCase, MediationFollowup, MediationSession
from gazetteer_desk.services.core.calendar import calendar_for, calendar_in
from gazetteer_desk.services.core import audit, history
from gazetteer_desk.services.core.authz import require
from gazetteer_desk.services.core.lookup import visible_matter
# the forms' inputs, vocabularies and parties live beside this module; their names stay importable from here
from gazetteer_desk.services.mediation.mediation_input import (
    AGREEMENT_KINDS,
    FAILURE_ROUTES as FAILURE_ROUTES,
    FOLLOWUP_METHODS as FOLLOWUP_METHODS,
    PERFORMANCE as PERFORMANCE,
    SOURCES,
    AgreementInput,
    MediationInput,
    check_agreement,
    check_failure_routes,
    check_followup,
    check_opening,
    not_before,
)
from gazetteer_desk.services.mediation.mediation_parties import (
    PARTY_KINDS as PARTY_KINDS,
    PARTY_ROLES as PARTY_ROLES,
    Party,
    masked_party,
    party_names,
    reveal_parties,
)  # noqa: F401

STATUS_LABELS = {"in_progress": "调解中", "success": "调解成功", "failed": "调解不成"}
ROUTE_TEXT = {"仲裁": "申请仲裁", "行政": "请求有关行政机关处理", "诉讼": "向人民法院提起诉讼"}
JUDICIAL_CONFIRMATION = "申请司法确认"  # a follow-up entry of this method records that the parties applied
WARN_WITHIN_DAYS = 10


@dataclass(frozen=True)
class MediationWarning:
    number: str
    kind: str  # judicial_confirmation / target
    due: date
    days_left: int
    message: str

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class MediationDetail:
    case: MediationCase
    parties: list[Party]
    sessions: list[MediationSession]
    followups: list[MediationFollowup]
    matter_number: str | None
    judicial_due: date | None
    judicial_applied_on: date | None
    warnings: list[MediationWarning] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.case.status, self.case.status)

    @property
    def source_label(self) -> str:
        return SOURCES.get(self.case.source, self.case.source)


@dataclass(frozen=True)
class MediationRow:
    number: str
    applied_on: date
    source_label: str
    parties: str
    status_label: str
    performance: str
    matter_number: str | None


# --- writing ------------------------------------------------------------------------------------------------------


def open_case(store: Store, data: MediationInput, actor="") -> str:
    """调解登记 — returns the new case number (``500235101-调-2026-0003``)."""
    require(actor, "mediation")
    parties, mediators = check_opening(data)
    code = store.township_code
    with store.transaction() as session:
        matter = (visible_matter(session, code, data.matter_number, actor)
                  if (data.matter_number or "").strip() else None)
        case = MediationCase(
            township_code=code, number=_next_number(session, code, data.applied_on.year), source=data.source,
            matter_id=matter.id if matter else None, applied_on=data.applied_on,
            parties=[p.as_dict() for p in parties], mediators=mediators, facts=data.facts.strip(),
            issues=data.issues.strip(),
        )
        session.add(case)
        if matter is not None:
            _matter_event(session, case, matter, data.applied_on, actor,
                          f"经双方同意转人民调解，调解编号 {case.number}，调解员：{'、'.join(mediators)}")
        session.flush()
        _audit(session, actor, "mediation_open", case, {
            "source": case.source, "applied_on": case.applied_on, "mediators": mediators,
            "parties": [masked_party(p.as_dict()) for p in parties]})
        return case.number


def add_session(store: Store, number: str, on: date, notes: str, actor="") -> None:
    """调解工作记录: one session of the mediation."""
    require(actor, "mediation")
    check_texts({"调解记录": (notes, LONG)})
    notes = (notes or "").strip()
    if not notes:
        raise DeskError("请填写调解记录内容")
    with store.transaction() as session:
        case = _case(session, store.township_code, number)
        if case.status != "in_progress":
            raise DeskError(f"该调解已{STATUS_LABELS[case.status]}，不能再记录调解过程")
        not_before(on, case.applied_on, "调解日期")
        session.add(MediationSession(township_code=case.township_code, case_id=case.id, on_date=on, notes=notes))
        case.touch()
        _audit(session, actor, "mediation_session", case, {"on": on, "notes": notes})


def record_agreement(store: Store, number: str, data: AgreementInput, actor="") -> None:
    """调解成功: a written 调解协议书 (Art. 29) or an oral agreement recorded by the mediator (Art. 28)."""
    require(actor, "mediation")
    terms = check_agreement(data)
    with store.transaction() as session:
        case = _case(session, store.township_code, number)
        if case.status != "in_progress":
            raise DeskError(f"该调解已{STATUS_LABELS[case.status]}")
        not_before(data.agreed_on, case.applied_on, "协议日期")
        if data.agreed_on > date.today():
            raise DeskError(f"协议日期不能晚于今天：{data.agreed_on:%Y-%m-%d}")
        before = _fields(case)
        if data.facts is not None:
            case.facts = data.facts.strip()
        if data.issues is not None:
            case.issues = data.issues.strip()
        if data.kind == "written" and not (case.facts and case.issues):
            raise DeskError("书面调解协议须写明纠纷的主要事实和争议事项（人民调解法第二十九条）")
        case.responsibilities = (data.responsibilities or "").strip() or case.responsibilities
        if data.kind == "written" and not case.responsibilities:
            # the paper prints only what was entered: no stock sentence stands in for the parties' responsibilities
            raise DeskError("书面调解协议须写明各方当事人的责任（人民调解法第二十九条）")
        case.status = "success"
        case.agreement_kind = data.kind
        case.terms = terms
        case.performance_manner = data.performance_manner.strip()
        case.performance_due = data.performance_due
        case.agreed_on = data.agreed_on
        case.performance = "未履行"
        case.touch()
        due = limits.judicial_confirmation_due(data.agreed_on, calendar_in(session))
        _link_event(session, case, data.agreed_on, actor,
                    f"调解成功（{AGREEMENT_KINDS[data.kind]}，{case.number}）：{terms}；履行期限{data.performance_due:%Y-%m-%d}；"
                    f"双方可于{due:%Y-%m-%d}前共同申请司法确认")
        _audit(session, actor, "mediation_agreement", case, {"changes": audit.changes(before, _fields(case))})


def record_failure(store: Store, number: str, *, routes: list[str], on: date, reason: str = "", actor="") -> None:
    """调解不成: the mediation ends and the parties are told of arbitration / administrative / court routes (Art. 26)."""
    require(actor, "mediation")
    check_texts({"终止调解的原因": (reason, LONG)})
    routes = check_failure_routes(routes)
    with store.transaction() as session:
        case = _case(session, store.township_code, number)
        if case.status != "in_progress":
            raise DeskError(f"该调解已{STATUS_LABELS[case.status]}")
        not_before(on, case.applied_on, "终止日期")
        before = _fields(case)
        case.status = "failed"
        case.failure_route = "、".join(routes)
        case.closed_on = on
        case.touch()
        told = "、".join(ROUTE_TEXT[r] for r in routes)
        _link_event(session, case, on, actor,
                    f"调解不成，终止调解（{case.number}）" + (f"：{reason.strip()}" if reason.strip() else "")
                    + f"；已告知当事人可依法{told}")
        if reason.strip():
            session.add(MediationSession(township_code=case.township_code, case_id=case.id, on_date=on,
                                         notes=f"终止调解：{reason.strip()}"))
        _audit(session, actor, "mediation_failure", case,
               {"reason": reason.strip(), "changes": audit.changes(before, _fields(case))})


def add_followup(store: Store, number: str, *, on: date, performance: str, method: str = "电话",
                 satisfaction: str = "", notes: str = "", actor="") -> None:
    """履行情况回访 (Art. 31): 已履行 / 部分履行 / 未履行, with the parties' satisfaction."""
    require(actor, "mediation")
    check_followup(performance, method, satisfaction, notes)
    with store.transaction() as session:
        case = _case(session, store.township_code, number)
        if case.status != "success":
            raise DeskError("只有调解成功的案件才能回访履行情况")
        not_before(on, case.agreed_on, "回访日期")
        before = _fields(case)
        session.add(MediationFollowup(township_code=case.township_code, case_id=case.id, on_date=on,
                                      performance=performance, method=method, satisfaction=satisfaction,
                                      notes=(notes or "").strip()))
        case.performance = performance
        case.closed_on = on if performance == "已履行" else None
        case.touch()
        text = f"调解协议履行回访（{method}，{case.number}）：{performance}"
        text += f"，{satisfaction}" if satisfaction else ""
        text += f"；{notes.strip()}" if (notes or "").strip() else ""
        _link_event(session, case, on, actor, text)
        _audit(session, actor, "mediation_followup", case, {
            "on": on, "method": method, "satisfaction": satisfaction, "notes": (notes or "").strip(),
            "changes": audit.changes(before, _fields(case))})


def record_judicial_confirmation(store: Store, number: str, *, on: date, court: str = "", actor="") -> None:
    """The parties applied jointly for 司法确认 (Art. 33): the window warning stops."""
    require(actor, "mediation")
    check_texts({"人民法院": (court, SHORT)})
    with store.transaction() as session:
        case = _case(session, store.township_code, number)
        if case.status != "success":
            raise DeskError("只有调解成功的协议才能申请司法确认")
        not_before(on, case.agreed_on, "申请日期")
        if on > date.today():
            raise DeskError(f"申请日期不能晚于今天：{on:%Y-%m-%d}")
        due = limits.judicial_confirmation_due(case.agreed_on, calendar_for(store))
        if on > due:
            raise DeskError(f"司法确认应自调解协议生效之日起30日内（{due:%Y-%m-%d}前）由双方共同申请（人民调解法第三十三条），"
                            f"{on:%Y-%m-%d}已过期限，不能记录为申请司法确认；当事人可就协议的履行或内容发生的争议"
                            "向人民法院提起诉讼（第三十二条）")
        session.add(MediationFollowup(township_code=case.township_code, case_id=case.id, on_date=on,
                                      method=JUDICIAL_CONFIRMATION, notes=(court or "").strip()))
        case.touch()
        _audit(session, actor, "mediation_judicial", case, {"on": on, "court": (court or "").strip()})


# --- reading ------------------------------------------------------------------------------------------------------


def get_case(store: Store, number: str, today: date | None = None, *, viewer=None) -> MediationDetail:
    """The parties' ID numbers and phones are masked (个人信息保护法) unless ``viewer`` is a signed-in user holding
    ``view_full_id``; such a full view is written to the audit trail."""
    today = today or date.today()
    cal = calendar_for(store)
    with store.read() as session:
        case = _case(session, store.township_code, number)
        detail = _detail(session, case, today, cal)
    if reveal_parties(store, viewer, case.number):
        return detail
    parties = [masked_party(p) for p in case.parties]
    return replace(detail, case=case.model_copy(update={"parties": parties}),
                   parties=[Party(**p) for p in parties])


def list_cases(store: Store, status: str | None = None, year: int | None = None) -> list[MediationRow]:
    with store.read() as session:
        query = select(MediationCase).where(MediationCase.township_code == store.township_code,
                                            MediationCase.deleted.is_(False))
        if status:
            query = query.where(MediationCase.status == status)
        if year:
            query = query.where(MediationCase.number.like(f"%-调-{year}-%"))
        numbers = _matter_numbers(session)
        return [
            MediationRow(c.number, c.applied_on, SOURCES.get(c.source, c.source), party_names(c.parties),
                         STATUS_LABELS.get(c.status, c.status), c.performance, numbers.get(c.matter_id))
            for c in session.exec(query.order_by(MediationCase.number.desc()))
        ]


def mediation_warnings(store: Store, today: date | None = None, within: int = WARN_WITHIN_DAYS) -> list[MediationWarning]:
    """司法确认 windows closing (or passed) and mediations past the one-month target, most urgent first."""
    today = today or date.today()
    cal = calendar_for(store)
    with store.read() as session:
        cases = session.exec(select(MediationCase).where(
            MediationCase.township_code == store.township_code, MediationCase.deleted.is_(False),
            MediationCase.status.in_(("in_progress", "success")))).all()
        warnings = []
        for case in cases:
            warnings += [w for w in _warnings(session, case, today, cal) if w.days_left <= within]
    return sorted(warnings, key=lambda w: (w.days_left, w.number))


# --- helpers ------------------------------------------------------------------------------------------------------


def _next_number(session: Session, code: str, year: int) -> str:
    prefix = f"{code}-调-{year}-"
    last = session.exec(select(func.max(MediationCase.number)).where(
        MediationCase.township_code == code, MediationCase.number.like(prefix + "%"))).one()
    return f"{prefix}{(int(last.rsplit('-', 1)[1]) + 1 if last else 1):04d}"


def _case(session: Session, code: str, number: str) -> MediationCase:
    number = (number or "").strip()
    case = session.exec(select(MediationCase).where(
        MediationCase.township_code == code, MediationCase.number == number,
        MediationCase.deleted.is_(False))).first()
    if case is None:
        raise NotFound(f"找不到调解案件 {number}")
    return case


def _matter_event(session: Session, case: MediationCase, matter: Matter, on: date, actor, detail: str) -> None:
    # the mediation's own audit entry (see _audit) names the matter
    history.append(session, matter, "mediation", detail, actor=actor, on_date=on,
                   data={"mediation_id": case.id, "number": case.number}, audited=False)


_AUDITED_FIELDS = ("status", "facts", "issues", "responsibilities", "agreement_kind", "terms", "performance_manner",
                   "performance_due", "agreed_on", "performance", "closed_on", "failure_route")


def _fields(case: MediationCase) -> dict:
    return {name: getattr(case, name) for name in _AUDITED_FIELDS}


def _audit(session: Session, actor, action: str, case: MediationCase, detail: dict) -> None:
    matter = session.get(Matter, case.matter_id) if case.matter_id else None
    audit.record(session, actor, action, "mediation", case.number,
                 {**detail, **({"matter": matter.number} if matter else {})})


def _link_event(session: Session, case: MediationCase, on: date, actor, detail: str) -> None:
    if case.matter_id:
        _matter_event(session, case, session.get(Matter, case.matter_id), on, actor, detail)


def _matter_numbers(session: Session) -> dict[str, str]:
    return dict(session.exec(select(Matter.id, Matter.number).join(
        MediationCase, MediationCase.matter_id == Matter.id)).all())


def _followups(session: Session, case: MediationCase) -> list[MediationFollowup]:
    return list(session.exec(select(MediationFollowup).where(
        MediationFollowup.case_id == case.id, MediationFollowup.deleted.is_(False))
        .order_by(MediationFollowup.on_date, MediationFollowup.created_at)))


def _applied_on(followups: list[MediationFollowup]) -> date | None:
    return next((f.on_date for f in followups if f.method == JUDICIAL_CONFIRMATION), None)


_SUMMARY = {  # (kind, overdue) -> one line of the 调解 page's summary
    ("judicial_confirmation", False): "{n} 件调解协议即将超过司法确认申请期限（最早 {due:%Y-%m-%d}）",
    ("judicial_confirmation", True): "{n} 件调解协议已超过司法确认申请期限",
    ("target", False): "{n} 件调解即将超过目标期限（最早 {due:%Y-%m-%d}）",
    ("target", True): "{n} 件调解已超过目标期限",
}


def summarise_warnings(warnings: list[MediationWarning]) -> list[str]:
    """One line per kind of warning — how many cases, the earliest date — most urgent first; [] when none."""
    groups: dict[tuple[str, bool], list[MediationWarning]] = {}
    for warning in warnings:
        groups.setdefault((warning.kind, warning.overdue), []).append(warning)
    order = sorted(groups, key=lambda key: (not key[1], key[0] != "judicial_confirmation"))
    return [_SUMMARY[key].format(n=len(groups[key]), due=min(w.due for w in groups[key])) for key in order]


def _warnings(session: Session, case: MediationCase, today: date, cal) -> list[MediationWarning]:
    if case.status == "in_progress":
        due = limits.mediation_target_due(case.applied_on, cal)
        left = (due - today).days
        return [MediationWarning(case.number, "target", due, left,
                                 f"调解目标期限{due:%Y-%m-%d}（{limits.describe_days_left(due, today)}）")]
    if case.status == "success" and case.agreed_on and case.performance != "已履行":
        if _applied_on(_followups(session, case)):
            return []
        due = limits.judicial_confirmation_due(case.agreed_on, cal)
        left = (due - today).days
        state = limits.describe_days_left(due, today)
        text = (f"司法确认申请期限已过（{due:%Y-%m-%d}，{state}）" if left < 0
                else f"司法确认申请期限{due:%Y-%m-%d}（{state}），请提醒双方当事人共同申请")
        return [MediationWarning(case.number, "judicial_confirmation", due, left, text)]
    return []


def _detail(session: Session, case: MediationCase, today: date, cal) -> MediationDetail:
    sessions = list(session.exec(select(MediationSession).where(
        MediationSession.case_id == case.id, MediationSession.deleted.is_(False))
        .order_by(MediationSession.on_date, MediationSession.created_at)))
    followups = _followups(session, case)
    matter = session.get(Matter, case.matter_id) if case.matter_id else None
    judicial_due = limits.judicial_confirmation_due(case.agreed_on, cal) if case.agreed_on else None
    return MediationDetail(
        case=case, parties=[Party(**p) for p in case.parties], sessions=sessions,
        followups=[f for f in followups if f.method != JUDICIAL_CONFIRMATION], matter_number=matter.number if matter else None,
        judicial_due=judicial_due, judicial_applied_on=_applied_on(followups),
        warnings=_warnings(session, case, today, cal),
    )
