"""``assign``, ``assignment`` (领导包案: progress, settle, list) and ``leader`` (a leader's days and cases)."""

from datetime import date

from gazetteer_desk.errors import DeskError
from gazetteer_desk.cli.leaders.reception_days import row_json, row_line
from gazetteer_desk.cli.identity import acting
from gazetteer_desk.cli.output import emit, emit_json, opened_store, read_with_store
from gazetteer_desk.cli.parsing import command, iso_date


def add_commands(sub) -> None:
    command(sub, "assign", "领导包案：指定包案领导、副包案人、成员、参与单位和期限", _assign_arguments)
    command(sub, "assignment", "包案进展和化解：progress / settle / list", _assignment_arguments)
    command(sub, "leader", "领导工作台：我的接访日、我的包案、超期事项", _leader_arguments)


def _assign_arguments(p) -> None:
    p.add_argument("number", help="信访事项编号")
    p.add_argument("--leader", required=True)
    p.add_argument("--start", type=iso_date, default=None, help="开始日期（默认今天）")
    p.add_argument("--end", type=iso_date, help="结束日期")
    p.add_argument("--deputy")
    p.add_argument("--members", default="")
    p.add_argument("--units", default="")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_assign)


def _assignment_arguments(parser) -> None:
    from gazetteer_desk.services.leaders import case_assignments as ca

    asub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = asub.add_parser("progress", help="记录包案进展（四包）")
    p.add_argument("id")
    p.add_argument("--duty", required=True, choices=ca.DUTIES)
    p.add_argument("--note", required=True)
    p.add_argument("--on", type=iso_date)
    p.set_defaults(handler=_progress)
    p = asub.add_parser("settle", help="包案化解结案")
    p.add_argument("id")
    p.add_argument("--result", required=True)
    p.add_argument("--on", type=iso_date)
    p.set_defaults(handler=_settle)
    p = asub.add_parser("list", help="某事项或某领导的包案")
    p.add_argument("--matter")
    p.add_argument("--leader")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_list)


def _leader_arguments(p) -> None:
    p.add_argument("name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_leader)


def _json(a) -> dict:
    return {"id": a.id, "matter": a.matter_number, "lead": a.lead, "deputy": a.deputy, "members": a.members,
            "units": a.units, "start": a.start_on, "end": a.end_on, "status": a.status, "result": a.result,
            "deadline": a.deadline, "progress": [{"duty": p.duty, "on": p.on_date, "note": p.note} for p in a.progress]}


def _line(a) -> str:
    end = f"至{a.end_on:%Y-%m-%d}" if a.end_on else "起"
    return (f"{a.matter_number}  包案领导{a.lead}  {a.start_on:%Y-%m-%d}{end}  [{a.status_label}]  "
            f"已落实：{'、'.join(a.duties_done) or '无'}  [{a.id}]")


def _assign(args, home) -> int:
    from gazetteer_desk.services.leaders import case_assignments as ca

    data = ca.AssignmentInput(args.number, args.leader, args.start or date.today(), args.end, args.deputy,
                              args.members, args.units)
    with opened_store(home) as store:
        view = ca.assign(store, data, actor=acting(store, args, "leader_work"))
    emit_json(_json(view)) if args.json else emit(_line(view))
    return 0


def _progress(args, home) -> int:
    from gazetteer_desk.services.leaders import case_assignments as ca

    with opened_store(home) as store:
        view = ca.record_progress(store, args.id, args.duty, args.note, on=args.on,
                                  actor=acting(store, args, "leader_work"))
    emit(_line(view))
    return 0


def _settle(args, home) -> int:
    from gazetteer_desk.services.leaders import case_assignments as ca

    with opened_store(home) as store:
        view = ca.settle(store, args.id, args.result, on=args.on, actor=acting(store, args, "leader_work"))
    emit(_line(view))
    return 0


def _list(args, home) -> int:
    from gazetteer_desk.services.leaders import case_assignments as ca

    if not (args.matter or args.leader):
        raise DeskError("请指定 --matter 事项编号 或 --leader 领导姓名")
    with opened_store(home) as store:
        rows = (ca.assignments_for_matter(store, args.matter) if args.matter
                else ca.assignments_for_leader(store, args.leader))
    if args.json:
        emit_json([_json(a) for a in rows])
    for a in [] if args.json else rows:
        emit(_line(a))
    return 0


def _leader(args, home) -> int:
    from gazetteer_desk.services.leaders import leader_view

    view = read_with_store(home, lambda store: leader_view.leader_overview(store, args.name))
    if args.json:
        emit_json({"leader": view.leader, "days": [row_json(r) for r in view.days],
                   "held": [dict(_json(h.assignment), overdue=h.overdue, days_left=h.days_left)
                            for h in view.held]})
        return 0
    emit(f"{view.leader}：接访日{len(view.days)}个，包案{len(view.held)}件，超期{len(view.overdue)}件")
    for r in view.days:
        emit("  " + row_line(r))
    for h in view.held:
        emit(f"  {h.assignment.matter_number}  期限{h.deadline or '未定'}  {h.status_text}")
    return 0
