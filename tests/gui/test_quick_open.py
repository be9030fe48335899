"""The window's quick open agrees with Alembic about the head revision and falls back when it must migrate."""

from gazetteer_desk.store import migrate
from gazetteer_desk.store.quick_open import head_from_files, open_store_quickly


def test_head_from_files_matches_alembic():
    assert head_from_files() == migrate.head_revision()


def test_quick_open_of_an_initialised_store(store, home):
    quick = open_store_quickly(home)
    try:
        assert quick.township_code == store.township_code
    finally:
        quick.close()


def test_quick_open_creates_through_migrate(tmp_path):
    created = open_store_quickly(tmp_path / "new", create=True)
    try:
        assert not created.is_initialised
        assert migrate.current_revision(created.engine) == migrate.head_revision()
    finally:
        created.close()
