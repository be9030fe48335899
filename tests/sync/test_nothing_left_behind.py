"""What goes into a bundle follows the store's change counter, not the PC clock; a restore neither breaks the
county's chain nor brings in schema objects our migrations did not make."""

import json
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from gazetteer_desk.cli.main import main
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.accounts import backup
from gazetteer_desk.services.sync import bundle_chain, bundle_import
from gazetteer_desk.store.models import Petitioner
from tests.sync.conftest import COUNTY_PASS, petition, unpack_export

A = "500235101"


def names_in(desk, result) -> set[str]:
    body = unpack_export(desk, result)["records/petitioner.jsonl"].decode()
    return {json.loads(line)["name"] for line in body.splitlines()}


def write_with_clock(store, name: str, clock: datetime) -> None:
    """A row written while the PC's clock showed ``clock``."""
    with store.transaction() as session:
        session.add(Petitioner(township_code=A, name=name, created_at=clock, updated_at=clock))


def test_rows_written_with_a_wrong_clock_still_travel(desk):
    town = desk.townships[A]
    petition(town, "王秀英")
    first = desk.export(A)
    now = datetime.now(UTC)
    write_with_clock(town, "慢钟", now - timedelta(days=2))  # clock set back two days
    write_with_clock(town, "快钟", now + timedelta(days=30))  # clock set forward (or future demo data)
    second = desk.export(A, "2026-12")
    assert names_in(desk, second) == {"慢钟", "快钟"}
    petition(town, "赵德明")
    third = desk.export(A, "2027-01")
    assert names_in(desk, third) == {"赵德明"}  # the future-stamped row is not sent again, nor held back
    result = bundle_import.import_bundles(desk.county, [first.bundle_path, second.bundle_path, third.bundle_path], passphrase=COUNTY_PASS)
    assert [r.status for r in result.reports] == ["imported"] * 3


def test_backup_export_restore_export_continues_the_countys_chain(desk, tmp_path, capsys):
    town = desk.townships[A]
    petition(town, "王秀英")
    saved = backup.backup_to(town, tmp_path / "before.sqlite")
    first = desk.export(A)
    petition(town, "赵德明")
    second = desk.export(A, "2026-12")
    assert [r.status for r in bundle_import.import_bundles(
        desk.county, [first.bundle_path, second.bundle_path], passphrase=COUNTY_PASS).reports] == ["imported", "imported"]

    town = backup.restore(town, saved)
    desk.townships[A] = town
    notice = bundle_chain.restore_notice(town)
    assert "第1号（2026-11）、第2号（2026-12）" in notice and "县信访办" in notice

    assert petition(town, "孙桂兰").endswith("-00003")  # 00002 is the county's already, from bundle 2
    third = desk.export(A, "2027-01")
    assert third.sequence == 3 and "第2号" in third.notice
    report = bundle_import.import_bundles(desk.county, [third.bundle_path], passphrase=COUNTY_PASS).reports[0]
    assert report.status == "imported", report.line()
    assert "孙桂兰" in names_in(desk, third)
    fourth = desk.export(A, "2027-02")  # and the chain goes on from the restored store's own record
    assert fourth.sequence == 4 and fourth.notice == ""
    assert bundle_import.import_bundles(desk.county, [fourth.bundle_path], passphrase=COUNTY_PASS).reports[0].status == "imported"


def test_an_export_checks_the_signatures_only_of_kept_bundles_the_store_does_not_record(desk, tmp_path, monkeypatch):
    town = desk.townships[A]
    petition(town, "王秀英")
    saved = backup.backup_to(town, tmp_path / "before.sqlite")
    for period in ("2026-11", "2026-12", "2027-01"):
        petition(town, f"来访人{period}")
        desk.export(A, period)
    checked = []
    real_verify = bundle_chain.minisign.verify

    def verify(data, signature, public):
        checked.append(data)
        return real_verify(data, signature, public)

    monkeypatch.setattr(bundle_chain.minisign, "verify", verify)
    assert desk.export(A, "2027-02").sequence == 4
    assert checked == []  # the three months before, recorded in the store with their hashes, are not read again

    town = backup.restore(town, saved)  # a store that records none of them: each is checked, the chain goes on
    desk.townships[A] = town
    checked.clear()  # (the restore itself looked for them, to say what the county has)
    result = desk.export(A, "2027-03")
    assert len(checked) == 4 and result.sequence == 5 and "第4号" in result.notice


def test_restore_on_the_command_line_says_what_the_county_has(desk, tmp_path, capsys):
    town = desk.townships[A]
    saved = backup.backup_to(town, tmp_path / "before.sqlite")
    desk.export(A)
    home = town.home
    town.close()
    assert main(["--home", str(home), "restore", str(saved)]) == 0
    assert "本机曾导出 第1号（2026-11） 数据包" in capsys.readouterr().out


@pytest.mark.parametrize("statement, shown", [
    (("CREATE TRIGGER rewrite AFTER INSERT ON matter BEGIN UPDATE matter SET request = '已解决' "
      "WHERE rowid = new.rowid; END"), "触发器 rewrite"),
    ("CREATE VIEW everyone AS SELECT name, id_number FROM petitioner", "视图 everyone"),
    ("CREATE INDEX ix_sneaky ON petitioner(id_number, name)", "索引 ix_sneaky"),
    (("DROP TRIGGER matter_change_au; "
      "CREATE TRIGGER matter_change_au AFTER UPDATE ON matter BEGIN SELECT 1; END"), "触发器 matter_change_au"),
])
def test_restore_refuses_schema_objects_our_migrations_did_not_make(desk, tmp_path, statement, shown):
    town = desk.townships[A]
    petition(town, "王秀英")
    saved = backup.backup_to(town, tmp_path / "planted.sqlite")
    with sqlite3.connect(saved) as connection:
        connection.executescript(statement)
    before = sqlite3.connect(town.path).execute("SELECT count(*) FROM matter").fetchone()
    with pytest.raises(DeskError) as error:
        backup.restore(town, saved)
    assert "本程序不会创建的数据库对象" in error.value.message and shown in error.value.message
    assert sqlite3.connect(town.path).execute("SELECT count(*) FROM matter").fetchone() == before


def test_restore_in_the_window_says_plainly_the_county_has_records_this_backup_lacks(qtbot, desk, tmp_path):
    from gazetteer_desk.services.accounts import accounts
    from tests.conftest import open_desk

    town = desk.townships[A]
    admin = accounts.create_first_admin(town, "admin", "shuangjiang-admin-24")
    saved = backup.backup_to(town, tmp_path / "before.sqlite")
    petition(town, "王秀英")
    desk.export(A)  # the county has this bundle; the backup was made before it
    window = open_desk(qtbot, town, admin)
    security = window.show_area("settings").security
    with qtbot.waitSignal(security.restored, timeout=60000) as done:
        security.restore_from(saved, quit_after=False)
    desk.townships[A] = done.args[0]  # closed with the others at the end
    window.ctx.runner.wait()
    text = security.message.text()
    assert text.startswith("已恢复（0 件事项）。注意：县信访办已有本备份中没有的记录。"), text
    assert "第1号（2026-11）" in text and "请与县信访办核对后补录" in text
    assert security.message.property("role") == "problem"  # not the green of a plain success
