"""The township's directory after set-up: villages (村、社区), staff (接待人) and leaders — added, renamed, retired.

A retired entry is never deleted: matters, visits and assignments keep pointing at it and keep showing its name,
but it is no longer offered for new ones (``Village.active`` / ``Staff.active`` False). Renaming changes what new
records and lists show; matters copy a village's name when registered, so an old matter keeps the name it had.
Every change is one transaction, audited, and needs ``edit_settings`` from a signed-in user.
"""

from dataclasses import dataclass

from sqlmodel import Session, select

from gazetteer_desk.domain.divisions import village_code
from gazetteer_desk.errors import DeskError, NotFound
from gazetteer_desk.services.core.text_input import NAME, check_texts
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import Staff, Village
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import require

KINDS = {"village": "村（社区）", "staff": "接待人", "leader": "领导"}


@dataclass(frozen=True)
class Entry:
    kind: str
    id: str
    name: str
    active: bool
    code: str = ""  # villages: the 12-digit division code
    post: str = ""  # leaders: 职务

    @property
    def status(self) -> str:
        return "在用" if self.active else "已停用"


def entries(store: Store, kind: str, *, include_retired: bool = True) -> list[Entry]:
    """Villages in code order, staff and leaders in the order they were added."""
    _check_kind(kind)
    with store.read() as session:
        rows = _rows(session, store.township_code, kind)
    return [_entry(kind, row) for row in rows if include_retired or row.active]


def add(store: Store, actor, kind: str, name: str, *, post: str = "") -> Entry:
    require(actor, "edit_settings")
    _check_kind(kind)
    name = _clean_name(kind, name)
    code = store.township_code
    with store.transaction() as session:
        rows = _rows(session, code, kind)
        _refuse_duplicate(kind, name, rows)
        if kind == "village":
            used = [int(v.code[-3:]) for v in rows if v.code[-3:].isdigit()]
            row = Village(township_code=code, code=village_code(code, max(used, default=0) + 1), name=name)
        else:
            row = Staff(township_code=code, name=name, is_leader=kind == "leader", post=post.strip())
        session.add(row)
        session.flush()
        audit.record(session, actor, f"{kind}_add", kind, row.id, {"name": name, **_extra(kind, row)})
        return _entry(kind, row)


def rename(store: Store, actor, kind: str, current: str, new_name: str, *, post: str | None = None) -> Entry:
    """New name (and, for a leader, optionally a new 职务); ``current`` is the present name or id."""
    require(actor, "edit_settings")
    _check_kind(kind)
    new_name = _clean_name(kind, new_name)
    with store.transaction() as session:
        rows = _rows(session, store.township_code, kind)
        row = _find(kind, rows, current)
        _refuse_duplicate(kind, new_name, [r for r in rows if r.id != row.id])
        before = {"name": row.name, **_extra(kind, row)}
        row.name = new_name
        if post is not None and kind == "leader":
            row.post = post.strip()
        changed = audit.changes(before, {"name": row.name, **_extra(kind, row)})
        if not changed:
            return _entry(kind, row)
        row.touch()
        session.add(row)
        audit.record(session, actor, f"{kind}_rename", kind, row.id, changed)
        return _entry(kind, row)


def retire(store: Store, actor, kind: str, current: str) -> Entry:
    return _set_active(store, actor, kind, current, False)


def reinstate(store: Store, actor, kind: str, current: str) -> Entry:
    return _set_active(store, actor, kind, current, True)


def _set_active(store: Store, actor, kind: str, current: str, active: bool) -> Entry:
    require(actor, "edit_settings")
    _check_kind(kind)
    with store.transaction() as session:
        rows = _rows(session, store.township_code, kind)
        row = _find(kind, rows, current)
        if row.active == active:
            raise DeskError(f"{KINDS[kind]}“{row.name}”{'已在用' if active else '已停用'}")
        if active:
            _refuse_duplicate(kind, row.name, [r for r in rows if r.id != row.id])
        row.active = active
        row.touch()
        session.add(row)
        audit.record(session, actor, f"{kind}_{'reinstate' if active else 'retire'}", kind, row.id, {"name": row.name})
        return _entry(kind, row)


def _rows(session: Session, code: str, kind: str) -> list:
    if kind == "village":
        query = select(Village).where(Village.township_code == code, Village.deleted == False)  # noqa: E712
        return list(session.exec(query.order_by(Village.code)))
    query = select(Staff).where(Staff.township_code == code, Staff.deleted == False,  # noqa: E712
                                Staff.is_leader == (kind == "leader"))
    return list(session.exec(query.order_by(Staff.created_at)))


def _find(kind: str, rows: list, text: str):
    text = (text or "").strip()
    if not text:
        raise DeskError(f"请选择{KINDS[kind]}")
    # an active entry first: a retired one may share its name with the one that replaced it
    for row in sorted(rows, key=lambda r: not r.active):
        if text in (row.name, row.id) or (kind == "village" and text == row.code):
            return row
    raise NotFound(f"找不到{KINDS[kind]}“{text}”")


def _refuse_duplicate(kind: str, name: str, rows: list) -> None:
    if any(r.name == name and r.active for r in rows):
        raise DeskError(f"{KINDS[kind]}“{name}”已在名单中")


def _clean_name(kind: str, name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise DeskError(f"请填写{KINDS[kind]}名称" if kind == "village" else f"请填写{KINDS[kind]}姓名")
    check_texts({f"{KINDS[kind]}名称" if kind == "village" else f"{KINDS[kind]}姓名": (name, NAME)})
    if len(name) > 40:
        raise DeskError(f"{KINDS[kind]}名称过长（最多40字）")
    return name


def _extra(kind: str, row) -> dict:
    if kind == "village":
        return {"code": row.code}
    return {"post": row.post} if kind == "leader" else {}


def _entry(kind: str, row) -> Entry:
    return Entry(kind, row.id, row.name, row.active, code=getattr(row, "code", ""),
                 post=getattr(row, "post", "") if kind == "leader" else "")


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise DeskError(f"未知的名录类别：{kind}（应为 village、staff 或 leader）")
