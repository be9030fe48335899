"""``receipt``: a receipt or notice of a matter as a PDF file."""

import sys
from pathlib import Path

from gazetteer_desk.cli.identity import acting
from gazetteer_desk.cli.output import emit, emit_json, opened_store
from gazetteer_desk.cli.parsing import command

PAPERS = ("a4", "a5", "thermal")


def add_commands(sub) -> None:
    command(sub, "receipt", "出具回执或告知书（PDF）", _arguments)


def _arguments(p) -> None:
    from gazetteer_desk.services.matters import receipts

    p.add_argument("number", help="事项编号")
    p.add_argument("--kind", default="receipt", choices=list(receipts.KIND_KEYS),
                   help="receipt 回执 / accept 受理告知书 / reject 不予受理告知书 / no-longer 不再受理告知书 / "
                        "extend 延期办理告知书 / opinion 处理意见书 / review-opinion 复查意见书 / "
                        "recheck-opinion 复核意见书")
    p.add_argument("--paper", choices=PAPERS, help="纸张：a4 / a5 / thermal（默认：上次使用的纸张）")
    p.add_argument("--out", required=True, type=Path, help="输出的PDF文件")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_receipt)


def _receipt(args, home) -> int:
    from gazetteer_desk.documents.model import Paper
    from gazetteer_desk.services.matters import receipts
    from gazetteer_desk.services.matters.matter_detail import get_matter  # not .matters: no ORM for a receipt

    paper = {"a4": Paper.A4, "a5": Paper.A5, "thermal": Paper.THERMAL_80}[args.paper] if args.paper else None
    with opened_store(home) as store:
        warning = get_matter(store, args.number).calendar_warning
        if warning:  # said before the paper is made: its limits may move once the holidays are entered
            print(f"注意：{warning}", file=sys.stderr)
        document = receipts.save_pdf(store, args.number, receipts.parse_kind(args.kind), args.out, paper,
                                     actor=acting(store, args))
        if paper:
            receipts.remember_paper(store, paper)
    if args.json:
        emit_json({"number": document.number, "kind": document.kind.value, "paper": document.paper.value,
                   "out": str(args.out), "bytes": len(document.pdf)})
    else:
        emit(f"已生成《{document.title}》：{args.out}")
    return 0
