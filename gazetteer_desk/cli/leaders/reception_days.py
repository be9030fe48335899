"""``reception-day``: 领导接访日 — schedule, month list, the day's visits, 领导批示, the public schedule (PDF)."""

from datetime import date

from gazetteer_desk.cli.identity import acting
from gazetteer_desk.cli.output import emit, emit_json, opened_store, read_with_store, write_file
from gazetteer_desk.cli.parsing import command, iso_date, month, this_month

def add_commands(sub) -> None:
    command(sub, "reception-day", "领导接访日：安排、列表、当日接访、领导批示、公示表", _arguments)


def _arguments(parser) -> None:
    from gazetteer_desk.services.leaders import reception_days as rd

    rsub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = rsub.add_parser("add", help="安排领导接访日")
    p.add_argument("--leader", required=True)
    p.add_argument("--date", required=True, type=iso_date)
    p.add_argument("--start", default="09:00")
    p.add_argument("--end", default="12:00")
    p.add_argument("--place", required=True)
    p.add_argument("--form", default="定点接访", help="、".join(rd.FORMS))
    p.add_argument("--liaison", default="")
    p.add_argument("--phone", default="", help="联络员电话")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_add)
    p = rsub.add_parser("list", help="某月的接访安排")
    p.add_argument("--month", type=month, help="YYYY-MM（默认本月）")
    p.add_argument("--leader")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_list)
    p = rsub.add_parser("show", help="接访日当天：来访群众和领导批示")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_show)
    p = rsub.add_parser("instruct", help="记录领导批示（记录人为执行命令的账户）")
    p.add_argument("id")
    p.add_argument("number", help="信访事项编号")
    p.add_argument("--text", required=True)
    p.set_defaults(handler=_instruct)
    p = rsub.add_parser("notice", help="打印本月领导接访安排表（PDF）")
    p.add_argument("--month", type=month)
    p.add_argument("--out", required=True)
    p.set_defaults(handler=_notice)


def row_json(r) -> dict:
    return {"id": r.id, "date": r.day, "start": r.start_time, "end": r.end_time, "leader": r.leader, "post": r.post,
            "portfolio": r.portfolio, "place": r.place, "form": r.form, "liaison": r.liaison,
            "liaison_phone": r.liaison_phone, "visits": r.visit_count}


def row_line(r) -> str:
    return f"{r.day:%Y-%m-%d} {r.time_label}  {r.leader}（{r.post}）  {r.place}  {r.form}  来访{r.visit_count}批  [{r.id}]"


def _add(args, home) -> int:
    from gazetteer_desk.services.leaders import reception_days as rd

    data = rd.ReceptionDayInput(args.leader, args.date, args.start, args.end, args.place, args.form, args.liaison,
                                args.phone)
    with opened_store(home) as store:
        row = rd.schedule(store, data, actor=acting(store, args, "leader_work"))
    emit_json(row_json(row)) if args.json else emit(row_line(row))
    return 0


def _list(args, home) -> int:
    from gazetteer_desk.services.leaders import reception_days as rd

    rows = read_with_store(home, lambda store: rd.month_schedule(store, *(args.month or this_month()),
                                                                 leader=args.leader))
    if args.json:
        emit_json([row_json(r) for r in rows])
        return 0
    if not rows:
        emit("本月暂无领导接访安排")
    for r in rows:
        emit(row_line(r))
    return 0


def _show(args, home) -> int:
    from gazetteer_desk.services.leaders import reception_days as rd

    with opened_store(home) as store:
        page = rd.day_page(store, args.id)
    if args.json:
        emit_json({"day": row_json(page.day),
                   "visits": [{"number": v.matter_number, "name": v.name, "at": v.visited_at, "people": v.people_count,
                               "category": v.category, "request": v.request, "status": v.status_label}
                              for v in page.visits],
                   "instructions": [{"number": i.matter_number, "text": i.text, "actor": i.actor, "at": i.at}
                                    for i in page.instructions]})
        return 0
    emit(row_line(page.day))
    emit(f"来访群众（{len(page.visits)}批）：")
    for v in page.visits:
        emit(f"  {v.matter_number}  {v.name}  {v.category}  {v.request[:30]}  [{v.status_label}]")
    emit("领导批示：" if page.instructions else "领导批示：无")
    for i in page.instructions:
        emit(f"  {i.matter_number}  {i.text}")
    return 0


def _instruct(args, home) -> int:
    from gazetteer_desk.services.leaders import reception_days as rd

    with opened_store(home) as store:
        rd.record_instruction(store, args.id, args.number, args.text, actor=acting(store, args, "leader_work"))
    emit(f"已记入 {args.number} 的办理记录")
    return 0


def _notice(args, home) -> int:
    from gazetteer_desk.services.leaders import leader_papers

    with opened_store(home) as store:
        pdf = leader_papers.schedule_notice_pdf(store, *(args.month or this_month()), date.today())
    write_file(args.out, pdf)
    return 0
