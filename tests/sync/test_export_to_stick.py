"""The folder given to an export on another file system than the store (a USB stick) gets its copy of the bundle
written from the same pieces as the kept copy — whole, or not at all."""

import errno
import os

import pytest

from gazetteer_desk.errors import DeskError
from gazetteer_desk.formats import atomic, minisign
from gazetteer_desk.services.sync import bundle_export, bundle_import, bundle_keys
from tests.sync.conftest import COUNTY_PASS, TOWN_PASS, petition

A = "500235101"


@pytest.fixture
def on_a_stick(monkeypatch):
    """The stick is on another file system: no link can be made to the kept copy, nor may it be read back."""
    monkeypatch.setattr(bundle_export, "one_file_system", lambda _folder, _other: False)

    def read_back(path, written):
        raise AssertionError(f"the kept copy was read back for {path}")

    monkeypatch.setattr(atomic, "_copy", read_back)


def _files(folder):
    return sorted(p.name for p in folder.iterdir())


def test_the_sticks_copy_is_the_kept_bundle_byte_for_byte(desk, on_a_stick):
    town = desk.townships[A]
    petition(town, "王秀英")
    result = desk.export(A)
    kept = town.home / "bundles" / result.bundle_path.name
    assert result.bundle_path.read_bytes() == kept.read_bytes()
    assert not os.path.samefile(result.bundle_path, kept)  # two files: the stick's goes with the stick
    assert result.signature_path.read_bytes() == kept.with_name(kept.name + ".minisig").read_bytes()
    assert bundle_export.payload.sha256(result.bundle_path.read_bytes()) == result.file_hash
    key = bundle_keys.ensure_signing_key(town, TOWN_PASS)
    minisign.verify(result.bundle_path.read_bytes(), result.signature_path.read_text(), key.public_key)
    assert _files(desk.stick) == [result.bundle_path.name, result.signature_path.name]  # no temporary left
    report = bundle_import.import_bundles(desk.county, [result.bundle_path], passphrase=COUNTY_PASS)
    assert report.exit_code == 0


def test_a_stick_that_fills_up_mid_bundle_leaves_no_file_and_no_sequence(desk, on_a_stick, monkeypatch):
    town = desk.townships[A]
    petition(town, "王秀英")
    real_write = atomic.StreamingWrite.write

    def full_stick(self, piece):
        if self.path.parent == desk.stick:
            raise atomic._error_for(OSError(errno.ENOSPC, "No space left on device"), self.path)
        return real_write(self, piece)

    monkeypatch.setattr(atomic.StreamingWrite, "write", full_stick)
    with pytest.raises(DeskError) as info:
        desk.export(A)
    assert "磁盘空间不足" in info.value.message and info.value.message.endswith(".gdb.age")  # while sealing
    assert _files(desk.stick) == [] and _files(town.home / "bundles") == []
    assert bundle_export.exports(town) == []

    monkeypatch.setattr(atomic.StreamingWrite, "write", real_write)
    result = desk.export(A)
    assert result.sequence == 1 and _files(desk.stick) == [result.bundle_path.name, result.signature_path.name]


def test_folders_on_one_file_system_are_told_from_others(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert atomic.one_file_system(tmp_path / "a", tmp_path / "b")
    assert not atomic.one_file_system(tmp_path / "a", tmp_path / "missing")


def test_the_highest_number_of_each_year_is_found_by_looking_up_each_year():
    import random
    import sqlite3

    from gazetteer_desk.services.sync.bundle_chain import highest_numbers

    raw = sqlite3.connect(":memory:")
    raw.execute("CREATE TABLE matter (township_code TEXT, number TEXT, UNIQUE (township_code, number))")
    rng = random.Random(18)
    numbers = {f"{A}-{year}-{n:05d}" for year in (2019, 2024, 2025, 2026) for n in rng.sample(range(1, 99999), 40)}
    numbers |= {f"{A}-2026-{'9' * 7}", f"{A}-2026-", f"{A}-20", "X", "500235102-2026-99999"}  # odd ones, too
    raw.executemany("INSERT INTO matter VALUES (?, ?)", [(n[:9] if n[:9].isdigit() else A, n) for n in numbers])
    by_group = [row[0] for row in raw.execute(
        "SELECT max(number) FROM matter WHERE township_code = ? GROUP BY substr(number, 1, 15)", (A,))]
    assert highest_numbers(raw, A) == by_group and f"{A}-2026-{'9' * 7}" in by_group
    assert highest_numbers(raw, "500235199") == []
