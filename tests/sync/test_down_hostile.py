"""Hostile down bundles: each is refused with a Chinese reason and the township store exactly as it was."""

from datetime import date, timedelta

import pytest

from gazetteer_desk.formats import minisign
from gazetteer_desk.services.sync import bundle_import, county_orders, down_export, down_import, down_keys, key_store
from gazetteer_desk.services.sync import down_payload
from gazetteer_desk.services.sync.bundle_payload import sha256
from gazetteer_desk.store.base import new_id

from tests.sync.conftest import COUNTY_PASS, TOWN_PASS, dump, petition
from tests.sync.down_fixtures import down_files, exchange_down_keys, seal_down

A, B = "500235101", "500235102"


@pytest.fixture
def down_desk(desk, tmp_path):
    return exchange_down_keys(desk, tmp_path)


def _refused(store, path, *words):
    before = dump(store)
    report = down_import.import_down(store, path, passphrase=TOWN_PASS)
    assert report.status == "refused" and report.exit_code == 2
    for word in words:
        assert word in report.message, report.message
    assert dump(store) == before
    return report


def _assignment(**changes) -> dict:
    today = date.today()
    return {"id": new_id(), "kind": "交办", "matter_id": None, "matter_number": "", "instruction": "",
            "deadline": (today + timedelta(days=10)).isoformat(), "issued_on": today.isoformat(),
            "created_at": "2026-11-28 01:00:00.000000",
            "draft": {"name": "孙桂兰", "request": "反映村集体收益分配不公开"}, **changes}


def test_a_bundle_signed_by_anyone_but_the_county_is_refused(down_desk):
    stranger = minisign.generate_signing_key()
    path = seal_down(down_desk, A, down_files(A, {"order": [_assignment()]}), "forged.gdb.age", signer=stranger)
    _refused(down_desk.townships[A], path, "签名者不是本县信访办")


def test_another_townships_bundle_is_refused(down_desk):
    [_, for_b] = down_export.export_all(down_desk.county, down_desk.stick, passphrase=COUNTY_PASS)
    _refused(down_desk.townships[A], for_b.bundle_path, "不是本乡镇")
    # even re-signed for A, its content (encrypted to B) cannot be read here
    sealed_for_b = seal_down(down_desk, B, down_files(A, {}), "b.gdb.age")
    renamed = down_desk.stick / "to-a.gdb.age"
    renamed.write_bytes(sealed_for_b.read_bytes())
    county_key = down_keys.ensure_county_signing_key(down_desk.county, passphrase=COUNTY_PASS)
    comment = down_payload.trusted_comment("500235", A, 1, sha256(renamed.read_bytes()))
    renamed.with_name(renamed.name + ".minisig").write_text(minisign.sign(renamed.read_bytes(), county_key, comment))
    _refused(down_desk.townships[A], renamed, "解密失败", "不是发给本乡镇的")


def test_replay_gap_and_broken_chain_are_refused(down_desk):
    a = down_desk.townships[A]
    first = down_export.export_down(down_desk.county, A, down_desk.stick, passphrase=COUNTY_PASS)
    second = down_export.export_down(down_desk.county, A, down_desk.stick, passphrase=COUNTY_PASS)
    _refused(a, second.bundle_path, "缺少第1号")
    assert down_import.import_down(a, first.bundle_path, passphrase=TOWN_PASS).status == "imported"
    # a different bundle under a number already imported: a replay
    replay = seal_down(down_desk, A, down_files(A, {"order": [_assignment()]}), "replay.gdb.age")
    _refused(a, replay, "已导入过另一份不同的内容")
    # the next number, but not chained to the bundle imported before it
    unchained = seal_down(down_desk, A, down_files(A, {}, sequence=2, prev_hash="0" * 64), "unchained.gdb.age",
                          sequence=2)
    _refused(a, unchained, "链条断开")
    assert down_import.import_down(a, second.bundle_path, passphrase=TOWN_PASS).status == "imported"
    _refused(a, seal_down(down_desk, A, down_files(A, {}, sequence=1), "old.gdb.age", sequence=1), "重放")


@pytest.mark.parametrize(("row", "word"), [
    ({"kind": "上级命令"}, "取值"),
    ({"deadline": "2026-02-30"}, "无效"),
    ({"surprise": 1}, "不认识的字段"),
    ({"draft": {"name": "孙桂兰"}}, "缺少信访人或信访请求"),
    ({"draft": {"name": "孙桂兰", "request": "x", "owner": "county"}}, "不认识的字段"),
    ({"instruction": "x" * 3000}, "无效"),
])
def test_rows_are_untrusted_input(down_desk, row, word):
    path = seal_down(down_desk, A, down_files(A, {"order": [_assignment(**row)]}), "bad.gdb.age")
    _refused(down_desk.townships[A], path, "order.jsonl 第1行", word)


def test_one_bad_row_refuses_the_whole_bundle(down_desk):
    """A good 交办件 followed by a 督办 on a matter of another township: nothing at all is registered."""
    b_matter = petition(down_desk.townships[B], "赵德明", None, "反映邻里宅基地纠纷")
    up = down_desk.export(B)
    bundle_import.import_bundles(down_desk.county, [up.bundle_path], passphrase=COUNTY_PASS)
    order = county_orders.supervise(down_desk.county, b_matter, date.today(), "限期答复")
    today = date.today().isoformat()
    foreign = {"id": new_id(), "kind": "督办", "matter_id": order.matter_id, "matter_number": b_matter,
               "instruction": "限期答复", "deadline": today, "issued_on": today, "draft": {},
               "created_at": "2026-11-28 01:00:00.000000"}
    path = seal_down(down_desk, A, down_files(A, {"order": [_assignment(), foreign]}), "mixed.gdb.age")
    _refused(down_desk.townships[A], path, "不在本乡镇")


def test_tampered_bytes_counts_and_manifest_are_refused(down_desk):
    a = down_desk.townships[A]
    good = down_export.export_down(down_desk.county, A, down_desk.stick, passphrase=COUNTY_PASS)
    data = bytearray(good.bundle_path.read_bytes())
    data[len(data) // 2] ^= 1
    good.bundle_path.write_bytes(bytes(data))
    _refused(a, good.bundle_path, "签名校验失败")

    files = down_files(A, {"order": [_assignment()]})
    files["records/order.jsonl"] += b'{"id":"x"}\n'  # a row the manifest did not count
    _refused(a, seal_down(down_desk, A, files, "counts.gdb.age"), "校验值不符")

    wrong_county = down_files(A, {}, county="500236")
    _refused(a, seal_down(down_desk, A, wrong_county, "county.gdb.age"), "签名注释不符")
    _refused(a, seal_down(down_desk, A, down_files(A, {}), "other-county.gdb.age", county="500236"), "不是本县")


def test_a_new_county_key_is_announced_under_the_old_one(down_desk):
    a = down_desk.townships[A]
    old = down_keys.county_signer(a).fingerprint
    new = down_keys.rotate_county_signing_key(down_desk.county, passphrase=COUNTY_PASS)
    assert key_store.plain_keys(down_desk.county.home) == []  # the new key and the one it replaced stay sealed
    announcing = down_export.export_down(down_desk.county, A, down_desk.stick, passphrase=COUNTY_PASS)
    report = down_import.import_down(a, announcing.bundle_path, passphrase=TOWN_PASS)
    assert report.status == "imported", report.lines()
    assert any("县信访办已更换签名公钥" in w for w in report.warnings)
    assert down_keys.county_signer(a).fingerprint == minisign.public_key_fingerprint(new) != old
    later = down_export.export_down(down_desk.county, A, down_desk.stick, passphrase=COUNTY_PASS)
    assert down_import.import_down(a, later.bundle_path, passphrase=TOWN_PASS).status == "imported"
    # the old key no longer speaks for the county
    forged = seal_down(down_desk, A, down_files(A, {}, sequence=3, prev_hash=later.file_hash), "old-key.gdb.age",
                       sequence=3, signer=down_keys.previous_signing_key(down_desk.county, COUNTY_PASS))
    _refused(a, forged, "签名者不是本县信访办")
