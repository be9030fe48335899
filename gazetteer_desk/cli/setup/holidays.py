"""``holiday``: the county's edits to the holiday calendar (节假日、调休上班), which move the time limits."""

from datetime import date

from gazetteer_desk.cli.identity import acting
from gazetteer_desk.cli.output import emit, emit_json, opened_store
from gazetteer_desk.cli.parsing import command, integer, iso_date


def add_commands(sub) -> None:
    command(sub, "holiday", "节假日设置：查看某年的节假日和调休，设为节假日或调休上班，撤销本县的设置", _arguments)


def _arguments(p) -> None:
    p.add_argument("action", choices=("list", "holiday", "workday", "remove", "complete", "incomplete", "roll",
                                      "no-roll"),
                   help="list 查看 / holiday 设为节假日 / workday 设为调休上班 / remove 撤销本县的设置 / "
                        "complete、incomplete 标记 --year 年的节假日已完整录入或撤销 / "
                        "roll、no-roll 期限末日为休息日时顺延至下一工作日或不顺延")
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
        if args.action in ("complete", "incomplete", "roll", "no-roll"):
            return _limit_rule(store, args)
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


def _limit_rule(store, args) -> int:
    from gazetteer_desk.errors import DeskError
    from gazetteer_desk.services.setup import limit_rules

    actor = acting(store, args, "edit_settings")
    if args.action in ("roll", "no-roll"):
        moved = limit_rules.set_rest_day_rollover(store, args.action == "roll", actor=actor)
        emit(("期限末日为休息日的，顺延至下一工作日" if args.action == "roll" else "期限末日为休息日的，不再顺延")
             + f"；{moved} 件在办事项的期限随之调整")
        return 0
    if args.year is None:
        raise DeskError("请用 --year 给出年份")
    years = limit_rules.mark_year_complete(store, args.year, args.action == "complete", actor=actor)
    emit(f"已标记 {args.year} 年节假日" + ("已完整录入" if args.year in years else "尚未完整录入"))
    return 0
