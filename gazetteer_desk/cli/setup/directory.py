"""``directory``: the township's villages, staff (接待人) and leaders after set-up — list, add, rename, retire.

``gazetteer-desk directory village add 新村``, ``directory staff retire 张华``, ``directory leader rename 刘芳 刘芳 --post 党委书记``.
A retired entry stays on the records it is on but is no longer offered for new ones; ``reinstate`` brings it back.
"""

from gazetteer_desk.cli.identity import acting
from gazetteer_desk.cli.output import emit, emit_json, opened_store
from gazetteer_desk.cli.parsing import command


def add_commands(sub) -> None:
    command(sub, "directory", "名录：村（社区）、接待人、领导的查看、新增、改名、停用和恢复", _arguments)


def _arguments(p) -> None:
    p.add_argument("kind", choices=("village", "staff", "leader"),
                   help="village 村（社区）/ staff 接待人 / leader 领导")
    p.add_argument("action", choices=("list", "add", "rename", "retire", "reinstate"),
                   help="list 查看 / add 新增 / rename 改名 / retire 停用（旧记录上仍显示）/ reinstate 恢复")
    p.add_argument("name", nargs="?", help="名称（rename、retire、reinstate 时为现在的名称）")
    p.add_argument("new_name", nargs="?", help="rename 的新名称")
    p.add_argument("--post", help="领导的职务，如 党委书记、镇长")
    p.add_argument("--all", action="store_true", help="list 时也列出已停用的")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=lambda args, home: _run(args, home, args.kind))


def _run(args, home, kind: str) -> int:
    from gazetteer_desk.errors import DeskError
    from gazetteer_desk.services.setup import directory

    label = directory.KINDS[kind]
    with opened_store(home) as store:
        if args.action == "list":
            rows = directory.entries(store, kind, include_retired=args.all)
            if args.json:
                emit_json([_as_dict(e) for e in rows])
            for e in [] if args.json else rows:
                emit("  ".join(part for part in (e.code, e.name, e.post, e.status) if part))
            if not rows and not args.json:
                emit(f"（没有{label}）")
            return 0
        if not args.name:
            raise DeskError(f"请给出{label}的名称")
        actor = acting(store, args, "edit_settings")
        post = getattr(args, "post", None)
        if args.action == "add":
            entry, done = directory.add(store, actor, kind, args.name, post=post or ""), "已新增"
        elif args.action == "rename":
            if not args.new_name and post is None:
                raise DeskError("请给出新名称，例如：rename 旧名称 新名称")
            entry = directory.rename(store, actor, kind, args.name, args.new_name or args.name, post=post)
            done = "已改为"
        elif args.action == "retire":
            entry, done = directory.retire(store, actor, kind, args.name), "已停用"
        else:
            entry, done = directory.reinstate(store, actor, kind, args.name), "已恢复"
    if args.json:
        emit_json(_as_dict(entry))
    else:
        emit(f"{label}{done}：" + "  ".join(part for part in (entry.code, entry.name, entry.post) if part))
    return 0


def _as_dict(entry) -> dict:
    return {"id": entry.id, "name": entry.name, "code": entry.code, "post": entry.post, "active": entry.active}
