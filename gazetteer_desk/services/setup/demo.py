"""``demo-data``: a realistic store for training, screenshots and benchmarks.

Rows go in with ``executemany`` on the raw SQLite connection inside one transaction — 200,000 matters in seconds,
where ORM objects one by one would take minutes. They are written and sealed under the audit trail every
``CHUNK`` matters, so memory holds one chunk's rows and digests, not the whole store's. While a new store fills,
its per-row triggers and secondary indexes are set aside — the rows carry their change numbers as they are written,
the search index and the other indexes are built once at the end: the store the triggers would have made — and its
rollback journal is kept in memory instead of the write-ahead log. Every matter's dates are produced by the real
procedure (:func:`gazetteer_desk.domain.procedure.apply`), so statuses and deadlines obey the law's limits.
"""

import json
import operator
import random
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import accumulate
from datetime import UTC, date, datetime, time, timedelta

from gazetteer_desk.domain import procedure
from gazetteer_desk.domain.calendar import HolidayCalendar
from gazetteer_desk.domain.categories import CATEGORIES, CATEGORY_WEIGHTS, CHANNELS, DEFAULT_SUBCATEGORIES
from gazetteer_desk.domain.divisions import village_code
from gazetteer_desk.domain.idnumber import make_id_number
from gazetteer_desk.domain.procedure import MatterState
from gazetteer_desk.errors import DeskError
from gazetteer_desk.store.database import Store
from gazetteer_desk.services.core import audit_rows
from gazetteer_desk.store.change_counter import ChangeNumbers, numbered_inserts
from gazetteer_desk.store.search_index import bulk_matter_inserts
from gazetteer_desk.services.core.calendar import calendar_for
from gazetteer_desk.services.setup.demo_text import COMPOUND_SURNAMES, CONTENT, GIVEN, SURNAMES, UNITS

CHANNEL_WEIGHTS = (60, 10, 15, 1, 14)
PURPOSE_WEIGHTS = {"求决": 55, "申诉": 12, "投诉": 15, "检举控告": 6, "建议意见": 5, "其他": 7}
DEMO_VILLAGES = ("青龙村", "白鹤村", "柳树社区", "石门村", "桂花村", "红星村", "新街社区", "龙洞村", "太平村", "双河村")
DEMO_LEADERS = (("陈国强", "党委书记", "全面工作"), ("刘芳", "镇长", "政府全面工作"), ("黄志明", "副镇长", "农业农村"),
                ("谭晓燕", "政法委员", "平安建设、信访"))


def _ts(value: datetime) -> str:
    # the text SQLAlchemy writes for a UTC datetime in SQLite; isoformat is several times faster than strftime
    return value.isoformat(" ", "microseconds")[:26]


def uuid4_text(bits: int) -> str:
    """``str(uuid.UUID(int=bits, version=4))`` — the same key — without building a UUID object per row."""
    bits = (bits & ~(0xC000 << 48) | 0x8000 << 48) & ~(0xF000 << 64) | 4 << 76
    text = f"{bits:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


CHUNK = 20_000  # matters held in memory before their rows are written and sealed
TABLES = ("staff", "village", "petitioner", "matter", "receptionday", "fieldvisit", "visit", "matterevent",
          "caseassignment", "caseprogress", "mediationcase", "mediationsession", "mediationfollowup")


class _Rows:
    def __init__(self, township: str, rng: random.Random):
        self.township = township
        self.rng = rng
        self.now = _ts(datetime.now(UTC))
        self.tables: dict[str, list[tuple]] = {}
        self.columns: dict[str, tuple[str, ...]] = {}
        self.written: dict[str, int] = {}

    def add(self, table: str, **values) -> str:
        row_id = uuid4_text(self.rng.getrandbits(128))
        stamp = values.pop("_at", self.now)  # the row's time as stored text (_ts), else the time of generating
        rows = self.tables.get(table)
        if rows is None:
            self.columns[table] = ("id", "township_code", "created_at", "updated_at", "revision", "deleted", *values)
            rows = self.tables[table] = []
        rows.append((row_id, self.township, stamp, stamp, 1, 0, *values.values()))
        return row_id

    def write(self, connection, numbers: ChangeNumbers) -> None:
        """Write what is held (each table's rows in key order: the UUID primary-key index is appended to, not
        rewritten at random)."""
        for table in TABLES:
            rows = self.tables.get(table)
            if rows:
                columns = (*self.columns[table], "change_seq")
                connection.executemany(
                    f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                    [(*row, seq) for row, seq in zip(rows, numbers.take(len(rows)), strict=True)],
                )
                self.written[table] = self.written.get(table, 0) + len(rows)
                rows.clear()

    def flush(self, cursor, numbers: ChangeNumbers, digests: dict[str, dict[str, str]] | None) -> None:
        """Write what is held, and seal it: the audit entry carries this chunk's row digests, taken as the rows were
        drawn when every row changed since the last seal is one of them, else read back from the store."""
        self.write(cursor, numbers)
        if digests is None or not numbers.suspended:
            audit_rows.seal(cursor.connection, "演示数据")
        else:
            audit_rows.seal_digested(cursor.connection, digests, "演示数据")


_CONSTANT = re.compile(r"-?\d+(\.\d+)?|'([^']|'')*'|NULL", re.I)


class _Digests:
    """The digests the seal would take of the rows read back, taken from the rows as drawn: their values are those
    SQLite hands back (text, integers, None), put in the sealed columns' order; a column left to its default gets
    that default as SQLite stores it (a table of the same declarations, in memory, tells). None for a table with a
    default that is not a constant: its rows are read back."""

    def __init__(self, schemas: dict[str, list[tuple[str, str, str | None]]]):
        self.schemas = schemas  # table -> its sealed columns' (name, declared type, default), in digest order
        self.digesters: dict[str, Callable | None] = {}

    def of(self, tables: dict[str, list[tuple]], columns: dict[str, tuple[str, ...]]) -> dict | None:
        digests = {}
        for table, rows in tables.items():
            if rows:
                if table not in self.digesters:
                    self.digesters[table] = self._digester(table, columns[table])
                digest = self.digesters[table]
                if digest is None:
                    return None
                digests[table] = {row[0]: digest(row) for row in rows}
        return digests

    def _digester(self, table: str, columns: tuple[str, ...]):
        sealed = self.schemas[table]
        missing = [(name, kind, default) for name, kind, default in sealed if name not in columns]
        if any(default is not None and not _CONSTANT.fullmatch(default) for _, _, default in missing):
            return None
        stored: tuple = ()
        if missing:
            db = sqlite3.connect(":memory:")
            db.execute("CREATE TABLE defaults (" + ", ".join(
                f'"{name}" {kind} DEFAULT {"NULL" if default is None else default}' for name, kind, default in missing)
                + ")")
            db.execute("INSERT INTO defaults DEFAULT VALUES")
            stored = db.execute("SELECT * FROM defaults").fetchone()
            db.close()
        names = [name for name, _, _ in missing]
        order = [columns.index(name) if name in columns else len(columns) + names.index(name)
                 for name, _, _ in sealed]
        row_digest = audit_rows.row_digest
        if order == list(range(len(order))):
            return (lambda row: row_digest(row + stored)) if stored else row_digest
        pick = operator.itemgetter(*order)
        return lambda row: row_digest(pick(row + stored))


def _schemas(cursor) -> dict[str, list[tuple[str, str, str | None]]]:
    schemas = {}
    for table in TABLES:
        declared = {name: (kind, default) for _, name, kind, _, default, _ in cursor.execute(f"PRAGMA table_info({table})")}
        schemas[table] = [(name, *declared[name]) for name in audit_rows.sealed_columns(cursor.connection, table)]
    return schemas


def generate(store: Store, matters: int, seed: int = 1, today: date | None = None) -> dict[str, int]:
    today = today or date.today()
    code = store.township_code
    if _has_real_work(store):
        raise DeskError("此数据目录中已有事项或账户：演示数据只能生成在新的数据目录中（请用 --home 指定一个新目录）")
    cal = calendar_for(store)
    out = _Rows(code, random.Random(seed))
    store.engine.dispose()  # the pool's idle connections closed: the store's journal can be set aside (_filling)
    raw = store.engine.raw_connection()
    cursor = raw.cursor()
    try:
        _filling(cursor)
        # random UUID keys take writes all over their primary-key indexes: a page cache keeps them from spilling
        # page by page
        cursor.execute("PRAGMA cache_size = -100000")  # 100 MB: room for the indexes, within the memory goal
        sequences: dict[int, int] = {}
        for (last,) in cursor.execute("SELECT max(number) FROM matter WHERE township_code = ?", (code,)):
            if last:
                sequences[int(last.split("-")[1])] = int(last.rsplit("-", 1)[1])
        plan = _Plan(
            code=code, matters=matters, today=today, cal=cal, sequences=sequences,
            schemas=_schemas(cursor),
            villages=cursor.execute("SELECT code, name FROM village WHERE deleted = 0").fetchall(),
            clerks=[r[0] for r in cursor.execute("SELECT id FROM staff WHERE deleted = 0 AND is_leader = 0")],
            leaders=[r[0] for r in cursor.execute("SELECT id FROM staff WHERE deleted = 0 AND is_leader = 1")])
        # on leaving, the new matters are indexed in one statement; their change numbers are given as they are
        # written, not by a trigger per row
        with _indexes_built_after(cursor), bulk_matter_inserts(cursor), numbered_inserts(cursor, TABLES) as numbers:
            for digests in _drawn(plan, out):
                out.flush(cursor, numbers, digests)  # the new rows go under the audit trail like any others
        raw.commit()
    except BaseException:
        raw.rollback()
        raise
    finally:
        _filled(cursor)
        cursor.close()
        raw.close()
    return dict(out.written)


@dataclass(frozen=True)
class _Plan:
    """What the drawing of the rows needs, read from the store before it starts."""

    code: str
    matters: int
    today: date
    cal: HolidayCalendar
    sequences: dict[int, int]  # the last matter number of each year already in the store
    villages: list[tuple[str, str]]
    clerks: list[str]
    leaders: list[str]
    schemas: dict[str, list[tuple[str, str, str | None]]]  # see _Digests


def _drawn(plan: _Plan, out: _Rows) -> Iterator[dict[str, dict[str, str]] | None]:
    """Draws the rows into ``out`` chunk by chunk, each table's in key order; yields each chunk's digests for the
    seal (None: to be read back)."""
    digests = _Digests(plan.schemas)
    for _ in _draw(plan, out):
        for rows in out.tables.values():
            rows.sort()
        yield digests.of(out.tables, out.columns)


def _draw(plan: _Plan, out: _Rows) -> Iterator[None]:
    """Draw the rows into ``out``; yields whenever a chunk of them is held (the last time at the end)."""
    rng, today, cal, code = out.rng, plan.today, plan.cal, plan.code
    villages, clerks, leaders, sequences = plan.villages, plan.clerks, plan.leaders, dict(plan.sequences)
    if not villages:
        villages = [(village_code(code, n), name) for n, name in enumerate(DEMO_VILLAGES, start=1)]
        for vcode, name in villages:
            out.add("village", code=vcode, name=name)
    if not clerks:
        clerks = [out.add("staff", name=n, is_leader=0, post="信访专干", portfolio="", phone="", active=1)
                  for n in ("周敏", "冉小兵")]
    if not leaders:
        leaders = [out.add("staff", name=n, is_leader=1, post=p, portfolio=w, phone="", active=1)
                   for n, p, w in DEMO_LEADERS]
    people = _people(rng, out, code[:6], max(1, int(plan.matters * 0.7)))
    days = _reception_days(rng, out, leaders, today)
    # cumulative weights, summed once: choices() sums the weights it is given on every call, the same way
    categories = list(CATEGORIES)
    category_weights = list(accumulate(CATEGORY_WEIGHTS[c] for c in categories))
    channel_weights = list(accumulate(CHANNEL_WEIGHTS))
    purposes = list(PURPOSE_WEIGHTS)
    purpose_weights = list(accumulate(PURPOSE_WEIGHTS.values()))
    for n in range(plan.matters):
        if n and n % CHUNK == 0:
            yield
        person_id, name = people[rng.randrange(len(people))] if n % 4 == 3 else people[n % len(people)]
        received = today - timedelta(days=int(rng.triangular(0, 730, 30)))
        year = received.year
        sequences[year] = sequences.get(year, 0) + 1
        number = f"{code}-{year}-{sequences[year]:05d}"
        category = rng.choices(categories, cum_weights=category_weights)[0]
        channel = rng.choices(CHANNELS, cum_weights=channel_weights)[0]
        vcode, vname = villages[rng.randrange(len(villages))]
        state, steps = _walk(rng, received, today, cal)
        purpose = rng.choices(purposes, cum_weights=purpose_weights)[0]
        people_count = rng.choice((5, 8, 12, 20)) if rng.random() < 0.04 else rng.choice((1, 1, 1, 2, 3))
        reps = [f"{name}等代表{i}" for i in range(1, min(5, people_count) + 1)] if people_count >= 5 else []
        at_text = _ts(datetime.combine(received, time(8 + rng.randrange(9), rng.randrange(60)), UTC))
        matter_id = out.add(
            "matter", _at=at_text, number=number, petitioner_id=person_id,
            channel=channel, category=category,
            subcategory=rng.choice(DEFAULT_SUBCATEGORIES[category]), purpose=purpose, village_code=vcode,
            village_name=vname, location_detail="", request=rng.choice(CONTENT[category]),
            facts="", reasons="", subject="", people_count=people_count, involved_count=people_count,
            representatives=json.dumps(reps, ensure_ascii=False), is_repeat=int(n % 4 == 3), repeat_of_id=None,
            litigation=int(rng.random() < 0.05), urgent=int(rng.random() < 0.01), threat=0, backlog=0,
            recusal=0, route="litigation" if rng.random() < 0.03 else "petition",
            handling_unit=rng.choice(UNITS) if state.status != "registered" else "",
            status=state.status, received_on=received.isoformat(),
            accepted_on=_iso(state.accepted_on), extension_days=state.extension_days,
            extension_reason="情况复杂需进一步调查" if state.extension_days else "",
            replied_on=_iso(state.replied_on), outcome=state.outcome,
            review_requested_on=_iso(state.review_requested_on), reviewed_on=_iso(state.reviewed_on),
            recheck_requested_on=_iso(state.recheck_requested_on), rechecked_on=_iso(state.rechecked_on),
            closed_on=_iso(state.closed_on), due_on=_iso(procedure.next_due(state, cal)),
            satisfaction_office=rng.choice(("满意", "满意", "基本满意", "不满意")) if state.replied_on else "",
            satisfaction_unit=rng.choice(("满意", "基本满意", "不满意")) if state.replied_on else "",
            satisfaction_reason="", receiver_id=rng.choice(clerks),
        )
        day = days.get(received)
        out.add("visit", _at=at_text, matter_id=matter_id, petitioner_id=person_id, visited_at=at_text, channel=channel,
                people_count=people_count, received_by_id=rng.choice(clerks),
                leader_id=day[1] if day else None, reception_day_id=day[0] if day else None,
                field_visit_id=None, notes="")
        out.add("matterevent", _at=at_text, matter_id=matter_id, kind="registered", at=at_text,
                on_date=received.isoformat(), actor="", detail="登记新事项", data="{}")
        for action, on, detail in steps:
            stamp = _ts(datetime.combine(on, time(10), UTC))
            out.add("matterevent", _at=stamp, matter_id=matter_id, kind=action, at=stamp,
                    on_date=on.isoformat(), actor="", detail=detail, data="{}")
    _field_and_mediation(rng, out, leaders, villages, people, today, code)
    yield


@contextmanager
def _indexes_built_after(cursor) -> Iterator[None]:
    """The tables' secondary indexes are dropped while the rows go in and built again from their own SQL once they
    are in: one sort per index instead of an insert at a random place of it for every row. The change-number indexes
    stay (each chunk's seal reads by them, and they are only appended to)."""
    if not cursor.connection.in_transaction:
        cursor.execute("BEGIN IMMEDIATE")
    indexes = cursor.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND name NOT LIKE '%change_seq' "
        "AND tbl_name IN (" + ", ".join("?" * len(TABLES)) + ")", TABLES).fetchall()
    for name, _ in indexes:
        cursor.execute(f'DROP INDEX "{name}"')
    try:
        yield
    finally:  # also before a rollback: the store is left as it was either way
        for _, sql in indexes:
            cursor.execute(sql)


def _filling(cursor) -> None:
    """A new store that is being filled is thrown away if the filling is cut short (demo data goes only into a new
    data folder), so meanwhile it keeps no write-ahead log — each page is written once, to the file, not to the log
    and again to the file — and references are not checked row by row (the generator makes every one). Rolling
    back still works (the journal is kept in memory), and the commit is synced as always."""
    cursor.execute("PRAGMA foreign_keys = OFF")  # outside a transaction, where the pragma takes effect
    cursor.execute("PRAGMA busy_timeout = 0")
    try:
        cursor.execute("PRAGMA journal_mode = MEMORY").fetchall()
    except sqlite3.OperationalError:  # another connection has the store open: it stays in WAL, only slower
        pass
    cursor.execute("PRAGMA busy_timeout = 10000")


def _filled(cursor) -> None:
    """Back to the store's settings (database.make_engine): write-ahead log, checked references."""
    cursor.execute("PRAGMA foreign_keys = ON")
    try:  # its answer read: a statement left with a row unread would keep the store locked while the cursor lives
        cursor.execute("PRAGMA journal_mode = WAL").fetchall()
    except sqlite3.OperationalError:  # another connection came: the next connection opened sets it (make_engine)
        pass


def _has_real_work(store: Store) -> bool:
    with store.engine.connect() as connection:
        return bool(connection.exec_driver_sql(
            "SELECT EXISTS (SELECT 1 FROM matter) OR EXISTS (SELECT 1 FROM account)").scalar())


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _name(rng: random.Random) -> str:
    surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.01 else rng.choice(SURNAMES)
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.55 else "")
    return surname + given


def _people(rng, out: _Rows, county: str, count: int) -> list[tuple[str, str]]:
    people = []
    for _ in range(count):
        birth = date(1945, 1, 1) + timedelta(days=rng.randrange(365 * 57))
        id_number = make_id_number(county, birth, rng.randrange(1000))
        name = _name(rng)
        sex = "男" if int(id_number[16]) % 2 else "女"
        person_id = out.add("petitioner", name=name, sex=sex, ethnicity="汉族" if rng.random() < 0.9 else "土家族",
                            birth_date=birth.isoformat(), id_type="居民身份证", id_number=id_number,
                            phone=f"1{rng.choice('3589')}{rng.randrange(10**9):09d}", address="", workplace="")
        people.append((person_id, name))
    return people


def _walk(rng: random.Random, received: date, today: date, cal) -> tuple[MatterState, list[tuple[str, date, str]]]:
    """Take a matter through the procedure on plausible days that never run ahead of today."""
    state = MatterState(status="registered", received_on=received)
    steps: list[tuple[str, date, str]] = []

    def step(action: str, after: int, **params) -> bool:
        nonlocal state
        previous = max(d for d in (state.received_on, state.accepted_on, state.replied_on, state.reviewed_on,
                                   state.review_requested_on, state.recheck_requested_on) if d)
        on = previous + timedelta(days=after)
        if on > today:
            return False
        state = procedure.apply(state, action, on, cal, **params)
        steps.append((action, on, procedure.ACTIONS[action].label))
        return True

    roll = rng.random()
    if roll < 0.06:
        step("reject", rng.randint(1, 14), reason="属于诉讼途径解决的事项")
        return state, steps
    if roll < 0.12:
        step("transfer", rng.randint(1, 14), unit="县人力社保局")
        return state, steps
    if not step("accept" if roll < 0.85 else "assign", rng.randint(0, 16), unit=rng.choice(UNITS)):
        return state, steps
    if rng.random() < 0.12 and not step("extend", rng.randint(30, 55), days=rng.randint(10, 30), approver="刘芳",
                                        reason="情况复杂需进一步调查"):
        return state, steps
    limit = 60 + state.extension_days
    if not step("reply", rng.randint(5, limit + (8 if rng.random() < 0.05 else 0)),
                outcome=rng.choice(procedure.OUTCOMES)):
        return state, steps
    if rng.random() < 0.08 and step("request_review", rng.randint(3, 29)):
        if step("decide_review", rng.randint(10, 30), outcome=rng.choice(procedure.OUTCOMES)) and rng.random() < 0.3:
            if step("request_recheck", rng.randint(3, 29)):
                step("terminate", rng.randint(10, 30), outcome=rng.choice(procedure.OUTCOMES))
        return state, steps
    step("close", rng.randint(31, 45))
    return state, steps


def _reception_days(rng, out: _Rows, leaders: list[str], today: date) -> dict[date, tuple[str, str]]:
    days = {}
    first = date(today.year - 2, today.month, 1)
    month = first
    while month <= today + timedelta(days=31):
        for leader in leaders:
            day = month + timedelta(days=rng.randrange(27))
            while day.weekday() >= 5:
                day += timedelta(days=1)
            days[day] = (out.add("receptionday", leader_id=leader, day=day.isoformat(), start_time="09:00",
                                 end_time="12:00", place="镇信访接待室", form=rng.choice(("定点接访", "重点约访", "带案下访")),
                                 liaison="周敏", liaison_phone="023-55123456", notes=""), leader)
        month = (month + timedelta(days=32)).replace(day=1)
    return days


def _field_and_mediation(rng, out: _Rows, leaders, villages, people, today: date, code: str) -> None:
    for _ in range(max(5, len(people) // 400)):
        day = today - timedelta(days=rng.randrange(700))
        vcode, vname = villages[rng.randrange(len(villages))]
        out.add("fieldvisit", leader_id=rng.choice(leaders), day=day.isoformat(), village_code=vcode,
                village_name=vname, people_met=f"{rng.randint(3, 30)}名群众", problems="村道损毁、灌溉用水纠纷", notes="")
    for n in range(max(5, len(people) // 200)):
        applied = today - timedelta(days=rng.randrange(700))
        (a_id, a_name), (b_id, b_name) = rng.sample(people, 2)
        success = rng.random() < 0.8
        agreed = applied + timedelta(days=rng.randint(3, 25)) if success else None
        case_id = out.add(
            "mediationcase", number=f"{code}-调-{applied.year}-{n + 1:04d}", source=rng.choice(("application", "initiative", "petition")),
            matter_id=None, applied_on=applied.isoformat(),
            parties=json.dumps([{"role": "申请人", "name": a_name, "kind": "个人"},
                                {"role": "被申请人", "name": b_name, "kind": "个人"}], ensure_ascii=False),
            mediators=json.dumps(["谭晓燕"], ensure_ascii=False), facts="宅基地界址争议", issues="界址走向",
            responsibilities="", status="success" if success else "failed",
            agreement_kind="written" if success else "", terms="双方按原界址重新立桩" if success else "",
            performance_manner="当场履行" if success else "", performance_due=_iso(agreed),
            agreed_on=_iso(agreed), failure_route="" if success else "告知可向人民法院提起诉讼",
            closed_on=_iso(agreed or applied + timedelta(days=20)),
            performance=rng.choice(("已履行", "已履行", "部分履行", "未履行")) if success else "",
        )
        out.add("mediationsession", case_id=case_id, on_date=applied.isoformat(), notes="听取双方陈述，现场查看")
