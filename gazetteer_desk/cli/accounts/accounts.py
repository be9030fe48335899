"""``account``, ``audit``, ``backup`` and ``restore``: administration of the desk from the command line.

Who acts comes from ``--as NAME`` before the command (see :mod:`.identity`): account changes, ``restore`` and the
audit trail need an account whose role allows them once the store has accounts. The very first ``account add``
creates the administrator without one. New passwords are read from a prompt (twice) or, with
``--password-stdin``, from one line of standard input.
"""

import getpass
import sys
from pathlib import Path

from gazetteer_desk.domain.permissions import ROLES
from gazetteer_desk.errors import DeskError
from gazetteer_desk.cli.identity import acting
from gazetteer_desk.cli.output import emit, emit_json, opened_store
from gazetteer_desk.cli.parsing import command, integer, iso_date


def add_commands(sub) -> None:
    command(sub, "account", "账户管理：add 新建 / passwd 修改密码 / list 列表 / disable 停用", _account_arguments)
    command(sub, "audit", "操作日志：verify 校验 / list 查看", _audit_arguments)
    command(sub, "backup", "备份数据库（默认存入数据目录的 backups 文件夹）", _backup_arguments)
    command(sub, "restore", "从备份文件恢复数据库（原数据库另存于 backups 文件夹）", _restore_arguments)


def _account_arguments(parser) -> None:
    asub = parser.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    a = asub.add_parser("add", help="新建账户（首个账户为管理员；此后须以 --as 管理员执行）")
    a.add_argument("username")
    a.add_argument("--role", default=None, help="角色：" + "、".join(f"{k}（{v}）" for k, v in ROLES.items()))
    a.add_argument("--staff", help="对应的工作人员姓名")
    _password_argument(a)
    a.set_defaults(handler=_add)
    a = asub.add_parser("passwd", help="修改密码（或管理员以 --as 和 --reset 重置他人密码）")
    a.add_argument("username")
    a.add_argument("--reset", action="store_true", help="管理员重置：下次登录时须修改")
    _password_argument(a)
    a.set_defaults(handler=_passwd)
    a = asub.add_parser("list", help="列出账户")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_list)
    a = asub.add_parser("disable", help="停用账户（须以 --as 管理员执行）")
    a.add_argument("username")
    _password_argument(a)
    a.set_defaults(handler=_disable)


def _audit_arguments(parser) -> None:
    from gazetteer_desk.services.core import audit

    asub = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    a = asub.add_parser("verify", help="校验操作日志的哈希链是否完整")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_verify)
    a = asub.add_parser("list", help="查看操作日志（最新在前）")
    a.add_argument("--actor", help="操作人")
    a.add_argument("--action", help="操作类型：" + "、".join(f"{k}（{v}）" for k, v in audit.ACTION_LABELS.items()))
    a.add_argument("--since", type=iso_date, help="起始日期 YYYY-MM-DD")
    a.add_argument("--limit", type=integer, default=200)
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_audit_list)


def _backup_arguments(p) -> None:
    p.add_argument("--out", help="备份文件或文件夹（如U盘）")
    p.add_argument("--daily", action="store_true", help="每日自动备份（今天已备份则跳过）并轮换旧备份")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_backup)


def _restore_arguments(p) -> None:
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_restore)


def _password_argument(parser) -> None:
    parser.add_argument("--password-stdin", action="store_true", help="从标准输入读取新密码（一行）")


def _new_password(args, prompt: str) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(f"{prompt}：")
    if getpass.getpass("再次输入：") != first:
        raise DeskError("两次输入的密码不一致")
    return first


def _add(args, home) -> int:
    from gazetteer_desk.services.accounts import accounts

    with opened_store(home) as store:
        if not accounts.has_accounts(store):
            if args.role and args.role not in ("admin", "county_admin"):
                raise DeskError("第一个账户必须是管理员：请去掉 --role，先建管理员，再由管理员建其他账户")
            user = accounts.create_first_admin(store, args.username, _new_password(args, "管理员密码"),
                                               staff_name=args.staff)
            emit(f"已创建管理员账户：{user.username}（{user.role_label}）")
            return 0
        admin = acting(store, args, "manage_accounts")
        view = accounts.create_account(store, admin, args.username, args.role or "clerk", _new_password(args, "初始密码"),
                                       staff_name=args.staff)
    emit(f"已创建账户：{view.username}（{view.role_label}），首次登录时须修改密码")
    return 0


def _passwd(args, home) -> int:
    from gazetteer_desk.services.accounts import accounts

    with opened_store(home) as store:
        if args.reset:
            admin = acting(store, args, "manage_accounts")
            accounts.reset_password(store, admin, args.username, _new_password(args, "临时密码"))
            emit(f"已重置 {args.username} 的密码，下次登录时须修改")
            return 0
        # one's own password: knowing the old one is the proof, no --as needed
        old = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else getpass.getpass("原密码：")
        accounts.change_password(store, args.username, old, _new_password(args, "新密码"))
    emit("密码已修改")
    return 0


def _list(args, home) -> int:
    from gazetteer_desk.services.accounts import accounts

    with opened_store(home) as store:
        rows = accounts.list_accounts(store)
    if args.json:
        emit_json(rows)
        return 0
    for a in rows:
        flags = "" if a.active else "（已停用）"
        flags += "（须修改密码）" if a.must_change_password and a.active else ""
        emit(f"{a.username}  {a.role_label}  {a.staff_name}{flags}")
    return 0


def _disable(args, home) -> int:
    from gazetteer_desk.services.accounts import accounts

    with opened_store(home) as store:
        accounts.deactivate(store, acting(store, args, "manage_accounts"), args.username)
    emit(f"已停用账户：{args.username}")
    return 0


def _verify(args, home) -> int:
    from gazetteer_desk.services.core import audit

    with opened_store(home) as store:
        acting(store, args, "view_audit")
        result = audit.verify(store)
    if args.json:
        emit_json(result)
    elif result.ok:
        emit(f"操作日志完整：共 {result.count} 条记录，哈希链校验通过，各项记录与日志相符")
    else:
        where = f"（第一处断链：第 {result.first_broken_seq} 条）" if result.first_broken_seq else ""
        emit(f"操作日志校验未通过：{result.reason}{where}")
    return 0 if result.ok else 6


def _audit_list(args, home) -> int:
    from gazetteer_desk.services.core import audit_labels
    from gazetteer_desk.services.core import audit
    from gazetteer_desk.services.core.authz import is_user

    with opened_store(home) as store:
        viewer = acting(store, args, "view_audit")
        rows = audit.entries(store, actor=args.actor, action=args.action, since=args.since, limit=args.limit,
                             viewer=viewer if is_user(viewer) else None)
    if args.json:
        emit_json(rows)
        return 0
    for r in rows:
        emit(f"{r.seq:>6}  {r.at.astimezone():%Y-%m-%d %H:%M:%S}  {r.actor or '-'}  {r.action_label}  "
             f"{r.entity_id}  {audit_labels.describe(r.detail)}")
    return 0


def _backup(args, home) -> int:
    from gazetteer_desk.services.core import audit
    from gazetteer_desk.services.accounts import backup

    with opened_store(home) as store:
        if args.daily:  # what the window does at every start, for whoever starts it
            path = backup.daily_backup(store)
        elif args.out:
            path = backup.backup_to(store, Path(args.out), actor=acting(store, args, "backup"))
        else:
            actor = acting(store, args, "backup")
            path = backup.snapshot(store, "manual")
            audit.record_now(store, actor, "backup", "store", path.name, {"kind": "manual"})
    if args.json:
        emit_json({"file": str(path) if path else None})
    else:
        emit(f"已备份到：{path}" if path else "今天已有自动备份")
    return 0


def _restore(args, home) -> int:
    from gazetteer_desk.services.accounts import backup
    from gazetteer_desk.services.sync import bundle_chain

    with opened_store(home) as store:
        restored = backup.restore(store, Path(args.file), actor=acting(store, args, "restore"))
    try:
        notice = bundle_chain.restore_notice(restored)
    finally:
        restored.close()
    info = backup.inspect(Path(args.file))
    if args.json:
        emit_json({"restored_from": args.file, "matters": info.matters, "notice": notice})
    else:
        emit(f"已从 {args.file} 恢复（{info.matters} 个事项）；原数据库另存于 {restored.home / 'backups'}")
        if notice:
            emit(notice)
    return 0
