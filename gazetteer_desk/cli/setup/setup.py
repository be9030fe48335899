"""``init`` and ``demo-data``."""

import time
from pathlib import Path

from gazetteer_desk.cli.output import emit, emit_json, opened_store
from gazetteer_desk.cli.parsing import command, integer


def add_commands(sub) -> None:
    command(sub, "init", "初始化乡镇数据目录", _init_arguments)
    command(sub, "demo-data", "生成演示数据（用于培训和测试）", _demo_arguments)


def _init_arguments(p) -> None:
    p.add_argument("--township-code", required=True, help="9位乡镇（街道）代码，如 500235101")
    p.add_argument("--township-name", required=True, help="乡镇（街道）名称")
    p.add_argument("--county-code", help="6位县级代码（默认取乡镇代码前6位）")
    p.add_argument("--county-name", default="")
    p.add_argument("--address", default="", help="接待场所地址（印在回执上）")
    p.add_argument("--phone", default="", help="接待电话（印在回执上）")
    p.add_argument("--villages", default="", help="村（社区）名称，以逗号或顿号分隔")
    p.add_argument("--staff", default="", help="工作人员姓名，以逗号分隔")
    p.add_argument("--county-key", metavar="AGE1", help="县信访办的公钥（age1 开头，每月数据包加密给它）")
    p.add_argument("--county-signing-key", metavar="FILE", type=Path,
                   help="县信访办的签名公钥文件（county.pub，只导入它签名的下发数据包）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_init)
    p.epilog = "签名密钥和接收密钥用密钥口令加密保存：口令在终端中输入，或取自环境变量 GAZETTEER_KEY_PASSPHRASE"


TABLE_LABELS = {
    "township": "乡镇", "village": "村（社区）", "staff": "工作人员", "petitioner": "信访人", "matter": "事项", "receptionday": "领导接访日",
    "fieldvisit": "下访", "visit": "来访", "matterevent": "办理记录", "caseassignment": "包案", "caseprogress": "包案进展",
    "mediationcase": "调解案件", "mediationsession": "调解记录", "mediationfollowup": "调解回访",
}


def _demo_arguments(p) -> None:
    p.add_argument("--matters", type=integer, required=True, help="事项数量")
    p.add_argument("--seed", type=integer, default=1)
    p.add_argument("--townships", type=integer, metavar="N",
                   help="县信访办数据目录：演示数据分给几个乡镇（默认 10）；乡镇数据目录只有本乡镇")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_demo)


def _init(args, home) -> int:
    from gazetteer_desk.cli.passphrase import new_passphrase
    from gazetteer_desk.errors import DeskError
    from gazetteer_desk.formats import FormatError, age_keys, minisign
    from gazetteer_desk.services.setup import setup
    from gazetteer_desk.services.sync import bundle_keys, down_keys, key_store

    # the county's keys and the passphrase are checked before anything is written: a wrong key or a refused
    # passphrase leaves no half set-up data folder
    county_key = signing_key = None
    try:
        if args.county_key:
            county_key = str(age_keys.parse_recipient(args.county_key.strip()))
        if args.county_signing_key:
            signing_key = minisign.load_public_key(args.county_signing_key)
    except FormatError as error:
        raise DeskError(error.message) from error
    passphrase, repeat = new_passphrase()
    key_store.check_new_passphrase(passphrase, repeat)
    store = setup.init_township(
        home,
        setup.TownshipSetup(
            township_code=args.township_code.strip(), township_name=args.township_name,
            county_code=args.county_code, county_name=args.county_name, address=args.address, phone=args.phone,
            villages=setup.parse_villages(args.villages), staff=setup.parse_villages(args.staff),
        ),
    )
    try:
        code, path = store.township_code, store.path
        fingerprint = minisign.public_key_fingerprint(bundle_keys.create_township_keys(store, passphrase))
        county = bundle_keys.set_county_key(store, county_key) if county_key else None
        signer = down_keys.register_county_signing_key(store, signing_key) if signing_key else None
    finally:
        store.close()
    if args.json:
        emit_json({"home": str(home), "township_code": code, "store": str(path), "signing_fingerprint": fingerprint,
                   "county_key_fingerprint": county.fingerprint if county else None,
                   "county_signing_fingerprint": signer.fingerprint if signer else None})
        return 0
    emit(f"已初始化：{args.township_name}（{code}），数据库：{path}")
    emit(f"签名密钥已用密钥口令加密保存，公钥指纹：{fingerprint}")
    if county:
        emit(f"已登记县信访办公钥，指纹：{county.fingerprint}（请与县信访办电话核对）")
    if signer:
        emit(f"已登记县信访办签名公钥，指纹：{signer.fingerprint}（请与县信访办电话核对）")
    return 0


def _demo(args, home) -> int:
    from gazetteer_desk.services.setup.demo import generate

    with opened_store(home, create=True) as store:
        started = time.perf_counter()
        counts = generate(store, matters=args.matters, seed=args.seed, townships=args.townships)
        elapsed = time.perf_counter() - started
    if args.json:
        emit_json({"counts": counts, "seconds": round(elapsed, 2)})
    else:
        emit("已生成演示数据：" + "，".join(f"{TABLE_LABELS.get(k, k)} {v}" for k, v in counts.items())
             + f"（用时 {elapsed:.1f} 秒）")
    return 0
