"""``holiday``: the county's edits to the holiday calendar (节假日、调休上班), which move the time limits."""

from datetime import date

from gazetteer_desk.cli.identity import acting
from gazetteer_desk.cli.output import emit, emit_json, opened_store
from gazetteer_desk.cli.parsing import command, integer, iso_date


def add_commands(sub) -> None:
    command(sub, "holiday", "节假日设置：查看某年的节假日和调休，设为节假日或调休上班，撤销本县的设置", _arguments)


def _arguments(p) -> None:
    p.add_argument("action", choices=("list", "holiday", "workday", "remove"),
                   help="list 查看 / holiday 设为节假日 / workday 设为调休上班 / remove 撤销本县的设置")
    p.add_argument("day", nargs="?", type=iso_date, help="日期 YYYY-MM-DD（list 时可省略）")
    p.add_argument("--name", default="", help="名称，如 春节、调休上班")
    p.add_argument("--year", type=integer, help="list 的年份（默认今年）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_holiday)


def _holiday(args, home) -> int:
    from gazetteer_desk.errors import DeskError
    from gazetteer_desk.services.setup import holidays

    with opened_store(home) as store:
        if args.action == "list":
            days = holidays.year_days(store, args.year or (args.day or date.today()).year)
            if args.json:
                emit_json([{"day": d.day, "holiday": d.is_holiday, "name": d.name, "edited": d.edited} for d in days])
            for d in [] if args.json else days:
                emit(f"{d.day:%Y-%m-%d}  {'节假日' if d.is_holiday else '调休上班'}  {d.name}"
                     + ("  （本县设置）" if d.edited else ""))
            return 0
        if args.day is None:
            raise DeskError("请给出日期 YYYY-MM-DD")
        actor = acting(store, args, "edit_settings")
        if args.action == "remove":
            moved = holidays.remove_day(store, args.day, actor=actor)
        else:
            moved = holidays.set_day(store, args.day, is_holiday=args.action == "holiday", name=args.name, actor=actor)
    if args.json:
        emit_json({"day": args.day, "action": args.action, "limits_moved": moved})
    else:
        emit(f"已保存 {args.day:%Y-%m-%d}；{moved} 件在办事项的期限随之调整")
    return 0
