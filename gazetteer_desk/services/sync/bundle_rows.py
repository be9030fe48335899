"""Every row of a signed bundle is untrusted input: a township's own key proves who sent it, not that it is sound.

Each value is checked against the store's schema (type, NOT NULL, length), its date or time format, the domain's
vocabularies (statuses, routes, channels …), a range for every number and a shape for every JSON column, before
anything is written — a row the county's pages, receipts or 台账 cannot show is refused with its line number.
References (a visit's matter, a matter's petitioner …) may only point at rows of the sending township: in the same
bundle or already in the county store under that township (:func:`stray_reference`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from operator import itemgetter

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, TypeDecorator
from sqlmodel import SQLModel

from gazetteer_desk.domain import text as desk_text
from gazetteer_desk.domain.categories import CHANNELS, PURPOSES
from gazetteer_desk.domain.divisions import DivisionCodeError, validate_village_code
from gazetteer_desk.domain.limits import MAX_EXTENSION_DAYS, MAX_PEOPLE
from gazetteer_desk.domain.procedure import STATUS_LABELS
from gazetteer_desk.domain.routing import ROUTES
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.leaders.case_assignments import STATUS_LABELS_ASSIGNMENT
from gazetteer_desk.services.mediation.mediation import STATUS_LABELS as MEDIATION_STATUSES
from gazetteer_desk.services.mediation.mediation_input import SOURCES as MEDIATION_SOURCES
from gazetteer_desk.services.mediation.mediation_parties import Party
from gazetteer_desk.services.sync.bundle_payload import LOCAL_COLUMNS
from gazetteer_desk.store import raw as store_raw

MAX_REVISION = 2**31 - 1
MAX_JSON_TEXT = 64 * 1024
MAX_JSON_DEPTH = 4
EARLIEST, LATEST = date(1900, 1, 1), date(2200, 12, 31)
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,35}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?")

ENUMERATIONS: dict[tuple[str, str], frozenset[str]] = {
    ("matter", "status"): frozenset(STATUS_LABELS),
    ("matter", "route"): frozenset(r.key for r in ROUTES),
    ("matter", "channel"): frozenset(CHANNELS),
    ("matter", "purpose"): frozenset(PURPOSES),
    ("visit", "channel"): frozenset(CHANNELS),
    ("caseassignment", "status"): frozenset(STATUS_LABELS_ASSIGNMENT),
    ("mediationcase", "status"): frozenset(MEDIATION_STATUSES),
    ("mediationcase", "source"): frozenset(MEDIATION_SOURCES),
}
INTEGER_RANGES: dict[str, tuple[int, int]] = {
    "revision": (1, MAX_REVISION),
    "people_count": (0, MAX_PEOPLE),
    "involved_count": (0, MAX_PEOPLE),
    "extension_days": (0, MAX_EXTENSION_DAYS),
}
# Columns that point at another row without a declared foreign key.
EXTRA_REFERENCES: dict[tuple[str, str], str] = {("matter", "repeat_of_id"): "matter"}
# Long free text: line breaks and tabs allowed.
_MULTILINE_NAMES = ("request", "facts", "reasons", "notes", "detail", "outcome", "terms", "issues", "problems",
                    "responsibilities", "result", "note", "people_met", "members", "units", "extension_reason",
                    "satisfaction_reason", "location_detail", "address", "performance_manner", "subject")


class RowError(DeskError):
    """A row of a bundle that may not be stored; the message names the file, line and column."""


@dataclass(frozen=True)
class _Column:
    name: str
    check: Callable[[object], str | None]  # why the value is wrong, or None
    nullable: bool
    all_sound: Callable[[set], bool] | None = None  # True when check() passes every one of a set of texts


def _text_all_sound(limit: int, multiline: bool, allowed: frozenset[str] | None) -> Callable[[set], bool]:
    def all_sound(values: set) -> bool:  # the same verdict as _text_check on each of ``values`` (all str)
        return (max(map(len, values)) <= limit and (allowed is None or values <= allowed)
                and desk_text.all_clean(values, multiline=multiline))
    return all_sound


def _text_check(limit: int, multiline: bool, allowed: frozenset[str] | None) -> Callable[[object], str | None]:
    def check(value: object) -> str | None:
        if not isinstance(value, str):
            return "应为文字"
        if len(value) > limit:
            return f"过长（{len(value)} 字，最多 {limit} 字）"
        if allowed is not None and value not in allowed:
            return f"不是可用的取值（“{desk_text.shown(value[:40])}”）"
        return desk_text.problem(value, multiline=multiline)
    return check


def _int_check(low: int, high: int) -> Callable[[object], str | None]:
    def check(value: object) -> str | None:
        if not isinstance(value, int) or isinstance(value, bool):
            return "应为整数"
        return None if low <= value <= high else f"超出范围（{value}，应在 {low} 至 {high} 之间）"
    return check


def _bool_check(value: object) -> str | None:
    return None if value in (0, 1) and not isinstance(value, float) else "应为 0 或 1"


def _date_check(value: object) -> str | None:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return "不是日期（YYYY-MM-DD）"
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return f"不是有效的日期（{value}）"
    return None if EARLIEST <= day <= LATEST else f"日期超出范围（{value}）"


def _datetime_check(value: object) -> str | None:
    if not isinstance(value, str) or not _DATETIME.fullmatch(value):
        return "不是时间（YYYY-MM-DD HH:MM:SS）"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return f"不是有效的时间（{value}）"
    return None if EARLIEST <= moment.date() <= LATEST else f"时间超出范围（{value}）"


def _depth(value: object, level: int = 1) -> int:
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level)
    return level


def _strings(value: object) -> str | None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return "应为文字的列表"
    return next((p for v in value if (p := desk_text.problem(v))), None)


_PARTY_FIELDS = frozenset(Party.__dataclass_fields__)


def _parties(value: object) -> str | None:
    if not isinstance(value, list):
        return "应为当事人的列表"
    for party in value:
        if not isinstance(party, dict) or not set(party) <= _PARTY_FIELDS or "name" not in party:
            return "当事人记录的字段不对"
        if not all(isinstance(v, str) for v in party.values()):
            return "当事人记录的字段应为文字"
        if reason := next((p for v in party.values() if (p := desk_text.problem(v))), None):
            return reason
    return None


def _event_data(value: object) -> str | None:
    return None if isinstance(value, dict) else "应为JSON对象"


JSON_SHAPES: dict[tuple[str, str], Callable[[object], str | None]] = {
    ("matter", "representatives"): _strings,
    ("mediationcase", "mediators"): _strings,
    ("mediationcase", "parties"): _parties,
    ("matterevent", "data"): _event_data,
}


def _json_check(shape: Callable[[object], str | None]) -> Callable[[object], str | None]:
    def check(value: object) -> str | None:
        if not isinstance(value, str) or len(value) > MAX_JSON_TEXT:
            return "应为不超过 64 KB 的JSON文字"
        try:
            parsed = json.loads(value)
        except ValueError:
            return "不是有效的JSON"
        except RecursionError:  # nested deeper than the parser goes
            return "JSON嵌套过深"
        if _depth(parsed) > MAX_JSON_DEPTH:
            return "JSON嵌套过深"
        return shape(parsed)
    return check


def _column_checks(table) -> dict[str, _Column]:
    checks = {}
    for column in table.columns:
        if column.name in LOCAL_COLUMNS:
            continue
        key = (table.name, column.name)
        kind = column.type.impl if isinstance(column.type, TypeDecorator) else column.type
        if isinstance(kind, JSON):
            check = _json_check(JSON_SHAPES.get(key, lambda _v: None))
        elif isinstance(kind, Boolean):
            check = _bool_check
        elif isinstance(kind, Integer):
            check = _int_check(*INTEGER_RANGES.get(column.name, (0, MAX_REVISION)))
        elif isinstance(kind, DateTime):
            check = _datetime_check
        elif isinstance(kind, Date):
            check = _date_check
        else:
            limit = getattr(kind, "length", None) or (
                desk_text.MAX_LONG if column.name in _MULTILINE_NAMES else desk_text.MAX_SHORT)
            check = _text_check(limit, column.name in _MULTILINE_NAMES, ENUMERATIONS.get(key))
            checks[column.name] = _Column(column.name, check, bool(column.nullable),
                                          _text_all_sound(limit, column.name in _MULTILINE_NAMES, ENUMERATIONS.get(key)))
            continue
        checks[column.name] = _Column(column.name, check, bool(column.nullable))
    return checks


def _references(table) -> dict[str, str]:
    refs = {column.name: next(iter(column.foreign_keys)).column.table.name
            for column in table.columns if column.foreign_keys}
    refs.update({column: target for (name, column), target in EXTRA_REFERENCES.items() if name == table.name})
    return refs


_ABSENT = object()  # a field a record leaves out
_NOTHING = frozenset({type(None), object})  # the kinds of None and of _ABSENT
_SCALAR_KINDS = frozenset({str, int, float, bool})
_ALWAYS = frozenset({"id", "revision", "township_code"})  # every record has them, never null


class RowRules:
    """The checks for each synchronised table, built once from the store's schema."""

    def __init__(self, tables: Iterable[str]) -> None:
        by_name = SQLModel.metadata.tables
        self.columns = {name: _column_checks(by_name[name]) for name in tables}
        self.references = {name: _references(by_name[name]) for name in tables}

    def check(self, table: str, row: dict, township: str, where: str) -> None:
        """Raise :class:`RowError` for the first thing wrong in ``row`` (``where``: file and line, for the message)."""
        columns = self.columns[table]
        if not isinstance(row.get("id"), str) or not _ID.fullmatch(row["id"]):
            raise RowError(f"{where} 的记录编号无效")
        missing = [name for name, column in columns.items() if not column.nullable and name not in row]
        if missing:
            raise RowError(f"{where} 缺少字段：{'、'.join(missing)}")
        for name, value in row.items():
            column = columns[name]
            if value is None:
                if not column.nullable:
                    raise RowError(f"{where} 的 {name} 不能为空")
                continue
            reason = column.check(value)
            if reason:
                raise RowError(f"{where} 的 {name} {reason}")
        if row["township_code"] != township:
            raise RowError(f"{where} 属于其他乡镇（{desk_text.shown(row['township_code'])}），已拒绝")
        self._own_codes(table, row, township, where)

    def all_sound(self, table: str, rows: list[dict], township: str, allowed: set[str]) -> bool:
        """True only when every row passes :meth:`check` and the reader's checks of a record's shape (fields among
        ``allowed``, scalar values, an id, a whole revision, the township's code): the whole file at once, column by
        column, each distinct value checked once. False when some row may not: :meth:`check`, row by row, then names
        the first problem (an unusual but sound file, a column mixing whole numbers and true/false say, lands there
        too)."""
        if not rows:
            return True
        columns = self.columns[table]
        present = set().union(*rows)
        if not present <= allowed or not present <= columns.keys() or not _ALWAYS <= present:
            return False
        names = list(present)
        if set(map(len, rows)) == {len(names)}:  # every row has every field (as files of this program have)
            by_column = dict(zip(names, zip(*map(itemgetter(*names), rows), strict=True), strict=True))
        else:
            by_column = {name: [row.get(name, _ABSENT) for row in rows] for name in names}
        distinct: dict[str, set] = {}
        for name, column in columns.items():
            optional = column.nullable and name not in _ALWAYS
            if name not in present:
                if not optional:
                    return False
                continue
            values = by_column[name]
            kinds = set(map(type, values))
            if kinds & _NOTHING:
                if not optional:
                    return False
                kinds -= _NOTHING
            if not kinds:
                continue
            if len(kinds) > 1 or not kinds <= _SCALAR_KINDS:
                return False
            found = set(values) - {None, _ABSENT}
            if column.all_sound is not None and kinds == {str}:
                if not column.all_sound(found):
                    return False
            elif any(column.check(value) is not None for value in found):
                return False
            distinct[name] = found
        if distinct["township_code"] != {township} or not all(map(_ID.fullmatch, distinct["id"])):
            return False
        return self._all_own_codes(table, rows, distinct, township)

    @staticmethod
    def _all_own_codes(table: str, rows: list[dict], distinct: dict[str, set], township: str) -> bool:
        """:meth:`_own_codes` of every row, each distinct code once."""
        if table == "township":
            return all(row.get("code") == township for row in rows)
        name = "code" if table == "village" else "village_code" if table == "matter" else None
        try:
            for code in distinct.get(name, ()) if name else ():
                if code:
                    validate_village_code(code, township)
        except DivisionCodeError:
            return False
        return True

    @staticmethod
    def _own_codes(table: str, row: dict, township: str, where: str) -> None:
        """A township may describe only itself: its own code, its own villages."""
        if table == "township" and row.get("code") != township:
            raise RowError(f"{where} 声称是另一个乡镇（{desk_text.shown(row.get('code'))}），已拒绝")
        code = row.get("code") if table == "village" else row.get("village_code") if table == "matter" else None
        if code:
            try:
                validate_village_code(code, township)
            except DivisionCodeError as error:
                raise RowError(f"{where}：{error.message}") from error


def stray_reference(raw, rules: RowRules, table: str, rows: list[dict], township: str,
                    later: dict[str, str]) -> str | None:
    """The first reference in a batch of ``table``'s records (``rows``) to a row that is not the township's own,
    described in Chinese; None when all are sound. The bundle is merged a batch at a time, the tables a table refers
    to before it, so every reference must find the township's own row in the county store (``raw``: the county's
    driver connection), there before or merged from this bundle.
    A reference to ``table`` itself may point at a row later in the bundle: one found neither in the batch nor in
    the store is kept in ``later`` (id → where) for :func:`stray_later`, once the whole table is in."""
    ids: set[str] | None = None
    for column, target in rules.references[table].items():
        values: dict[str, str] = {}
        for row in rows:
            value = row.get(column)
            if value is not None and value not in values:
                values[value] = f"{table}.{column}"
        if target == table and values:
            ids = {row["id"] for row in rows} if ids is None else ids
            values = {value: where for value, where in values.items() if value not in ids}
        missing = _unowned(raw, target, township, list(values))
        for value, where in values.items():
            if value in missing:
                if target != table:
                    return _stray(where, value)
                later.setdefault(value, where)
    return None


def stray_later(raw, table: str, township: str, later: dict[str, str]) -> str | None:
    """The first of ``later`` (see :func:`stray_reference`) that is still not the township's own row of ``table``."""
    missing = _unowned(raw, table, township, list(later))
    return next((_stray(where, value) for value, where in later.items() if value in missing), None)


def _unowned(raw, table: str, township: str, values: list[str]) -> set[str]:
    """Those of ``values`` that are not ids of the township's rows of ``table`` in the county store."""
    if not values:
        return set()
    if not store_raw.is_postgres(raw):  # SQLite looks each up itself and hands back only those it did not find
        return {value for (value,) in raw.execute(
            f"SELECT value FROM json_each(?) WHERE NOT EXISTS (SELECT 1 FROM {table} "
            "WHERE id = json_each.value AND township_code = ?)", (json.dumps(values), township))}
    found: set[str] = set()
    for start in range(0, len(values), 500):
        chunk = values[start:start + 500]
        # by the key alone: with the township in the condition the planner may walk the township's index instead
        found.update(row_id for row_id, owner in raw.execute(
            f"SELECT id, township_code FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            if owner == township)
    return set(values) - found


def _stray(where: str, value: str) -> str:
    return f"{where} 指向的记录 {desk_text.shown(value)} 不是本乡镇的（或不存在），已拒绝"
