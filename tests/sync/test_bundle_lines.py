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
