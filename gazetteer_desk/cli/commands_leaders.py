"""Leaders and mediation from the command line: ``reception-day``, ``assign``, ``field-visit``, ``mediation``."""

from datetime import date
from pathlib import Path

from ..documents.model import Paper
from ..domain.masking import mask_id_number, mask_phone
from ..errors import DeskError
from ..formats import FormatError
from ..formats.atomic import write_atomic
from ..services import case_assignments as ca
from ..services import field_visits as fv
from ..services import leader_papers, leader_view, mediation as med, reception_days as rd
from ..services.registration import RegistrationInput
from ..store.migrate import open_store
from .output import emit, emit_json


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DeskError(f"日期格式应为 YYYY-MM-DD：{text}") from None


def _month(text: str | None) -> tuple[int, int]:
    if not text:
        today = date.today()
        return today.year, today.month
    try:
        year, month = (int(p) for p in text.split("-"))
        date(year, month, 1)
    except ValueError:
        raise DeskError(f"月份格式应为 YYYY-MM：{text}") from None
    return year, month


def _write(path: str, data: bytes) -> None:
    try:
        write_atomic(Path(path), data)
    except FormatError as error:
        raise DeskError(str(error)) from error
    emit(f"已生成 {path}")


def add_commands(sub) -> None:
    _reception_day(sub)
    _assign(sub)
    _field_visit(sub)
    _mediation(sub)
    p = sub.add_parser("leader", help="领导工作台：我的接访日、我的包案、超期事项")
    p.add_argument("name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_leader)


# --- reception days -----------------------------------------------------------------------------------------------


def _reception_day(sub) -> None:
    rsub = sub.add_parser("reception-day", help="领导接访日：安排、列表、当日接访、领导批示、公示表").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = rsub.add_parser("add", help="安排领导接访日")
    p.add_argument("--leader", required=True)
    p.add_argument("--date", required=True, type=_day)
    p.add_argument("--start", default="09:00")
    p.add_argument("--end", default="12:00")
    p.add_argument("--place", required=True)
    p.add_argument("--form", default="定点接访", help="、".join(rd.FORMS))
    p.add_argument("--liaison", default="")
    p.add_argument("--phone", default="", help="联络员电话")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_rd_add)
    p = rsub.add_parser("list", help="某月的接访安排")
    p.add_argument("--month", help="YYYY-MM（默认本月）")
    p.add_argument("--leader")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_rd_list)
    p = rsub.add_parser("show", help="接访日当天：来访群众和领导批示")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_rd_show)
    p = rsub.add_parser("instruct", help="记录领导批示")
    p.add_argument("id")
    p.add_argument("number", help="信访事项编号")
    p.add_argument("--text", required=True)
    p.add_argument("--actor", default="")
    p.set_defaults(handler=_rd_instruct)
    p = rsub.add_parser("notice", help="打印本月领导接访安排表（PDF）")
    p.add_argument("--month")
    p.add_argument("--out", required=True)
    p.set_defaults(handler=_rd_notice)


def _row_json(r: rd.ScheduleRow) -> dict:
    return {"id": r.id, "date": r.day, "start": r.start_time, "end": r.end_time, "leader": r.leader, "post": r.post,
            "portfolio": r.portfolio, "place": r.place, "form": r.form, "liaison": r.liaison,
            "liaison_phone": r.liaison_phone, "visits": r.visit_count}


def _row_line(r: rd.ScheduleRow) -> str:
    return f"{r.day:%Y-%m-%d} {r.time_label}  {r.leader}（{r.post}）  {r.place}  {r.form}  来访{r.visit_count}批  [{r.id}]"


def _rd_add(args, home) -> int:
    row = rd.schedule(open_store(home), rd.ReceptionDayInput(args.leader, args.date, args.start, args.end, args.place,
                                                             args.form, args.liaison, args.phone))
    emit_json(_row_json(row)) if args.json else emit(_row_line(row))
    return 0


def _rd_list(args, home) -> int:
    rows = rd.month_schedule(open_store(home), *_month(args.month), leader=args.leader)
    if args.json:
        emit_json([_row_json(r) for r in rows])
        return 0
    if not rows:
        emit("本月暂无领导接访安排")
    for r in rows:
        emit(_row_line(r))
    return 0


def _rd_show(args, home) -> int:
    page = rd.day_page(open_store(home), args.id)
    if args.json:
        emit_json({"day": _row_json(page.day),
                   "visits": [{"number": v.matter_number, "name": v.name, "at": v.visited_at, "people": v.people_count,
                               "category": v.category, "request": v.request, "status": v.status_label}
                              for v in page.visits],
                   "instructions": [{"number": i.matter_number, "text": i.text, "actor": i.actor, "at": i.at}
                                    for i in page.instructions]})
        return 0
    emit(_row_line(page.day))
    emit(f"来访群众（{len(page.visits)}批）：")
    for v in page.visits:
        emit(f"  {v.matter_number}  {v.name}  {v.category}  {v.request[:30]}  [{v.status_label}]")
    emit("领导批示：" if page.instructions else "领导批示：无")
    for i in page.instructions:
        emit(f"  {i.matter_number}  {i.text}")
    return 0


def _rd_instruct(args, home) -> int:
    rd.record_instruction(open_store(home), args.id, args.number, args.text, actor=args.actor)
    emit(f"已记入 {args.number} 的办理记录")
    return 0


def _rd_notice(args, home) -> int:
    year, month = _month(args.month)
    _write(args.out, leader_papers.schedule_notice_pdf(open_store(home), year, month, date.today()))
    return 0


# --- 包案 ------------------------------------------------------------------------------------------------------------


def _assign(sub) -> None:
    p = sub.add_parser("assign", help="领导包案：指定包案领导、副包案人、成员、参与单位和期限")
    p.add_argument("number", help="信访事项编号")
    p.add_argument("--leader", required=True)
    p.add_argument("--start", type=_day, default=None, help="开始日期（默认今天）")
    p.add_argument("--end", type=_day, help="结束日期")
    p.add_argument("--deputy")
    p.add_argument("--members", default="")
    p.add_argument("--units", default="")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_assign_add)
    p = sub.add_parser("assignment", help="包案进展和化解：progress / settle / list")
    asub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = asub.add_parser("progress", help="记录包案进展（四包）")
    p.add_argument("id")
    p.add_argument("--duty", required=True, choices=ca.DUTIES)
    p.add_argument("--note", required=True)
    p.add_argument("--on", type=_day)
    p.set_defaults(handler=_assign_progress)
    p = asub.add_parser("settle", help="包案化解结案")
    p.add_argument("id")
    p.add_argument("--result", required=True)
    p.add_argument("--on", type=_day)
    p.set_defaults(handler=_assign_settle)
    p = asub.add_parser("list", help="某事项或某领导的包案")
    p.add_argument("--matter")
    p.add_argument("--leader")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_assign_list)


def _assignment_json(a: ca.AssignmentView) -> dict:
    return {"id": a.id, "matter": a.matter_number, "lead": a.lead, "deputy": a.deputy, "members": a.members,
            "units": a.units, "start": a.start_on, "end": a.end_on, "status": a.status, "result": a.result,
            "deadline": a.deadline, "progress": [{"duty": p.duty, "on": p.on_date, "note": p.note} for p in a.progress]}


def _assignment_line(a: ca.AssignmentView) -> str:
    end = f"至{a.end_on:%Y-%m-%d}" if a.end_on else "起"
    return (f"{a.matter_number}  包案领导{a.lead}  {a.start_on:%Y-%m-%d}{end}  [{a.status_label}]  "
            f"已落实：{'、'.join(a.duties_done) or '无'}  [{a.id}]")


def _assign_add(args, home) -> int:
    view = ca.assign(open_store(home), ca.AssignmentInput(args.number, args.leader, args.start or date.today(),
                                                          args.end, args.deputy, args.members, args.units))
    emit_json(_assignment_json(view)) if args.json else emit(_assignment_line(view))
    return 0


def _assign_progress(args, home) -> int:
    emit(_assignment_line(ca.record_progress(open_store(home), args.id, args.duty, args.note, on=args.on)))
    return 0


def _assign_settle(args, home) -> int:
    emit(_assignment_line(ca.settle(open_store(home), args.id, args.result, on=args.on)))
    return 0


def _assign_list(args, home) -> int:
    store = open_store(home)
    if not (args.matter or args.leader):
        raise DeskError("请指定 --matter 事项编号 或 --leader 领导姓名")
    rows = ca.assignments_for_matter(store, args.matter) if args.matter else ca.assignments_for_leader(store, args.leader)
    if args.json:
        emit_json([_assignment_json(a) for a in rows])
    for a in [] if args.json else rows:
        emit(_assignment_line(a))
    return 0


def _leader(args, home) -> int:
    view = leader_view.leader_overview(open_store(home), args.name)
    if args.json:
        emit_json({"leader": view.leader, "days": [_row_json(r) for r in view.days],
                   "held": [dict(_assignment_json(h.assignment), overdue=h.overdue, days_left=h.days_left)
                            for h in view.held]})
        return 0
    emit(f"{view.leader}：接访日{len(view.days)}个，包案{len(view.held)}件，超期{len(view.overdue)}件")
    for r in view.days:
        emit("  " + _row_line(r))
    for h in view.held:
        emit(f"  {h.assignment.matter_number}  期限{h.deadline or '未定'}  {h.status_text}")
    return 0


# --- 下访 ------------------------------------------------------------------------------------------------------------


def _field_visit(sub) -> None:
    fsub = sub.add_parser("field-visit", help="领导下访：记录、列表、现场登记事项、推进已有事项").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = fsub.add_parser("add", help="记录一次下访")
    p.add_argument("--leader", required=True)
    p.add_argument("--date", type=_day, required=True)
    p.add_argument("--village", required=True)
    p.add_argument("--met", default="", help="接触群众")
    p.add_argument("--problems", default="", help="发现的问题")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_fv_add)
    p = fsub.add_parser("list")
    p.add_argument("--leader")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_fv_list)
    p = fsub.add_parser("open", help="下访中登记新事项（走访）")
    p.add_argument("id")
    p.add_argument("--name", required=True)
    p.add_argument("--content", required=True)
    p.add_argument("--id-number")
    p.add_argument("--phone")
    p.add_argument("--category")
    p.set_defaults(handler=_fv_open)
    p = fsub.add_parser("progress", help="下访中推进已有事项")
    p.add_argument("id")
    p.add_argument("number")
    p.add_argument("--text", required=True)
    p.set_defaults(handler=_fv_progress)


def _fv_line(r: fv.FieldVisitRow) -> str:
    return f"{r.day:%Y-%m-%d}  {r.leader}  {r.village_name}  {r.problems[:30]}  [{r.id}]"


def _fv_add(args, home) -> int:
    row = fv.log_field_visit(open_store(home), fv.FieldVisitInput(args.leader, args.date, args.village, args.met,
                                                                  args.problems))
    emit_json(row) if args.json else emit(_fv_line(row))
    return 0


def _fv_list(args, home) -> int:
    rows = fv.list_field_visits(open_store(home), leader=args.leader)
    if args.json:
        emit_json(rows)
    for r in [] if args.json else rows:
        emit(_fv_line(r))
    return 0


def _fv_open(args, home) -> int:
    result = fv.open_matter(open_store(home), args.id, RegistrationInput(
        name=args.name, request=args.content, id_number=args.id_number, phone=args.phone, category=args.category))
    emit(result.number)
    return 0


def _fv_progress(args, home) -> int:
    fv.record_progress(open_store(home), args.id, args.number, args.text)
    emit(f"已记入 {args.number} 的办理记录")
    return 0


# --- 人民调解 --------------------------------------------------------------------------------------------------------


def _party(text: str, kind: str) -> med.Party:
    """``ROLE:NAME[:ID[:PHONE[:ADDRESS]]]`` (the role may be left out: ``NAME``)."""
    bits = [b.strip() for b in text.replace("：", ":").split(":")]
    if bits[0] not in med.PARTY_ROLES:
        bits.insert(0, "当事人")
    bits += [""] * (5 - len(bits))
    return med.Party(name=bits[1], kind=kind, role=bits[0], id_number=bits[2], phone=bits[3], address=bits[4])


def _mediation(sub) -> None:
    msub = sub.add_parser("mediation", help="人民调解：登记、调解记录、协议、终止、回访、协议书").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = msub.add_parser("open", help="调解登记")
    p.add_argument("--party", action="append", default=[], help="个人当事人 身份:姓名[:身份证号[:电话[:住址]]]")
    p.add_argument("--unit-party", action="append", default=[], help="单位当事人 身份:名称[:信用代码[:电话[:住所]]]")
    p.add_argument("--mediator", action="append", default=[])
    p.add_argument("--source", default="application", choices=list(med.SOURCES))
    p.add_argument("--matter", help="信访事项编号（信访事项转调解）")
    p.add_argument("--date", type=_day, default=None)
    p.add_argument("--facts", default="")
    p.add_argument("--issues", default="")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_med_open)
    p = msub.add_parser("session", help="调解工作记录")
    p.add_argument("number")
    p.add_argument("--date", type=_day, default=None)
    p.add_argument("--notes", required=True)
    p.set_defaults(handler=_med_session)
    p = msub.add_parser("agree", help="调解成功：记录协议")
    p.add_argument("number")
    p.add_argument("--terms", required=True, help="协议内容（多条用换行分隔）")
    p.add_argument("--manner", required=True, help="履行方式")
    p.add_argument("--due", type=_day, required=True, help="履行期限")
    p.add_argument("--date", type=_day, default=None, help="协议日期")
    p.add_argument("--oral", action="store_true", help="口头协议")
    p.add_argument("--facts")
    p.add_argument("--issues")
    p.add_argument("--responsibilities", default="")
    p.set_defaults(handler=_med_agree)
    p = msub.add_parser("fail", help="调解不成：终止并告知途径")
    p.add_argument("number")
    p.add_argument("--route", action="append", default=[], choices=med.FAILURE_ROUTES)
    p.add_argument("--date", type=_day, default=None)
    p.add_argument("--reason", default="")
    p.set_defaults(handler=_med_fail)
    p = msub.add_parser("follow-up", help="履行情况回访")
    p.add_argument("number")
    p.add_argument("--performance", required=True, choices=med.PERFORMANCE)
    p.add_argument("--method", default="电话", choices=med.FOLLOWUP_METHODS)
    p.add_argument("--satisfaction", default="")
    p.add_argument("--notes", default="")
    p.add_argument("--date", type=_day, default=None)
    p.set_defaults(handler=_med_followup)
    p = msub.add_parser("confirm", help="记录当事人已申请司法确认")
    p.add_argument("number")
    p.add_argument("--date", type=_day, default=None)
    p.add_argument("--court", default="")
    p.set_defaults(handler=_med_confirm)
    p = msub.add_parser("show")
    p.add_argument("number")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_med_show)
    p = msub.add_parser("list")
    p.add_argument("--status", choices=list(med.STATUS_LABELS))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_med_list)
    p = msub.add_parser("warnings", help="司法确认期限和调解目标期限提醒")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_med_warnings)
    p = msub.add_parser("agreement", help="生成调解协议书（PDF）")
    p.add_argument("number")
    p.add_argument("--out", required=True)
    p.add_argument("--paper", default="A4", choices=["A4", "A5"])
    p.set_defaults(handler=_med_agreement)


def _med_open(args, home) -> int:
    parties = [_party(t, "个人") for t in args.party] + [_party(t, "单位") for t in args.unit_party]
    number = med.open_case(open_store(home), med.MediationInput(
        parties, args.mediator, args.date or date.today(), args.source, args.matter, args.facts, args.issues))
    emit_json({"number": number}) if args.json else emit(number)
    return 0


def _med_session(args, home) -> int:
    med.add_session(open_store(home), args.number, args.date or date.today(), args.notes)
    emit("已记录")
    return 0


def _med_agree(args, home) -> int:
    med.record_agreement(open_store(home), args.number, med.AgreementInput(
        args.terms.replace("\\n", "\n"), args.manner, args.due, args.date or date.today(),
        "oral" if args.oral else "written", args.facts, args.issues, args.responsibilities))
    emit(f"{args.number}：调解成功")
    return 0


def _med_fail(args, home) -> int:
    med.record_failure(open_store(home), args.number, routes=args.route, on=args.date or date.today(),
                       reason=args.reason)
    emit(f"{args.number}：调解不成，已终止")
    return 0


def _med_followup(args, home) -> int:
    med.add_followup(open_store(home), args.number, on=args.date or date.today(), performance=args.performance,
                     method=args.method, satisfaction=args.satisfaction, notes=args.notes)
    emit(f"{args.number}：{args.performance}")
    return 0


def _med_confirm(args, home) -> int:
    med.record_judicial_confirmation(open_store(home), args.number, on=args.date or date.today(), court=args.court)
    emit(f"{args.number}：已申请司法确认")
    return 0


def _med_show(args, home) -> int:
    d = med.get_case(open_store(home), args.number)
    c = d.case
    data = {
        "number": c.number, "status": c.status, "status_label": d.status_label, "source": d.source_label,
        "applied_on": c.applied_on, "matter": d.matter_number, "mediators": c.mediators,
        "parties": [{"role": p.role, "name": p.name, "kind": p.kind, "id_number": mask_id_number(p.id_number)
                     if p.kind == "个人" else p.id_number, "phone": mask_phone(p.phone)} for p in d.parties],
        "facts": c.facts, "issues": c.issues, "terms": c.terms, "performance_manner": c.performance_manner,
        "performance_due": c.performance_due, "agreed_on": c.agreed_on, "failure_route": c.failure_route,
        "performance": c.performance, "judicial_confirmation_due": d.judicial_due,
        "judicial_confirmation_applied_on": d.judicial_applied_on,
        "sessions": [{"on": s.on_date, "notes": s.notes} for s in d.sessions],
        "followups": [{"on": f.on_date, "performance": f.performance, "method": f.method,
                       "satisfaction": f.satisfaction, "notes": f.notes} for f in d.followups],
        "warnings": [w.message for w in d.warnings],
    }
    if args.json:
        emit_json(data)
        return 0
    emit(f"{c.number}  [{d.status_label}]  {d.source_label}  {med.party_names(c.parties)}")
    for w in d.warnings:
        emit(f"提醒：{w.message}")
    for s in d.sessions:
        emit(f"  {s.on_date}  {s.notes}")
    if c.terms:
        emit(f"协议：{c.terms}")
    for f in d.followups:
        emit(f"  回访 {f.on_date}  {f.performance}  {f.satisfaction}  {f.notes}")
    return 0


def _med_list(args, home) -> int:
    rows = med.list_cases(open_store(home), status=args.status)
    if args.json:
        emit_json(rows)
    for r in [] if args.json else rows:
        emit(f"{r.number}  {r.applied_on}  {r.parties}  [{r.status_label}]  {r.performance}")
    return 0


def _med_warnings(args, home) -> int:
    rows = med.mediation_warnings(open_store(home))
    if args.json:
        emit_json([dict(number=w.number, kind=w.kind, due=w.due, days_left=w.days_left, overdue=w.overdue,
                        message=w.message) for w in rows])
        return 0
    if not rows:
        emit("暂无提醒")
    for w in rows:
        emit(f"{w.number}  {w.message}")
    return 0


def _med_agreement(args, home) -> int:
    pdf = leader_papers.agreement_pdf(open_store(home), args.number, Paper(args.paper))
    _write(args.out, pdf)
    return 0
