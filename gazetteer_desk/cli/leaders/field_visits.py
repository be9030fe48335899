"""``field-visit``: 领导下访 — log a visit, list them, register a matter met on the way, advance an existing one."""

from gazetteer_desk.cli.identity import acting
from gazetteer_desk.cli.output import emit, emit_json, opened_store, read_with_store
from gazetteer_desk.cli.parsing import command, iso_date


def add_commands(sub) -> None:
    command(sub, "field-visit", "领导下访：记录、列表、现场登记事项、推进已有事项", _arguments)


def _arguments(parser) -> None:
    fsub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = fsub.add_parser("add", help="记录一次下访")
    p.add_argument("--leader", required=True)
    p.add_argument("--date", type=iso_date, required=True)
    p.add_argument("--village", required=True)
    p.add_argument("--met", default="", help="接触群众")
    p.add_argument("--problems", default="", help="发现的问题")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_add)
    p = fsub.add_parser("list")
    p.add_argument("--leader")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_list)
    p = fsub.add_parser("open", help="下访中登记新事项（走访）")
    p.add_argument("id")
    p.add_argument("--name", required=True)
    p.add_argument("--content", required=True)
    p.add_argument("--id-number")
    p.add_argument("--phone")
    p.add_argument("--category")
    p.set_defaults(handler=_open)
    p = fsub.add_parser("progress", help="下访中推进已有事项")
    p.add_argument("id")
    p.add_argument("number")
    p.add_argument("--text", required=True)
    p.set_defaults(handler=_progress)


def _line(r) -> str:
    return f"{r.day:%Y-%m-%d}  {r.leader}  {r.village_name}  {r.problems[:30]}  [{r.id}]"


def _add(args, home) -> int:
    from gazetteer_desk.services.leaders import field_visits as fv

    data = fv.FieldVisitInput(args.leader, args.date, args.village, args.met, args.problems)
    with opened_store(home) as store:
        row = fv.log_field_visit(store, data, actor=acting(store, args, "leader_work"))
    emit_json(row) if args.json else emit(_line(row))
    return 0


def _list(args, home) -> int:
    from gazetteer_desk.services.leaders import field_visits as fv

    rows = read_with_store(home, lambda store: fv.list_field_visits(store, leader=args.leader))
    if args.json:
        emit_json(rows)
    for r in [] if args.json else rows:
        emit(_line(r))
    return 0


def _open(args, home) -> int:
    from gazetteer_desk.services.leaders import field_visits as fv
    from gazetteer_desk.services.matters.registration import RegistrationInput

    data = RegistrationInput(name=args.name, request=args.content, id_number=args.id_number, phone=args.phone,
                             category=args.category)
    with opened_store(home) as store:
        result = fv.open_matter(store, args.id, data, actor=acting(store, args, "leader_work"))
    emit(result.number)
    return 0


def _progress(args, home) -> int:
    from gazetteer_desk.services.leaders import field_visits as fv

    with opened_store(home) as store:
        fv.record_progress(store, args.id, args.number, args.text, actor=acting(store, args, "leader_work"))
    emit(f"已记入 {args.number} 的办理记录")
    return 0
