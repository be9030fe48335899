"""The county reads, checks and merges a bundle a batch of lines at a time, so that its memory does not follow the
size of one bundle: with small batches the merge is the same (rows, search index, audit seal), a bad line in the
last batch still leaves the county store as it was, and what the import holds at once stays well below the bundle."""

import shutil
import sqlite3
import tracemalloc
from datetime import UTC, date, datetime

import pytest
import time_machine

from gazetteer_desk.services.setup.demo import generate
from gazetteer_desk.services.sync import bundle_import
from gazetteer_desk.services.sync import bundle_payload as payload
from gazetteer_desk.store.migrate import open_store
from tests.sync.conftest import COUNTY_PASS, dump, seal, unpack_export
from tests.sync.test_hostile_rows import rows_of, tampered

A, B = "500235101", "500235102"
NOW = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)


@pytest.fixture
def busy(desk):
    """双江镇 with a few years of demo work in it, and its first bundle."""
    generate(desk.townships[A], matters=120, seed=5, today=date(2026, 11, 20))
    return desk.export(A)


def _held_batches(monkeypatch, rows: int) -> list[int]:
    """Import with batches of ``rows`` lines; the sizes of the batches merged are recorded in the returned list."""
    monkeypatch.setattr(bundle_import, "BATCH_ROWS", rows)
    sizes: list[int] = []
    upsert = bundle_import._upsert

    def counted(raw, table, code, batch, report):
        sizes.append(len(batch))
        return upsert(raw, table, code, batch, report)

    monkeypatch.setattr(bundle_import, "_upsert", counted)
    return sizes


def _twin(store, folder):
    """A second county home, a copy of ``store``'s (its keys and its database as they are now)."""
    shutil.copytree(store.home, folder, ignore=shutil.ignore_patterns("desk.sqlite*", "backups"))
    with sqlite3.connect(store.path) as source, sqlite3.connect(folder / "desk.sqlite") as target:
        source.backup(target)
    return open_store(folder)


def _seal_and_import_entries(store) -> list[tuple]:
    with sqlite3.connect(store.path) as connection:
        return connection.execute("SELECT action, entity_id, detail, hash FROM auditentry "
                                  "WHERE action IN ('rows', 'import_bundle') ORDER BY seq").fetchall()


def test_small_batches_merge_the_same(desk, busy, tmp_path, monkeypatch):
    twin = _twin(desk.county, tmp_path / "twin")
    try:
        with time_machine.travel(NOW, tick=False):
            whole = bundle_import.import_bundles(twin, [busy.bundle_path], passphrase=COUNTY_PASS)
            sizes = _held_batches(monkeypatch, 7)
            batched = bundle_import.import_bundles(desk.county, [busy.bundle_path], passphrase=COUNTY_PASS)
        assert [r.status for r in batched.reports] == ["imported"], batched.reports[0].line()
        assert batched.reports[0].line() == whole.reports[0].line()
        assert batched.reports[0].inserted > 700
        assert max(sizes) <= 7 and len(sizes) > 100  # never more than a batch of rows at once
        assert dump(desk.county) == dump(twin)  # every row and the search index
        assert _seal_and_import_entries(desk.county) == _seal_and_import_entries(twin)  # the audit seal, hash and all
    finally:
        twin.close()


def test_a_bad_last_line_after_many_batches_changes_nothing(desk, busy, monkeypatch):
    files = unpack_export(desk, busy)
    last = len(rows_of(files, "visit"))

    def spoil(rows):
        rows[-1]["visited_at"] = "yesterday"

    hostile = seal(desk, A, tampered(files, "visit", spoil), "hostile.gdb.age")
    before = dump(desk.county)
    sizes = _held_batches(monkeypatch, 5)
    result = bundle_import.import_bundles(desk.county, [hostile], passphrase=COUNTY_PASS)
    assert [r.status for r in result.reports] == ["refused"]
    assert f"records/visit.jsonl 第{last}行 的 visited_at 不是时间" in result.reports[0].message
    assert len(sizes) > 20  # the other tables and the visits before the last batch were merged, then undone
    assert dump(desk.county) == before


def _peak_of_import(desk, path) -> int:
    tracemalloc.start()
    try:
        result = bundle_import.import_bundles(desk.county, [path], passphrase=COUNTY_PASS)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [r.status for r in result.reports] == ["imported"], result.reports[0].line()
    return peak


def test_memory_does_not_follow_the_size_of_a_bundle(desk, monkeypatch):
    """What the import allocates at its peak grows far less than the bundle, from a bundle to one four times its
    size: neither the file, nor what it decrypts to, nor all of its rows are held at once (only the audit seal's
    line per row is). The code before held each whole, peaking at several times the bundle's size."""
    monkeypatch.setattr(bundle_import, "BATCH_ROWS", 50, raising=False)
    generate(desk.townships[A], matters=300, seed=5, today=date(2026, 11, 20))
    generate(desk.townships[B], matters=1200, seed=6, today=date(2026, 11, 20))
    small, large = desk.export(A).bundle_path, desk.export(B).bundle_path
    assert large.stat().st_size > 3.5 * small.stat().st_size
    peak_small = _peak_of_import(desk, small)
    peak_large = _peak_of_import(desk, large)
    grown = large.stat().st_size - small.stat().st_size
    assert peak_large - peak_small < grown / 2, (peak_small, peak_large, grown)
    assert peak_large < 1.5 * large.stat().st_size, (peak_large, large.stat().st_size)


@pytest.mark.parametrize("content", [
    b"", b"\n", b"a", b"a\nb", b"a\nb\n", b"a\r\nb\r\n", b"a\rb\r", b"\r\n\r\n", b"a\n\nb\r\r\nc",
    b'{"id":"1"}\n' * 30 + b'{"id":"2"}',
])
@pytest.mark.parametrize("piece", [1, 2, 3, 7, 64])
def test_lines_read_a_piece_at_a_time_are_the_lines_of_the_whole(content, piece):
    """However a record file is cut into pieces (a CR LF split between two), its batches hold the lines
    ``splitlines`` finds in the whole, so the line numbers in messages stay those of the file."""
    pieces = iter([content[i:i + piece] for i in range(0, len(content), piece)])
    batches = list(payload.line_batches(lambda: next(pieces, b""), rows=4))
    assert all(0 < len(batch) <= 4 for batch in batches)
    assert [line for batch in batches for line in batch] == content.splitlines()


def test_a_line_too_long_for_a_record_ends_the_lines_cut_short():
    first = f'{{"id":"1","revision":1,"township_code":"{A}"}}'.encode()
    content = first + b"\n" + b"x" * (payload.MAX_RECORD_LINE * 3) + b"\n{}\n"
    pieces = iter([content[i:i + 4096] for i in range(0, len(content), 4096)])
    lines = [line for batch in payload.line_batches(lambda: next(pieces, b"")) for line in batch]
    assert lines == [first, b"x" * (payload.MAX_RECORD_LINE + 1)]  # enough to be refused, no more held
    with pytest.raises(payload.PayloadError, match="第2行过长"):
        payload.decode_lines(lines, 1, "records/matter.jsonl", "matter", {"id", "revision", "township_code"}, A, None)
