"""``register``, ``search``, ``show`` and ``act``: the desk's daily work from the command line."""

from datetime import date, datetime, time

from gazetteer_desk.errors import DeskError

from gazetteer_desk.domain.masking import mask_id_number, mask_phone
from gazetteer_desk.cli.identity import acting
from gazetteer_desk.cli.output import emit, emit_json, opened_store
from gazetteer_desk.cli.parsing import bounded, command, integer, iso_date, positive


OUTCOME_KEYS = {"support": "予以支持", "explain": "解释说明", "reject": "不予支持"}  # 第三十二条


def add_commands(sub) -> None:
    command(sub, "register", "来访登记：登记新事项或同一事项再次来访", _register_arguments)
    command(sub, "search", "查找事项：姓名、身份证号、电话、事项编号或内容", _search_arguments)
    command(sub, "show", "查看事项：办理记录和期限", _show_arguments)
    command(sub, "act", _act_help, _act_arguments)
    command(sub, "review-bodies", "复查机关和复核机关（第三十五、三十六条）：查看或设置", _bodies_arguments)


def _act_help() -> str:
    from gazetteer_desk.domain.procedure import ACTIONS  # the procedure's rules: only for this command or --help

    return "办理操作：" + "、".join(f"{a.key}（{a.label}）" for a in ACTIONS.values())


def _register_arguments(p) -> None:
    from gazetteer_desk.domain.limits import MAX_PEOPLE

    p.add_argument("--name", required=True, help="信访人姓名")
    p.add_argument("--content", required=True, help="信访请求（反映的问题）")
    p.add_argument("--facts", default="", help="事实")
    p.add_argument("--reasons", default="", help="理由")
    p.add_argument("--id-number", help="身份证号码")
    p.add_argument("--phone", help="联系电话")
    p.add_argument("--address", default="")
    p.add_argument("--village", help="问题属地（村/社区名称或代码）")
    p.add_argument("--category", help="问题类别，如 城乡建设 或 城乡建设/物业管理")
    p.add_argument("--purpose", default="求决", help="信访目的")
    p.add_argument("--channel", default="走访", help="信访形式")
    p.add_argument("--people", type=bounded(1, MAX_PEOPLE), default=1, help="来访人数")
    p.add_argument("--representative", action="append", default=[], help="集体访代表（可重复，最多5人）")
    p.add_argument("--litigation", action="store_true", help="涉法涉诉")
    p.add_argument("--urgent", action="store_true", help="重大紧急")
    p.add_argument("--route", help="处理途径（petition/litigation/…）")
    p.add_argument("--repeat-of", help="同一事项再次来访：原事项编号")
    p.add_argument("--new-matter-reason", default="",
                   help="此人同类事项仍在办理（或已复核终结）而本次确属新事项时：认定为新事项的理由")
    p.add_argument("--source", default="", help="事项来源：上级交办 / 转来（信访人直接提出的不填）")
    p.add_argument("--source-unit", default="", help="交办或转送单位")
    p.add_argument("--received-on", type=iso_date, help="收到日期 YYYY-MM-DD（默认今天；期限自此日起算）")
    p.add_argument("--correct-name", action="store_true",
                   help="证件号码已登记在另一姓名下、且原姓名是误登时：更正为本次姓名（原姓名保留在记录中）")
    p.add_argument("--receiver", help="接待人（工作人员姓名）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_register)


def _search_arguments(p) -> None:
    p.add_argument("text")
    p.add_argument("--limit", type=positive, default=50, help="最多显示几件（默认50）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_search)


def _show_arguments(p) -> None:
    p.add_argument("number")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_show)


def _act_arguments(p) -> None:
    from gazetteer_desk.domain.procedure import ACTIONS

    p.add_argument("number")
    p.add_argument("action", choices=list(ACTIONS))
    p.add_argument("--on", type=iso_date, help="办理日期 YYYY-MM-DD（默认今天）")
    p.add_argument("--reason")
    p.add_argument("--unit")
    p.add_argument("--days", type=integer)
    p.add_argument("--approver")
    p.add_argument("--outcome", help="处理结果：support（予以支持）/ explain（解释说明）/ reject（不予支持）")
    p.add_argument("--opinion", help="处理意见（答复、复查意见、复核意见）")
    p.add_argument("--basis", help="法律、法规、政策依据")
    p.add_argument("--facts", help="查明的事实")
    p.add_argument("--note")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_act)


def _bodies_arguments(p) -> None:
    p.add_argument("--review", help="复查机关，如 云阳县人民政府（空白恢复默认）")
    p.add_argument("--recheck", help="复核机关，如 重庆市人民政府（空白恢复默认）")
    p.set_defaults(handler=_bodies)


def _bodies(args, home) -> int:
    from gazetteer_desk.services.matters import review_bodies

    with opened_store(home) as store:
        if args.review is None and args.recheck is None:
            bodies = review_bodies.review_bodies(store)
        else:
            bodies = review_bodies.set_review_bodies(store, review=args.review, recheck=args.recheck,
                                                     actor=acting(store, args, "edit_settings"))
    emit(f"复查机关：{bodies.review}")
    emit(f"复核机关：{bodies.recheck}")
    return 0


def _register(args, home) -> int:
    from gazetteer_desk.services.matters import registration

    data = registration.RegistrationInput(
        name=args.name, request=args.content, facts=args.facts, reasons=args.reasons, id_number=args.id_number,
        phone=args.phone, address=args.address, village=args.village, category=args.category,
        purpose=args.purpose, channel=args.channel, people_count=args.people,
        representatives=args.representative, litigation=args.litigation, urgent=args.urgent, route=args.route,
        repeat_of=args.repeat_of, receiver=args.receiver, correct_name=args.correct_name,
        new_matter_reason=args.new_matter_reason,
        source=args.source, source_unit=args.source_unit,
        received_at=datetime.combine(args.received_on, time(0)).astimezone() if args.received_on else None,
    )
    from gazetteer_desk.services.matters.people import IdentityConflict

    with opened_store(home) as store:
        try:
            result = registration.register(store, data, actor=acting(store, args, "register"))
        except IdentityConflict as conflict:
            raise DeskError(conflict.message + "（确认更正姓名：加 --correct-name）") from conflict
    if args.json:
        emit_json({"number": result.number, "id": result.matter_id, "new_matter": result.new_matter,
                   "repeat_of": result.repeat_of, "running_repeat": result.running_repeat})
    else:
        emit(result.number)
        if result.running_repeat:
            emit(f"此人同类事项 {result.number} 仍在办理：本次来访已记入该事项，期限不变"
                 "（确属新事项的，加 --new-matter-reason 说明理由）")
    return 0


def _row_json(row) -> dict:
    from gazetteer_desk.domain.procedure import STATUS_LABELS

    return {
        "number": row.number, "name": row.name, "id_number": mask_id_number(row.id_number),
        "phone": mask_phone(row.phone), "category": row.category, "subcategory": row.subcategory,
        "village": row.village_name, "status": row.status, "status_label": STATUS_LABELS[row.status],
        "received_on": row.received_on, "due_on": row.due_on, "request": row.request,
    }


def _search(args, home) -> int:
    from gazetteer_desk.domain.procedure import STATUS_LABELS
    from gazetteer_desk.services.matters import privacy

    if not args.text.strip():
        raise DeskError("请给出要查找的内容：姓名、身份证号、电话、事项编号或内容")
    with opened_store(home) as store:
        store.township_code  # noqa: B018  (an uninitialised home says so instead of finding nothing)
        rows = privacy.search_for(store, acting(store, args), args.text, limit=args.limit)
    if args.json:
        emit_json([_row_json(r) for r in rows])
        return 0
    if not rows:
        emit(f"没有找到与“{args.text}”相关的事项")
    for r in rows:
        emit(f"{r.number}  {r.name}  {mask_phone(r.phone)}  {r.category}  {STATUS_LABELS[r.status]}  "
             f"{r.received_on:%Y-%m-%d}  {r.request[:30]}")
    return 0


def _detail_json(detail, today: date, full_person: bool = True) -> dict:
    m, p = detail.matter, detail.petitioner
    # birth date and sex are digits 7-14 and 17 of the ID number: shown only where the full number may be
    person = {"name": p.name, "id_number": mask_id_number(p.id_number), "phone": mask_phone(p.phone),
              "former_names": list(p.former_names)}
    if full_person:
        person.update(sex=p.sex, birth_date=p.birth_date)
    return {
        "number": m.number, "status": m.status, "status_label": detail.status_label,
        "petitioner": person,
        "channel": m.channel, "category": m.category, "subcategory": m.subcategory, "purpose": m.purpose,
        "village": m.village_name, "request": m.request, "facts": m.facts, "reasons": m.reasons,
        "people_count": m.people_count, "representatives": m.representatives, "is_repeat": m.is_repeat,
        "litigation": m.litigation, "urgent": m.urgent, "route": m.route, "route_label": detail.route_label,
        "source": m.source, "source_unit": m.source_unit, "objection_due": detail.objection_due,
        "earlier": detail.earlier, "repeat_hold": m.repeat_hold,
        "handling_unit": m.handling_unit, "routed_on": m.routed_on, "hearing_days": m.hearing_days,
        "received_on": m.received_on, "accepted_on": m.accepted_on,
        "extension_days": m.extension_days, "replied_on": m.replied_on, "outcome": m.outcome,
        "closed_on": m.closed_on, "due_on": m.due_on, "calendar_warning": detail.calendar_warning,
        "deadlines": [
            {"label": d.label, "due": d.due, "met_on": d.met_on, "days_left": d.days_left(today),
             "overdue": d.is_overdue(today)}
            for d in detail.deadlines
        ],
        "actions": [a.key for a in detail.actions],
        "visits": [{"at": v.visited_at, "channel": v.channel, "people": v.people_count, "received_by": v.received_by}
                   for v in detail.visits],
        "history": [{"kind": e.kind, "at": e.at, "on": e.on_date, "actor": e.actor, "detail": e.detail}
                    for e in detail.events],
    }


def _show(args, home) -> int:
    from gazetteer_desk.domain.procedure import ACTIONS
    from gazetteer_desk.services.matters import privacy

    with opened_store(home) as store:
        viewer = acting(store, args)
        detail = privacy.matter_page(store, viewer, args.number)
    data = _detail_json(detail, date.today(), full_person=getattr(viewer, "can", lambda _p: True)("view_full_id"))
    if args.json:
        emit_json(data)
        return 0
    emit(f"{data['number']}  [{data['status_label']}]  {data['petitioner']['name']}  {data['category']}")
    emit(f"请求：{data['request']}")
    emit(f"途径：{data['route_label']}")
    if data["source"]:
        emit(f"来源：{data['source']}（{data['source_unit']}，{data['received_on']}收到）")
        if "object" in data["actions"]:
            emit(f"  不属本机关职责的，应于 {data['objection_due']} 前提出异议（第二十三条第三款）")
    if data["earlier"]:
        emit(f"此前事项：{data['earlier']}")
    if data["repeat_hold"] and data["status"] == "registered":
        emit("  同一事项已经复核终结，不计期限；请出具不再受理告知书，或经审查认定为新事项（记录理由）")
    if data["routed_on"] and data["handling_unit"]:
        emit(f"已于 {data['routed_on']} 转送：{data['handling_unit']}")
    for d in data["deadlines"]:
        state = f"已于 {d['met_on']} 完成" if d["met_on"] else (
            f"已超期 {-d['days_left']} 天" if d["overdue"] else f"剩余 {d['days_left']} 天")
        emit(f"  {d['label']}：{d['due']}（{state}）")
    if data["calendar_warning"]:
        emit(f"  注意：{data['calendar_warning']}")
    emit("办理记录：")
    for e in data["history"]:
        emit(f"  {e['on'] or e['at']:}  {e['detail']}" + (f"（{e['actor']}）" if e["actor"] else ""))
    if data["actions"]:
        emit("可进行的操作：" + "、".join(ACTIONS[a].label for a in data["actions"]))
    return 0


def _act(args, home) -> int:
    from gazetteer_desk.domain.procedure import ACTIONS
    from gazetteer_desk.services.matters import matters

    params = {k: getattr(args, k) for k in ("reason", "unit", "days", "approver", "outcome", "opinion", "basis",
                                            "facts", "note")
              if getattr(args, k) is not None}
    if "outcome" in params:
        params["outcome"] = OUTCOME_KEYS.get(params["outcome"], params["outcome"])
    with opened_store(home) as store:
        detail = matters.take_action(store, args.number, args.action, on=args.on,
                                     actor=acting(store, args, "act"), **params)
    if args.json:
        emit_json(_detail_json(detail, date.today()))
    else:
        emit(f"{detail.matter.number}：{ACTIONS[args.action].label}完成，当前状态：{detail.status_label}"
             + (f"，下一期限 {detail.matter.due_on}" if detail.matter.due_on else ""))
    return 0
