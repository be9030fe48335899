"""``bundle …`` (township: keys and monthly export) and ``county …`` (county office: keys, townships, import)."""

from pathlib import Path

from gazetteer_desk.cli.identity import acting
from gazetteer_desk.cli.passphrase import for_keys, new_passphrase
from gazetteer_desk.cli.sync import down
from gazetteer_desk.cli.sync.key_lines import show_key
from gazetteer_desk.cli.output import emit, emit_json, opened_store, read_with_store
from gazetteer_desk.cli.parsing import command, integer


def add_commands(sub) -> None:
    command(sub, "bundle", "同步数据包（乡镇）：设置县级公钥、导出本乡镇公钥、每月导出", _bundle_arguments)
    command(sub, "county", "县信访办：初始化、登记乡镇、导入数据包、汇总", _county_arguments)
    command(sub, "keys", "本机密钥：用密钥口令加密保存（口令取自终端输入或环境变量 GAZETTEER_KEY_PASSPHRASE）",
            _keys_arguments)


def _keys_arguments(k) -> None:
    ksub = k.add_subparsers(dest="keys_command", metavar="COMMAND", required=True)
    p = ksub.add_parser("status", help="本机各私钥是否已用口令加密保存")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_keys_status)
    p = ksub.add_parser("protect", help="用密钥口令加密保存尚未加密的私钥（旧版本设置的数据目录）")
    p.set_defaults(handler=_keys_protect)
    p = ksub.add_parser("passphrase", help="更改密钥口令（原口令取自 GAZETTEER_KEY_PASSPHRASE，新口令取自 "
                                           "GAZETTEER_NEW_KEY_PASSPHRASE，或在终端中输入）")
    p.set_defaults(handler=_keys_passphrase)


def _bundle_arguments(bundle) -> None:
    bsub = bundle.add_subparsers(dest="bundle_command", metavar="COMMAND", required=True)

    p = bsub.add_parser("county-key", help="设置县信访办的公钥（age1…）")
    p.add_argument("key", metavar="AGE1KEY")
    p.add_argument("--backup-key", help="可选：离线备份密钥的公钥（age1…），数据包同时加密给它")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_county_key)

    p = bsub.add_parser("pubkey", help="写出本乡镇的签名公钥（minisign .pub），交县信访办登记")
    p.add_argument("--out", required=True, help="公钥文件路径，如 /media/u盘/500235101.pub")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_pubkey)

    p = bsub.add_parser("export", help="导出本月数据包到U盘")
    p.add_argument("--out", required=True, help="导出到的文件夹（U盘）")
    p.add_argument("--period", help="期间 YYYY-MM（默认本月）")
    p.add_argument("--again", type=integer, metavar="SEQ", help="重新导出已导出过的第SEQ号数据包（内容完全相同）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_export)

    p = bsub.add_parser("list", help="列出已导出的数据包")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_list_exports)

    down.add_bundle_commands(bsub)  # the county's down bundle: keys, import, acknowledgements, orders


def _county_arguments(c) -> None:
    csub = c.add_subparsers(dest="county_command", metavar="COMMAND", required=True)

    p = csub.add_parser("init", help="初始化县信访办数据目录并生成县级私钥")
    p.add_argument("--county-code", help="6位县级代码，如 500235")
    p.add_argument("--county-name", default="")
    p.add_argument("--database", metavar="URL",
                   help="县级数据库放在 PostgreSQL 服务器上：postgresql://用户@主机:端口/数据库（不写密码；"
                        "密码由环境变量 GAZETTEER_DB_PASSWORD 提供或运行时输入）。不指定则用本机 SQLite 文件")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_county_init)

    p = csub.add_parser("add-township", help="登记乡镇的签名公钥")
    p.add_argument("--code", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--key", required=True, help="乡镇的 .pub 公钥文件")
    p.add_argument("--recipient", metavar="AGE1KEY", help="乡镇的接收公钥（bundle recipient 所示），用于下发数据包")
    p.set_defaults(handler=_add_township)

    p = csub.add_parser("revoke-township", help="吊销乡镇的签名公钥（此后其数据包一律拒绝）")
    p.add_argument("code")
    p.set_defaults(handler=_revoke_township)

    p = csub.add_parser("import", help="导入乡镇数据包",
                        description="每个数据包单独导入、单独报告。退出码：0 全部导入；1 有数据包暂存待补；"
                                    "10+N 有 N 个数据包被拒绝（如 12 表示拒绝了2个）")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_import)

    p = csub.add_parser("townships", help="各乡镇数据包与事项汇总")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_townships)

    p = csub.add_parser("cross-petitioners", help="在多个乡镇都有信访事项的人员（越级、重复访预警）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_cross)

    p = csub.add_parser("migrate-store", help="把县级数据库从本机 SQLite 文件迁移到 PostgreSQL 服务器（全部复制并核对行数）")
    p.add_argument("--to", required=True, metavar="URL", help="空的 PostgreSQL 数据库：postgresql://用户@主机:端口/数据库")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_migrate_store)

    down.add_county_commands(csub)  # the down bundle: keys, orders, decisions, export


def _county_key(args, home) -> int:
    from gazetteer_desk.services.sync import bundle_keys

    with opened_store(home) as store:
        acting(store, args, "edit_settings")
        key = bundle_keys.set_county_key(store, args.key, args.backup_key)
    if args.json:
        emit_json(key)
        return 0
    emit(f"已设置县信访办公钥：{key.public_key}")
    emit(f"指纹：{key.fingerprint}（请与县信访办电话核对）")
    if key.backup_key:
        emit(f"备份公钥：{key.backup_key}，指纹：{key.backup_fingerprint}")
    return 0


def _pubkey(args, home) -> int:
    from gazetteer_desk.services.sync import bundle_keys

    pub = read_with_store(home, lambda store: bundle_keys.write_public_key(store, Path(args.out),
                                                                                  for_keys(store.home)))
    return show_key(args, {"path": str(Path(args.out)), "fingerprint": pub.fingerprint, "public_key": pub.text},
                    f"已写出本乡镇签名公钥：{args.out}", pub.fingerprint, "县信访办登记时请电话核对")


def _export(args, home) -> int:
    from gazetteer_desk.services.sync import bundle_export

    with opened_store(home) as store:
        actor = acting(store, args, "export_bundle")
        if args.again is not None:
            result = bundle_export.export_again(store, args.again, Path(args.out), actor=actor)
        else:
            result = bundle_export.export_bundle(store, Path(args.out), args.period, actor=actor,
                                                 passphrase=for_keys(store.home))
    if args.json:
        emit_json({"sequence": result.sequence, "period": result.period, "bundle": str(result.bundle_path),
                   "signature": str(result.signature_path), "records": result.record_count,
                   "counts": result.counts, "sha256": result.file_hash, "again": result.again,
                   "notice": result.notice})
        return 0
    if result.notice:
        emit(result.notice)
    emit(str(result.bundle_path))
    emit(str(result.signature_path))
    what = "重新导出" if result.again else "已导出"
    emit(f"{what}第{result.sequence}号数据包（{result.period}），共 {result.record_count} 条记录")
    return 0


def _list_exports(args, home) -> int:
    from gazetteer_desk.services.sync import bundle_export

    rows = read_with_store(home, bundle_export.exports)
    if args.json:
        emit_json([row.model_dump() for row in rows])
        return 0
    for row in rows:
        emit(f"第{row.sequence}号  {row.period}  {row.record_count} 条  {row.file_name}")
    if not rows:
        emit("尚未导出过数据包")
    return 0


def _county_init(args, home) -> int:
    from gazetteer_desk.services.sync import county

    from gazetteer_desk.services.sync import key_store

    passphrase, repeat = new_passphrase()
    key_store.check_new_passphrase(passphrase, repeat)  # before anything is made
    identity = county.init_county(home, args.county_code, args.county_name, passphrase, database=args.database)
    on_server = identity.store.on_server
    identity.store.close()
    if args.json:
        emit_json({"key_path": str(identity.key_path), "public_key": identity.public_key,
                   "fingerprint": identity.fingerprint, "created": identity.created,
                   "database": args.database and county.store_location(home)})
        return 0
    if on_server:
        emit(f"县级数据库：{county.store_location(home)}")
    emit(f"县信访办私钥：{identity.key_path}（请妥善备份，切勿外传）")
    emit(f"县信访办公钥：{identity.public_key}")
    emit(f"指纹：{identity.fingerprint}（各乡镇设置公钥时请电话核对）")
    return 0


def _migrate_store(args, home) -> int:
    from gazetteer_desk.services.sync import store_move

    moved = store_move.move_to_server(home, args.to)
    if args.json:
        emit_json({"database": moved.url, "rows": moved.counts, "kept_copy": str(moved.kept_copy)})
        return 0
    for table, rows in moved.counts.items():
        if rows:
            emit(f"{table}：{rows} 行")
    emit(f"已迁移到 {moved.url}，共 {sum(moved.counts.values())} 行，行数核对一致；"
         f"原数据库已另存为 {moved.kept_copy}")
    return 0


def _add_township(args, home) -> int:
    from gazetteer_desk.services.sync import county

    from gazetteer_desk.services.sync import down_keys

    recipient = down_keys.parse_township_recipient(args.recipient) if args.recipient else ""
    with opened_store(home) as store:
        acting(store, args, "edit_settings")
        row = county.add_township(store, args.code, args.name, Path(args.key))
        if recipient:
            row = down_keys.set_township_recipient(store, row.code, recipient)
    emit(f"已登记：{row.name}（{row.code}），公钥指纹：{row.key_fingerprint}")
    return 0


def _revoke_township(args, home) -> int:
    from gazetteer_desk.services.sync import county

    with opened_store(home) as store:
        acting(store, args, "edit_settings")
        row = county.revoke_township(store, args.code)
    emit(f"已吊销：{row.name}（{row.code}）的签名公钥，此后其数据包将被拒绝")
    return 0


def _import(args, home) -> int:
    from gazetteer_desk.services.sync import bundle_import

    with opened_store(home) as store:
        result = bundle_import.import_bundles(store, [Path(f) for f in args.files],
                                              actor=acting(store, args, "import_bundle"),
                                              passphrase=for_keys(store.home))
    if args.json:
        emit_json({"backup": str(result.backup), "exit_code": result.exit_code,
                   "reports": [{**r.__dict__, "file": str(r.file)} for r in result.reports]})
        return result.exit_code
    for report in result.reports:
        emit(report.line())
    emit(f"导入前已备份县级数据库：{result.backup}")
    return result.exit_code


def _townships(args, home) -> int:
    from gazetteer_desk.services.sync import county

    rows = read_with_store(home, county.township_overview, county=True)
    if args.json:
        emit_json(rows)
        return 0
    for r in rows:
        last = f"第{r.last_sequence}号 {r.last_period}" if r.last_sequence else "尚未导入"
        state = "（已吊销）" if r.revoked else ""
        emit(f"{r.name}（{r.code}）{state}  最近数据包：{last}  事项 {r.matters}  在办 {r.open_matters}  "
             f"超期 {r.overdue}" + (f"  暂存 {r.held}" if r.held else ""))
    if not rows:
        emit("尚未登记任何乡镇")
    return 0


def _cross(args, home) -> int:
    from gazetteer_desk.services.sync import county

    rows = read_with_store(home, county.cross_township_petitioners, county=True)
    if args.json:
        emit_json(rows)
        return 0
    for r in rows:
        emit(f"{'、'.join(r.names)}  {r.id_number}  {'、'.join(r.townships)}  事项 {r.matters}（在办 {r.open_matters}）")
    if not rows:
        emit("没有在多个乡镇都有信访事项的人员")
    return 0


def _keys_status(args, home) -> int:
    from gazetteer_desk.services.sync import key_store

    def read(store):
        return {"sealed": [p.name for p in key_store.secret_key_paths(store.home) if key_store.is_sealed(p)],
                "plain": [p.name for p in key_store.plain_keys(store.home)]}

    state = read_with_store(home, read)
    if args.json:
        emit_json(state)
        return 0
    for name in state["sealed"]:
        emit(f"{name}  已用口令加密保存")
    for name in state["plain"]:
        emit(f"{name}  未加密：请运行 gazetteer-desk keys protect 设置密钥口令")
    if not state["sealed"] and not state["plain"]:
        emit("本机尚无私钥")
    return 1 if state["plain"] else 0


def _keys_protect(args, home) -> int:
    from gazetteer_desk.services.sync import key_store

    with opened_store(home) as store:
        actor = acting(store, args, "edit_settings")
        if not key_store.plain_keys(store.home):
            emit("本机的私钥都已用口令加密保存，无需再设置")
            return 0
        passphrase, repeat = new_passphrase()
        done = key_store.protect(store, passphrase, repeat, actor=actor)
    emit(f"已用密钥口令加密保存：{'、'.join(p.name for p in done)}")
    emit("此后导出、导入数据包时需要输入此口令（或设置环境变量 GAZETTEER_KEY_PASSPHRASE）")
    return 0


def _keys_passphrase(args, home) -> int:
    from gazetteer_desk.cli.passphrase import changed_passphrase
    from gazetteer_desk.services.sync import key_store

    with opened_store(home) as store:
        actor = acting(store, args, "edit_settings")
        old, new, repeat = changed_passphrase()
        done = key_store.change_passphrase(store, old, new, repeat, actor=actor)
    emit(f"已更改密钥口令：{'、'.join(p.name for p in done)}")
    return 0
