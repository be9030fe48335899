"""The everyday start: a glance at the store with sqlite3 alone, the log-in first, the store opened behind it."""

import sqlite3

from gazetteer_desk.gui.store_loader import LazyStore, StoreLoader
from gazetteer_desk.paths import backups_dir
from gazetteer_desk.store.peek import SCHEMA_HEAD, peek


def test_peek_tells_a_ready_store_from_one_that_needs_the_wizard(store, home, admin_user):
    glance = peek(home)
    assert glance.ready and glance.township_name == "双江镇" and glance.revision == SCHEMA_HEAD
    assert peek(home.parent / "nowhere") is None


def test_a_store_without_accounts_or_at_an_old_revision_is_not_ready(store, home):
    assert not peek(home).ready  # no account yet: the wizard's administrator page comes first
    db = sqlite3.connect(home / "desk.sqlite")
    db.execute("UPDATE alembic_version SET version_num = 'older'")
    db.commit()
    db.close()
    assert peek(home).revision == "older" and not peek(home).ready


def test_a_foreign_file_is_left_to_the_full_path(home):
    home.mkdir()
    (home / "desk.sqlite").write_text("not a database")
    assert peek(home) is None


def test_the_loader_opens_the_store_and_makes_the_daily_backup(store, home, admin_user):
    loader = StoreLoader(home).start()
    lazy = LazyStore(loader)
    assert lazy.township_code == "500235101"  # the first use waits for the loader, then it is the store
    opened = loader.store()
    assert opened.path == store.path and not loader.backup_warning
    assert list(backups_dir(home).glob("daily-*.sqlite"))
    opened.close()
