"""demo-data numbers its rows itself with the change counter's per-row triggers suspended: the store it leaves must be
the one the triggers would have made, and everything that reads the change numbers must work on it."""

import sqlite3
from datetime import UTC, date, datetime

import pytest
import time_machine

from gazetteer_desk.services.core import audit_rows
from gazetteer_desk.services.matters.registration import RegistrationInput, register
from gazetteer_desk.services.matters.search import search
from gazetteer_desk.services.setup import setup
from gazetteer_desk.services.setup import demo, demo_draw
from gazetteer_desk.services.setup.demo import generate
from gazetteer_desk.store import change_counter, schema_check
from gazetteer_desk.store.models import SYNCED_TABLES
from gazetteer_desk.store.peek import SCHEMA_HEAD

TOWNSHIP = setup.TownshipSetup(township_code="500235101", township_name="双江镇", villages=("青龙村", "白鹤村"),
                               staff=("李明",), leaders=(("陈国强", "党委书记"),))
TODAY = date(2026, 6, 30)


def demo_store(home):
    store = setup.init_township(home, TOWNSHIP)
    generate(store, matters=300, seed=5, today=TODAY)
    return store


def change_numbers(store) -> tuple[dict[str, dict[str, int]], int]:
    db = sqlite3.connect(store.path)
    rows = {t.__tablename__: dict(db.execute(f"SELECT id, change_seq FROM {t.__tablename__}").fetchall())
            for t in SYNCED_TABLES}
    (counter,) = db.execute("SELECT value FROM changecounter").fetchone()
    db.close()
    return rows, counter


def triggers(store) -> dict[str, str]:
    db = sqlite3.connect(store.path)
    found = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())
    db.close()
    return found


def test_the_rows_carry_the_change_numbers_the_triggers_would_have_given(tmp_path, monkeypatch):
    fast = demo_store(tmp_path / "fast")
    with monkeypatch.context() as patch:  # a definition it does not know: the triggers stay and number every row
        patch.setattr(change_counter, "_EXPECTED", "CREATE TRIGGER {t}_change_ai unknown")
        slow = demo_store(tmp_path / "slow")
    (fast_rows, fast_counter), (slow_rows, slow_counter) = change_numbers(fast), change_numbers(slow)
    assert fast_counter == slow_counter > 300 * 4
    for table, numbers in slow_rows.items():
        # the generated rows have the same keys in both stores (one seed); the set-up's own rows are random keys
        shared = numbers.keys() & fast_rows[table].keys()
        assert {k: fast_rows[table][k] for k in shared} == {k: numbers[k] for k in shared}, table
        assert sorted(fast_rows[table].values()) == sorted(numbers.values()), table
    assert len(fast_rows["matter"]) == 300 and len(fast_rows["matterevent"]) > 300
    assert triggers(fast) == triggers(slow)  # every trigger back as the migration made it
    db = sqlite3.connect(fast.path)  # and every index, built again after the rows went in
    assert schema_check.objects(db) == schema_check.expected_objects(SCHEMA_HEAD)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    db.close()
    fast.close()
    slow.close()


def seals(home) -> list[str]:
    """The generated store's seals (the rows' digests), made at one instant from a set-up without rows of its own
    (random keys) for the generated ones to name; every row checked against them."""
    with time_machine.travel(datetime(2026, 6, 30, 9, tzinfo=UTC), tick=False):
        store = setup.init_township(home, setup.TownshipSetup(township_code="500235101", township_name="双江镇"))
        generate(store, matters=120, seed=5, today=TODAY)
    db = sqlite3.connect(store.path)
    found = [detail for (detail,) in db.execute("SELECT detail FROM auditentry WHERE action = 'rows' ORDER BY seq")]
    assert audit_rows.check_rows(db) is None
    db.close()
    store.close()
    return found[1:]  # the set-up's own seal names the township's random key


def test_the_seal_taken_from_the_rows_in_hand_is_the_seal_read_back_from_the_store(tmp_path, monkeypatch):

    in_hand = seals(tmp_path / "fast")
    with monkeypatch.context() as patch:  # the triggers kept: the rows are read back to be sealed
        patch.setattr(change_counter, "_EXPECTED", "CREATE TRIGGER {t}_change_ai unknown")
        read_back = seals(tmp_path / "slow")
    assert in_hand == read_back and any('"matterevent"' in seal for seal in in_hand)


@pytest.mark.parametrize("workers", [0, 2])
def test_a_failure_while_drawing_leaves_the_store_empty_and_unlocked(tmp_path, monkeypatch, workers):
    store = setup.init_township(tmp_path / "home", TOWNSHIP)
    monkeypatch.setattr(demo, "CHUNK", 50)
    drawn = demo_draw.draw_matters

    def failing(plan, first, count):  # the third piece of matters fails, after two were written
        if first >= 100:
            raise RuntimeError("drawing failed")
        return drawn(plan, first, count)

    monkeypatch.setattr(demo_draw, "draw_matters", failing)  # workers are forked: they draw with it too
    with pytest.raises(RuntimeError, match="drawing failed"):
        generate(store, matters=160, seed=5, today=TODAY, workers=workers)
    db = sqlite3.connect(store.path)
    assert db.execute("SELECT count(*) FROM matter").fetchone() == (0,)
    assert db.execute("SELECT count(*) FROM petitioner").fetchone() == (0,)
    assert audit_rows.check_rows(db) is None
    db.close()
    generate(store, matters=20, seed=5, today=TODAY, workers=workers)  # not locked, not half-filled: fills anew
    assert search(store, "宅基地") or search(store, "青龙村")
    store.close()


def rows_of(store) -> dict[str, list[tuple]]:
    db = sqlite3.connect(store.path)
    found = {}
    for table in demo_draw.TABLES[1:]:  # not the set-up's own township row (a random key)
        columns = [c for (_, c, *_) in db.execute(f"PRAGMA table_info({table})") if c not in ("created_at", "updated_at")]
        found[table] = db.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY number" if table == "matter"
                                  else f"SELECT {', '.join(columns)} FROM {table} ORDER BY id").fetchall()
    db.close()
    return found


def test_a_seed_gives_the_same_store_whatever_the_number_of_workers(tmp_path, monkeypatch):
    monkeypatch.setattr(demo, "CHUNK", 70)
    monkeypatch.setattr(demo, "PEOPLE_CHUNK", 40)
    stores = []
    for workers in (0, 1, 3):
        with time_machine.travel(datetime(2026, 6, 30, 9, tzinfo=UTC), tick=False):
            store = setup.init_township(tmp_path / f"w{workers}", setup.TownshipSetup("500235101", "双江镇"))
            counts = generate(store, matters=300, seed=7, today=TODAY, workers=workers)
        assert counts["matter"] == 300 and counts["petitioner"] == 210
        stores.append(store)
    alone, *forked = (rows_of(store) for store in stores)
    assert len(alone["matter"]) == 300 and len(alone["staff"]) == 6  # a bare set-up: the generator makes its staff
    for other in forked:
        assert other == alone
    db = sqlite3.connect(stores[0].path)  # numbered in the order of the days received, year by year
    received = [day for (day,) in db.execute("SELECT received_on FROM matter ORDER BY number")]
    db.close()
    by_year: dict[str, list[str]] = {}
    for day in received:
        by_year.setdefault(day[:4], []).append(day)
    assert all(days == sorted(days) for days in by_year.values()) and len(by_year) >= 2
    for store in stores:
        store.close()


def test_a_generated_store_is_sealed_searchable_and_counts_on_from_its_last_number(tmp_path):
    store = demo_store(tmp_path / "home")
    db = sqlite3.connect(store.path)
    assert audit_rows.check_rows(db) is None
    db.close()
    assert search(store, "宅基地") and search(store, "青龙村")
    _, counter = change_numbers(store)
    number = register(store, RegistrationInput(name="赵四", request="独特关键词甲乙丙丁")).number
    rows, after = change_numbers(store)
    db = sqlite3.connect(store.path)
    (seq,) = db.execute("SELECT change_seq FROM matter WHERE number = ?", (number,)).fetchone()
    db.close()
    assert counter < seq <= after  # the trigger numbers the next saved row after the generated ones
    assert [row.number for row in search(store, "甲乙丙丁")] == [number]
    with store.engine.connect() as connection:  # the store's own settings are back on its connections
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.close()


def test_a_store_another_program_has_open_is_filled_all_the_same(tmp_path):
    store = setup.init_township(tmp_path / "home", TOWNSHIP)
    other = sqlite3.connect(store.path)  # e.g. a sqlite3 shell: the journal cannot be set aside, the filling goes on
    other.execute("SELECT count(*) FROM matter").fetchone()
    generate(store, matters=50, seed=2, today=TODAY)
    assert other.execute("SELECT count(*) FROM matter").fetchone() == (50,)
    assert other.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert audit_rows.check_rows(other) is None
    other.close()
    store.close()


def test_the_generated_keys_are_the_version_4_uuids_of_the_random_bits():
    import random
    import uuid

    from gazetteer_desk.services.setup.demo_rolls import uuid4_text

    rng = random.Random(9)
    for bits in [0, 2**128 - 1, *(rng.getrandbits(128) for _ in range(2000))]:
        assert uuid4_text(bits) == str(uuid.UUID(int=bits, version=4))


def test_the_rolls_give_back_what_went_in():
    import uuid

    from gazetteer_desk.services.setup.demo_rolls import People, Received

    went_in = [(2**128 - 1, "欧阳䶮", 7), (0, "王伟", 2**40), (12345 << 70, "李", 0)]
    people = People(went_in)
    assert len(people) == 3 and people[-1] == people[2]
    assert [(str(uuid.UUID(key)), name, serial) for key, name, serial in people] == [
        (str(uuid.UUID(int=bits, version=4)), name, serial) for bits, name, serial in went_in]
    received = Received("500235101", [date(2026, 1, 3), date(2025, 12, 30), date(2026, 1, 2), date(2025, 12, 31)],
                        {2025: 41})
    assert list(received) == [(date(2025, 12, 30), "500235101-2025-00042"), (date(2025, 12, 31), "500235101-2025-00043"),
                              (date(2026, 1, 2), "500235101-2026-00001"), (date(2026, 1, 3), "500235101-2026-00002")]
    assert received[1:3] == list(received)[1:3]
