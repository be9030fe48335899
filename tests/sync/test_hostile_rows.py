"""Validly signed bundles with bad rows inside, as an insider with the township's own key would make them: each is
refused with its reason, the county store stays as it was, and the other bundles of the same run are imported."""

import gzip
import json

import pytest

from gazetteer_desk.services.core import audit
from gazetteer_desk.services.sync import bundle_import
from gazetteer_desk.services.sync import bundle_payload as payload
from tests.sync.conftest import COUNTY_PASS, dump, petition, seal, unpack_export

A, B = "500235101", "500235102"


@pytest.fixture
def real(desk):
    """A genuine first bundle of 双江镇 (unpacked, for tampering) and a genuine one of 龙角镇, not yet imported."""
    petition(desk.townships[A], "王秀英", None, "要求解决道路硬化")
    petition(desk.townships[B], "李华", None, "要求修缮水渠")
    files = unpack_export(desk, desk.export(A))
    for path in desk.stick.glob(f"{A}-*"):
        path.unlink()  # only the tampered copy of 双江镇's first bundle goes to the county
    return files, desk.export(B)


def rows_of(files, table) -> list[dict]:
    return [json.loads(line) for line in files[payload.record_file(table)].decode().splitlines()]


def tampered(files, table, change) -> dict[str, bytes]:
    """``files`` with ``change(rows)`` applied to one table, manifest counts and payload hash made to match."""
    rows = rows_of(files, table) if payload.record_file(table) in files else []
    change(rows)
    body = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode()
    out = {**files, payload.record_file(table): body}
    manifest = json.loads(files["manifest.json"])
    manifest["counts"][table] = len(rows)
    manifest["payload_hash"] = payload.payload_hash(out)
    out["manifest.json"] = payload.manifest_bytes(manifest)
    return out


def refused_alongside_a_good_bundle(desk, good, files, reason):
    """Import the hostile bundle with a genuine one of the other township: the hostile one is refused and changes
    nothing, the genuine one is imported."""
    hostile = seal(desk, A, files, "hostile.gdb.age")
    before = dump(desk.county)
    result = bundle_import.import_bundles(desk.county, [hostile], passphrase=COUNTY_PASS)
    assert [r.status for r in result.reports] == ["refused"], result.reports[0].line()
    assert reason in result.reports[0].message, result.reports[0].message
    assert dump(desk.county) == before
    result = bundle_import.import_bundles(desk.county, [hostile, good.bundle_path], passphrase=COUNTY_PASS)
    assert [r.status for r in result.reports] == ["refused", "imported"]
    assert result.exit_code == 11
    return result


def _set(column, value, index=0):
    def change(rows):
        rows[index][column] = value
    return change


@pytest.mark.parametrize("table, change, reason", [
    ("matter", _set("received_on", "2026-13-45"), "received_on 不是有效的日期"),
    ("matter", _set("received_on", "去年"), "received_on 不是日期"),
    ("matter", _set("accepted_on", "9999-01-01"), "日期超出范围"),
    ("visit", _set("visited_at", "yesterday"), "visited_at 不是时间"),
    ("matter", _set("status", "hacked"), "status 不是可用的取值"),
    ("matter", _set("route", "shortcut"), "route 不是可用的取值"),
    ("matter", _set("channel", "托梦"), "channel 不是可用的取值"),
    ("matter", _set("representatives", "{not json"), "representatives 不是有效的JSON"),
    ("matter", _set("representatives", '{"a": 1}'), "representatives 应为文字的列表"),
    ("matter", _set("representatives", "[" * 50 + "]" * 50), "嵌套过深"),
    ("matterevent", _set("data", "[1, 2]"), "data 应为JSON对象"),
    ("matter", _set("people_count", 9223372036854775807), "people_count 超出范围"),
    ("matter", _set("people_count", -3), "people_count 超出范围"),
    ("matter", _set("people_count", "5"), "people_count 应为整数"),
    ("matter", _set("urgent", 7), "urgent 应为 0 或 1"),
    ("matter", _set("request", None), "request 不能为空"),
    ("matter", lambda rows: rows[0].pop("received_on"), "缺少字段：received_on"),
    ("matter", _set("status", "x" * 30), "status 过长"),
    ("petitioner", _set("name", "王\u202e伟"), "改变文字方向"),
    ("petitioner", _set("name", "王\x1b[31m伟"), "控制字符"),
    ("matter", _set("id", "../../etc"), "记录编号无效"),
    ("matter", _set("village_code", "500235102001"), "不属于本乡镇"),
    ("village", _set("code", "500235102001"), "不属于本乡镇"),
    ("township", _set("code", B), "声称是另一个乡镇"),
])
def test_bad_row_is_refused(desk, real, table, change, reason):
    files, good = real
    refused_alongside_a_good_bundle(desk, good, tampered(files, table, change), reason)


def test_line_too_long(desk, real):
    files, good = real
    refused_alongside_a_good_bundle(desk, good, tampered(files, "matter", _set("facts", "事" * 100_000)), "过长")


def test_reference_to_another_townships_matter(desk, real):
    """双江镇 adds a visit and an event to 龙角镇's matter: refused, and 龙角镇's history stays its own."""
    files, good = real
    bundle_import.import_bundles(desk.county, [good.bundle_path], passphrase=COUNTY_PASS)
    theirs = rows_of(unpack_export(desk, good), "matter")[0]["id"]
    before = dump(desk.county)
    for table in ("visit", "matterevent"):
        bad = tampered(files, table, _set("matter_id", theirs))
        result = bundle_import.import_bundles(desk.county, [seal(desk, A, bad, f"{table}.gdb.age")], passphrase=COUNTY_PASS)
        assert result.reports[0].status == "refused"
        assert "不是本乡镇的" in result.reports[0].message and f"{table}.matter_id" in result.reports[0].message
        assert dump(desk.county) == before


def test_reference_to_a_row_that_does_not_exist(desk, real):
    files, good = real
    refused_alongside_a_good_bundle(desk, good, tampered(files, "matter", _set("receiver_id", "0" * 36)),
                                    "matter.receiver_id 指向的记录")


def test_squatted_township_code_does_not_block_the_real_township(desk, real):
    files, good = real
    refused_alongside_a_good_bundle(desk, good, tampered(files, "township", _set("code", B)), "声称是另一个乡镇")
    petition(desk.townships[B], "赵德明")
    second = desk.export(B, "2026-12")
    assert bundle_import.import_bundles(desk.county, [second.bundle_path], passphrase=COUNTY_PASS).reports[0].status == "imported"


def test_gzip_bomb_within_the_size_limit_is_refused_early(desk, real):
    """A small compressed payload that would inflate far beyond its size stops at a bounded multiple of it."""
    files, good = real
    import io
    import tarfile

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        for name, content in (("manifest.json", files["manifest.json"]),
                              ("records/matter.jsonl", bytes(48 * 1024 * 1024))):
            info = tarfile.TarInfo(name)
            info.size = len(content)
            archive.addfile(info, io.BytesIO(content))
    bomb = gzip.compress(buffer.getvalue(), compresslevel=9)
    assert len(bomb) < 100 * 1024
    refused_alongside_a_good_bundle(desk, good, bomb, "上限")


def test_refused_bundles_are_counted_in_the_exit_code(desk, real):
    files, good = real
    bad_1 = seal(desk, A, tampered(files, "matter", _set("status", "x")), "bad1.gdb.age")
    bad_2 = seal(desk, A, tampered(files, "matter", _set("received_on", "x")), "bad2.gdb.age")
    result = bundle_import.import_bundles(desk.county, [bad_1, good.bundle_path, bad_2], passphrase=COUNTY_PASS)
    assert [r.status for r in result.reports] == ["refused", "imported", "refused"]
    assert result.exit_code == 12
    refusals = audit.entries(desk.county, action="refuse_bundle")
    assert sorted(r.entity_id for r in refusals) == ["bad1.gdb.age", "bad2.gdb.age"]
    assert "status 不是可用的取值" in next(r.detail["reason"] for r in refusals if r.entity_id == "bad1.gdb.age")


def test_held_bundles_of_two_townships_never_overwrite_each_other(desk, tmp_path):
    """Both townships' second bundles arrive before their first ones, under the same file name."""
    held = {}
    for code in (A, B):
        petition(desk.townships[code], "王秀英")
        first = desk.export(code)
        first_copy = tmp_path / f"first-{code}"
        first_copy.mkdir()
        for path in (first.bundle_path, first.signature_path):
            path.rename(first_copy / path.name)
        petition(desk.townships[code], "赵德明")
        second = desk.export(code, "2026-12")
        folder = tmp_path / f"second-{code}"
        folder.mkdir()
        for path, name in ((second.bundle_path, "next.gdb.age"), (second.signature_path, "next.gdb.age.minisig")):
            path.rename(folder / name)
        result = bundle_import.import_bundles(desk.county, [folder / "next.gdb.age"], passphrase=COUNTY_PASS)
        assert result.reports[0].status == "held"
        held[code] = first_copy / first.bundle_path.name
    assert sorted(h.township_code for h in bundle_import.held_bundles(desk.county)) == [A, B]
    for code in (A, B):
        result = bundle_import.import_bundles(desk.county, [held[code]], passphrase=COUNTY_PASS)
        assert [r.status for r in result.reports] == ["imported", "imported"], [r.line() for r in result.reports]
    assert bundle_import.held_bundles(desk.county) == []
