"""Revision 0003 on a store of release 0.1.0: the new columns read back with their defaults."""

import shutil
from pathlib import Path

from sqlmodel import select

from gazetteer_desk.paths import store_path
from gazetteer_desk.services.matters import matters
from gazetteer_desk.store.migrate import open_store
from gazetteer_desk.store.models import Petitioner

RELEASE = Path(__file__).resolve().parents[1] / "fixtures" / "stores" / "release-0.1.0.sqlite"


def test_release_0_1_0_gains_the_procedure_columns(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    shutil.copyfile(RELEASE, store_path(home))
    store = open_store(home)
    try:
        first = matters.get_matter(store, "500235101-2026-00001").matter
        assert (first.source, first.source_unit, first.routed_on, first.hearing_days) == ("", "", None, 0)
        with store.read() as session:
            assert all(p.former_names == [] for p in session.exec(select(Petitioner)))
        # an old accepted matter still takes the next step of the procedure
        detail = matters.take_action(store, "500235101-2026-00001", "extend", on=first.accepted_on, days=10,
                                     approver="刘芳", reason="需调查")
        assert detail.matter.extension_days == 10
    finally:
        store.close()
