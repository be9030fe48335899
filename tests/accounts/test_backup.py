"""Backups: online copies, rotation, and a restore that gives back exactly what was saved — or changes nothing."""

import shutil
import sqlite3
from datetime import datetime, timedelta

import pytest

from gazetteer_desk.cli.main import main
from gazetteer_desk.errors import DeskError
from gazetteer_desk.paths import backups_dir
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.accounts import backup
from gazetteer_desk.services.matters import matters
from gazetteer_desk.store.migrate import open_store

from tests.accounts.helpers import register, table_dump


def _compare_restored(restored_path, backup_path):
    restored, saved = table_dump(restored_path), table_dump(backup_path)
    assert restored.keys() == saved.keys()
    for table in saved:
        if table == "auditentry":  # the restore itself is one more entry after the saved ones
            assert restored[table][: len(saved[table])] == saved[table]
            assert len(restored[table]) == len(saved[table]) + 1
        elif table == "setting":
            drop = lambda rows: [r for r in rows if r[0] != audit.HEAD_KEY]  # noqa: E731
            assert drop(restored[table]) == drop(saved[table])
        else:
            assert restored[table] == saved[table], table


def test_backup_change_restore_gives_back_the_exact_content(store, tmp_path):
    number = register(store)
    made = backup.backup_to(store, tmp_path)
    assert made.parent == tmp_path and made.name.startswith("gazetteer-500235101-")
    matters.take_action(store, number, "accept", actor="李明")
    register(store, name="赵强")
    restored = backup.restore(store, made)
    try:
        _compare_restored(restored.path, made)
        assert matters.get_matter(restored, number).matter.status == "registered"
        assert audit.verify(restored).ok
        assert audit.entries(restored)[0].action == "restore"
        kept = list(backups_dir(restored.home).glob("pre-restore-*.sqlite"))
        assert len(kept) == 1 and len(table_dump(kept[0])["matter"]) == 2  # the replaced store, kept aside
    finally:
        restored.close()


def _refused(store, bad, match):
    before = table_dump(store.path)
    with pytest.raises(DeskError, match=match):
        backup.restore(store, bad)
    assert table_dump(store.path) == before
    assert not list(backups_dir(store.home).glob("pre-restore-*"))


def test_truncated_backup_is_refused_and_changes_nothing(store, tmp_path):
    for n in range(30):
        register(store, name=f"王伟{n}", request="村道损坏，请求修复" * 20)
    made = backup.backup_to(store, tmp_path / "full.sqlite")
    data = made.read_bytes()
    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(data[: len(data) // 2])
    register(store, name="孙丽")
    _refused(store, truncated, "损坏或不完整")


def test_foreign_files_are_refused_and_change_nothing(store, tmp_path):
    register(store)
    text = tmp_path / "notes.sqlite"
    text.write_text("这不是数据库", encoding="utf-8")
    _refused(store, text, "不是信访接待台数据库")
    other = tmp_path / "other.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    connection.commit()
    connection.close()
    _refused(store, other, "缺少数据表")
    _refused(store, tmp_path / "missing.sqlite", "找不到备份文件")


def test_backup_of_another_township_is_refused(store, tmp_path):
    made = backup.backup_to(store, tmp_path / "b.sqlite")
    connection = sqlite3.connect(made)
    connection.execute("UPDATE setting SET value = '500235102' WHERE key = 'township_code'")
    connection.commit()
    connection.close()
    _refused(store, made, "其他乡镇")


def test_newer_revision_is_refused(store, tmp_path):
    made = backup.backup_to(store, tmp_path / "b.sqlite")
    connection = sqlite3.connect(made)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    connection.commit()
    connection.close()
    _refused(store, made, "更新版本")


def test_backup_file_is_self_contained(store, tmp_path):
    register(store)
    made = backup.backup_to(store, tmp_path / "b.sqlite")
    assert not (tmp_path / "b.sqlite-wal").exists()
    assert not list(tmp_path.glob(".*.tmp"))
    assert backup.inspect(made).matters == 1


def test_daily_backup_once_a_day(store):
    now = datetime(2025, 3, 10, 8, 30)
    assert backup.daily_backup(store, now).name == "daily-20250310-083000.sqlite"
    assert backup.daily_backup(store, now + timedelta(hours=3)) is None
    assert backup.daily_backup(store, now + timedelta(days=1)) is not None
    assert [e.detail["kind"] for e in audit.entries(store, action="backup")] == ["daily", "daily"]


def test_rotation_keeps_7_daily_4_weekly_12_monthly(store):
    folder = backups_dir(store.home)
    folder.mkdir(exist_ok=True)
    start = datetime(2024, 1, 1, 9, 0)
    for day in range(400):  # a daily backup every day for 400 days
        (folder / f"daily-{start + timedelta(days=day):%Y%m%d-%H%M%S}.sqlite").write_bytes(b"")
    (folder / "pre-migration-0001-to-0002-20240101-090000.sqlite").write_bytes(b"")
    backup.rotate(store.home, daily=7, weekly=4, monthly=12)
    kept = sorted(p.name[6:14] for p in folder.glob("daily-*.sqlite"))
    last = start + timedelta(days=399)  # 2025-02-03, a Monday
    days = {f"{last - timedelta(days=n):%Y%m%d}" for n in range(7)}
    assert days <= set(kept)
    months = {k[:6] for k in kept}
    assert len(months) == 12 and "202502" in months and "202403" in months and "202402" not in months
    assert len(kept) <= 7 + 4 + 12
    assert (folder / "pre-migration-0001-to-0002-20240101-090000.sqlite").exists()  # never rotated


def test_rotation_settings(store):
    store.set_setting("backup_keep_daily", "2")
    assert backup.keep_settings(store) == {"daily": 2, "weekly": 4, "monthly": 12}


def test_cli_backup_and_restore(store, home, tmp_path, capsys):
    number = register(store)
    store.close()
    out = tmp_path / "stick"
    out.mkdir()
    assert main(["--home", str(home), "backup", "--out", str(out)]) == 0
    made = next(out.glob("*.sqlite"))
    reopened = open_store(home)
    matters.take_action(reopened, number, "accept", actor="李明")
    reopened.close()
    assert main(["--home", str(home), "restore", str(made)]) == 0
    assert "已从" in capsys.readouterr().out
    reopened = open_store(home)
    assert matters.get_matter(reopened, number).matter.status == "registered"
    reopened.close()
    broken = tmp_path / "broken.sqlite"
    shutil.copy(made, broken)
    with broken.open("r+b") as handle:
        handle.truncate(broken.stat().st_size // 3)
    assert main(["--home", str(home), "restore", str(broken)]) != 0
    assert "错误：" in capsys.readouterr().err
