"""Importing the ledgers townships already keep (Excel .xlsx or CSV in UTF-8 or GBK).

1. :func:`preview` reads the file, finds the header row (a title row above it is common), guesses which column is
   which from the Chinese headers (overridable with ``mapping``), and checks every row with the domain rules —
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

import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import text

from ..domain.categories import CHANNELS, PURPOSES, CategoryError, resolve_category
from ..domain.calendar import HolidayCalendar
from ..domain.idnumber import IdNumberError, parse_id_number
from ..domain.procedure import MatterState
from ..domain.routing import GroupVisitError, check_group_visit
from ..errors import DeskError
from ..store.database import Store
from ..store.models import Matter
from . import setup
from . import audit
from .authz import require
from .calendar import calendar_for
from .ledger_procedure import PlanError, Step, apply_steps, plan
from .registration import RegistrationInput, register_in

# field -> header words that name it (exact match after normalising first, then "contains")
FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "信访人", "信访人姓名", "来访人", "来访人姓名", "反映人"),
    "id_number": ("身份证号", "身份证号码", "证件号码", "证件号", "身份证"),
    "phone": ("联系电话", "电话", "手机", "手机号", "联系方式"),
    "date": ("来访日期", "登记日期", "来访时间", "日期", "信访日期"),
    "category": ("问题类别", "类别", "问题分类", "信访类别", "问题性质"),
    "village": ("村", "村（社区）", "问题属地", "所属村", "村社区", "属地", "村居"),
    "request": ("反映问题", "信访事项", "主要诉求", "反映内容", "诉求", "信访请求", "主要问题"),
    "channel": ("信访形式", "来访形式", "形式", "信访方式"),
    "people_count": ("人数", "来访人数"),
    "purpose": ("信访目的", "目的"),
    "address": ("住址", "家庭住址", "地址"),
    "subject": ("被反映对象", "被反映单位", "被反映人"),
    "notes": ("备注",),
    # where the matter stands (optional; see ledger_procedure)
    "status": ("办理状态", "事项状态", "状态", "办理情况"),
    "outcome": ("办理结果", "处理结果", "答复结果", "处理意见"),
    "unit": ("承办单位", "交办单位", "责任单位", "转送单位"),
    "accepted_on": ("受理日期", "受理时间"),
    "replied_on": ("答复日期", "答复时间"),
    "closed_on": ("办结日期", "办结时间", "结案日期"),
}
FIELD_LABELS = {"name": "信访人", "id_number": "证件号码", "phone": "联系电话", "date": "来访日期",
                "category": "问题类别", "village": "问题属地", "request": "反映问题", "channel": "信访形式",
                "people_count": "人数", "purpose": "信访目的", "address": "住址", "subject": "被反映对象",
                "notes": "备注", "status": "办理状态", "outcome": "办理结果", "unit": "承办单位",
                "accepted_on": "受理日期", "replied_on": "答复日期", "closed_on": "办结日期"}
DATE_FIELDS = ("accepted_on", "replied_on", "closed_on")
REQUIRED = ("name", "date", "request")
CHANNEL_ALIASES = {"来访": "走访", "上访": "走访", "走访": "走访", "信件": "书信", "来信": "书信", "书信": "书信",
                   "电话": "电话", "来电": "电话", "传真": "传真", "网上": "信息网络", "网络": "信息网络",
                   "网上信访": "信息网络", "信息网络": "信息网络", "网信": "信息网络"}
_NON_WORD = re.compile(r"[\s:：*＊()（）\[\]【】]")


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


@dataclass(frozen=True)
class LedgerTable:
    """A sheet as read, before any checking: what the mapping step shows."""

    path: Path
    sheets: list[str]  # the workbook's sheets ([] for CSV)
    sheet: str | None
    rows: list[list]
    header_row: int  # 1-based, as the spreadsheet shows it
    headers: list[str]
    guessed: dict[str, str]  # field -> header text

    def sample(self, header: str, count: int = 3) -> list[str]:
        """The first few non-empty values under ``header`` (to help the clerk tell columns apart)."""
        if header not in self.headers:
            return []
        i = self.headers.index(header)
        values = (_cell(r[i]) for r in self.rows[self.header_row:] if i < len(r))
        return [v for v in values if v][:count]


Progress = Callable[[float, str], None]


# --- reading ---------------------------------------------------------------------------------------------------


def _norm_header(value) -> str:
    return _NON_WORD.sub("", unicodedata.normalize("NFKC", str(value or "")))


def read_table(path: Path, sheet: str | None = None) -> tuple[str | None, list[list]]:
    _, title, rows = _read(path, sheet)
    return title, rows


def open_ledger(path, sheet: str | None = None) -> LedgerTable:
    """Read ``sheet`` (default the first) once and find its header; raises DeskError when there is no usable header."""
    path = Path(path)
    sheets, title, rows = _read(path, sheet)
    if not any(any(_cell(c) for c in r) for r in rows):
        raise DeskError(f"{'工作表“' + title + '”' if title else '文件'}是空的：{path.name}")
    header_at = _find_header(rows)
    headers = [_cell(h) for h in rows[header_at]]
    guessed = {f: headers[i] for f, i in guess_mapping(rows[header_at]).items()}
    return LedgerTable(path, sheets, title, rows, header_at + 1, headers, guessed)


def _read(path: Path, sheet: str | None) -> tuple[list[str], str | None, list[list]]:
    suffix = path.suffix.lower()
    if not path.is_file():
        raise DeskError(f"找不到文件：{path}")
    if suffix in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            wb = load_workbook(path, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds for a damaged file
            raise DeskError(f"无法读取Excel文件 {path.name}：{error}") from error
        try:
            if sheet and sheet not in wb.sheetnames:
                raise DeskError(f"文件中没有工作表“{sheet}”（有：{'、'.join(wb.sheetnames)}）")
            ws = wb[sheet] if sheet else wb.worksheets[0]
            return list(wb.sheetnames), ws.title, [list(r) for r in ws.iter_rows(values_only=True)]
        finally:
            wb.close()
    if suffix in (".csv", ".txt"):
        raw = path.read_bytes()
        for encoding in ("utf-8-sig", "gb18030"):  # GB18030 reads GBK and GB2312 files too
            try:
                content = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:  # pragma: no cover - gb18030 decodes any byte string
            raise DeskError(f"无法识别文件编码：{path.name}")
        return [], None, [row for row in csv.reader(io.StringIO(content))]
    if suffix == ".xls":
        raise DeskError("不支持旧版 .xls 文件，请在Excel或WPS中“另存为” .xlsx 后再导入")
    raise DeskError(f"不支持的文件类型“{suffix}”：请使用 .xlsx 或 .csv")


def guess_mapping(headers: list) -> dict[str, int]:
    """field -> column index, exact header names first, then headers containing a known word."""
    normal = [_norm_header(h) for h in headers]
    mapping: dict[str, int] = {}
    for exact in (True, False):
        for fld, words in FIELDS.items():
            if fld in mapping:
                continue
            for i, h in enumerate(normal):
                if not h or i in mapping.values():
                    continue
                if (h in words) if exact else any(w in h for w in words if len(w) >= 2):
                    mapping[fld] = i
                    break
    return mapping


def _find_header(rows: list[list]) -> int:
    best, best_hits = 0, 0
    for i, row in enumerate(rows[:10]):
        hits = len(guess_mapping(row))
        if hits > best_hits:
            best, best_hits = i, hits
    if best_hits < 2:
        raise DeskError("没有找到表头：前10行中没有能识别的列名（如 姓名、来访日期、反映问题），可用 --map 列名=字段 指定")
    return best


# --- checking ----------------------------------------------------------------------------------------------------


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # an ID number or phone typed as a number
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return unicodedata.normalize("NFKC", str(value)).strip()


_DATE_FORMS = (re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$"), re.compile(r"^(\d{4})(\d{2})(\d{2})$"))


def parse_date(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text_value = _cell(value)
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
            id_number = parse_id_number(id_number, today=today).value
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
        if _cell(raw):
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
    chosen = {f: h for f, h in (mapping or {}).items() if h}
    if table is not None:
        header_at = table.header_row - 1
    else:
        header_at = _find_header(rows) if not chosen else _header_with(rows, chosen)
    headers = [_cell(h) for h in rows[header_at]]
    columns = guess_mapping(rows[header_at])
    taken: dict[str, str] = {}
    for fld, header in chosen.items():
        if header in taken:
            raise DeskError(f"列“{header}”同时对应了{FIELD_LABELS.get(taken[header], taken[header])}和"
                            f"{FIELD_LABELS.get(fld, fld)}，一列只能对应一项")
        taken[header] = fld
    for fld, header in (mapping or {}).items():
        if fld not in FIELDS:
            raise DeskError(f"未知的字段“{fld}”（可用：{'、'.join(FIELDS)}）")
        if not header:  # the clerk chose 不导入 for it
            columns.pop(fld, None)
            continue
        if header not in headers:
            raise DeskError(f"表头中没有列“{header}”（有：{'、'.join(h for h in headers if h)}）")
        columns = {k: i for k, i in columns.items() if i != headers.index(header)}
        columns[fld] = headers.index(header)
    if "date" not in columns and "accepted_on" in columns:  # a ledger whose only date is 受理日期: the day it came in
        columns["date"] = columns.pop("accepted_on")
    missing = [FIELD_LABELS[f] for f in REQUIRED if f not in columns]
    if missing:
        raise DeskError(f"找不到必需的列：{'、'.join(missing)}（可用 --map 列名=字段 指定）")
    villages = {}
    for village in setup.villages(store):
        villages[village.name] = villages[village.code] = village.name
    cal = calendar_for(store)
    out: list[ImportRow] = []
    body = rows[header_at + 1:]
    step = max(1, len(body) // 50)
    for n, raw in enumerate(body, start=header_at + 2):
        if progress and (n - header_at - 2) % step == 0:
            progress((n - header_at - 2) / max(1, len(body)), f"正在检查第{n}行（共{len(rows)}行）…")
        if not any(_cell(c) for c in raw):
            continue  # blank lines and trailing formatting
        cells = list(raw) + [None] * (len(headers) - len(raw))
        row = ImportRow(n, {fld: _cell(cells[i]) for fld, i in columns.items()})
        _check(row, cells[columns["date"]], {f: cells[columns[f]] for f in DATE_FIELDS if f in columns}, villages,
               today, cal)
        out.append(row)
    _mark_duplicates(store, out)
    used = set(columns.values())
    return ImportPreview(path, sheet_name, header_at + 1, {f: headers[i] for f, i in columns.items()},
                         [h for i, h in enumerate(headers) if h and i not in used], out)


def _header_with(rows: list[list], mapping: dict[str, str]) -> int:
    wanted = set(mapping.values())
    for i, row in enumerate(rows[:10]):
        if wanted <= {_cell(c) for c in row}:
            return i
    return _find_header(rows)


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
