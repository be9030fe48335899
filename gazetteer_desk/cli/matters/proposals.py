"""``proposal``: record a 三项建议 (改进工作 / 完善政策 / 追究责任) on a matter, and whether it was adopted."""

from datetime import date

from gazetteer_desk.errors import DeskError
from gazetteer_desk.cli.identity import acting
from gazetteer_desk.cli.output import emit, emit_json, opened_store
from gazetteer_desk.cli.parsing import command, iso_date

ADOPTED = {"yes": True, "no": False, "是": True, "否": False}


def add_commands(sub) -> None:
    command(sub, "proposal", "记录三项建议（改进工作、完善政策、追究责任）及是否采纳", _arguments)


def _arguments(p) -> None:
    from gazetteer_desk.services.ledgers.figures import PROPOSAL_KINDS

    p.add_argument("number", help="事项编号")
    p.add_argument("--kind", required=True, help="建议种类：" + "、".join(PROPOSAL_KINDS))
    p.add_argument("--adopted", required=True, help="是否被采纳：yes 或 no")
    p.add_argument("--detail", default="", help="建议内容")
    p.add_argument("--on", type=iso_date, help="提出日期（默认今天），如 2025-05-20")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_proposal)


def _proposal(args, home) -> int:
    from gazetteer_desk.services.matters import proposals

    adopted = ADOPTED.get(args.adopted.strip().lower())
    if adopted is None:
        raise DeskError(f"--adopted 应为 yes 或 no：{args.adopted}")
    with opened_store(home) as store:
        text = proposals.record_proposal(store, args.number, args.kind.strip(), adopted=adopted,
                                         detail=args.detail, on=args.on,
                                         actor=acting(store, args, "record_proposal"))
    if args.json:
        emit_json({"number": args.number, "kind": args.kind.strip(), "adopted": adopted, "detail": args.detail.strip(),
                   "on": args.on or date.today(), "history": text})
    else:
        emit(f"已记录：{args.number} {text}")
    return 0
