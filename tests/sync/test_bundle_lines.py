"""The bundle's JSONL lines made by SQLite read back as the objects Python's json makes of the same rows, in the
same order (by id)."""

import json
import sqlite3

from gazetteer_desk.services.sync import bundle_payload as payload

from tests.sync.conftest import make_township, petition


def test_sqlite_lines_read_back_as_pythons(tmp_path):
    store = make_township(tmp_path / "town", "500235101", "双江镇")
    petition(store, '王"引号\\反斜杠', request="要求解决𠀀字路段 </script> 的硬化问题 ✂ 😀")
    petition(store, "李四")
    store.close()
    with sqlite3.connect(tmp_path / "town" / "desk.sqlite") as raw:
        seen = 0
        for table in payload.synced_table_names():
            columns = payload.sent_columns(raw, table)
            made, count = payload.select_records(raw, table, columns, "change_seq > ?", (0,))
            expected, expected_count = payload.encode_records(
                columns, raw.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE change_seq > 0 ORDER BY id"))
            assert count == expected_count
            assert [json.loads(line) for line in made.splitlines()] == [
                json.loads(line) for line in expected.splitlines()]
            assert all(list(json.loads(line)) == columns for line in made.splitlines())  # keys in column order
            seen += count
        assert len(payload.sent_columns(raw, "matter")) > payload._OBJECT_PAIRS  # the wide table is built in parts
    assert seen


def _lines_row_by_row(raw, table, columns):
    """The lines as SQLite makes them one row at a time, in id order (what the joined blob must equal byte for byte)."""
    return b"".join(line for (line,) in raw.execute(
        f"SELECT CAST({payload.json_object_sql(columns)} || char(10) AS BLOB) FROM {table} WHERE change_seq > 0 "
        "ORDER BY id"))


def test_joined_lines_are_the_row_by_row_lines_in_id_order_and_too_long_a_table_goes_line_by_line(tmp_path):
    store = make_township(tmp_path / "town", "500235101", "双江镇")
    for n in range(12):
        petition(store, f"来访人{n}", request=f"第{n}件：\"引号\"、\\反斜杠与换行\n之后")
    store.close()
    with sqlite3.connect(tmp_path / "town" / "desk.sqlite") as raw:
        tables = {table: payload.sent_columns(raw, table) for table in payload.synced_table_names()}
        expected = {table: _lines_row_by_row(raw, table, columns) for table, columns in tables.items()}
        assert sum(made.count(b"\n") for made in expected.values()) > 40
        made = {table: payload.select_records(raw, table, columns, "change_seq > ?", (0,))
                for table, columns in tables.items()}
        assert made == {table: (body, body.count(b"\n")) for table, body in expected.items()}
        longest_line = max(len(line) for body in expected.values() for line in body.splitlines())
        raw.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 2 * longest_line)  # each line fits, no table's whole text does
        assert max(len(body) for body in expected.values()) > 2 * longest_line
        again = {table: payload.select_records(raw, table, columns, "change_seq > ?", (0,))
                 for table, columns in tables.items()}
        assert again == made
