"""Every damaged, foreign, replayed or hostile bundle is refused with the reason, and the county store is unchanged."""

import gzip
import io
import json
import tarfile

import pytest

from gazetteer_desk.formats import age_keys, minisign
from gazetteer_desk.services.sync import bundle_import, county
from gazetteer_desk.services.sync import bundle_payload as payload

from tests.conftest import BOTH_STORES
from tests.sync.conftest import COUNTY_PASS, dump, petition, seal, unpack_export


def _import_refused(desk, path, reason, **kw):
    before = dump(desk.county)
    result = bundle_import.import_bundles(desk.county, [path], **kw, passphrase=COUNTY_PASS)
    report = result.reports[0]
    assert report.status == "refused", report.line()
    assert reason in report.message, report.message
    assert path.name in report.line()
    assert result.exit_code == 11
    assert dump(desk.county) == before
    return report


@pytest.fixture
def real(desk):
    """A genuine first bundle of 双江镇 and its unpacked content, for tampering."""
    petition(desk.townships["500235101"], "王秀英", None, "要求解决道路硬化")
    result = desk.export("500235101")
    return result, unpack_export(desk, result)


def _with_manifest(files, **changes):
    manifest = json.loads(files["manifest.json"])
    manifest.update(changes)
    return {**files, "manifest.json": payload.manifest_bytes(manifest)}


def test_truncated_file(desk, real):
    path = real[0].bundle_path
    path.write_bytes(path.read_bytes()[:-100])
    _import_refused(desk, path, "签名校验失败")


def test_flipped_byte(desk, real):
    path = real[0].bundle_path
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    _import_refused(desk, path, "签名校验失败")


def test_edited_trusted_comment(desk, real):
    sig = real[0].signature_path
    sig.write_text(sig.read_text().replace("seq=1", "seq=9"))
    _import_refused(desk, real[0].bundle_path, "可信注释被篡改")


def test_missing_signature(desk, real):
    real[0].signature_path.unlink()
    _import_refused(desk, real[0].bundle_path, "缺少签名文件")


def test_wrong_recipient(desk, real):
    _, other = age_keys.generate_identity()
    path = seal(desk, "500235101", real[1], "other-county.gdb.age", recipient=other)
    _import_refused(desk, path, "解密失败")


def test_unknown_signer(desk, real):
    path = seal(desk, "500235101", real[1], "stranger.gdb.age", signer=minisign.generate_signing_key())
    _import_refused(desk, path, "签名者未登记")


def test_revoked_signer(desk, real):
    county.revoke_township(desk.county, "500235101")
    _import_refused(desk, real[0].bundle_path, "已吊销")


def test_signer_is_not_the_manifest_township(desk, real):
    # 龙角镇 signs (with its own, registered key) a bundle claiming to be 双江镇's.
    path = seal(desk, "500235102", real[1], "impostor.gdb.age", comment_township="500235102")
    _import_refused(desk, path, "不是签名者")
    path = seal(desk, "500235102", real[1], "impostor2.gdb.age", comment_township="500235101")
    _import_refused(desk, path, "与签名者")


@BOTH_STORES
def test_record_of_another_township(desk, real):
    files = dict(real[1])
    lines = files["records/matter.jsonl"].decode().splitlines()
    row = json.loads(lines[0])
    row["township_code"] = "500235102"
    files["records/matter.jsonl"] = (json.dumps(row, ensure_ascii=False) + "\n").encode()
    files = _with_manifest(files, payload_hash=payload.payload_hash(files))
    _import_refused(desk, seal(desk, "500235101", files, "foreign-rows.gdb.age"), "属于其他乡镇")


@BOTH_STORES
def test_overwriting_another_townships_row_by_uuid(desk, real):
    bundle_import.import_bundles(desk.county, [real[0].bundle_path], passphrase=COUNTY_PASS)
    mine = json.loads(real[1]["records/matter.jsonl"].decode().splitlines()[0])
    # 龙角镇 ships a row with 双江镇's matter UUID, relabelled as its own.
    petition(desk.townships["500235102"], "李华")
    b_files = unpack_export(desk, desk.export("500235102"))
    theirs = json.loads(b_files["records/matter.jsonl"].decode().splitlines()[0])
    mine.update(township_code="500235102", revision=99, request="篡改", village_code=theirs["village_code"],
                petitioner_id=theirs["petitioner_id"], receiver_id=theirs["receiver_id"])
    rows = b_files["records/matter.jsonl"] + (json.dumps(mine, ensure_ascii=False) + "\n").encode()
    files = {**b_files, "records/matter.jsonl": rows}
    counts = {**json.loads(b_files["manifest.json"])["counts"], "matter": 2}
    files = _with_manifest(files, counts=counts, payload_hash=payload.payload_hash(files))
    _import_refused(desk, seal(desk, "500235102", files, "hijack.gdb.age"), "属于其他乡镇")


@BOTH_STORES
def test_replay_of_a_different_first_bundle(desk, real):
    bundle_import.import_bundles(desk.county, [real[0].bundle_path], passphrase=COUNTY_PASS)
    petition(desk.townships["500235101"], "赵德明")
    second = desk.export("500235101", "2026-12")
    bundle_import.import_bundles(desk.county, [second.bundle_path], passphrase=COUNTY_PASS)
    forged = _with_manifest(real[1], created_at="2026-11-30T00:00:00+00:00")
    _import_refused(desk, seal(desk, "500235101", forged, "old.gdb.age", sequence=1), "重放")
    _import_refused(desk, seal(desk, "500235101", forged, "older.gdb.age", sequence=1), "重放")
    # the genuine old bundle again is merely "already imported"
    assert bundle_import.import_bundles(desk.county, [real[0].bundle_path], passphrase=COUNTY_PASS).reports[0].status == "skipped"


@BOTH_STORES
def test_broken_chain(desk, real):
    bundle_import.import_bundles(desk.county, [real[0].bundle_path], passphrase=COUNTY_PASS)
    files = _with_manifest(real[1], sequence=2, prev_hash="0" * 64)
    _import_refused(desk, seal(desk, "500235101", files, "chain.gdb.age", sequence=2), "链条断开")


def test_newer_format_version(desk, real):
    files = _with_manifest(real[1], format_version=2)
    _import_refused(desk, seal(desk, "500235101", files, "future.gdb.age"), "格式版本较新")


def test_unknown_table(desk, real):
    files = {**real[1], "records/newthing.jsonl": b'{"id":"x"}\n'}
    files = _with_manifest(files, payload_hash=payload.payload_hash(files))
    _import_refused(desk, seal(desk, "500235101", files, "table.gdb.age"), "不认识的数据表")


@BOTH_STORES
def test_altered_record_inside_a_signed_bundle(desk, real):
    # Signed by the real key, but the records no longer match the manifest's payload hash.
    files = {**real[1], "records/matter.jsonl": real[1]["records/matter.jsonl"].replace("道路".encode(), "铁路".encode())}
    _import_refused(desk, seal(desk, "500235101", files, "altered.gdb.age"), "校验值不符")


def _tar(members) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        for info, content in members:
            archive.addfile(info, io.BytesIO(content) if content is not None else None)
    return buffer.getvalue()


def _file(name, content):
    info = tarfile.TarInfo(name)
    info.size = len(content)
    return info, content


@pytest.mark.parametrize("member, reason", [
    (_file("../records/matter.jsonl", b"{}\n"), "“..”"),
    (_file("/etc/cron.d/evil", b"x"), "绝对路径"),
    ((lambda i: (setattr(i, "type", tarfile.SYMTYPE), setattr(i, "linkname", "/etc/passwd"), (i, None))[-1])(
        tarfile.TarInfo("records/matter.jsonl")), "符号链接"),
    ((lambda i: (setattr(i, "type", tarfile.LNKTYPE), setattr(i, "linkname", "../../x"), (i, None))[-1])(
        tarfile.TarInfo("records/visit.jsonl")), "硬链接"),
])
def test_escaping_paths_and_links(desk, real, member, reason):
    tar = _tar([_file("manifest.json", real[1]["manifest.json"]), member])
    _import_refused(desk, seal(desk, "500235101", tar, "escape.gdb.age"), reason)


def test_oversized_payload(desk, real):
    files = {**real[1], "records/matterevent.jsonl": b"x" * (2 * 1024 * 1024)}
    _import_refused(desk, seal(desk, "500235101", files, "big.gdb.age"), "上限", max_payload=1024 * 1024)


def test_decompression_bomb(desk, real):
    bomb = gzip.compress(_tar([_file("manifest.json", real[1]["manifest.json"]),
                               _file("records/matter.jsonl", bytes(8 * 1024 * 1024))]))
    assert len(bomb) < 64 * 1024
    _import_refused(desk, seal(desk, "500235101", bomb, "bomb.gdb.age"), "上限", max_payload=1024 * 1024)


def test_file_that_is_not_a_bundle(desk, tmp_path):
    path = desk.stick / "photo.gdb.age"
    path.write_bytes(b"\xff\xd8\xff" + bytes(100))
    path.with_name(path.name + ".minisig").write_text("hello\n")
    _import_refused(desk, path, "签名文件格式错误")


@BOTH_STORES
def test_one_bad_file_does_not_stop_the_good_ones(desk, real):
    good_b = desk.export("500235102")
    bad = seal(desk, "500235101", real[1], "stranger.gdb.age", signer=minisign.generate_signing_key())
    result = bundle_import.import_bundles(desk.county, [bad, good_b.bundle_path, real[0].bundle_path], passphrase=COUNTY_PASS)
    assert [r.status for r in result.reports] == ["refused", "imported", "imported"]
    assert result.exit_code == 11
