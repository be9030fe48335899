"""``manual --out FILE.pdf``: the 操作手册 as one printable PDF (the same chapters F1 shows in the window)."""

from pathlib import Path

from gazetteer_desk.cli.output import emit, emit_json
from gazetteer_desk.cli.parsing import command


def add_commands(sub) -> None:
    command(sub, "manual", "生成操作手册 PDF（与程序中按 F1 看到的手册相同，可打印）", _arguments)


def _arguments(p) -> None:
    p.add_argument("--out", required=True, type=Path, help="PDF 文件路径，如 操作手册.pdf")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_manual)


def _manual(args, home) -> int:
    from gazetteer_desk.services.help.manual_pdf import build_manual

    built = build_manual(args.out)
    if args.json:
        emit_json({"path": str(built.path), "pages": built.pages, "chapters": built.chapters, "images": built.images})
    else:
        emit(f"已生成操作手册：{built.path}（{built.chapters} 章，{built.pages} 页，{built.images} 幅截图）")
    return 0
