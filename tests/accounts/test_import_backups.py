"""The county's copy before each import run is rotated like the daily backups, so monthly imports do not fill the
disk; other kinds of backup stay untouched."""

from datetime import datetime, timedelta

from gazetteer_desk.paths import backups_dir
from gazetteer_desk.services.accounts import backup


def test_pre_import_copies_rotate_like_the_daily_ones(store):
    folder = backups_dir(store.home)
    folder.mkdir(exist_ok=True)
    start = datetime(2024, 1, 1, 9, 0)
    for day in range(0, 400, 3):  # an import run every third day for 400 days
        (folder / f"pre-import-{start + timedelta(days=day):%Y%m%d-%H%M%S}.sqlite").write_bytes(b"")
    (folder / "daily-20240101-090000.sqlite").write_bytes(b"")
    (folder / "manual-20240101-090000.sqlite").write_bytes(b"")
    made = backup.before_import(store)
    assert made.exists() and backup.inspect(made).township_code == store.township_code
    kept = list(folder.glob("pre-import-*.sqlite"))
    assert made in kept and 12 <= len(kept) <= 7 + 4 + 12
    assert (folder / "daily-20240101-090000.sqlite").exists() and (folder / "manual-20240101-090000.sqlite").exists()
