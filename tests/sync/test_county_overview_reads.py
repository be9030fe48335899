"""The county page's two reads (each township's counts, the people of more than one township) at county scale: the
same answer as a plain reading of every row, taken from the indexes of revision 0009 alone."""

from collections import defaultdict
from datetime import date

import pytest
from sqlalchemy import event

from gazetteer_desk.domain.masking import mask_id_number
from gazetteer_desk.domain.procedure import OPEN_STATUSES
from gazetteer_desk.services.core.overdue import RUNNING_STATUSES
from gazetteer_desk.services.setup.demo import generate
from gazetteer_desk.services.sync import county

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def county_store(tmp_path_factory):
    """A county store of 5 townships as `demo-data --townships 5` makes it, with the cases the reads must tell apart:
    one person in three townships, one in two (one of whose people is deleted), one twice in the same township, and
    deleted and overdue matters."""
    home = tmp_path_factory.mktemp("county") / "county"
    store = county.init_county(home, "500235", "云阳县").store
    generate(store, matters=1500, seed=3, today=TODAY, workers=0, townships=5)
    with store.raw_transaction() as connection:
        people = connection.execute(
            "SELECT township_code, min(id) FROM petitioner GROUP BY township_code ORDER BY township_code").fetchall()
        seconds = connection.execute(
            "SELECT township_code, max(id) FROM petitioner GROUP BY township_code ORDER BY township_code").fetchall()

        def same_person(number, ids):
            for person in ids:
                connection.execute("UPDATE petitioner SET id_number = ? WHERE id = ?", (number, person))

        same_person("500235198001010011", [people[0][1], people[1][1], people[2][1]])  # three townships
        same_person("500235198001010027", [people[3][1], seconds[4][1], people[4][1]])  # two townships …
        connection.execute("UPDATE petitioner SET deleted = 1 WHERE id = ?", (seconds[4][1],))
        same_person("500235198001010035", [seconds[0][1], seconds[1][1]])  # … and the deleted one no longer counts:
        connection.execute("UPDATE petitioner SET deleted = 1 WHERE id = ?", (seconds[1][1],))
        connection.execute("UPDATE matter SET deleted = 1 WHERE rowid % 37 = 0")
        # running matters past their limit (the drawn ones rarely are: the generator keeps to the limits)
        connection.execute("UPDATE matter SET status = 'accepted', due_on = '2026-10-01' WHERE rowid IN (1, 2, 300)")
    yield store
    store.close()


def _rows(store, sql):
    with store.raw_read() as connection:
        return connection.execute(sql).fetchall()


def test_township_counts_are_those_of_every_matter_read_one_by_one(county_store):
    expected = defaultdict(lambda: [0, 0, 0])
    for code, deleted, status, due_on in _rows(county_store,
                                                "SELECT township_code, deleted, status, due_on FROM matter"):
        if deleted:
            continue
        counts = expected[code]
        counts[0] += 1
        counts[1] += status in OPEN_STATUSES
        counts[2] += status in RUNNING_STATUSES and due_on is not None and due_on < TODAY.isoformat()
    rows = county.township_overview(county_store, TODAY)
    assert [r.code for r in rows] == sorted(expected)  # the 5 townships, each with matters
    assert {r.code: [r.matters, r.open_matters, r.overdue] for r in rows} == dict(expected)
    assert sum(r.overdue for r in rows) > 0 and sum(r.open_matters for r in rows) < sum(r.matters for r in rows)


def test_cross_township_people_are_those_of_every_person_read_one_by_one(county_store):
    people = defaultdict(list)
    for person, number, code, name in _rows(county_store, "SELECT id, id_number, township_code, name FROM petitioner "
                                                          "WHERE deleted = 0 AND id_number != ''"):
        people[number].append((person, code, name))
    matters = defaultdict(list)
    for person, status, received in _rows(county_store,
                                          "SELECT petitioner_id, status, received_on FROM matter WHERE deleted = 0"):
        matters[person].append((status, received))
    expected = []
    for number, persons in people.items():
        codes = {code for _p, code, _n in persons}
        if len(codes) < 2:
            continue
        theirs = [m for person, _c, _n in persons for m in matters[person]]
        expected.append((-len(codes), -len(theirs), number, (
            mask_id_number(number), sorted({n for _p, _c, n in persons}),
            sorted(codes), len(theirs), sum(s in OPEN_STATUSES for s, _r in theirs),
            max((r for _s, r in theirs), default=None))))
    expected = [row for *_key, row in sorted(expected)]

    rows = county.cross_township_petitioners(county_store)
    names = {t.code: t.name for t in county.townships(county_store)}
    assert [(r.id_number, r.names, r.townships, r.matters, r.open_matters,
             r.last_received and r.last_received.isoformat()) for r in rows] == [
        (masked, names_, [f"{names[c]}（{c}）" for c in codes], count, open_, last)
        for masked, names_, codes, count, open_, last in expected]
    shown = {r.id_number for r in rows}
    assert mask_id_number("500235198001010011") in shown and mask_id_number("500235198001010027") in shown
    assert mask_id_number("500235198001010035") not in shown  # its second person is deleted
    assert len(rows[0].townships) == 3


def _plans(store, read) -> list[str]:
    """What SQLite does for each SELECT on matter or petitioner that ``read`` makes."""
    statements = []

    def seen(_conn, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith("SELECT") and ("FROM matter" in statement
                                                                 or "FROM petitioner" in statement):
            statements.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        read()
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    assert statements
    with store.raw_read() as connection:
        return [" / ".join(row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + sql, parameters))
                for sql, parameters in statements]


def test_township_counts_are_read_from_the_covering_index_alone(county_store):
    [plan] = _plans(county_store, lambda: county.township_overview(county_store, TODAY))
    matter_steps = [s for s in plan.split(" / ") if " m " in s or " matter " in s]
    # per township three ranges of the index: all its matters, the open ones, the overdue ones — never a row
    assert matter_steps == [
        "SEARCH m USING COVERING INDEX ix_matter_township_overview (township_code=? AND deleted=?)",
        "SEARCH m USING COVERING INDEX ix_matter_township_overview (township_code=? AND deleted=? AND status=?)",
        "SEARCH m USING COVERING INDEX ix_matter_township_overview "
        "(township_code=? AND deleted=? AND status=? AND due_on>? AND due_on<?)"], plan


def test_cross_township_people_are_found_from_the_covering_index_alone(county_store):
    [plan] = _plans(county_store, lambda: county.cross_township_petitioners(county_store))
    steps = plan.split(" / ")
    # the numbers held in more than one township: one pass over the index (every number > ''), no table row
    assert "SEARCH petitioner USING COVERING INDEX ix_petitioner_id_number_township (id_number>?)" in steps, plan
    # their people, found by number in the same index
    assert any(s.startswith("SEARCH p USING COVERING INDEX ix_petitioner_id_number_township (id_number=?")
               for s in steps), plan
    assert not any(s.startswith("SCAN p") or s.startswith("SCAN m") or s == "SCAN petitioner" for s in steps), plan
