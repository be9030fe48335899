"""``stats`` (figures, 台账 workbook, annual report) and ``import-ledger`` (existing Excel/CSV ledgers)."""

from datetime import date
from pathlib import Path

from gazetteer_desk.errors import DeskError
from gazetteer_desk.cli.identity import acting
from gazetteer_desk.cli.output import emit, emit_json, opened_store
from gazetteer_desk.cli.parsing import command, iso_date


def add_commands(sub) -> None:
    command(sub, "stats", "统计：各项数字、台账Excel、年度报告", _stats_arguments)
    command(sub, "import-ledger", "导入已有的Excel/CSV台账（先检查，确认后才导入）", _import_arguments)


def _stats_arguments(p) -> None:
    p.add_argument("--period", required=True, help="统计期间：2025-03、2025-Q1、2025 或 2025-01-01..2025-03-31")
    p.add_argument("--township", help="乡镇代码（县级数据中只统计该乡镇）")
    p.add_argument("--village", help="村（社区）代码或名称")
    p.add_argument("--category", help="一级问题类别")
    p.add_argument("--as-of", type=iso_date, help="按哪一天判断超期（默认今天）")
    p.add_argument("--json", action="store_true")
    p.add_argument("--xlsx", help="写出台账Excel文件（.xlsx）")
    p.add_argument("--unmasked", action="store_true", help="台账中显示完整证件号码和电话（默认遮蔽）")
    p.add_argument("--annual", action="store_true", help="附年度报告（第四十一条；期间须为整年，如 2025）")
    p.add_argument("--pdf", help="年度报告另存为PDF（与 --annual 同用）")
    p.set_defaults(handler=_stats)


def _import_arguments(p) -> None:
    from gazetteer_desk.services.ledgers import ledger_import

    p.add_argument("file")
    p.add_argument("--sheet", help="工作表名称（默认第一个）")
    p.add_argument("--map", action="append", default=[], metavar="列名=字段",
                   help="指定列对应的字段，如 反映人=name（字段：" + "、".join(ledger_import.FIELDS) + "）")
    p.add_argument("--accept", action="store_true", help="检查无误后导入")
    p.add_argument("--skip-bad", action="store_true", help="与 --accept 同用：跳过有误的行，导入其余")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_import)


def _village_code(store, text: str | None) -> str | None:
    if not text:
        return None
    from gazetteer_desk.services.setup import setup

    for village in setup.villages(store, include_retired=True):
        if text in (village.code, village.name):
            return village.code
    raise DeskError(f"未知的村（社区）“{text}”")


def _stats(args, home) -> int:
    with opened_store(home) as store:
        store.township_code  # noqa: B018  (an uninitialised home says so)
        if args.unmasked:  # the full ID numbers and phones leave the desk: who asked is recorded by the audit
            acting(store, args, "view_full_id")
        else:
            acting(store, args, "view_stats")
        return _stats_in(store, args)


def _stats_in(store, args) -> int:
    from gazetteer_desk.services.ledgers import annual_report, figures, ledger_export
    from gazetteer_desk.services.core.scope import Scope

    filters = {"township_code": args.township, "village_code": _village_code(store, args.village),
               "category": args.category}
    if args.as_of:
        filters["as_of"] = args.as_of
    scope = Scope.period(args.period, **filters)
    report = None
    if args.annual or args.pdf:
        if not (scope.start == date(scope.start.year, 1, 1) and scope.end == date(scope.start.year, 12, 31)):
            raise DeskError("年度报告的统计期间应为整年，如 --period 2025")
        report = annual_report.build_annual_report(store, scope.start.year, township_code=args.township,
                                                   as_of=args.as_of)
    values = report.figures if report else figures.compute(store, scope)
    written = None
    if args.xlsx:
        # the figures just counted, unless the annual report counted its own year for a wider scope
        written = ledger_export.export_ledgers(store, scope, args.xlsx, mask=not args.unmasked, annual=report,
                                               values=values if report is None or report.scope == scope else None)
    if args.pdf:
        annual_report.write_annual_pdf(report, args.pdf)
    if args.json:
        out = {"period": scope.label, "start": scope.start, "end": scope.end, "as_of": scope.as_of,
               "figures": [v.as_json() for v in values]}
        if written:
            out["xlsx"] = {"path": str(written.path), "rows": written.rows}
        if report:
            out["annual"] = [{"heading": h, "items": [{"item": k, "value": v} for k, v in items]}
                             for h, items in report.sections()]
        emit_json(out)
        return 0
    emit(f"统计期间：{scope.label}（超期按 {scope.as_of:%Y-%m-%d} 判断）")
    section = None
    for v in values:
        if v.figure.section != section:
            section = v.figure.section
            emit(f"\n【{section}】")
        emit(f"  {v.figure.label}：{v.as_text()}")
    if report:
        for heading, items in report.sections():
            emit(f"\n{heading}")
            for k, val in items:
                emit(f"  {k}：{val}" if val else f"  {k}")
    if written:
        emit(f"\n已写出台账：{written.path}（" + "，".join(f"{k}{n}行" for k, n in written.rows.items()) + "）")
    if args.pdf:
        emit(f"已写出年度报告：{args.pdf}")
    return 0


def _parse_map(items: list[str]) -> dict[str, str]:
    mapping = {}
    for item in items:
        header, sep, fld = item.partition("=")
        if not sep or not header.strip() or not fld.strip():
            raise DeskError(f"--map 的格式应为 列名=字段：{item}")
        mapping[fld.strip()] = header.strip()
    return mapping


def _import(args, home) -> int:
    with opened_store(home) as store:
        store.township_code  # noqa: B018  (an uninitialised home says so)
        return _import_in(store, args)


def _import_in(store, args) -> int:
    from gazetteer_desk.services.ledgers import ledger_import

    preview = ledger_import.preview(store, Path(args.file), sheet=args.sheet, mapping=_parse_map(args.map))
    result = None
    refused = None
    if args.accept:
        try:
            result = ledger_import.accept(store, preview, skip_bad=args.skip_bad,
                                           actor=acting(store, args, "import_ledger"))
        except DeskError as error:
            refused = error
    if args.json:
        emit_json({
            "file": str(preview.path), "sheet": preview.sheet, "header_row": preview.header_row,
            "mapping": preview.mapping, "unmapped": preview.unmapped, "rows": len(preview.rows),
            "good": len(preview.good), "duplicates": [r.row_number for r in preview.duplicates],
            "bad": [{"row": r.row_number, "errors": r.errors} for r in preview.bad],
            "imported": result.imported if result else 0, "numbers": result.numbers if result else [],
            "error": refused.message if refused else None,
        })
    else:
        emit(f"文件：{preview.path.name}" + (f"，工作表：{preview.sheet}" if preview.sheet else "")
             + f"，表头在第{preview.header_row}行")
        emit("列对应：" + "；".join(f"{ledger_import.FIELD_LABELS[f]}←“{h}”" for f, h in preview.mapping.items()))
        if preview.unmapped:
            emit("未使用的列：" + "、".join(preview.unmapped))
        emit(f"共{len(preview.rows)}行：可导入{len(preview.good)}行，重复{len(preview.duplicates)}行，"
             f"有误{len(preview.bad)}行")
        for r in preview.bad:
            emit(f"  第{r.row_number}行：" + "；".join(r.errors))
        for r in preview.duplicates:
            emit(f"  第{r.row_number}行：已导入过（{'本文件中重复' if r.duplicate == 'file' else '数据中已有'}），跳过")
        if result and not result.imported:
            emit("没有新的事项需要导入")
        elif result:
            emit(f"已导入{result.imported}件事项" + (f"（{result.numbers[0]} 至 {result.numbers[-1]}）" if result.numbers else ""))
        elif not args.accept:
            emit("尚未导入：确认无误后加 --accept 导入" + ("（有误的行可加 --skip-bad 跳过）" if preview.bad else ""))
    if refused:
        raise refused
    if not args.accept and preview.bad:
        return 1  # checked, and some rows need correcting
    return 0
