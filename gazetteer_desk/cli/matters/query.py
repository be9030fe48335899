"""``query NUMBER CODE``: a petitioner's progress by the matter number and the 查询码 on the receipt."""

from gazetteer_desk.cli.identity import acting
from gazetteer_desk.cli.output import emit, emit_json, opened_store
from gazetteer_desk.cli.parsing import command


def add_commands(sub) -> None:
    command(sub, "query", "进度查询：凭回执上的事项编号和查询码，告知信访人办理进度（不含个人信息和反映内容）", _arguments)


def _arguments(p) -> None:
    p.add_argument("number", help="事项编号")
    p.add_argument("code", help="查询码（如 ABCD-EFGH，不区分大小写）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_query)


def _query(args, home) -> int:
    from gazetteer_desk.services.matters.progress_query import answer_query

    with opened_store(home) as store:
        answer = answer_query(store, args.number, args.code, acting(store, args, "register"))
    if args.json:
        emit_json(answer.as_dict())
        return 0
    emit(f"{answer.number}  {answer.status}" + (f"  承办单位：{answer.handling_unit}" if answer.handling_unit else ""))
    for step in answer.steps:
        emit(f"  {step.on:%Y-%m-%d}  {step.label}")
    if answer.next_due:
        emit(f"  {answer.next_step}：{answer.next_due:%Y-%m-%d}")
    if answer.papers:
        emit("已出具文书：" + "、".join(f"《{p.title}》（{p.on:%Y-%m-%d}）" for p in answer.papers))
    return 0
