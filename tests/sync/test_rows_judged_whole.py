"""The county reads a bundle's record file whole and checks it column by column (each distinct value once); only a
file that fails is read again line by line to name its first problem. The whole-file judgement must never let
through a row the line-by-line checks refuse: here both judge the same files, a genuine township's rows with one
value at a time made hostile."""

import json
import sqlite3
from datetime import date

import pytest

from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.setup.demo import generate
from gazetteer_desk.services.sync import bundle_payload as payload
from gazetteer_desk.services.sync.bundle_rows import RowRules
from tests.sync.conftest import make_township

CODE = "500235101"

# Values of every kind a hostile file may carry: wrong types (true/false beside whole numbers, 1.0 for 1), limits,
# control and direction characters (raw and escaped), lone surrogates, bad dates, bad JSON, nesting, codes.
HOSTILE = [True, False, 1.0, 0, 1, -1, 2, 2**31, 2**63, "", "x", "1", "a\nb", "a\tb", "a\rb", "\x1b[31m", "\x7f",
           "\x85", "\u2028", "王\u202e伟", "\u2066", "\ud800", "2026-02-30", "1899-12-31", "2026-11-01",
           "2026-11-01 10:00:00", "2026-11-01T10:00:00.123456", "2201-01-01 00:00:00", "[]", "{}", '["甲"]',
           '[["a"]]', "[" * 40 + "]" * 40, "[" * 5000 + "]" * 5000, '{"name": "甲"}', '[{"name": "甲"}]', "{not json",
           None, [1], {"a": 1}, "x" * 37, "事" * 600, "事" * 25_000, "500235101001", "500235102001", CODE,
           "500235102", "acked", "received", "城乡建设", "0" * 36, "../../etc"]


@pytest.fixture(scope="module")
def township_rows(tmp_path_factory):
    """Every synchronised table's rows of a township with demo work in it, as a bundle carries them."""
    store = make_township(tmp_path_factory.mktemp("town"), CODE, "双江镇")
    generate(store, matters=40, seed=3, today=date(2026, 11, 20))
    store.close()
    connection = sqlite3.connect(store.path)
    try:
        columns = {table: payload.sent_columns(connection, table) for table in payload.synced_table_names()}
        rows = {table: [dict(zip(names, row, strict=True))
                        for row in connection.execute(f"SELECT {', '.join(names)} FROM {table}")]
                for table, names in columns.items()}
    finally:
        connection.close()
    return columns, {table: found[:3] for table, found in rows.items() if found}  # three rows judge a column


def judged(columns, table, rows, rules):
    """(whole-file verdict, line-by-line verdict) on one record file, True meaning accepted."""
    content = "".join(json.dumps(row, ensure_ascii=True) + "\n" for row in rows).encode()
    whole = payload._sound_file(content, table, set(columns[table]), CODE, rules) is not None
    files = {payload.record_file(table): content}
    manifest = payload.Manifest(1, CODE, "双江镇", 1, "2026-11", "", None, "", "", {table: len(rows)},
                                payload.payload_hash(files))
    original = payload._sound_file
    payload._sound_file = lambda *_args: None  # the line-by-line reading alone
    try:
        payload.decode_records(files, manifest, columns, rules)
        by_line = True
    except DeskError:
        by_line = False
    finally:
        payload._sound_file = original
    return whole, by_line


def test_genuine_rows_pass_whole(township_rows):
    columns, rows = township_rows
    rules = RowRules(payload.synced_table_names())
    assert len(rows) >= 8  # matters, people, visits, events, villages … all there to be judged
    for table, found in rows.items():
        assert judged(columns, table, found, rules) == (True, True), table


def test_whole_file_never_accepts_what_a_line_refuses(township_rows):
    columns, rows = township_rows
    rules = RowRules(payload.synced_table_names())
    cases = refused = 0
    for table, found in rows.items():
        for column in [*columns[table], "zzz_unknown", "change_seq"]:
            for value in HOSTILE + ["missing"]:
                for index in {0, len(found) - 1}:  # the first row, and a later one beside sound ones
                    changed = [dict(row) for row in found]
                    if value == "missing":
                        changed[index].pop(column, None)
                    else:
                        changed[index][column] = value
                    whole, by_line = judged(columns, table, changed, rules)
                    assert not whole or by_line, (table, column, value, index)
                    cases += 1
                    refused += not by_line
    assert refused > cases // 2  # most of these are hostile indeed


def test_deep_json_is_refused_not_a_crash(township_rows):
    columns, rows = township_rows
    rules = RowRules(payload.synced_table_names())
    changed = [dict(row) for row in rows["matter"]]
    changed[0]["representatives"] = "[" * 30_000 + "]" * 30_000
    assert judged(columns, "matter", changed, rules) == (False, False)
    content = b"[" * 100_000 + b"]" * 100_000 + b"\n"  # a line within the size limit, too deep to parse
    files = {payload.record_file("matter"): content}
    manifest = payload.Manifest(1, CODE, "双江镇", 1, "2026-11", "", None, "", "", {"matter": 1},
                                payload.payload_hash(files))
    with pytest.raises(payload.PayloadError, match="第1行不是有效的JSON"):
        payload.decode_records(files, manifest, columns, rules)
