"""台账 workbook: the ledgers county offices keep, one sheet each, plus 汇总 (every figure) and optionally 年度报告.

Written by :mod:`gazetteer_desk.formats.xlsx_book` (rows stream from the SQL cursor to disk; a year of 200,000
matters never sits in memory as cells) into a temporary file beside the target, then renamed over it, so a crash never
leaves half a workbook. Dates are real date cells, counts are numbers, text never becomes a formula; ID numbers and
phones are masked unless ``mask=False``.
"""

import functools
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from gazetteer_desk.formats import xlsx_book
from gazetteer_desk.formats.xlsx_book import DATE, DATETIME, NOTE, NUMBER, PLAIN

from gazetteer_desk.domain.masking import mask_id_number, mask_phone
from gazetteer_desk.domain.procedure import STATUS_LABELS
from gazetteer_desk.domain.routing import route_by_key
from gazetteer_desk.errors import DeskError
from gazetteer_desk.store.database import Store
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.ledgers import figures
from gazetteer_desk.services.ledgers.annual_report import AnnualReport
from gazetteer_desk.services.core.authz import purposes_for, require
from gazetteer_desk.services.ledgers.figures import Context, Rate
from gazetteer_desk.services.core.scope import Scope

Progress = Callable[[float, str], None]

MATTER_SHEET = "信访事项台账"
VISIT_SHEET = "来访登记台账"
RECEPTION_SHEET = "领导接访台账"
FIELD_SHEET = "下访台账"
MEDIATION_SHEET = "矛盾纠纷调解台账"
SUMMARY_SHEET = "汇总"
ANNUAL_SHEET = "年度报告"
LEDGER_SHEETS = (MATTER_SHEET, VISIT_SHEET, RECEPTION_SHEET, FIELD_SHEET, MEDIATION_SHEET)

# how each ledger column is written (text when not named): the same header means the same kind in every ledger
KINDS = {
    **dict.fromkeys(("序号", "来访人数", "延期天数", "接待批次", "接待人次", "现场登记事项"), NUMBER),
    **dict.fromkeys(("登记日期", "受理日期", "当前期限", "答复日期", "办结日期", "接访日期", "下访日期", "达成协议日期",
                     "履行期限", "结案日期"), DATE),
    "来访时间": DATETIME,
}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: dict[str, int]  # sheet -> data rows written


# --- the ledgers: (header, width) and a query whose rows map to cells ---------------------------------------------

MATTER_COLUMNS = (
    ("序号", 7), ("事项编号", 22), ("登记日期", 12), ("信访人", 10), ("证件号码", 21), ("联系电话", 14),
    ("信访形式", 9), ("来访人数", 9), ("问题属地", 12), ("问题类别", 14), ("二级类别", 12), ("信访目的", 10),
    ("初重件", 8), ("集体访", 8), ("反映问题", 40), ("被反映对象", 16), ("处理途径", 18), ("承办单位", 16),
    ("办理状态", 12), ("受理日期", 12), ("延期天数", 9), ("当前期限", 12), ("答复日期", 12), ("处理结果", 10),
    ("办结日期", 12), ("信访部门满意度", 10), ("责任单位满意度", 10), ("接待人", 9),
)
VISIT_COLUMNS = (
    ("序号", 7), ("来访时间", 18), ("事项编号", 22), ("信访人", 10), ("证件号码", 21), ("联系电话", 14),
    ("信访形式", 9), ("来访人数", 9), ("问题属地", 12), ("问题类别", 14), ("反映问题", 40), ("接待人", 9),
    ("接访领导", 10), ("备注", 24),
)
RECEPTION_COLUMNS = (
    ("序号", 7), ("接访日期", 12), ("接访领导", 10), ("职务", 12), ("分管工作", 16), ("时间", 13), ("地点", 18),
    ("接访形式", 10), ("联络员", 10), ("联系电话", 14), ("接待批次", 9), ("接待人次", 9), ("涉及事项编号", 40),
    ("备注", 24),
)
FIELD_COLUMNS = (
    ("序号", 7), ("下访日期", 12), ("下访领导", 10), ("职务", 12), ("村（社区）", 12), ("接触群众", 24),
    ("发现问题", 36), ("现场登记事项", 12), ("备注", 24),
)
MEDIATION_COLUMNS = (
    ("序号", 7), ("调解编号", 16), ("受理日期", 12), ("案件来源", 10), ("当事人", 24), ("调解员", 16),
    ("纠纷事实", 36), ("争议焦点", 24), ("调解状态", 10), ("协议形式", 10), ("达成协议日期", 12), ("履行期限", 12),
    ("履行情况", 10), ("结案日期", 12), ("不成功告知途径", 20), ("关联信访事项", 22),
)
_MEDIATION_SOURCE = {"application": "当事人申请", "initiative": "主动调解", "court": "法院委托", "police": "公安移交",
                     "petition": "信访转入"}
_MEDIATION_STATUS = {"in_progress": "进行中", "success": "调解成功", "failed": "调解不成"}
_AGREEMENT = {"written": "书面协议", "oral": "口头协议"}


def _d(value) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else value or None


def _local(value) -> datetime | None:
    """Stored UTC text → local wall time without tzinfo (Excel has no time zones)."""
    if not value:
        return None
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().replace(tzinfo=None, microsecond=0)


class _Days(dict):
    """Stored dates → date cells, each distinct day converted once: a year's ledger has 100,000s of date cells and
    a few hundred days."""

    def __missing__(self, value):
        day = self[value] = _d(value)
        return day


class _LocalTimes:
    """:func:`_local` for a whole ledger: the zone's offset is looked up once per hour of stored UTC text rather
    than once per visit, and an hour in which the zone changes its offset (summer time) is converted visit by visit."""

    def __init__(self):
        self._offsets: dict[str, timedelta | None] = {}

    def __call__(self, value) -> datetime | None:
        # the store's own UTC text: "YYYY-MM-DD HH:MM:SS[.ffffff]", no offset; anything else the careful way
        if not isinstance(value, str) or len(value) > 26 or value[19:20] not in ("", "."):
            return _local(value)
        hour = value[:13]
        if hour not in self._offsets:
            start = datetime.fromisoformat(hour + ":00").replace(tzinfo=UTC)
            offset = start.astimezone().utcoffset()
            self._offsets[hour] = offset if (start + timedelta(seconds=3599)).astimezone().utcoffset() == offset \
                else None
        offset = self._offsets[hour]
        return _local(value) if offset is None else datetime.fromisoformat(value[:19]) + offset


@functools.cache  # a handful of routes, 100,000s of rows
def _route(key: str) -> str:
    try:
        return route_by_key(key).label
    except Exception:  # a route key from a newer version: show it as it is
        return key


def _matter_rows(ctx: Context, mask: bool) -> Iterable[list]:
    sql = f"""SELECT m.number, m.received_on, p.name, p.id_number, p.phone, m.channel, m.people_count,
                     m.village_name, m.category, m.subcategory, m.purpose, m.is_repeat, m.request, m.subject, m.route,
                     m.handling_unit, m.status, m.accepted_on, m.extension_days, m.due_on, m.replied_on, m.outcome,
                     m.closed_on, m.satisfaction_office, m.satisfaction_unit, s.name
              FROM matter m JOIN petitioner p ON p.id = m.petitioner_id LEFT JOIN staff s ON s.id = m.receiver_id
              WHERE {ctx.matter_filter()} AND {ctx.visible} ORDER BY m.received_on, m.number"""
    days = _Days()
    for i, r in enumerate(ctx.conn.execute(text(sql), ctx.params), start=1):
        yield [i, r[0], days[r[1]], r[2], _id(r[3], mask), _phone(r[4], mask), r[5], int(r[6] or 0), r[7] or "",
               r[8], r[9] or "", r[10], "重件" if r[11] else "初件", "是" if (r[6] or 0) >= 5 else "", r[12], r[13],
               _route(r[14]), r[15], STATUS_LABELS.get(r[16], r[16]), days[r[17]], int(r[18] or 0), days[r[19]],
               days[r[20]], r[21], days[r[22]], r[23], r[24], r[25] or ""]


def _visit_rows(ctx: Context, mask: bool) -> Iterable[list]:
    frm = ctx.visit_from()
    if " JOIN matter m " not in frm:
        frm = frm.replace("FROM visit v", "FROM visit v JOIN matter m ON m.id = v.matter_id", 1)
    sql = f"""SELECT v.visited_at, m.number, p.name, p.id_number, p.phone, v.channel, v.people_count, m.village_name,
                     m.category, m.request, r.name, l.name, v.notes
              {frm.replace(' WHERE ', ' JOIN petitioner p ON p.id = v.petitioner_id LEFT JOIN staff r ON '
                           'r.id = v.received_by_id LEFT JOIN staff l ON l.id = v.leader_id WHERE ', 1)}
              AND {ctx.visible} ORDER BY v.visited_at"""
    local = _LocalTimes()
    for i, r in enumerate(ctx.conn.execute(text(sql), ctx.params), start=1):
        yield [i, local(r[0]), r[1], r[2], _id(r[3], mask), _phone(r[4], mask), r[5], int(r[6] or 0), r[7] or "",
               r[8], r[9], r[10] or "", r[11] or "", r[12]]


def _reception_rows(ctx: Context, mask: bool) -> Iterable[list]:
    sql = f"""SELECT t.day, s.name, s.post, s.portfolio, t.start_time || '-' || t.end_time, t.place, t.form,
                     t.liaison, t.liaison_phone,
                     (SELECT count(*) FROM visit v WHERE v.reception_day_id = t.id AND v.deleted = 0),
                     (SELECT coalesce(sum(v.people_count), 0) FROM visit v WHERE v.reception_day_id = t.id
                      AND v.deleted = 0),
                     (SELECT group_concat(m.number, '、') FROM visit v JOIN matter m ON m.id = v.matter_id
                      WHERE v.reception_day_id = t.id AND v.deleted = 0 AND {ctx.visible}), t.notes
              {ctx.leader_rows('receptionday', 'day').replace(' WHERE ', ' LEFT JOIN staff s ON s.id = t.leader_id WHERE ', 1)}
              ORDER BY t.day"""
    for i, r in enumerate(ctx.conn.execute(text(sql), ctx.params), start=1):
        yield [i, _d(r[0]), r[1] or "", r[2] or "", r[3] or "", r[4], r[5], r[6], r[7], _phone(r[8], mask),
               int(r[9]), int(r[10]), r[11] or "", r[12]]


def _field_rows(ctx: Context, mask: bool) -> Iterable[list]:
    sql = f"""SELECT t.day, s.name, s.post, t.village_name, t.people_met, t.problems,
                     (SELECT count(DISTINCT v.matter_id) FROM visit v WHERE v.field_visit_id = t.id AND v.deleted = 0),
                     t.notes
              {ctx.leader_rows('fieldvisit', 'day').replace(' WHERE ', ' LEFT JOIN staff s ON s.id = t.leader_id WHERE ', 1)}
              ORDER BY t.day"""
    for i, r in enumerate(ctx.conn.execute(text(sql), ctx.params), start=1):
        yield [i, _d(r[0]), r[1] or "", r[2] or "", r[3], r[4], r[5], int(r[6]), r[7]]


def _mediation_rows(ctx: Context, mask: bool) -> Iterable[list]:
    where = ["c.deleted = 0", "c.applied_on BETWEEN :start AND :end"]
    if ctx.scope.township_code:
        where.append("c.township_code = :township")
    sql = f"""SELECT c.number, c.applied_on, c.source, c.parties, c.mediators, c.facts, c.issues, c.status,
                     c.agreement_kind, c.agreed_on, c.performance_due, c.performance, c.closed_on, c.failure_route,
                     m.number
              FROM mediationcase c LEFT JOIN matter m ON m.id = c.matter_id
              WHERE {' AND '.join(where)} AND (m.id IS NULL OR {ctx.visible})
              ORDER BY c.applied_on, c.number"""
    for i, r in enumerate(ctx.conn.execute(text(sql), ctx.params), start=1):
        yield [i, r[0], _d(r[1]), _MEDIATION_SOURCE.get(r[2], r[2]), _names(_json_list(r[3])),
               _names(_json_list(r[4])), r[5], r[6], _MEDIATION_STATUS.get(r[7], r[7]),
               _AGREEMENT.get(r[8], r[8] or ""), _d(r[9]), _d(r[10]), r[11], _d(r[12]), r[13], r[14] or ""]


def _json_list(value) -> list:
    """A JSON column as SQLite (text) or PostgreSQL (already parsed) returns it."""
    import json

    return json.loads(value) if isinstance(value, str) else value or []


def _names(items: list) -> str:
    return "、".join(str(x.get("name", "")) if isinstance(x, dict) else str(x) for x in items)


def _id(value, mask: bool) -> str:
    return mask_id_number(value) if mask else (value or "")


def _phone(value, mask: bool) -> str:
    return mask_phone(value) if mask else (value or "")


LEDGERS = (
    (MATTER_SHEET, MATTER_COLUMNS, _matter_rows),
    (VISIT_SHEET, VISIT_COLUMNS, _visit_rows),
    (RECEPTION_SHEET, RECEPTION_COLUMNS, _reception_rows),
    (FIELD_SHEET, FIELD_COLUMNS, _field_rows),
    (MEDIATION_SHEET, MEDIATION_COLUMNS, _mediation_rows),
)


# --- writing -----------------------------------------------------------------------------------------------------


SUMMARY_COLUMNS = (("分类", 18), ("指标", 30), ("数值", 12), ("分子", 9), ("分母", 9), ("口径说明", 70))


def _summary(values: list, title: str) -> xlsx_book.Sheet:
    rows, rates = [], {}
    for fv in values:
        f = fv.figure
        if isinstance(fv.value, Rate):
            rates[len(rows)] = xlsx_book.PERCENT
            rows.append([f.section, f.label, fv.value.value, fv.value.numerator, fv.value.denominator, f.definition])
        elif fv.is_breakdown:
            rows.extend([f.section, f"{f.label}：{k}", int(n), None, None, f.definition] for k, n in fv.value)
        else:
            rows.append([f.section, f"{f.label}（{f.unit}）", int(fv.value), None, None, f.definition])
    return xlsx_book.Sheet(SUMMARY_SHEET, SUMMARY_COLUMNS, rows, title=title, row_kinds=rates,
                           kinds={"数值": PLAIN, "分子": NUMBER, "分母": NUMBER, "口径说明": NOTE})


def _annual(report: AnnualReport) -> xlsx_book.Sheet:
    rows, headings = [], {}
    for heading, items in report.sections():
        headings[len(rows)] = xlsx_book.BOLD
        rows.append([heading, None])
        rows.extend([item, value] for item, value in items)
    rows.append([f"统计截至 {report.as_of:%Y-%m-%d}，由 {report.office_name} 编制", None])
    return xlsx_book.Sheet(ANNUAL_SHEET, (("项目", 40), ("情况", 90)), rows, row_kinds=headings,
                           title=f"{report.unit_name}{report.year}年度信访工作情况（《信访工作条例》第四十一条）")


def _counted(rows: Iterable[list], name: str, step: float, counts: dict[str, int], report: Progress):
    """The ledger's rows as they are written, counted, with a progress line every 20,000."""
    report(step, f"正在写入{name}…")
    count = 0
    for count, row in enumerate(rows, start=1):
        yield row
        if count % 20000 == 0:
            report(step, f"正在写入{name}（{count}行）…")
    counts[name] = count


def export_ledgers(
    store: Store, scope: Scope, path: str | os.PathLike, *, mask: bool = True, annual: AnnualReport | None = None,
    progress: Progress | None = None, title: str = "", viewer=None, values: list | None = None,
) -> ExportResult:
    """Write the workbook to ``path`` atomically; returns the data rows per sheet.

    A signed-in ``viewer`` needs ``view_stats`` (and ``view_full_id`` for ``mask=False``); matters of purposes
    hidden from the role stay out of every sheet. The export is written to the audit trail: who, period, file.
    ``values``: the figures of this very scope and viewer when the caller has just computed them (to show them),
    so that 汇总 does not count the year again."""
    require(viewer, "view_stats")
    if not mask:
        require(viewer, "view_full_id")
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise DeskError(f"台账文件应以 .xlsx 结尾：{target.name}")
    if not target.parent.is_dir():
        raise DeskError(f"保存位置不存在：{target.parent}")
    report = progress or (lambda _f, _m: None)
    report(0.0, "正在统计汇总数据…")
    if values is None:
        values = figures.compute(store, scope, viewer=viewer)
    summary = _summary(values, title or f"信访工作统计汇总（{scope.label}）")
    rows = {SUMMARY_SHEET: len(summary.rows)}
    fd, tmp = tempfile.mkstemp(prefix=".台账-", suffix=".xlsx.part", dir=target.parent)
    os.close(fd)
    placed = False
    try:
        with store.bulk_reading() as connection:
            ctx = Context(store, scope, connection, purposes_for(viewer))
            sheets = [summary]
            for n, (name, columns, source) in enumerate(LEDGERS, start=1):
                ledger = _counted(source(ctx, mask), name, n / (len(LEDGERS) + 2), rows, report)
                sheets.append(xlsx_book.Sheet(name, columns, ledger, kinds=KINDS, wide_paper=len(columns) > 16))
            if annual is not None:
                sheets.append(_annual(annual))
                rows[ANNUAL_SHEET] = len(sheets[-1].rows) - len(tuple(annual.sections())) - 1
            xlsx_book.write(tmp, sheets)  # the ledgers' queries run one after another as their rows are written
        report((len(LEDGERS) + 1) / (len(LEDGERS) + 2), "正在保存文件…")
        # the audit entry and the file go together: the rename happens inside the transaction, and a failed
        # commit takes the file away again
        with store.transaction() as session:
            audit.record(session, viewer, "export_ledgers", "ledger", target.name, {
                "period": scope.label, "start": scope.start, "end": scope.end, "file": target.name,
                "township": scope.township_code or "", "masked": mask, "rows": rows})
            os.replace(tmp, target)
            placed = True
    except (OSError, RuntimeError) as error:  # the writer reports what it cannot write as RuntimeError
        Path(tmp).unlink(missing_ok=True)
        if placed:
            target.unlink(missing_ok=True)
        raise DeskError(f"无法保存台账文件 {target}：{getattr(error, 'strerror', None) or error}") from error
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        if placed:
            target.unlink(missing_ok=True)
        raise
    report(1.0, "已完成")
    return ExportResult(target, rows)
