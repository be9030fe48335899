"""The county's cross-township list: ID numbers masked unless a full view is asked for by a role allowed to."""

import pytest

from gazetteer_desk.domain.masking import mask_id_number
from gazetteer_desk.services.accounts import accounts
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.sync import bundle_import, county
from gazetteer_desk.services.core.authz import PermissionDenied

from tests.sync.conftest import COUNTY_PASS, SAME_PERSON, petition


def _import_both(desk):
    petition(desk.townships["500235101"], "王秀英", SAME_PERSON)
    petition(desk.townships["500235102"], "王秀英", SAME_PERSON)
    paths = [desk.export(code).bundle_path for code in ("500235101", "500235102")]
    bundle_import.import_bundles(desk.county, paths, passphrase=COUNTY_PASS)


def test_county_clerk_sees_masked_id_numbers_and_cannot_ask_for_full(desk):
    _import_both(desk)
    clerk = accounts.CurrentUser(username="xian_li", role="county_clerk")
    rows = county.cross_township_petitioners(desk.county, viewer=clerk)
    assert [r.id_number for r in rows] == [mask_id_number(SAME_PERSON)]
    assert SAME_PERSON not in {r.id_number for r in county.cross_township_petitioners(desk.county)}
    with pytest.raises(PermissionDenied):
        county.cross_township_petitioners(desk.county, viewer=clerk, full=True)
    with pytest.raises(PermissionDenied):
        county.cross_township_petitioners(desk.county, viewer="script", full=True)
    assert audit.entries(desk.county, action="reveal") == []


def test_county_admin_full_view_is_audited(desk):
    _import_both(desk)
    admin = accounts.CurrentUser(username="xian_admin", role="county_admin")
    rows = county.cross_township_petitioners(desk.county, viewer=admin, full=True)
    assert [r.id_number for r in rows] == [SAME_PERSON]
    [entry] = audit.entries(desk.county, action="reveal")
    assert (entry.actor, entry.entity, entry.detail["field"]) == ("xian_admin", "cross_petitioners", "id_number")
