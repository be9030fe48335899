"""County import: a township's ``countyorder`` rows may carry its answer and nothing else.

An order (交办件, 督办, 挂牌督办) is the county's record: the county wrote its kind, instruction, deadline, draft and
township, and only the receiving township's answer comes back up. A township's own signing key proves who sent a
row, not that the township may write all of it, so each row is held against the county's copy before the merge:

- the order must exist in the county store and have been issued to the sending township;
- the township may set the answer columns (:data:`ANSWER_COLUMNS`), the row's ``revision``/``updated_at`` (so the
  usual higher-revision rule applies), and — on a 交办件 the county issued without a matter — the matter it
  registered for it (:data:`LINK_COLUMNS`; the reference is checked like every other to be the township's own);
- any other column that differs from the county's copy refuses the whole bundle, naming the order and the column.

What is merged is the county's own row with only those columns taken from the township, so the county's fields
stay byte for byte as the county wrote them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, timezone

from sqlalchemy import JSON, Boolean, Date, DateTime, TypeDecorator
from sqlmodel import SQLModel

from gazetteer_desk.domain import text as desk_text
from gazetteer_desk.services.sync.bundle_rows import RowError

TABLE = "countyorder"
ANSWER_COLUMNS = frozenset({"received_on", "response", "responded_on"})
BOOKKEEPING_COLUMNS = frozenset({"revision", "updated_at"})
LINK_COLUMNS = frozenset({"matter_id", "matter_number"})  # only while the county's copy names no matter
COLUMN_LABELS = {"kind": "类别", "instruction": "交办/督办要求", "deadline": "办理期限", "issued_on": "下达日期",
                 "draft": "交办内容", "township_code": "乡镇", "matter_id": "所涉事项", "matter_number": "所涉事项编号",
                 "created_at": "下达时间", "deleted": "删除标记"}


def _normalisers() -> dict[str, Callable[[object], object]]:
    """How each column is compared: the value's meaning, not the way one store happened to spell it."""
    out = {}
    for column in SQLModel.metadata.tables[TABLE].columns:
        kind = column.type.impl if isinstance(column.type, TypeDecorator) else column.type
        if isinstance(kind, JSON):
            out[column.name] = lambda v: json.loads(v) if isinstance(v, str) else v
        elif isinstance(kind, DateTime):
            out[column.name] = _utc_instant
        elif isinstance(kind, Date):
            out[column.name] = lambda v: date.fromisoformat(v) if isinstance(v, str) else v
        elif isinstance(kind, Boolean):
            out[column.name] = lambda v: bool(v) if v is not None else v
        else:
            out[column.name] = lambda v: v
    return out


def _utc_instant(value):
    """A stored time as naive UTC: a bundle spells it as text, PostgreSQL hands it back with its zone."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return value


def _same(normalise, left, right) -> bool:
    try:
        return normalise(left) == normalise(right)
    except ValueError:  # not readable as its type: not what the county wrote
        return False


def answers_only(raw, rows: list[dict], township: str, file_name: str, first: int = 1) -> list[dict]:
    """The rows to merge for ``township``'s ``countyorder`` records (``raw``: the county's sqlite3 connection;
    ``first``: the line of the file the first of ``rows`` comes from).

    Raises :class:`RowError` when a row is not an order the county issued to ``township`` or changes the county's
    part of it."""
    if not rows:
        return rows
    normalisers = _normalisers()
    names = [d[0] for d in raw.execute(f"SELECT * FROM {TABLE} WHERE 1 = 0").description]
    out = []
    for line, row in enumerate(rows, first):
        where = f"{file_name} 第{line}行"
        found = raw.execute(f"SELECT * FROM {TABLE} WHERE id = ?", (row["id"],)).fetchone()
        if found is None:
            raise RowError(f"{where}：县信访办没有下达过这件交办/督办（记录 {desk_text.shown(row['id'])}），"
                           "乡镇不能自行添加，拒绝导入")
        county = dict(zip(names, found, strict=True))
        if county["township_code"] != township:
            raise RowError(f"{where}：这件交办/督办是下达给其他乡镇（{county['township_code']}）的，"
                           "不能由本乡镇答复，拒绝导入")
        taken = set(ANSWER_COLUMNS | BOOKKEEPING_COLUMNS)
        if not county["matter_id"]:
            taken |= LINK_COLUMNS
        for name, value in row.items():
            if name in taken or name not in county:
                continue
            if not _same(normalisers[name], value, county[name]):
                label = COLUMN_LABELS.get(name, name)
                raise RowError(f"{where}：改动了县信访办下达的{label}（{name}），乡镇只能填写收到日期和办理情况，"
                               "拒绝导入")
        # the county's own spelling where the store hands back plain values (SQLite); a server's rich values (dicts,
        # dates) take the row's spelling, which was just found equal to them, in the form the merge writes
        merged = {name: county[name] if isinstance(county[name], str | int | float | None) else row[name]
                  for name in row if name in county}
        merged.update({name: row[name] for name in taken if name in row})
        out.append(merged)
    return out
