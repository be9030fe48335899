"""``mediation``: 人民调解 — registration, sessions, agreement or failure, follow-up, 司法确认, the agreement PDF."""

from datetime import date

from gazetteer_desk.domain.masking import mask_id_number, mask_phone
from gazetteer_desk.cli.identity import acting
from gazetteer_desk.cli.output import emit, emit_json, opened_store, read_with_store, write_file
from gazetteer_desk.cli.parsing import command, iso_date


def add_commands(sub) -> None:
    command(sub, "mediation", "人民调解：登记、调解记录、协议、终止、回访、协议书", _arguments)


def _arguments(parser) -> None:
    from gazetteer_desk.services.mediation import mediation as med

    msub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = msub.add_parser("open", help="调解登记")
    p.add_argument("--party", action="append", default=[], help="个人当事人 身份:姓名[:身份证号[:电话[:住址]]]")
    p.add_argument("--unit-party", action="append", default=[], help="单位当事人 身份:名称[:信用代码[:电话[:住所]]]")
    p.add_argument("--mediator", action="append", default=[])
    p.add_argument("--source", default="application", choices=list(med.SOURCES))
    p.add_argument("--matter", help="信访事项编号（信访事项转调解）")
    p.add_argument("--date", type=iso_date, default=None)
    p.add_argument("--facts", default="")
    p.add_argument("--issues", default="")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_open)
    p = msub.add_parser("session", help="调解工作记录")
    p.add_argument("number")
    p.add_argument("--date", type=iso_date, default=None)
    p.add_argument("--notes", required=True)
    p.set_defaults(handler=_session)
    p = msub.add_parser("agree", help="调解成功：记录协议")
    p.add_argument("number")
    p.add_argument("--terms", required=True, help="协议内容（多条用换行分隔）")
    p.add_argument("--manner", required=True, help="履行方式")
    p.add_argument("--due", type=iso_date, required=True, help="履行期限")
    p.add_argument("--date", type=iso_date, default=None, help="协议日期")
    p.add_argument("--oral", action="store_true", help="口头协议")
    p.add_argument("--facts")
    p.add_argument("--issues")
    p.add_argument("--responsibilities", default="")
    p.set_defaults(handler=_agree)
    p = msub.add_parser("fail", help="调解不成：终止并告知途径")
    p.add_argument("number")
    p.add_argument("--route", action="append", default=[], choices=med.FAILURE_ROUTES)
    p.add_argument("--date", type=iso_date, default=None)
    p.add_argument("--reason", default="")
    p.set_defaults(handler=_fail)
    p = msub.add_parser("follow-up", help="履行情况回访")
    p.add_argument("number")
    p.add_argument("--performance", required=True, choices=med.PERFORMANCE)
    p.add_argument("--method", default="电话", choices=med.FOLLOWUP_METHODS)
    p.add_argument("--satisfaction", default="")
    p.add_argument("--notes", default="")
    p.add_argument("--date", type=iso_date, default=None)
    p.set_defaults(handler=_followup)
    p = msub.add_parser("confirm", help="记录当事人已申请司法确认")
    p.add_argument("number")
    p.add_argument("--date", type=iso_date, default=None)
    p.add_argument("--court", default="")
    p.set_defaults(handler=_confirm)
    p = msub.add_parser("show")
    p.add_argument("number")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_show)
    p = msub.add_parser("list")
    p.add_argument("--status", choices=list(med.STATUS_LABELS))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_list)
    p = msub.add_parser("warnings", help="司法确认期限和调解目标期限提醒")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_warnings)
    p = msub.add_parser("agreement", help="生成调解协议书（PDF）")
    p.add_argument("number")
    p.add_argument("--out", required=True)
    p.add_argument("--paper", default="A4", choices=["A4", "A5"])
    p.set_defaults(handler=_agreement)


def _party(text: str, kind: str):
    """``ROLE:NAME[:ID[:PHONE[:ADDRESS]]]`` (the role may be left out: ``NAME``)."""
    from gazetteer_desk.services.mediation import mediation as med

    bits = [b.strip() for b in text.replace("：", ":").split(":")]
    if bits[0] not in med.PARTY_ROLES:
        bits.insert(0, "当事人")
    bits += [""] * (5 - len(bits))
    return med.Party(name=bits[1], kind=kind, role=bits[0], id_number=bits[2], phone=bits[3], address=bits[4])


def _open(args, home) -> int:
    from gazetteer_desk.services.mediation import mediation as med

    parties = [_party(t, "个人") for t in args.party] + [_party(t, "单位") for t in args.unit_party]
    data = med.MediationInput(parties, args.mediator, args.date or date.today(), args.source, args.matter,
                              args.facts, args.issues)
    with opened_store(home) as store:
        number = med.open_case(store, data, actor=acting(store, args, "mediation"))
    emit_json({"number": number}) if args.json else emit(number)
    return 0


def _session(args, home) -> int:
    from gazetteer_desk.services.mediation import mediation as med

    with opened_store(home) as store:
        acting(store, args, "mediation")
        med.add_session(store, args.number, args.date or date.today(), args.notes)
    emit("已记录")
    return 0


def _agree(args, home) -> int:
    from gazetteer_desk.services.mediation import mediation as med

    data = med.AgreementInput(args.terms.replace("\\n", "\n"), args.manner, args.due, args.date or date.today(),
                              "oral" if args.oral else "written", args.facts, args.issues, args.responsibilities)
    with opened_store(home) as store:
        med.record_agreement(store, args.number, data, actor=acting(store, args, "mediation"))
    emit(f"{args.number}：调解成功")
    return 0


def _fail(args, home) -> int:
    from gazetteer_desk.services.mediation import mediation as med

    with opened_store(home) as store:
        med.record_failure(store, args.number, routes=args.route, on=args.date or date.today(), reason=args.reason,
                           actor=acting(store, args, "mediation"))
    emit(f"{args.number}：调解不成，已终止")
    return 0


def _followup(args, home) -> int:
    from gazetteer_desk.services.mediation import mediation as med

    with opened_store(home) as store:
        med.add_followup(store, args.number, on=args.date or date.today(), performance=args.performance,
                         method=args.method, satisfaction=args.satisfaction, notes=args.notes,
                         actor=acting(store, args, "mediation"))
    emit(f"{args.number}：{args.performance}")
    return 0


def _confirm(args, home) -> int:
    from gazetteer_desk.services.mediation import mediation as med

    with opened_store(home) as store:
        acting(store, args, "mediation")
        med.record_judicial_confirmation(store, args.number, on=args.date or date.today(), court=args.court)
    emit(f"{args.number}：已申请司法确认")
    return 0


def _show(args, home) -> int:
    from gazetteer_desk.services.mediation import mediation as med

    d = read_with_store(home, lambda store: med.get_case(store, args.number))
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


def _list(args, home) -> int:
    from gazetteer_desk.services.mediation import mediation as med

    rows = read_with_store(home, lambda store: med.list_cases(store, status=args.status))
    if args.json:
        emit_json(rows)
    for r in [] if args.json else rows:
        emit(f"{r.number}  {r.applied_on}  {r.parties}  [{r.status_label}]  {r.performance}")
    return 0


def _warnings(args, home) -> int:
    from gazetteer_desk.services.mediation import mediation as med

    rows = read_with_store(home, med.mediation_warnings)
    if args.json:
        emit_json([dict(number=w.number, kind=w.kind, due=w.due, days_left=w.days_left, overdue=w.overdue,
                        message=w.message) for w in rows])
        return 0
    if not rows:
        emit("暂无提醒")
    for w in rows:
        emit(f"{w.number}  {w.message}")
    return 0


def _agreement(args, home) -> int:
    from gazetteer_desk.documents.model import Paper
    from gazetteer_desk.services.leaders import leader_papers

    pdf = read_with_store(home, lambda store: leader_papers.agreement_pdf(store, args.number, Paper(args.paper)))
    write_file(args.out, pdf)
    return 0
