"""The county's ranked search gives the township's order on either store: exact hits, then name prefixes, then
content, each newest first — at limits where the exact hits alone fill the page and where they do not."""

from datetime import datetime

from gazetteer_desk.services.matters import search
from gazetteer_desk.services.matters.registration import RegistrationInput, register
from gazetteer_desk.services.sync import bundle_import

from tests.conftest import BOTH_STORES
from tests.sync.conftest import COUNTY_PASS


@BOTH_STORES
def test_the_county_ranks_a_name_as_the_township_does(desk):
    town = desk.townships["500235101"]
    for day, name, request in ((3, "王伟", "拖欠工资"), (21, "王伟", "低保复核"), (9, "王伟东", "宅基地纠纷"),
                               (14, "王伟", "道路硬化"), (27, "李强", "反映王伟的问题"), (6, "王伟", "征地补偿"),
                               (18, "王伟东", "邻里纠纷")):
        register(town, RegistrationInput(name=name, request=request, village="青龙村", category="城乡建设",
                                         receiver="李明", received_at=datetime(2026, 10, day, 9).astimezone()))
    result = bundle_import.import_bundles(desk.county, [desk.export("500235101").bundle_path], passphrase=COUNTY_PASS)
    assert [r.status for r in result.reports] == ["imported"]
    ranked = [r.number for r in search.search(town, "王伟")]
    assert len(ranked) == 7 and [r.name for r in search.search(town, "王伟")][:5] == ["王伟"] * 4 + ["王伟东"]
    for limit in (1, 3, 4, 5, 7, 50):
        assert [r.number for r in search.search(desk.county, "王伟", limit)] == ranked[:limit], limit
