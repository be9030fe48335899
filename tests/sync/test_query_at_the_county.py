"""查询 at the county: after a sync, the codes printed at a township answer there too (the secret travels only inside
the encrypted bundle), and a reprint at the county prints the same code."""

import pytest

from gazetteer_desk.documents.kinds import DocumentKind
from gazetteer_desk.services.matters import receipts
from gazetteer_desk.services.matters.progress_query import MISMATCH, QueryRefused, answer_query
from gazetteer_desk.services.sync import bundle_import

from tests.sync.conftest import COUNTY_PASS, SAME_PERSON, petition, unpack_export


def test_a_townships_code_answers_at_the_county_after_a_sync(desk):
    town = desk.townships["500235101"]
    number = petition(town, "王秀英", SAME_PERSON, "要求解决青龙村道路硬化")
    code = receipts.build_notice(town, number, DocumentKind.RECEIPT).query_code
    export = desk.export("500235101")
    sealed = export.bundle_path.read_bytes()
    assert town.setting("query_secret").encode() not in sealed  # never in plain text
    assert b'"query_secret"' in unpack_export(desk, export)["manifest.json"]
    with pytest.raises(QueryRefused):  # the county cannot answer before the bundle arrives
        answer_query(desk.county, number, code, "county-clerk")
    bundle_import.import_bundles(desk.county, [export.bundle_path], passphrase=COUNTY_PASS)
    answer = answer_query(desk.county, number, code, "county-clerk")
    assert answer.number == number and answer.status == "已登记待受理"
    assert receipts.build_notice(desk.county, number, DocumentKind.RECEIPT).query_code == code
    with pytest.raises(QueryRefused) as wrong:
        answer_query(desk.county, number, "2222-2222", "county-clerk")
    assert wrong.value.message == MISMATCH
