"""Reading the ledgers townships already keep (Excel .xlsx or CSV in UTF-8 or GBK): file -> sheet rows -> header
row (a title row above it is common) -> which column is which, guessed from the Chinese headers and overridable by
the clerk. Nothing here checks a row's content; :mod:`services.ledger_import` does.
"""

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from gazetteer_desk.errors import DeskError

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
REQUIRED = ("name", "date", "request")
_NON_WORD = re.compile(r"[\s:：*＊()（）\[\]【】]")


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
        values = (cell(r[i]) for r in self.rows[self.header_row:] if i < len(r))
        return [v for v in values if v][:count]


def _norm_header(value) -> str:
    return _NON_WORD.sub("", unicodedata.normalize("NFKC", str(value or "")))


def read_table(path: Path, sheet: str | None = None) -> tuple[str | None, list[list]]:
    _, title, rows = _read(path, sheet)
    return title, rows


def open_ledger(path, sheet: str | None = None) -> LedgerTable:
    """Read ``sheet`` (default the first) once and find its header; raises DeskError when there is no usable header."""
    path = Path(path)
    sheets, title, rows = _read(path, sheet)
    if not any(any(cell(c) for c in r) for r in rows):
        raise DeskError(f"{'工作表“' + title + '”' if title else '文件'}是空的：{path.name}")
    header_at = _find_header(rows)
    headers = [cell(h) for h in rows[header_at]]
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

def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # an ID number or phone typed as a number
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return unicodedata.normalize("NFKC", str(value)).strip()


def columns_for(rows: list[list], mapping: dict[str, str] | None,
                header_at: int | None = None) -> tuple[int, list[str], dict[str, int]]:
    """The header row (0-based; found when not given), its headers and field -> column index: the guess, overridden by
    ``mapping`` (field -> header text; an empty header leaves that field out). Raises DeskError when a required
    column is missing."""
    chosen = {f: h for f, h in (mapping or {}).items() if h}
    if header_at is None:
        header_at = _find_header(rows) if not chosen else _header_with(rows, chosen)
    headers = [cell(h) for h in rows[header_at]]
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
    return header_at, headers, columns


def _header_with(rows: list[list], mapping: dict[str, str]) -> int:
    wanted = set(mapping.values())
    for i, row in enumerate(rows[:10]):
        if wanted <= {cell(c) for c in row}:
            return i
    return _find_header(rows)
