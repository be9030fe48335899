"""The down direction (county → township) on the command line: sub-commands of ``bundle …`` and ``county …``."""

from pathlib import Path

from gazetteer_desk.cli.identity import acting
from gazetteer_desk.cli.passphrase import for_keys
from gazetteer_desk.cli.output import emit, emit_json, opened_store, read_with_store
from gazetteer_desk.cli.parsing import iso_date
from gazetteer_desk.cli.sync.key_lines import show_key


def add_bundle_commands(bsub) -> None:
    p = bsub.add_parser("recipient", help="本乡镇的接收公钥（age1…），交县信访办登记，用于县里下发数据包")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_recipient)

    p = bsub.add_parser("county-signing-key", help="登记县信访办的签名公钥（county.pub），只导入它签名的下发数据包")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=_county_signing_key)

    p = bsub.add_parser("import", help="导入县信访办的下发数据包（回执、交办件、复查复核意见、督办、节假日）")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_import_down)

    p = bsub.add_parser("acks", help="本乡镇各数据包在县信访办的导入情况（回执）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_acks)

    p = bsub.add_parser("orders", help="县信访办的交办件和督办（含答复情况）")
    p.add_argument("--open", action="store_true", help="只列出未答复的")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_township_orders)

    p = bsub.add_parser("respond", help="答复县信访办的交办或督办（随下月数据包上报）")
    p.add_argument("reference", metavar="MATTER_OR_ID", help="事项编号，或交办/督办记录编号的开头")
    p.add_argument("--text", required=True, help="办理情况：做了什么、何时办结")
    p.add_argument("--on", type=iso_date, help="答复日期（默认今天）")
    p.set_defaults(handler=_respond)


def add_county_commands(csub) -> None:
    p = csub.add_parser("signing-pubkey", help="写出县信访办的签名公钥（county.pub），交各乡镇登记")
    p.add_argument("--out", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_signing_pubkey)

    p = csub.add_parser("rotate-signing-key", help="更换县信访办签名密钥（下一个下发数据包仍用原密钥签名并带去新公钥）")
    p.set_defaults(handler=_rotate_signing_key)

    p = csub.add_parser("township-recipient", help="登记乡镇的接收公钥（age1…，乡镇 bundle recipient 所示）")
    p.add_argument("code")
    p.add_argument("recipient", metavar="AGE1KEY")
    p.set_defaults(handler=_township_recipient)

    p = csub.add_parser("assign", help="交办件：交办给乡镇办理的信访事项，附办理期限")
    p.add_argument("--township", required=True)
    p.add_argument("--name", required=True, help="信访人姓名")
    p.add_argument("--request", required=True, help="信访请求")
    p.add_argument("--deadline", required=True, type=iso_date, help="办理期限 YYYY-MM-DD")
    p.add_argument("--id-number", default="")
    p.add_argument("--phone", default="")
    p.add_argument("--address", default="")
    p.add_argument("--facts", default="")
    p.add_argument("--category", default="其它")
    p.add_argument("--purpose", default="求决")
    p.add_argument("--instruction", default="", help="交办要求")
    p.add_argument("--on", type=iso_date, help="下达日期（默认今天）")
    p.set_defaults(handler=_assign)

    p = csub.add_parser("supervise", help="督办乡镇的信访事项（--listed 为挂牌督办）")
    p.add_argument("matter", metavar="MATTER_NUMBER")
    p.add_argument("--deadline", required=True, type=iso_date)
    p.add_argument("--instruction", required=True, help="督办要求，如：超期办理，限期答复")
    p.add_argument("--listed", action="store_true", help="挂牌督办")
    p.add_argument("--on", type=iso_date, help="下达日期（默认今天）")
    p.set_defaults(handler=_supervise)

    p = csub.add_parser("decide", help="对乡镇事项作出复查（review）或复核（recheck）意见")
    p.add_argument("matter", metavar="MATTER_NUMBER")
    p.add_argument("--kind", required=True, choices=("review", "recheck"))
    p.add_argument("--outcome", required=True, help="予以支持、解释说明或不予支持")
    p.add_argument("--requested-on", required=True, type=iso_date, help="信访人请求复查/复核的日期")
    p.add_argument("--on", required=True, type=iso_date, help="作出意见的日期")
    p.add_argument("--text", default="")
    p.set_defaults(handler=_decide)

    p = csub.add_parser("holidays-import", help="从文本文件导入节假日表（如下一年的全国节假日和本县的调整），随下发数据包发给各乡镇")
    p.add_argument("file", metavar="FILE", help="每行一天：2027-01-01,节假日,元旦 或 2027-02-06,调休上班")
    p.set_defaults(handler=_holidays_import)

    p = csub.add_parser("orders", help="已下达的交办件和督办，及乡镇的答复情况")
    p.add_argument("--township")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_county_orders)

    p = csub.add_parser("export", help="给乡镇导出下发数据包（回执、交办件、复查复核意见、督办、节假日）")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--township", help="乡镇代码")
    which.add_argument("--all", action="store_true", help="所有已登记的乡镇")
    p.add_argument("--out", required=True, help="导出到的文件夹（U盘）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_export_down)


# --- township -------------------------------------------------------------------------------------------------


def _recipient(args, home) -> int:
    from gazetteer_desk.services.sync import down_keys

    key = read_with_store(home, lambda store: down_keys.township_recipient(store, for_keys(store.home)))
    return show_key(args, {"public_key": key.public_key, "fingerprint": key.fingerprint, "path": str(key.key_path)},
                    f"本乡镇接收公钥：{key.public_key}", key.fingerprint, "县信访办登记时请电话核对")


def _county_signing_key(args, home) -> int:
    from gazetteer_desk.services.sync import down_keys

    with opened_store(home) as store:
        signer = down_keys.set_county_signing_key(store, Path(args.file), actor=acting(store, args, "edit_settings"))
    emit(f"已登记县信访办签名公钥，指纹：{signer.fingerprint}（请与县信访办电话核对）")
    return 0


def _import_down(args, home) -> int:
    from gazetteer_desk.services.sync import down_import

    with opened_store(home) as store:
        report = down_import.import_down(store, Path(args.file), actor=acting(store, args, "export_bundle"),
                                         passphrase=for_keys(store.home))
    if args.json:
        emit_json({**report.__dict__, "file": str(report.file), "exit_code": report.exit_code})
        return report.exit_code
    for line in report.lines():
        emit(line)
    return report.exit_code


def _acks(args, home) -> int:
    from gazetteer_desk.services.sync import acknowledgements

    rows = read_with_store(home, acknowledgements.export_statuses)
    if args.json:
        emit_json(rows)
        return 0
    for row in rows:
        emit(f"第{row.sequence}号  {row.period}  {row.text}")
    if not rows:
        emit("尚未导出过数据包")
    return 1 if any(r.overdue or r.status in ("refused", "mismatch") for r in rows) else 0


def _township_orders(args, home) -> int:
    from gazetteer_desk.services.sync import township_orders

    rows = read_with_store(home, lambda store: township_orders.orders(store, open_only=args.open))
    if args.json:
        emit_json(rows)
        return 0
    for o in rows:
        answer = f"已答复（{o.responded_on:%Y-%m-%d}）：{o.response}" if o.responded_on else (
            "已超期未答复" if o.overdue() else "待答复")
        emit(f"{o.kind}  {o.matter_number}  限 {o.deadline:%Y-%m-%d}  {o.instruction}  {answer}  [{o.id[:8]}]")
    if not rows:
        emit("没有县信访办的交办件或督办")
    return 0


def _respond(args, home) -> int:
    from gazetteer_desk.services.sync import township_orders

    with opened_store(home) as store:
        order = township_orders.respond(store, args.reference, args.text, on=args.on, actor=acting(store, args, "act"))
    emit(f"已答复{order.kind}（{order.matter_number}），将随下月数据包上报县信访办")
    return 0


# --- county ---------------------------------------------------------------------------------------------------


def _signing_pubkey(args, home) -> int:
    from gazetteer_desk.services.sync import down_keys

    key = read_with_store(home, lambda store: down_keys.write_county_public_key(store, Path(args.out),
                                                                                  for_keys(store.home)), county=True)
    return show_key(args, {"path": args.out, "fingerprint": key.fingerprint, "public_key": key.text},
                    f"已写出县信访办签名公钥：{args.out}", key.fingerprint, "各乡镇登记时请电话核对")


def _rotate_signing_key(args, home) -> int:
    from gazetteer_desk.formats import minisign
    from gazetteer_desk.services.core.mode import require_county
    from gazetteer_desk.services.sync import down_keys

    with opened_store(home) as store:
        require_county(store)
        key = down_keys.rotate_county_signing_key(store, actor=acting(store, args, "edit_settings"),
                                                  passphrase=for_keys(store.home))
    emit(f"已更换县信访办签名密钥，新指纹：{minisign.public_key_fingerprint(key)}")
    emit("各乡镇导入下一个下发数据包时自动启用新公钥；请电话告知新指纹以便核对")
    return 0


def _township_recipient(args, home) -> int:
    from gazetteer_desk.formats import age_keys
    from gazetteer_desk.services.sync import down_keys

    with opened_store(home) as store:
        row = down_keys.set_township_recipient(store, args.code, args.recipient,
                                               actor=acting(store, args, "edit_settings"))
    emit(f"已登记{row.name}（{row.code}）的接收公钥，指纹：{age_keys.recipient_fingerprint(row.age_recipient)}")
    return 0


def _assign(args, home) -> int:
    from gazetteer_desk.services.sync import county_orders

    with opened_store(home) as store:
        order = county_orders.assign_matter(store, county_orders.AssignmentInput(
            township_code=args.township, name=args.name, request=args.request, deadline=args.deadline,
            id_number=args.id_number, phone=args.phone, address=args.address, facts=args.facts,
            category=args.category, purpose=args.purpose, instruction=args.instruction, issued_on=args.on),
            actor=acting(store, args, "act"))
    emit(f"已交办给乡镇 {order.township_code}，限 {order.deadline:%Y-%m-%d} 前办结；随下次下发数据包送达  [{order.id[:8]}]")
    return 0


def _supervise(args, home) -> int:
    from gazetteer_desk.services.sync import county_orders

    with opened_store(home) as store:
        order = county_orders.supervise(store, args.matter, args.deadline, args.instruction, listed=args.listed,
                                        issued_on=args.on, actor=acting(store, args, "act"))
    emit(f"已{order.kind}：{order.matter_number}，限 {order.deadline:%Y-%m-%d}；随下次下发数据包送达")
    return 0


def _decide(args, home) -> int:
    from gazetteer_desk.services.sync import county_orders

    with opened_store(home) as store:
        decision = county_orders.decide(store, args.matter, args.kind, args.outcome, decided_on=args.on,
                                        requested_on=args.requested_on, text=args.text,
                                        actor=acting(store, args, "act"))
    emit(f"已记录{decision.matter_number}的{'复查' if decision.kind == 'review' else '复核'}意见：{decision.outcome}；"
         "随下次下发数据包送达")
    return 0


def _holidays_import(args, home) -> int:
    from gazetteer_desk.services.core.mode import require_county
    from gazetteer_desk.services.setup import holiday_table

    with opened_store(home) as store:
        require_county(store)
        result = holiday_table.import_table(store, Path(args.file), actor=acting(store, args, "edit_settings"))
    years = "、".join(str(y) for y in result.years)
    emit(f"已导入 {years} 年节假日表，共 {result.days} 天；随下次下发数据包发给各乡镇")
    return 0


def _county_orders(args, home) -> int:
    from gazetteer_desk.services.sync import county_orders

    rows = read_with_store(home, lambda store: county_orders.orders(store, args.township), county=True)
    if args.json:
        emit_json([{**r.__dict__, "answered": r.answered} for r in rows])
        return 0
    for r in rows:
        emit(f"{r.township_code}  {r.kind}  {r.matter_number or '（待乡镇登记）'}  限 {r.deadline:%Y-%m-%d}  {r.state()}"
             + (f"：{r.response}" if r.response else ""))
    if not rows:
        emit("尚未下达交办件或督办")
    return 0


def _export_down(args, home) -> int:
    from gazetteer_desk.services.sync import down_export

    with opened_store(home) as store:
        actor = acting(store, args, "import_bundle")
        passphrase = for_keys(store.home)
        if args.all:
            results = down_export.export_all(store, Path(args.out), actor=actor, passphrase=passphrase)
            missing = down_export.without_recipient(store)
        else:
            missing = []
            results = [down_export.export_down(store, args.township, Path(args.out), actor=actor,
                                               passphrase=passphrase)]
    if args.json:
        emit_json([{**r.__dict__, "bundle_path": str(r.bundle_path), "signature_path": str(r.signature_path)}
                   for r in results])
        return 0
    for result in results:
        emit(result.line())
    for township in missing:
        emit(f"未下发：{township.name}（{township.code}）尚未登记接收公钥（county township-recipient {township.code} age1…）")
    return 1 if missing else 0
