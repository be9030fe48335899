"""The drawing of demo rows, in pieces that do not depend on each other: no store here, only rows and their digests.

Each piece (a job) draws from a random generator of its own, seeded by the run's seed and the piece's name, so the
pieces can be drawn in any order, by any number of processes, and a seed still gives the same store. What the pieces
share — the villages, staff, reception days, every petitioner's key and name, every matter's date and number — is
drawn first, once, into the :class:`Plan`.
"""

import json
import operator
import random
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate

from gazetteer_desk.domain import procedure
from gazetteer_desk.domain.calendar import HolidayCalendar
from gazetteer_desk.domain.categories import CATEGORIES, CATEGORY_WEIGHTS, CHANNELS, DEFAULT_SUBCATEGORIES
from gazetteer_desk.domain.divisions import village_code
from gazetteer_desk.domain.idnumber import make_id_number
from gazetteer_desk.domain.procedure import MatterState
from gazetteer_desk.services.core import audit_rows
from gazetteer_desk.services.setup.demo_rolls import People, Received, uuid4_text
from gazetteer_desk.services.setup.demo_text import COMPOUND_SURNAMES, CONTENT, GIVEN, SURNAMES, UNITS

CHANNEL_WEIGHTS = (60, 10, 15, 1, 14)
PURPOSE_WEIGHTS = {"求决": 55, "申诉": 12, "投诉": 15, "检举控告": 6, "建议意见": 5, "其他": 7}
DEMO_VILLAGES = ("青龙村", "白鹤村", "柳树社区", "石门村", "桂花村", "红星村", "新街社区", "龙洞村", "太平村", "双河村")
DEMO_LEADERS = (("陈国强", "党委书记", "全面工作"), ("刘芳", "镇长", "政府全面工作"), ("黄志明", "副镇长", "农业农村"),
                ("谭晓燕", "政法委员", "平安建设、信访"))
TABLES = ("township", "staff", "village", "petitioner", "matter", "receptionday", "fieldvisit", "visit", "matterevent",
          "caseassignment", "caseprogress", "mediationcase", "mediationsession", "mediationfollowup")
PEOPLE_PER_MATTER = 0.7


def ts(value: datetime) -> str:
    # the text SQLAlchemy writes for a UTC datetime in SQLite; isoformat is several times faster than strftime
    return value.isoformat(" ", "microseconds")[:26]


def rng_for(seed: int, piece: str) -> random.Random:
    """The random generator of one piece of the run (seeded by a text: the same on every platform and process)."""
    return random.Random(f"{seed}/{piece}")


class Rows:
    """Rows drawn, by table, with the columns every synchronised row has filled in."""

    def __init__(self, township: str, rng: random.Random, now: str):
        self.township = township
        self.rng = rng
        self.now = now
        self.tables: dict[str, list[tuple]] = {}
        self.columns: dict[str, tuple[str, ...]] = {}

    def add(self, table: str, row_id: str | None = None, **values) -> str:
        row_id = row_id or uuid4_text(self.rng.getrandbits(128))
        stamp = values.pop("_at", self.now)  # the row's time as stored text (ts), else the time of generating
        rows = self.tables.get(table)
        if rows is None:
            self.columns[table] = ("id", "township_code", "created_at", "updated_at", "revision", "deleted", *values)
            rows = self.tables[table] = []
        rows.append((row_id, self.township, stamp, stamp, 1, 0, *values.values()))
        return row_id


@dataclass(frozen=True)
class Plan:
    """What every piece needs: read from the store, or drawn once before the pieces."""

    code: str
    seed: int
    today: date
    cal: HolidayCalendar
    now: str  # the generating time, as stored text
    villages: tuple[tuple[str, str], ...]
    clerks: tuple[str, ...]
    leaders: tuple[str, ...]
    schemas: dict[str, list[tuple[str, str, str | None]]]  # see Digests
    people: People | tuple = ()  # every petitioner's key, name and serial (see id_number_of)
    days: dict | None = None  # reception day -> (its key, the leader's key)
    received: Received | tuple = ()  # every matter's day and number, in order


@dataclass
class Drawn:
    """One piece's rows (each table's in key order: the primary-key index is appended to, not rewritten at random),
    each ending with its place in its table's rows — the writer adds the first change number of the table's rows to
    it — and their digests for the audit seal (None: to be read back from the store)."""

    tables: dict[str, list[tuple]]
    columns: dict[str, tuple[str, ...]]
    digests: dict[str, dict[str, str]] | None

    @classmethod
    def of(cls, rows: Rows, schemas) -> "Drawn":
        for table_rows in rows.tables.values():
            table_rows.sort()
        digests = Digests(schemas).of(rows.tables, rows.columns)
        placed = {table: [(*row, place) for place, row in enumerate(table_rows)]
                  for table, table_rows in rows.tables.items()}
        return cls(placed, rows.columns, digests)


_CONSTANT = re.compile(r"-?\d+(\.\d+)?|'([^']|'')*'|NULL", re.I)


class Digests:
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


# --- drawn once, before the pieces -------------------------------------------------------------------------------

def draw_shared(rows: Rows, plan: Plan, matters: int, sequences: dict[int, int], first_serial: int = 0,
                neighbours: People | None = None) -> Plan:
    """The rows every piece refers to (villages, staff, reception days — those the store lacks), every petitioner's
    key, name and serial (from ``first_serial`` on), and every matter's day and number (numbered in the order of their
    days, as a desk numbers them). A few of the petitioners are ``neighbours`` (another township's) who came here too:
    the same person — name and ID number — as the county sees across its townships. Returns the plan with them."""
    rng = rows.rng
    villages, clerks, leaders = plan.villages, plan.clerks, plan.leaders
    if not villages:
        villages = tuple((village_code(plan.code, n), name) for n, name in enumerate(DEMO_VILLAGES, start=1))
        for vcode, name in villages:
            rows.add("village", code=vcode, name=name)
    if not clerks:
        clerks = tuple(rows.add("staff", name=n, is_leader=0, post="信访专干", portfolio="", phone="", active=1)
                       for n in ("周敏", "冉小兵"))
    if not leaders:
        leaders = tuple(rows.add("staff", name=n, is_leader=1, post=p, portfolio=w, phone="", active=1)
                        for n, p, w in DEMO_LEADERS)
    days = _reception_days(rng, rows, leaders, plan.today)
    people = People((rng.getrandbits(128), *(
        rng.choice(neighbours)[1:] if neighbours and rng.random() < NEIGHBOURS else (_name(rng), first_serial + n)))
        for n in range(max(1, int(matters * PEOPLE_PER_MATTER))))
    today, triangular = plan.today, rng.triangular
    received = Received(plan.code, (today - timedelta(days=int(triangular(0, 730, 30))) for _ in range(matters)),
                        sequences)
    return replace(plan, villages=villages, clerks=clerks, leaders=leaders, people=people, days=days,
                   received=received)


def _name(rng: random.Random) -> str:
    surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.01 else rng.choice(SURNAMES)
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.55 else "")
    return surname + given


def _reception_days(rng, out: Rows, leaders, today: date) -> dict[date, tuple[str, str]]:
    days = {}
    month = date(today.year - 2, today.month, 1)
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


BIRTHDAYS = 365 * 57  # the petitioners are born on one of these days from 1945 on
NEIGHBOURS = 0.004  # the share of a county township's petitioners who also went to the township before it


def id_number_of(county: str, serial: int) -> tuple[date, str]:
    """A petitioner's birthday and ID number, made from the serial: no two serials below 20 million share them (the
    birthday follows the serial's remainder, the sequence code its quotient), where numbers drawn at random would
    give thousands of people one number at county scale."""
    day, turn = serial % BIRTHDAYS, serial // BIRTHDAYS
    birth = date(1945, 1, 1) + timedelta(days=day * 7919 % BIRTHDAYS)  # 7919 is prime to BIRTHDAYS: a shuffle
    return birth, make_id_number(county, birth, (turn + day) % 1000)


# --- the pieces ----------------------------------------------------------------------------------------------------

def draw_people(plan: Plan, first: int, count: int) -> Drawn:
    """The petitioners ``first`` .. ``first + count`` of the plan (their keys and names drawn already)."""
    rows = Rows(plan.code, rng_for(plan.seed, f"{plan.code}/people/{first}"), plan.now)
    rng, county = rows.rng, plan.code[:6]
    randrange, random_, add = rng.randrange, rng.random, rows.add
    for person_id, name, serial in plan.people[first:first + count]:
        birth, id_number = id_number_of(county, serial)
        add("petitioner", person_id, name=name, sex="男" if int(id_number[16]) % 2 else "女",
            ethnicity="汉族" if random_() < 0.9 else "土家族", birth_date=birth.isoformat(), id_type="居民身份证",
            id_number=id_number, phone=f"1{rng.choice('3589')}{randrange(10**9):09d}", address="", workplace="")
    return Drawn.of(rows, plan.schemas)


def draw_matters(plan: Plan, first: int, count: int) -> Drawn:
    """The matters ``first`` .. ``first + count`` of the plan, each with its visit and its history, taken through
    the procedure on plausible days that never run ahead of today."""
    rows = Rows(plan.code, rng_for(plan.seed, f"{plan.code}/matters/{first}"), plan.now)
    rng, today, cal = rows.rng, plan.today, plan.cal
    villages, clerks, people, days = plan.villages, plan.clerks, plan.people, plan.days or {}
    # cumulative weights, summed once: choices() sums the weights it is given on every call, the same way
    categories = list(CATEGORIES)
    category_weights = list(accumulate(CATEGORY_WEIGHTS[c] for c in categories))
    channel_weights = list(accumulate(CHANNEL_WEIGHTS))
    purposes = list(PURPOSE_WEIGHTS)
    purpose_weights = list(accumulate(PURPOSE_WEIGHTS.values()))
    choices, choice, randrange, random_, add = rng.choices, rng.choice, rng.randrange, rng.random, rows.add
    dumps, next_due = json.dumps, procedure.next_due
    for n, (received, number) in enumerate(plan.received[first:first + count], start=first):
        person_id, name, _ = people[randrange(len(people))] if n % 4 == 3 else people[n % len(people)]
        category = choices(categories, cum_weights=category_weights)[0]
        channel = choices(CHANNELS, cum_weights=channel_weights)[0]
        vcode, vname = villages[randrange(len(villages))]
        state, steps = _walk(rng, received, today, cal)
        purpose = choices(purposes, cum_weights=purpose_weights)[0]
        people_count = choice((5, 8, 12, 20)) if random_() < 0.04 else choice((1, 1, 1, 2, 3))
        reps = [f"{name}等代表{i}" for i in range(1, min(5, people_count) + 1)] if people_count >= 5 else []
        at_text = ts(datetime.combine(received, time(8 + randrange(9), randrange(60)), UTC))
        received_text = received.isoformat()
        replied = state.replied_on
        matter_id = add(
            "matter", _at=at_text, number=number, petitioner_id=person_id,
            channel=channel, category=category,
            subcategory=choice(DEFAULT_SUBCATEGORIES[category]), purpose=purpose, village_code=vcode,
            village_name=vname, location_detail="", request=choice(CONTENT[category]),
            facts="", reasons="", subject="", people_count=people_count, involved_count=people_count,
            representatives=dumps(reps) if reps else "[]", is_repeat=int(n % 4 == 3),
            repeat_of_id=None, litigation=int(random_() < 0.05), urgent=int(random_() < 0.01), threat=0, backlog=0,
            recusal=0, route="litigation" if random_() < 0.03 else "petition",
            handling_unit=choice(UNITS) if state.status != "registered" else "",
            status=state.status, received_on=received_text,
            accepted_on=_iso(state.accepted_on), extension_days=state.extension_days,
            extension_reason="情况复杂需进一步调查" if state.extension_days else "",
            replied_on=_iso(replied), outcome=state.outcome,
            review_requested_on=_iso(state.review_requested_on), reviewed_on=_iso(state.reviewed_on),
            recheck_requested_on=_iso(state.recheck_requested_on), rechecked_on=_iso(state.rechecked_on),
            closed_on=_iso(state.closed_on), due_on=_iso(next_due(state, cal)),
            satisfaction_office=choice(("满意", "满意", "基本满意", "不满意")) if replied else "",
            satisfaction_unit=choice(("满意", "基本满意", "不满意")) if replied else "",
            satisfaction_reason="", receiver_id=choice(clerks),
        )
        day = days.get(received)
        add("visit", _at=at_text, matter_id=matter_id, petitioner_id=person_id, visited_at=at_text, channel=channel,
            people_count=people_count, received_by_id=choice(clerks),
            leader_id=day[1] if day else None, reception_day_id=day[0] if day else None,
            field_visit_id=None, notes="")
        add("matterevent", _at=at_text, matter_id=matter_id, kind="registered", at=at_text,
            on_date=received_text, actor="", detail="登记新事项", data="{}")
        for action, on, detail in steps:
            stamp = ts(datetime.combine(on, time(10), UTC))
            add("matterevent", _at=stamp, matter_id=matter_id, kind=action, at=stamp,
                on_date=on.isoformat(), actor="", detail=detail, data="{}")
    return Drawn.of(rows, plan.schemas)


def draw_field_and_mediation(plan: Plan) -> Drawn:
    """Leaders' visits to villages and mediation cases between petitioners."""
    rows = Rows(plan.code, rng_for(plan.seed, f"{plan.code}/field"), plan.now)
    rng, today, code, people, leaders, villages = rows.rng, plan.today, plan.code, plan.people, plan.leaders, \
        plan.villages
    for _ in range(max(5, len(people) // 400)):
        day = today - timedelta(days=rng.randrange(700))
        vcode, vname = villages[rng.randrange(len(villages))]
        rows.add("fieldvisit", leader_id=rng.choice(leaders), day=day.isoformat(), village_code=vcode,
                 village_name=vname, people_met=f"{rng.randint(3, 30)}名群众", problems="村道损毁、灌溉用水纠纷", notes="")
    for n in range(max(5, len(people) // 200) if len(people) > 1 else 0):
        applied = today - timedelta(days=rng.randrange(700))
        (_, a_name, _), (_, b_name, _) = rng.sample(people, 2)
        success = rng.random() < 0.8
        agreed = applied + timedelta(days=rng.randint(3, 25)) if success else None
        case_id = rows.add(
            "mediationcase", number=f"{code}-调-{applied.year}-{n + 1:04d}",
            source=rng.choice(("application", "initiative", "petition")),
            matter_id=None, applied_on=applied.isoformat(),
            parties=json.dumps([{"role": "申请人", "name": a_name, "kind": "个人"},
                                {"role": "被申请人", "name": b_name, "kind": "个人"}]),
            mediators=json.dumps(["谭晓燕"]), facts="宅基地界址争议", issues="界址走向",
            responsibilities="", status="success" if success else "failed",
            agreement_kind="written" if success else "", terms="双方按原界址重新立桩" if success else "",
            performance_manner="当场履行" if success else "", performance_due=_iso(agreed),
            agreed_on=_iso(agreed), failure_route="" if success else "告知可向人民法院提起诉讼",
            closed_on=_iso(agreed or applied + timedelta(days=20)),
            performance=rng.choice(("已履行", "已履行", "部分履行", "未履行")) if success else "",
        )
        rows.add("mediationsession", case_id=case_id, on_date=applied.isoformat(), notes="听取双方陈述，现场查看")
    return Drawn.of(rows, plan.schemas)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


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
