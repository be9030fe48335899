"""Importing the ledgers townships already keep (Excel .xlsx or CSV in UTF-8 or GBK).

1. :func:`preview` reads the file, finds the header row (a title row above it is common), guesses which column is
   which from the Chinese headers (overridable with ``mapping``; reading and guessing are in
   :mod:`services.ledger_reading`), and checks every row with the domain rules —
   ID number, category, date, village, channel, purpose, head count — listing each bad row's number and reasons.
   Nothing is written.
   When the ledger has 办理状态 / 办理结果 / 承办单位 / 受理日期 / 答复日期 / 办结日期 columns, each row's steps are
   planned through the procedure (:mod:`services.ledger_procedure`); dates that contradict it make a bad row.
2. :func:`accept` registers the good rows through :func:`services.registration.register_in` in ONE transaction;
   any refusal rolls the whole import back. A row's planned steps are then applied to its new matter (status,
   dates, running limit, one history entry per step). With bad rows present it refuses unless ``skip_bad=True``.

Re-import: each row gets an import key, the SHA-256 of its normalised content (name, ID number, phone, date,
category, village, content, channel, head count — not the file name or row number, so the same row in a re-saved or
re-sorted file is still recognised). The key is stored in the data of the matter's first history entry
(``MatterEvent`` kind ``registered``, ``data["import_key"]``); rows whose key is already in the store, or repeated
in the file, are reported as duplicates and skipped. No schema change is needed.

The window reads a workbook once (:func:`open_ledger`: its sheets, header row, headers and guessed mapping), lets the
clerk correct the mapping, and hands the same table to :func:`preview`. :func:`accept` needs the ``import_ledger``
permission and writes one audit entry (who, file, counts) in the import's transaction.
"""

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import text

from gazetteer_desk.domain.categories import CHANNELS, PURPOSES, CategoryError, resolve_category
from gazetteer_desk.domain.calendar import HolidayCalendar
from gazetteer_desk.domain.idnumber import IdNumberError, parse_id_number
from gazetteer_desk.resources import division_table
from gazetteer_desk.domain.procedure import MatterState
from gazetteer_desk.domain.routing import GroupVisitError, check_group_visit
from gazetteer_desk.errors import DeskError
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import Matter
from gazetteer_desk.services.setup import setup
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import require
from gazetteer_desk.services.core.calendar import calendar_for
from gazetteer_desk.services.ledgers.ledger_procedure import PlanError, Step, apply_steps, plan
# reading and column guessing; the window's wizard and the command line import these names from here
from gazetteer_desk.services.ledgers.ledger_reading import (
    FIELD_LABELS,
    FIELDS as FIELDS,
    REQUIRED,
    LedgerTable,
    cell,
    columns_for,
    guess_mapping as guess_mapping,
    open_ledger as open_ledger,
    read_table,
)
from gazetteer_desk.services.matters.registration import RegistrationInput, register_in

DATE_FIELDS = ("accepted_on", "replied_on", "closed_on")
CHANNEL_ALIASES = {"来访": "走访", "上访": "走访", "走访": "走访", "信件": "书信", "来信": "书信", "书信": "书信",
                   "电话": "电话", "来电": "电话", "传真": "传真", "网上": "信息网络", "网络": "信息网络",
                   "网上信访": "信息网络", "信息网络": "信息网络", "网信": "信息网络"}


@dataclass
class ImportRow:
    row_number: int  # as the spreadsheet shows it (header row counted)
    values: dict[str, str]
    errors: list[str] = field(default_factory=list)
    key: str = ""
    duplicate: str = ""  # "" | "file" | "store"
    data: RegistrationInput | None = None
    steps: list[Step] = field(default_factory=list)  # the procedure steps its status and dates stand for
    state: MatterState | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class ImportPreview:
    path: Path
    sheet: str | None
    header_row: int
    mapping: dict[str, str]  # field -> header text as in the file
    unmapped: list[str]  # headers not used
    rows: list[ImportRow]

    @property
    def good(self) -> list[ImportRow]:
        return [r for r in self.rows if r.ok and not r.duplicate]

    @property
    def bad(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.ok]

    @property
    def duplicates(self) -> list[ImportRow]:
        return [r for r in self.rows if r.ok and r.duplicate]


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped_bad: int
    duplicates: int
    numbers: list[str]


Progress = Callable[[float, str], None]


# --- checking ----------------------------------------------------------------------------------------------------


_DATE_FORMS = (re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$"), re.compile(r"^(\d{4})(\d{2})(\d{2})$"))


def parse_date(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text_value = cell(value)
    if not text_value:
        raise ValueError("未填写来访日期")
    for form in _DATE_FORMS:
        if m := form.match(text_value):
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                raise ValueError(f"日期不存在：{text_value}") from None
    raise ValueError(f"无法识别的日期：{text_value}")


def _check(row: ImportRow, raw_date, raw_dates: dict, villages: dict[str, str], today: date,
           cal: HolidayCalendar) -> None:
    v, errors = row.values, row.errors
    for fld in REQUIRED:
        if fld != "date" and not v.get(fld):
            errors.append(f"未填写{FIELD_LABELS[fld]}")
    try:
        received = parse_date(raw_date)
        if received > today:
            errors.append(f"来访日期晚于今天：{received:%Y-%m-%d}")
    except ValueError as error:
        errors.append(str(error))
        received = None
    id_number = v.get("id_number") or None
    if id_number:
        try:
            id_number = parse_id_number(id_number, today=today, divisions=division_table()).value
        except IdNumberError as error:
            errors.append(f"身份证号码有误（{v['id_number']}）：{error.message}")
    phone = v.get("phone") or None
    if phone and not phone.replace("-", "").replace(" ", "").isdigit():
        errors.append(f"联系电话只能包含数字：{phone}")
    category = v.get("category") or "其它"
    try:
        resolve_category(category)
    except CategoryError as error:
        errors.append(error.message)
    village = v.get("village") or None
    if village and village not in villages:
        errors.append(f"未知的村（社区）“{village}”")
    channel = CHANNEL_ALIASES.get(v.get("channel") or "走访", v.get("channel"))
    if channel not in CHANNELS:
        errors.append(f"未知的信访形式“{v.get('channel')}”（可选：{'、'.join(CHANNELS)}）")
    purpose = v.get("purpose") or "求决"
    if purpose not in PURPOSES:
        errors.append(f"未知的信访目的“{purpose}”（可选：{'、'.join(PURPOSES)}）")
    people = 1
    if v.get("people_count"):
        try:
            people = int(float(v["people_count"]))
            check_group_visit(people, [])
        except ValueError:
            errors.append(f"人数应为整数：{v['people_count']}")
        except GroupVisitError as error:
            errors.append(error.message)
    dates = {}
    for fld, raw in raw_dates.items():
        if cell(raw):
            try:
                dates[fld] = parse_date(raw)
            except ValueError as error:
                errors.append(f"{FIELD_LABELS[fld]}：{error}")
    if received and not errors:
        try:
            row.steps, row.state = plan(v, dates, received, today, cal)
        except PlanError as error:
            errors.append(str(error))
    if errors:
        return
    normal = "\x1f".join([v.get("name", ""), id_number or "", phone or "", received.isoformat(), category,
                          village or "", v.get("request", ""), channel, str(people)])
    row.key = hashlib.sha256(normal.encode("utf-8")).hexdigest()
    row.data = RegistrationInput(
        name=v["name"], request=v["request"], id_number=id_number, phone=phone, village=villages.get(village or ""),
        category=category, purpose=purpose, channel=channel, people_count=people, address=v.get("address", ""),
        subject=v.get("subject", ""), notes=v.get("notes", ""),
        received_at=datetime.combine(received, time(9, 0)).astimezone(),
        # each ledger row was registered as a matter of its own; a repeat of a running one stays one (重件)
        new_matter_reason="台账中登记为单独事项",
    )


def preview(store: Store, path, *, sheet: str | None = None, mapping: dict[str, str] | None = None,
            today: date | None = None, table: LedgerTable | None = None,
            progress: Progress | None = None) -> ImportPreview:
    """Read and check every row; writes nothing.

    ``mapping``: field -> header text, over the guessed mapping; an empty header leaves that field out.
    ``table``: a sheet already read by :func:`open_ledger` (then ``path`` and ``sheet`` are not read again).
    """
    path = Path(path)
    today = today or date.today()
    if table is not None:
        path, sheet_name, rows = table.path, table.sheet, table.rows
    else:
        sheet_name, rows = read_table(path, sheet)
    if not rows:
        raise DeskError(f"文件是空的：{path.name}")
    header_at, headers, columns = columns_for(rows, mapping, table.header_row - 1 if table is not None else None)
    villages = {}
    for village in setup.villages(store, include_retired=True):
        villages[village.name] = villages[village.code] = village.name
    cal = calendar_for(store)
    out: list[ImportRow] = []
    body = rows[header_at + 1:]
    step = max(1, len(body) // 50)
    for n, raw in enumerate(body, start=header_at + 2):
        if progress and (n - header_at - 2) % step == 0:
            progress((n - header_at - 2) / max(1, len(body)), f"正在检查第{n}行（共{len(rows)}行）…")
        if not any(cell(c) for c in raw):
            continue  # blank lines and trailing formatting
        cells = list(raw) + [None] * (len(headers) - len(raw))
        row = ImportRow(n, {fld: cell(cells[i]) for fld, i in columns.items()})
        _check(row, cells[columns["date"]], {f: cells[columns[f]] for f in DATE_FIELDS if f in columns}, villages,
               today, cal)
        out.append(row)
    _mark_duplicates(store, out)
    used = set(columns.values())
    return ImportPreview(path, sheet_name, header_at + 1, {f: headers[i] for f, i in columns.items()},
                         [h for i, h in enumerate(headers) if h and i not in used], out)


def _mark_duplicates(store: Store, rows: list[ImportRow]) -> None:
    with store.engine.connect() as connection:
        known = {k for (k,) in connection.execute(text(
            "SELECT json_extract(data, '$.import_key') FROM matterevent WHERE kind = 'registered' "
            "AND deleted = 0 AND json_extract(data, '$.import_key') IS NOT NULL"))}
    seen: set[str] = set()
    for row in rows:
        if not row.key:
            continue
        if row.key in known:
            row.duplicate = "store"
        elif row.key in seen:
            row.duplicate = "file"
        seen.add(row.key)


def accept(store: Store, result: ImportPreview, *, skip_bad: bool = False, actor="",
           progress: Progress | None = None) -> ImportResult:
    """Register every good, new row in one transaction; refuses bad rows unless ``skip_bad``.

    ``actor``: a username, or a signed-in CurrentUser (then the ``import_ledger`` permission is checked).
    """
    require(actor, "import_ledger")
    actor = audit.actor_name(actor)
    if result.bad and not skip_bad:
        raise DeskError(f"有{len(result.bad)}行有误，未导入任何数据；请更正后重新导入，或选择跳过有误的行")
    numbers: list[str] = []
    cal = calendar_for(store)
    good = result.good
    step = max(1, len(good) // 50)
    with store.transaction() as session:
        for i, row in enumerate(good):
            if progress and i % step == 0:
                progress(i / max(1, len(good)), f"正在导入第{i + 1}件（共{len(good)}件）…")
            try:
                source = {"import_file": result.path.name, "import_row": row.row_number}
                done = register_in(session, store, row.data, actor, event_data={"import_key": row.key, **source})
                apply_steps(session, session.get(Matter, done.matter_id), row.steps, row.state, cal, actor, source)
            except DeskError as error:
                raise DeskError(f"第{row.row_number}行：{error.message}（未导入任何数据）") from error
            numbers.append(done.number)
        audit.record(session, actor, "import_ledger", "ledger", result.path.name,
                     {"file": result.path.name, "sheet": result.sheet, "rows": len(result.rows),
                      "imported": len(numbers), "duplicates": len(result.duplicates), "bad": len(result.bad),
                      "first": numbers[0] if numbers else "", "last": numbers[-1] if numbers else ""})
    return ImportResult(len(numbers), len(result.bad), len(result.duplicates), numbers)
