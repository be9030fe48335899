"""An insider with the store file and the public hash formula: a deleted tail (head fixed up), a rewritten chain and
a record edited with sqlite3 are each found — on the desk by `audit verify`, at the county on the next import."""

import sqlite3

from gazetteer_desk.cli.main import main
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.sync import bundle_import
from tests.sync.conftest import COUNTY_PASS, petition

A = "500235101"


def _sql(store, *statements):
    with sqlite3.connect(store.path) as connection:
        for statement, params in statements:
            connection.execute(statement, params)


def delete_tail_and_fix_head(store, keep: int) -> None:
    with sqlite3.connect(store.path) as connection:
        connection.execute("DELETE FROM auditentry WHERE seq > ?", (keep,))
        (digest,) = connection.execute("SELECT hash FROM auditentry WHERE seq = ?", (keep,)).fetchone()
        connection.execute("UPDATE setting SET value = ? WHERE key = 'audit_head'", (f"{keep}:{digest}",))


def rewrite_chain(store, actor: str) -> None:
    """Every entry given another actor and every hash recomputed with the public formula, head included."""
    with sqlite3.connect(store.path) as connection:
        prev = ""
        rows = connection.execute("SELECT seq, at, action, entity, entity_id, detail FROM auditentry ORDER BY seq")
        for seq, at, action, entity, entity_id, detail in rows.fetchall():
            digest = audit.entry_hash(prev, seq, at, actor, action, entity, entity_id, detail)
            connection.execute("UPDATE auditentry SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                               (actor, prev, digest, seq))
            prev = digest
        connection.execute("UPDATE setting SET value = ? WHERE key = 'audit_head'", (f"{seq}:{prev}",))


def exported_township(desk):
    town = desk.townships[A]
    petition(town, "王秀英")
    first = desk.export(A)
    assert bundle_import.import_bundles(desk.county, [first.bundle_path], passphrase=COUNTY_PASS).reports[0].status == "imported"
    petition(town, "赵德明")
    assert audit.verify(town).ok
    return town


def test_deleted_tail_with_the_head_fixed_is_found(desk):
    town = exported_township(desk)
    (exported,) = sqlite3.connect(town.path).execute("SELECT audit_seq FROM bundleexport").fetchone()
    keep = exported - 1  # back to before the head the county holds
    delete_tail_and_fix_head(town, keep)
    result = audit.verify(town)
    assert not result.ok and "第1号数据包导出时" in result.reason
    second = desk.export(A, "2026-12")
    report = bundle_import.import_bundles(desk.county, [second.bundle_path], passphrase=COUNTY_PASS).reports[0]
    assert report.status == "imported" and "日志尾部被删除" in report.warning, report.line()
    assert "日志尾部被删除" in audit.entries(desk.county, action="import_bundle")[0].detail["audit_warning"]


def test_rewritten_chain_is_found(desk):
    town = exported_township(desk)
    rewrite_chain(town, "无名氏")
    result = audit.verify(town)
    assert not result.ok and "第1号数据包导出时" in result.reason
    second = desk.export(A, "2026-12")
    report = bundle_import.import_bundles(desk.county, [second.bundle_path], passphrase=COUNTY_PASS).reports[0]
    assert "日志被改写" in report.warning, report.line()


def test_an_honest_chain_raises_no_warning_at_the_county(desk):
    exported_township(desk)
    second = desk.export(A, "2026-12")
    report = bundle_import.import_bundles(desk.county, [second.bundle_path], passphrase=COUNTY_PASS).reports[0]
    assert report.status == "imported" and report.warning == ""


def test_record_edited_with_sqlite_is_found(desk):
    town = desk.townships[A]
    number = petition(town, "王秀英")
    assert audit.verify(town).ok
    _sql(town, ("UPDATE matter SET request = '已经解决' WHERE number = ?", (number,)))
    result = audit.verify(town)
    assert not result.ok and "matter 中的记录" in result.reason and "程序之外被改动" in result.reason


def test_record_edited_with_the_triggers_dropped_is_found(desk):
    town = desk.townships[A]
    number = petition(town, "王秀英")
    _sql(town, ("DROP TRIGGER matter_change_au", ()),
         ("UPDATE matter SET people_count = 50 WHERE number = ?", (number,)))
    assert "程序之外被改动" in audit.verify(town).reason


def test_record_added_with_sqlite_is_found(desk, capsys):
    town = desk.townships[A]
    petition(town, "王秀英")
    _sql(town, (("INSERT INTO staff (id, township_code, created_at, updated_at, revision, deleted, name, is_leader, "
                "post, portfolio, phone, active) VALUES ('x1', ?, '2026-11-01 00:00:00', '2026-11-01 00:00:00', 1, "
                "0, '影子', 0, '', '', '', 1)"), (A,)))
    assert "没有写入操作日志" in audit.verify(town).reason or "程序之外" in audit.verify(town).reason
    home = town.home
    town.close()
    assert main(["--home", str(home), "audit", "verify"]) != 0
    assert "staff 中的记录 x1" in capsys.readouterr().out
