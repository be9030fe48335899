"""Township → county: two townships, a month of work, a deletion, a second month carrying only the changes."""

import json

from sqlmodel import select

from gazetteer_desk.domain.masking import mask_id_number
from gazetteer_desk.services.sync import bundle_export, bundle_import, county
from gazetteer_desk.services.matters import matters, search
from gazetteer_desk.store.models import Matter, Petitioner

from tests.conftest import BOTH_STORES
from tests.sync.conftest import COUNTY_PASS, SAME_PERSON, dump, petition, unpack_export


def _matter(store, number) -> Matter:
    with store.read() as session:
        return session.exec(select(Matter).where(Matter.number == number)).one()


@BOTH_STORES
def test_two_townships_two_months(desk):
    a, b = desk.townships["500235101"], desk.townships["500235102"]
    n1 = petition(a, "王秀英", SAME_PERSON, "要求解决青龙村道路硬化")
    n2 = petition(a, "赵德明", None, "反映邻里宅基地纠纷")
    petition(b, "王秀英", SAME_PERSON, "反映征地补偿款未到位")
    first = [desk.export("500235101"), desk.export("500235102")]
    result = bundle_import.import_bundles(desk.county, [r.bundle_path for r in first], passphrase=COUNTY_PASS)
    assert [r.status for r in result.reports] == ["imported", "imported"], [r.line() for r in result.reports]
    assert result.backup.exists()
    if desk.county.on_server:  # the planner's statistics renewed after the load, not left to autovacuum
        with desk.county.engine.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'matter'").scalar()

    # The county sees both townships' matters, searchable, and the person who went to both.
    assert {r.township_code for r in search.search(desk.county, "王秀英", 10)} == {"500235101", "500235102"}
    assert [r.number for r in search.search(desk.county, "道路硬化", 10)] == [n1]
    cross = county.cross_township_petitioners(desk.county)
    assert [c.id_number for c in cross] == [mask_id_number(SAME_PERSON)]
    assert cross[0].townships == ["双江镇（500235101）", "龙角镇（500235102）"] and cross[0].matters == 2
    overview = {r.code: r for r in county.township_overview(desk.county)}
    assert overview["500235101"].matters == 2 and overview["500235101"].last_sequence == 1
    assert overview["500235102"].matters == 1

    # Second month: one matter accepted, one deleted (tombstone), one new; nothing else travels.
    matters.take_action(a, n1, "accept", on=_matter(a, n1).received_on)
    with a.transaction() as session:
        row = session.exec(select(Matter).where(Matter.number == n2)).one()
        row.deleted = True
        row.touch()
    n3 = petition(a, "孙桂兰", None, "要求处理村道积水")
    second = desk.export("500235101", "2026-12")
    assert second.sequence == 2
    records = {name: content.decode().splitlines() for name, content in unpack_export(desk, second).items()}
    manifest = json.loads("\n".join(records.pop("manifest.json")))
    assert manifest["prev_hash"] == first[0].file_hash and manifest["since"] is not None
    changed = {json.loads(line)["number"] for line in records["records/matter.jsonl"]}
    assert changed == {n1, n2, n3}
    assert records["records/township.jsonl"] == [] and records["records/staff.jsonl"] == []

    result = bundle_import.import_bundles(desk.county, [second.bundle_path], passphrase=COUNTY_PASS)
    report = result.reports[0]
    assert report.status == "imported" and report.deleted == 1, report.line()
    assert _matter(desk.county, n1).status == "accepted"
    assert _matter(desk.county, n2).deleted is True  # kept as a tombstone, like the township keeps it
    assert search.search(desk.county, "宅基地", 10) == []
    assert [r.number for r in search.search(desk.county, "村道积水", 10)] == [n3]
    assert county.township_overview(desk.county)[0].matters == 2

    # Matters of the county equal the townships' own, column for column.
    def rows(store, code):
        with store.read() as session:
            return sorted((m.model_dump(exclude={"change_seq"}) for m in session.exec(select(Matter).where(Matter.township_code == code))),
                          key=lambda m: m["id"])
    assert rows(desk.county, "500235101") == rows(a, "500235101")
    assert rows(desk.county, "500235102") == rows(b, "500235102")


@BOTH_STORES
def test_importing_twice_changes_nothing(desk):
    petition(desk.townships["500235101"], "王秀英", SAME_PERSON)
    paths = [desk.export("500235101").bundle_path, desk.export("500235102").bundle_path]
    bundle_import.import_bundles(desk.county, paths, passphrase=COUNTY_PASS)
    before = dump(desk.county)
    result = bundle_import.import_bundles(desk.county, paths + paths, passphrase=COUNTY_PASS)
    assert {r.status for r in result.reports} == {"skipped"}
    assert result.exit_code == 0
    assert dump(desk.county) == before


@BOTH_STORES
def test_gap_is_held_then_filled(desk):
    a = desk.townships["500235101"]
    first = desk.export("500235101")
    petition(a, "周小平", None, "反映停水问题")
    second = desk.export("500235101", "2026-12")
    number = petition(a, "吴大勇", None, "反映噪音扰民")
    third = desk.export("500235101", "2027-01")

    before = dump(desk.county)
    result = bundle_import.import_bundles(desk.county, [third.bundle_path, second.bundle_path], passphrase=COUNTY_PASS)
    assert [r.status for r in result.reports] == ["held", "held"]
    assert "缺少第1号数据包" in result.reports[0].message and result.exit_code == 1
    assert dump(desk.county) == before
    assert [h.sequence for h in bundle_import.held_bundles(desk.county)] == [2, 3]
    assert county.township_overview(desk.county)[0].held == 2

    result = bundle_import.import_bundles(desk.county, [first.bundle_path], passphrase=COUNTY_PASS)
    assert [(r.sequence, r.status) for r in result.reports] == [(1, "imported"), (2, "imported"), (3, "imported")]
    assert bundle_import.held_bundles(desk.county) == []
    assert _matter(desk.county, number).request == "反映噪音扰民"
    assert county.township_overview(desk.county)[0].last_sequence == 3


def test_lost_stick_exports_the_same_bytes_again(desk, tmp_path):
    petition(desk.townships["500235101"], "王秀英", SAME_PERSON)
    first = desk.export("500235101")
    original = first.bundle_path.read_bytes(), first.signature_path.read_bytes()
    first.bundle_path.unlink()
    first.signature_path.unlink()
    other = tmp_path / "new-stick"
    other.mkdir()
    again = bundle_export.export_again(desk.townships["500235101"], 1, other)
    assert (again.bundle_path.read_bytes(), again.signature_path.read_bytes()) == original
    assert again.bundle_path.name == "500235101-2026-11-seq0001.gdb.age"
    # and the sequence number was not consumed twice
    assert desk.export("500235101", "2026-12").sequence == 2
    assert bundle_import.import_bundles(desk.county, [again.bundle_path], passphrase=COUNTY_PASS).exit_code == 0


def test_failed_write_consumes_no_sequence(desk, monkeypatch):
    from gazetteer_desk.formats import WriteError

    a = desk.townships["500235101"]
    real = bundle_export.write_atomic

    def full_stick(path, data, **kw):
        if path.name.endswith(".minisig") and desk.stick in path.parents:
            raise WriteError(f"磁盘空间不足，未写入任何文件：{path}")
        return real(path, data, **kw)

    monkeypatch.setattr(bundle_export, "write_atomic", full_stick)
    try:
        desk.export("500235101")
    except Exception as error:  # checked below
        assert "磁盘空间不足" in str(error)
    else:
        raise AssertionError("export should have failed")
    assert list(desk.stick.iterdir()) == []
    assert list((a.home / "bundles").iterdir()) == []
    assert bundle_export.exports(a) == []
    monkeypatch.setattr(bundle_export, "write_atomic", real)
    assert desk.export("500235101").sequence == 1


def test_leaders_and_mediation_records_travel(desk):
    from gazetteer_desk.services.setup.demo import generate

    a = desk.townships["500235101"]
    counts = generate(a, matters=30)
    result = desk.export("500235101")
    assert result.counts["mediationcase"] == counts["mediationcase"] > 0
    assert result.counts["receptionday"] == counts["receptionday"] > 0
    bundle_import.import_bundles(desk.county, [result.bundle_path], passphrase=COUNTY_PASS)
    with desk.county.read() as session:
        assert len(session.exec(select(Petitioner)).all()) == counts["petitioner"]
