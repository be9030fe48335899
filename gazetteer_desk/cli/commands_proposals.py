"""``proposal``: record a 三项建议 (改进工作 / 完善政策 / 追究责任) on a matter, and whether it was adopted."""

from datetime import date

from ..errors import DeskError
from ..services import proposals
from ..services.figures import PROPOSAL_KINDS
from ..store.migrate import open_store
from .commands_accounts import _cli_actor
from .output import emit, emit_json

ADOPTED = {"yes": True, "no": False, "是": True, "否": False}


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DeskError(f"日期格式应为 年-月-日，如 2025-05-20：{text}") from None


def add_commands(sub) -> None:
    p = sub.add_parser("proposal", help="记录三项建议（改进工作、完善政策、追究责任）及是否采纳")
    p.add_argument("number", help="事项编号")
    p.add_argument("--kind", required=True, help="建议种类：" + "、".join(PROPOSAL_KINDS))
    p.add_argument("--adopted", required=True, help="是否被采纳：yes 或 no")
    p.add_argument("--detail", default="", help="建议内容")
    p.add_argument("--on", help="提出日期（默认今天），如 2025-05-20")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_proposal)


def _proposal(args, home) -> int:
    adopted = ADOPTED.get(args.adopted.strip().lower())
    if adopted is None:
        raise DeskError(f"--adopted 应为 yes 或 no：{args.adopted}")
    on = _day(args.on) if args.on else None
    store = open_store(home)
    text = proposals.record_proposal(store, args.number, args.kind.strip(), adopted=adopted, detail=args.detail,
                                     on=on, actor=_cli_actor())
    if args.json:
        emit_json({"number": args.number, "kind": args.kind.strip(), "adopted": adopted, "detail": args.detail.strip(),
                   "on": on or date.today(), "history": text})
    else:
        emit(f"已记录：{args.number} {text}")
    return 0
