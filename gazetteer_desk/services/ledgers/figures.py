"""Every statistic of the desk, defined once: key, Chinese label, Chinese definition (the window's tooltip, the
汇总 sheet's note) and the function that computes it for a :class:`~.scope.Scope`.

Which rows a figure counts
- Matter figures count matters *received* in the period (``Matter.received_on``), not deleted, narrowed by the
  scope's township / village / category; a leader filter keeps matters the leader received (a visit with
  ``leader_id``) or took charge of (包案).
- Visit figures count visits whose ``visited_at`` falls in the period (local days), narrowed the same way through
  their matter; a leader filter keeps visits the leader received.
- Event figures (转送 / 交办 / 督办 / 三项建议) count history entries dated (``on_date``) in the period, on matters in
  the scope whatever day those were received.
- "Now" figures (超期) are judged on ``scope.as_of`` (default today).

三项建议 (Art. 14, 40) have no table of their own. A proposal is a matter event of kind ``proposal`` with
``data = {"kind": "改进工作" | "完善政策" | "追究责任", "adopted": true | false}`` (written with
``services.matters.add_event``); 建议意见类事项 are matters whose purpose is 建议意见.

The period's matters are read once (:meth:`Context.matter_pass`): the keys they are counted by are SQL expressions
of that one query, counted column by column, so a county's year of 100,000+ matters is walked once, not once per
figure; visits, history entries and the rest are one aggregate query each. The two rates that depend on the
procedure's limits apply :mod:`gazetteer_desk.domain.limits` — the very functions
:func:`gazetteer_desk.domain.procedure.deadlines` uses — so the statistic and the matter page never disagree on
whether a limit was met.
"""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property

from sqlalchemy import text

from gazetteer_desk.domain import limits
from gazetteer_desk.domain.calendar import HolidayCalendar
from gazetteer_desk.domain.categories import CHANNELS, PURPOSES, SATISFACTION
from gazetteer_desk.domain.procedure import STATUS_LABELS
from gazetteer_desk.domain.routing import GROUP_VISIT_THRESHOLD, LEGAL_CHANNEL_KEYS
from gazetteer_desk.store.database import Store
from gazetteer_desk.services.core.authz import purposes_for, require
from gazetteer_desk.services.core.calendar import calendar_for
from gazetteer_desk.services.core.scope import Scope
from gazetteer_desk.services.matters.search import purpose_condition
from gazetteer_desk.services.core.overdue import overdue_condition

Breakdown = tuple[tuple[str, int], ...]
PROPOSAL_KINDS = ("改进工作", "完善政策", "追究责任")
PROPOSAL_EVENT = "proposal"
SUPERVISE_EVENT = "supervise"
SETTLED_ASSIGNMENT = "settled"
TOP_N = 10
_CHUNK = 5000  # matters read at a time by the one pass: bounded memory, counted column by column

# What the period's matters are counted by, each a column of the one pass (``{visible}``: the purposes the reader
# may see). A breakdown named in _COUNTED_WHEN_SET counts only the matters where its value is set (the filter is
# in the expression); the others count every matter, an empty value as 未填写.
DIMENSIONS = {
    "month": "substr(m.received_on, 1, 7)",
    "channel": "m.channel",
    "category": "m.category",
    "subcategory": "m.category || '/' || coalesce(nullif(m.subcategory, ''), '未细分')",
    "purpose": "m.purpose",
    "village": "m.village_name",
    "status": "m.status",
    "satisfaction_office": "CASE WHEN m.satisfaction_office != '' THEN m.satisfaction_office END",
    "satisfaction_unit": "CASE WHEN m.satisfaction_unit != '' THEN m.satisfaction_unit END",
    "subject": "CASE WHEN trim(m.subject) != '' AND {visible} THEN trim(m.subject) END",
    "handling_unit": "CASE WHEN trim(m.handling_unit) != '' THEN trim(m.handling_unit) END",
}
_COUNTED_WHEN_SET = ("satisfaction_office", "satisfaction_unit", "subject", "handling_unit")


@dataclass(frozen=True)
class Rate:
    numerator: int
    denominator: int

    @property
    def value(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None

    def __str__(self) -> str:
        if not self.denominator:
            return "—（无可计事项）"
        return f"{100 * self.numerator / self.denominator:.1f}%（{self.numerator}/{self.denominator}）"


Value = int | Rate | Breakdown


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    definition: str
    section: str
    compute: Callable[["Context"], Value]
    unit: str = "件"


@dataclass(frozen=True)
class FigureValue:
    figure: Figure
    value: Value

    @property
    def is_breakdown(self) -> bool:
        return isinstance(self.value, tuple)

    def as_text(self) -> str:
        if isinstance(self.value, Rate):
            return str(self.value)
        if self.is_breakdown:
            return "；".join(f"{k} {v}" for k, v in self.value) or "（无）"
        return f"{self.value}{self.figure.unit}"

    def as_json(self) -> dict:
        out = {"key": self.figure.key, "label": self.figure.label, "section": self.figure.section}
        if isinstance(self.value, Rate):
            out.update(numerator=self.value.numerator, denominator=self.value.denominator, value=self.value.value)
        elif self.is_breakdown:
            out["value"] = [{"name": k, "count": v} for k, v in self.value]
        else:
            out["value"] = self.value
        return out


class Context:
    """One scope's SQL fragments and the queries several figures share (run once, cached)."""

    def __init__(self, store: Store, scope: Scope, connection, purposes=None):
        self.store, self.scope, self.conn = store, scope, connection
        self.params = {"start": scope.start.isoformat(), "end": scope.end.isoformat(), "as_of": scope.as_of.isoformat(),
                       "vstart": _utc_text(scope.start), "vend": _utc_text(scope.end + timedelta(days=1)),
                       "township": scope.township_code, "village": scope.village_code, "leader": scope.leader_id,
                       "category": scope.category}
        # The purposes the reader may see (None: all). Counts include every matter; anything that names a matter,
        # a person or the accused (ledger rows, 被反映对象) is limited to these (检举控告, Art. 30).
        self.visible = "1 = 1" if purposes is None else purpose_condition(purposes, self.params)

    def matter_filter(self, alias: str = "m", period: bool = True) -> str:
        s, a = self.scope, alias
        parts = [f"{a}.deleted = 0"]
        if period:
            parts.append(f"{a}.received_on BETWEEN :start AND :end")
        if s.township_code:
            parts.append(f"{a}.township_code = :township")
        if s.village_code:
            parts.append(f"{a}.village_code = :village")
        if s.category:
            parts.append(f"{a}.category = :category")
        if s.leader_id:
            parts.append(f"({a}.id IN (SELECT matter_id FROM visit WHERE leader_id = :leader AND deleted = 0) OR "
                         f"{a}.id IN (SELECT matter_id FROM caseassignment WHERE lead_id = :leader AND deleted = 0))")
        return " AND ".join(parts)

    def overdue_filter(self) -> str:
        """Matters overdue on ``as_of`` — the due banner's rule — among those received by the period's end,
        whatever month they came in: a matter received in March and overdue in May is overdue in May's figures."""
        return (f"{self.matter_filter(period=False)} AND m.received_on <= :end "
                f"AND {overdue_condition('m', 'as_of')}")

    def visit_from(self) -> str:
        s = self.scope
        parts = ["v.deleted = 0", "v.visited_at >= :vstart", "v.visited_at < :vend"]
        if s.township_code:
            parts.append("v.township_code = :township")
        if s.leader_id:
            parts.append("(v.leader_id = :leader OR v.reception_day_id IN "
                         "(SELECT id FROM receptionday WHERE leader_id = :leader))")
        join = ""
        if s.village_code or s.category:
            join = " JOIN matter m ON m.id = v.matter_id"
            parts += [p for p, on in (("m.village_code = :village", s.village_code),
                                      ("m.category = :category", s.category)) if on]
        return f"FROM visit v{join} WHERE " + " AND ".join(parts)

    def scalar(self, sql: str) -> int:
        return int(self.conn.execute(text(sql), self.params).scalar() or 0)

    def pairs(self, sql: str) -> list[tuple]:
        return [tuple(r) for r in self.conn.execute(text(sql), self.params)]

    def group(self, dimension: str, order: tuple[str, ...] | None = None) -> Breakdown:
        """The period's matters counted by one of :data:`DIMENSIONS` (a count and its rate share the pass)."""
        return _ordered(list(self.matter_pass["groups"][dimension].items()), order)

    @cached_property
    def matter_pass(self) -> dict:
        """Every figure of the period's matters from one read of them: the breakdowns of :data:`DIMENSIONS`, the
        totals and the two rates judged by the procedure's limits. One pass instead of a query per figure: at a
        county's year each query walked the same 100,000+ rows again."""
        columns = [expression.format(visible=self.visible) for expression in DIMENSIONS.values()]
        legal = ", ".join(f"'{k}'" for k in sorted(LEGAL_CHANNEL_KEYS))
        sql = f"""SELECT {', '.join(columns)},
                         CASE WHEN m.route IN ({legal}) THEN 1 ELSE 0 END, m.is_repeat,
                         m.received_on,
                         coalesce(m.accepted_on,
                                  CASE WHEN m.status NOT IN ('registered', 'rejected') THEN
                                      (SELECT min(e.on_date) FROM matterevent e WHERE e.matter_id = m.id
                                       AND e.kind = 'transfer' AND e.deleted = 0) END,
                                  CASE WHEN m.status = 'rejected' THEN m.closed_on END),
                         m.accepted_on, m.extension_days, m.replied_on
                  FROM matter m WHERE {self.matter_filter()}"""
        n = len(columns)
        counters = [Counter() for _ in columns]
        totals = {"matters": 0, "first": 0, "repeat": 0, "legal": 0}
        # the limits are judged once per distinct (start, decision) pair, weighted by its matters
        acknowledged, handled = Counter(), Counter()
        for chunk in self.conn.execute(text(sql), self.params).partitions(_CHUNK):
            values = tuple(zip(*chunk, strict=True))
            for counter, column in zip(counters, values, strict=False):
                counter.update(column)
            totals["matters"] += len(chunk)
            totals["legal"] += sum(values[n])
            repeats = Counter(values[n + 1])  # 0 / 1 on SQLite, False / True on PostgreSQL (equal as keys)
            totals["first"] += repeats.get(0, 0)
            totals["repeat"] += repeats.get(1, 0)
            acknowledged.update(zip(values[n + 2], values[n + 3], strict=True))
            handled.update(zip(values[n + 4], values[n + 5], values[n + 6], strict=True))
        calendar = self.calendar
        timely = _LimitJudge(self.scope.as_of, lambda received, _: limits.ack_due(received, calendar))
        for (received, decided), count in acknowledged.items():
            timely.judge(received, 0, decided, count)
        on_time = _LimitJudge(self.scope.as_of, lambda accepted, days: limits.handling_due(accepted, days, calendar))
        for (accepted, extension, replied), count in handled.items():
            if accepted is not None:
                on_time.judge(accepted, int(extension or 0), replied, count)
        groups = dict(zip(DIMENSIONS, counters, strict=True))
        for dimension in _COUNTED_WHEN_SET:
            groups[dimension].pop(None, None)
        totals["suggestions"] = groups["purpose"].get("建议意见", 0)
        return {"groups": groups, "totals": totals, "timely": timely.rate(), "on_time": on_time.rate()}

    @property
    def totals(self) -> dict:
        return self.matter_pass["totals"]

    @cached_property
    def visit_totals(self) -> dict:
        """The period's visits by channel, with their people, group visits and reception-day people: one query."""
        rows = self.pairs(f"""
            SELECT v.channel, count(*), coalesce(sum(v.people_count), 0),
                   coalesce(sum(v.people_count >= {GROUP_VISIT_THRESHOLD}), 0),
                   coalesce(sum(CASE WHEN v.people_count >= {GROUP_VISIT_THRESHOLD} THEN v.people_count END), 0),
                   coalesce(sum(CASE WHEN v.reception_day_id IS NOT NULL THEN v.people_count END), 0)
            {self.visit_from()} GROUP BY v.channel""")
        out = {key: sum(int(r[i]) for r in rows)
               for i, key in enumerate(("visits", "people", "groups", "group_people", "received"), start=1)}
        out["by_channel"] = _ordered([(r[0], r[1]) for r in rows], CHANNELS)
        return out

    @cached_property
    def calendar(self) -> HolidayCalendar:
        return calendar_for(self.store)

    def events(self, kind: str) -> int:
        return sum(n for k, _, _, n in self.event_counts if k == kind)

    @cached_property
    def event_counts(self) -> list[tuple]:
        """The period's history entries of the kinds counted (转送, 交办, 督办, 三项建议), by kind and, for a
        proposal, its own kind and whether adopted: one walk of the history instead of one per figure."""
        kinds = ", ".join(f"'{k}'" for k in ("transfer", "assign", SUPERVISE_EVENT, PROPOSAL_EVENT))
        return self.pairs(f"""
            SELECT e.kind, CASE WHEN e.kind = '{PROPOSAL_EVENT}' THEN json_extract(e.data, '$.kind') END,
                   CASE WHEN e.kind = '{PROPOSAL_EVENT}' AND {_ADOPTED} THEN 1 ELSE 0 END, count(*)
            FROM matterevent e JOIN matter m ON m.id = e.matter_id
            WHERE e.deleted = 0 AND e.kind IN ({kinds}) AND e.on_date BETWEEN :start AND :end
            AND {self.matter_filter(period=False)}
            GROUP BY 1, 2, 3""")

    @cached_property
    def overdue_by_village(self) -> list[tuple]:
        return self.pairs(f"SELECT m.village_name AS k, count(*) FROM matter m WHERE {self.overdue_filter()} "
                          f"GROUP BY k")

    @cached_property
    def mediation(self) -> dict:
        where = ["c.deleted = 0", "c.applied_on BETWEEN :start AND :end"]
        if self.scope.township_code:
            where.append("c.township_code = :township")
        join = ""
        if self.scope.village_code or self.scope.category:  # only cases that came from a matter can be placed
            join = " JOIN matter m ON m.id = c.matter_id"
            where.append(self.matter_filter(period=False))
        sql = f"""SELECT count(*) AS cases, coalesce(sum(c.status = 'success'), 0) AS success,
                         coalesce(sum(c.status = 'failed'), 0) AS failed
                  FROM mediationcase c{join} WHERE {' AND '.join(where)}"""
        out = dict(self.conn.execute(text(sql), self.params).mappings().one())
        perf = self.pairs(f"SELECT c.performance, count(*) FROM mediationcase c{join} WHERE {' AND '.join(where)} "
                          f"AND c.status = 'success' GROUP BY c.performance")
        out["performance"] = _ordered([(p or "未记录", n) for p, n in perf], ("已履行", "部分履行", "未履行", "未记录"))
        return out

    def leader_rows(self, table: str, day_column: str) -> str:
        parts = ["t.deleted = 0", f"t.{day_column} BETWEEN :start AND :end"]
        if self.scope.township_code:
            parts.append("t.township_code = :township")
        if self.scope.leader_id:
            parts.append("t.leader_id = :leader" if table != "caseassignment" else "t.lead_id = :leader")
        return f"FROM {table} t WHERE " + " AND ".join(parts)


def _utc_text(day: date) -> str:
    """Local midnight of ``day`` as the stored UTC text (visits keep aware datetimes, stored in UTC)."""
    moment = datetime.combine(day, time()).astimezone().astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _ordered(rows: list[tuple], order: tuple[str, ...] | None) -> Breakdown:
    counts: dict[str, int] = {}
    for key, n in rows:
        label = key if key not in (None, "") else "未填写"
        counts[label] = counts.get(label, 0) + int(n)
    if order is None:
        return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    known = [(k, counts.pop(k, 0)) for k in order]
    return tuple(known + sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


# --- the two rates judged by the procedure's limits ---------------------------------------------------------------


def _day(value) -> date:
    """A date as SQLite (ISO text) or PostgreSQL (a date) returns it."""
    return date.fromisoformat(value) if isinstance(value, str) else value


class _LimitJudge:
    """Whether each matter's decision came within its limit: a limit of the procedure (``limits.ack_due`` or
    ``limits.handling_due``, the functions the matter page uses) from a start day and extension days."""

    def __init__(self, as_of: date, due: Callable[[date, int], date]):
        self.as_of, self.due, self.met, self.judged = as_of, due, 0, 0
        self._due_of: dict[tuple, tuple[date, str]] = {}

    def judge(self, start, extension: int, decided, count: int = 1) -> None:
        """``count`` matters started on ``start`` with ``extension`` days and decided on ``decided`` (None: not
        yet)."""
        key = (start, extension)
        due = self._due_of.get(key)
        if due is None:
            day = self.due(_day(start), extension)
            due = self._due_of[key] = (day, day.isoformat())
        if decided is None:
            if self.as_of > due[0]:  # undecided past the limit: late; within it: not judged
                self.judged += count
            return
        self.judged += count
        # SQLite gives ISO text, PostgreSQL a date: compare like with like
        if (decided <= due[1]) if isinstance(decided, str) else (decided <= due[0]):
            self.met += count

    def rate(self) -> Rate:
        return Rate(self.met, self.judged)


def _timely_acceptance(ctx: Context) -> Rate:
    """决定日期: 受理/交办 the acceptance day, 转送 the first transfer, 不予受理 its day (as the definition says)."""
    return ctx.matter_pass["timely"]


def _on_time_handling(ctx: Context) -> Rate:
    return ctx.matter_pass["on_time"]


def _satisfaction(column: str) -> Callable[[Context], Breakdown]:
    return lambda ctx: ctx.group(column, SATISFACTION)


def _satisfaction_rate(column: str) -> Callable[[Context], Rate]:
    def compute(ctx: Context) -> Rate:
        counts = dict(ctx.group(column, SATISFACTION))
        return Rate(counts["满意"] + counts["基本满意"], sum(counts.values()))
    return compute


# as text: SQLite's json_extract gives 1 for true, PostgreSQL's (revision 0007) the text 'true'
_ADOPTED = "CAST(json_extract(e.data, '$.adopted') AS TEXT) IN ('true', 'True', '1', '是')"


def _proposals_by_kind(ctx: Context, adopted_only: bool = False) -> Breakdown:
    counts: dict = {}
    for kind, proposal_kind, adopted, n in ctx.event_counts:
        if kind == PROPOSAL_EVENT and (adopted or not adopted_only):
            counts[proposal_kind] = counts.get(proposal_kind, 0) + int(n)
    return _ordered(list(counts.items()), PROPOSAL_KINDS)


def _proposals_adopted(ctx: Context) -> int:
    return sum(int(n) for kind, _, adopted, n in ctx.event_counts if kind == PROPOSAL_EVENT and adopted)


def _months(ctx: Context) -> Breakdown:
    return ctx.group("month", tuple(ctx.scope.months()))


def _statuses(ctx: Context) -> Breakdown:
    return tuple((STATUS_LABELS.get(k, k), n) for k, n in ctx.group("status", tuple(STATUS_LABELS)))


def _overdue(ctx: Context) -> int:
    return sum(int(n) for _, n in ctx.overdue_by_village)


def _overdue_by_village(ctx: Context) -> Breakdown:
    return _ordered(ctx.overdue_by_village, None)


def _settled_assignments(ctx: Context) -> int:
    return ctx.scalar(f"SELECT count(*) {ctx.leader_rows('caseassignment', 'end_on')} "
                      f"AND (t.status = '{SETTLED_ASSIGNMENT}' OR t.result != '')")


_T = "数量与分布"
_P = "办理质效"
_S = "满意度"
_M = "矛盾纠纷调解"
_L = "领导接访与包案"
_R = "转送交办督办与三项建议"

FIGURES: tuple[Figure, ...] = (
    Figure("matters", "信访事项", "统计期内登记（登记日期在期内）的信访事项件数，不含已删除事项。", _T,
           lambda c: c.totals["matters"]),
    Figure("first_matters", "初件", "本期登记事项中的初次信访：同一信访人此前无同类未办结事项，且未再次来访。", _T,
           lambda c: c.totals["first"]),
    Figure("repeat_matters", "重件", "本期登记事项中的重复信访：登记时已有同一信访人同类未办结事项，或其后同一事项再次来访。",
           _T, lambda c: c.totals["repeat"]),
    Figure("matters_by_month", "按月登记件数", "本期登记事项按登记月份分布（趋势图）。", _T, _months),
    Figure("matters_by_channel", "按信访形式", "本期登记事项按信访形式（走访、书信、电话、传真、信息网络，第十七条）分布。",
           _T, lambda c: c.group("channel", CHANNELS)),
    Figure("matters_by_category", "按问题类别", "本期登记事项按一级问题类别（全国18类）分布，件数多者在前。", _T,
           lambda c: c.group("category")),
    Figure("matters_by_subcategory", "按二级类别", "本期登记事项按“一级类别/二级类别”分布；未填二级类别的记为“一级类别/未细分”。",
           _T, lambda c: c.group("subcategory")),
    Figure("matters_by_purpose", "按信访目的", "本期登记事项按信访目的（申诉、求决、投诉、检举控告、建议意见、其他）分布。", _T,
           lambda c: c.group("purpose", PURPOSES)),
    Figure("matters_by_village", "按问题属地", "本期登记事项按问题属地村（社区）分布；未填属地的记为“未填写”。", _T,
           lambda c: c.group("village")),
    Figure("matters_by_status", "按办理状态", "本期登记事项截至统计时的办理状态分布。", _T, _statuses),
    Figure("visits", "来访批次", "来访时间在期内的登记次数（一次来访一批，含同一事项再次来访）。", _T,
           lambda c: c.visit_totals["visits"], "批"),
    Figure("visit_people", "来访人次", "期内各批来访的来访人数之和。", _T, lambda c: c.visit_totals["people"], "人次"),
    Figure("visits_by_channel", "来访批次（按形式）", "期内各批来访按信访形式分布。", _T,
           lambda c: c.visit_totals["by_channel"]),
    Figure("group_visits", "集体访批次", f"期内来访人数达到{GROUP_VISIT_THRESHOLD}人及以上的来访批次（第二十条；"
           "domain.routing.is_group_visit）。", _T, lambda c: c.visit_totals["groups"], "批"),
    Figure("group_visit_people", "集体访人次", f"期内{GROUP_VISIT_THRESHOLD}人及以上来访批次的来访人数之和。", _T,
           lambda c: c.visit_totals["group_people"], "人次"),
    Figure("legal_routed", "涉法涉诉导入法定途径", "本期登记事项中处理途径为诉讼/复议/检察/公安、仲裁、党员申诉或行政程序的件数"
           "（诉访分离，第三十一条第一至四项）。", _T, lambda c: c.totals["legal"]),
    Figure("timely_acceptance", "及时受理率", "本期登记事项中，在受理告知期限（登记次日起15日，期满逢节假日顺延，第二十三条）内"
           "作出受理、交办、转送或不予受理决定的件数 ÷ 已作出决定或期限已届满的件数。决定日期：受理/交办取受理日期，"
           "转送取办理记录中首次转送的日期，不予受理取其日期；期限未满且尚未决定的不计入。", _P, _timely_acceptance),
    Figure("on_time_handling", "按期办结率", "本期登记并已受理的事项中，在办理期限（受理次日起60日，经批准延期的加延长天数，"
           "期满逢节假日顺延，第三十四条）内出具处理意见（答复）的件数 ÷ 已答复或期限已届满的件数。"
           "延期后在延长期内答复的算按期；未延期而第61日答复的算超期；期限未满且尚未答复的不计入。", _P, _on_time_handling),
    Figure("overdue", "当前超期", "截至统计日仍处于待受理、办理、复查或复核环节且已过当前期限的件数（与期限提醒同一口径），"
           "含统计期前登记、至统计日仍未办结的事项。", _P, _overdue),
    Figure("overdue_by_village", "超期（按属地）", "当前超期事项按问题属地分布。", _P, _overdue_by_village),
    Figure("satisfaction_office", "信访部门满意度", "本期登记事项中信访人对信访部门的评价（满意/基本满意/不满意），未评价的不计。",
           _S, _satisfaction("satisfaction_office")),
    Figure("satisfaction_office_rate", "信访部门满意率", "（满意＋基本满意）÷ 已评价件数，对信访部门。", _S,
           _satisfaction_rate("satisfaction_office")),
    Figure("satisfaction_unit", "责任单位满意度", "本期登记事项中信访人对责任（承办）单位的评价，未评价的不计。", _S,
           _satisfaction("satisfaction_unit")),
    Figure("satisfaction_unit_rate", "责任单位满意率", "（满意＋基本满意）÷ 已评价件数，对责任单位。", _S,
           _satisfaction_rate("satisfaction_unit")),
    Figure("mediation_cases", "调解案件", "申请（受理）日期在期内的人民调解案件数；按村或类别筛选时只计由信访事项转入的案件。", _M,
           lambda c: c.mediation["cases"]),
    Figure("mediation_success", "调解成功", "期内受理的调解案件中调解成功（达成书面或口头协议）的件数。", _M,
           lambda c: c.mediation["success"]),
    Figure("mediation_success_rate", "调解成功率", "调解成功件数 ÷（调解成功＋调解不成终止）件数；进行中的不计入。", _M,
           lambda c: Rate(c.mediation["success"], c.mediation["success"] + c.mediation["failed"])),
    Figure("mediation_performance", "协议履行情况", "调解成功案件按履行情况（已履行/部分履行/未履行）分布（人民调解法第三十一条）。",
           _M, lambda c: c.mediation["performance"]),
    Figure("reception_days", "领导接访日", "期内已到（不晚于统计日）的领导接访日安排数。", _L,
           lambda c: c.scalar(f"SELECT count(*) {c.leader_rows('receptionday', 'day')} AND t.day <= :as_of"), "次"),
    Figure("reception_people", "领导接待群众", "期内在领导接访日登记的来访人数之和（来访记录关联接访日）。", _L,
           lambda c: c.visit_totals["received"], "人次"),
    Figure("field_visits", "领导下访", "下访日期在期内的领导下访次数。", _L,
           lambda c: c.scalar(f"SELECT count(*) {c.leader_rows('fieldvisit', 'day')}"), "次"),
    Figure("case_assignments", "领导包案", "开始日期在期内的包案件数。", _L,
           lambda c: c.scalar(f"SELECT count(*) {c.leader_rows('caseassignment', 'start_on')}")),
    Figure("case_assignments_settled", "包案化解", f"结束日期在期内、状态为已化解（{SETTLED_ASSIGNMENT}）或已填写化解结果的包案件数。",
           _L, _settled_assignments),
    Figure("complained_subjects", "被反映较多的对象", "本期登记事项按被反映对象（单位或个人）分布，取件数最多的前10个；未填写的不计"
           "（第四十一条“被投诉较多的机关单位”）。", _R,
           lambda c: c.group("subject")[:TOP_N]),
    Figure("handling_units", "承办较多的单位", "本期登记事项按承办单位（转送、交办的对象）分布，取件数最多的前10个。", _R,
           lambda c: c.group("handling_unit")[:TOP_N]),
    Figure("transfers", "转送", "期内作出的转送（办理记录“转送”）次数（第二十二条）。", _R, lambda c: c.events("transfer"), "次"),
    Figure("assignments", "交办", "期内作出的交办（办理记录“交办”）次数（第二十二条）。", _R, lambda c: c.events("assign"), "次"),
    Figure("supervisions", "督办", f"期内的督办记录（办理记录种类 {SUPERVISE_EVENT}）次数。", _R,
           lambda c: c.events(SUPERVISE_EVENT), "次"),
    Figure("suggestion_matters", "建议意见类事项", "本期登记事项中信访目的为“建议意见”的件数（第二十九条）。", _R,
           lambda c: c.totals["suggestions"]),
    Figure("proposals", "三项建议", "期内提出的改进工作、完善政策、追究责任建议（办理记录种类 proposal，data.kind）分类件数"
           "（第十四条、第四十条）。", _R, _proposals_by_kind),
    Figure("proposals_adopted_by_kind", "三项建议采纳（分类）", "期内提出并已采纳的三项建议按种类分布。", _R,
           lambda c: _proposals_by_kind(c, adopted_only=True)),
    Figure("proposals_adopted", "三项建议采纳", "期内提出并记录为已采纳（data.adopted 为真）的三项建议件数。", _R,
           _proposals_adopted),
)
BY_KEY = {f.key: f for f in FIGURES}
SECTIONS = tuple(dict.fromkeys(f.section for f in FIGURES))


def compute(store: Store, scope: Scope, keys: list[str] | None = None, *, viewer=None) -> list[FigureValue]:
    """The figures (all, or those named) for one scope, in the order of :data:`FIGURES`.

    A signed-in ``viewer`` needs ``view_stats``; the figures that name someone leave out matters of purposes hidden
    from the viewer's role."""
    require(viewer, "view_stats")
    wanted = [BY_KEY[k] for k in keys] if keys else list(FIGURES)
    with store.bulk_reading() as connection:
        ctx = Context(store, scope, connection, purposes_for(viewer))
        return [FigureValue(f, f.compute(ctx)) for f in wanted]


def as_dict(values: list[FigureValue]) -> dict[str, Value]:
    return {v.figure.key: v.value for v in values}
