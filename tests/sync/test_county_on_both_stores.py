"""The county's daily work gives the same answers on SQLite and on PostgreSQL: the same bundles imported into a county
store of each kind, then search (two characters and more), the paged matter list, 统计 and the 台账 compared."""

import shutil
from dataclasses import replace
from datetime import date

import pytest
import time_machine
from openpyxl import load_workbook

from gazetteer_desk.domain.idnumber import make_id_number
from gazetteer_desk.services.core.scope import Scope
from gazetteer_desk.services.ledgers import figures, ledger_export
from gazetteer_desk.services.matters import listing, search
from gazetteer_desk.services.matters.registration import RegistrationInput, register
from gazetteer_desk.services.mediation import mediation as med
from gazetteer_desk.services.mediation.mediation import MediationInput, Party
from gazetteer_desk.services.sync import bundle_export, bundle_import, bundle_keys, county

from tests.conftest import new_database
from tests.sync.conftest import SAME_PERSON, make_township

OTHER_PERSON = make_id_number("500235", date(1975, 6, 1), 33)
PETITIONS = {
    "500235101": [("王伟", OTHER_PERSON, "要求解决青龙村道路硬化问题", "城乡建设", True),
                  ("李秀英", None, "反映邻里宅基地纠纷", "国土资源水利林业", False),
                  ("王伟", OTHER_PERSON, "反映低保评定不公", "民政", False),
                  ("张伟", None, "农民工工资拖欠三个月", "劳动社保", True)],
    "500235102": [("王秀英", SAME_PERSON, "征地补偿款未到位", "国土资源水利林业", False),
                  ("赵德明", None, "道路硬化施工扬尘扰民", "交通能源环保", False),
                  ("欧阳王伟华", None, "要求公开村务账目", "农村农业", False)],
}
QUERIES = ["王伟", "硬化", "道路硬化", "宅基地", "扬尘扰民", OTHER_PERSON, "500235101", "欧阳", "不存在的内容"]


@pytest.fixture(scope="module")
def both(tmp_path_factory, pg_server, pg_template):
    """A county store on SQLite and one on PostgreSQL with the same key and townships, both holding the same
    imported bundles (built once for the module: the tests only read)."""
    tmp_path = tmp_path_factory.mktemp("both-stores")
    database = new_database(pg_server, pg_template)
    local = county.init_county(tmp_path / "county", "500235", "云阳县").store
    server_home = tmp_path / "county-server"
    (server_home / "keys").mkdir(parents=True)
    shutil.copy(bundle_keys.county_identity_path(local.home), server_home / "keys")
    server = county.init_county(server_home, "500235", "云阳县", database=next(database)).store
    towns = {}
    for code, name in (("500235101", "双江镇"), ("500235102", "龙角镇")):
        towns[code] = make_township(tmp_path / code, code, name)
        bundle_keys.set_county_key(towns[code], local.setting("county_public_key_own"))
        bundle_keys.write_public_key(towns[code], tmp_path / f"{code}.pub")
        for store in (local, server):
            county.add_township(store, code, name, tmp_path / f"{code}.pub")
    (tmp_path / "stick").mkdir()
    with time_machine.travel("2026-11-10 10:00 +08:00", tick=False):
        for code, rows in PETITIONS.items():
            for name, id_number, request, category, urgent in rows:
                register(towns[code], RegistrationInput(
                    name=name, request=request, id_number=id_number, village="青龙村", category=category,
                    receiver="李明", urgent=urgent))
        # a mediation case: its parties and mediators travel as JSON, which each store hands back its own way
        med.open_case(towns["500235101"], MediationInput(
            parties=[Party("王大山", role="申请人", phone="13800001111"), Party("李四", role="被申请人")],
            mediators=["李明"], applied_on=date(2026, 11, 9), facts="两家宅基地相邻，围墙越界"))
        bundles = [bundle_export.export_bundle(towns[code], tmp_path / "stick", "2026-11").bundle_path
                   for code in PETITIONS]
    for store in (local, server):
        result = bundle_import.import_bundles(store, bundles)
        assert [r.status for r in result.reports] == ["imported", "imported"], [r.line() for r in result.reports]
    yield local, server
    for store in (local, server, *towns.values()):
        store.close()
    next(database, None)  # drops the database


def _numbers(rows) -> list[str]:
    return [row.number for row in rows]


def test_search_finds_the_same_matters_on_both_stores(both):
    local, server = both
    assert server.on_server and not local.on_server
    for query in QUERIES:
        assert _numbers(search.search(local, query)) == _numbers(search.search(server, query)), query
    found = {q: {r.name for r in search.search(server, q)} for q in ("王伟", "秀英", "道路硬化", "欧阳", OTHER_PERSON)}
    assert found["王伟"] == {"王伟", "欧阳王伟华"}  # the two-character name first, then inside a name
    assert [r.name for r in search.search(server, "王伟")][:2] == ["王伟", "王伟"]
    # a pair that ends a name: PostgreSQL's scan finds it; SQLite's trigram terms begin no trigram with it
    assert found["秀英"] == {"李秀英", "王秀英"}
    assert {r.name for r in search.search(local, "秀英")} <= found["秀英"]
    assert found["道路硬化"] == {"王伟", "赵德明"}
    assert found["欧阳"] == {"欧阳王伟华"} and found[OTHER_PERSON] == {"王伟"}
    assert search.search(server, "不存在的内容") == []


def test_the_paged_list_walks_the_same_pages(both):
    local, server = both
    for matter_filter in (listing.MatterFilter(), listing.MatterFilter(text="硬化"),
                          listing.MatterFilter(township_code="500235101"), listing.MatterFilter(text="王伟")):
        for sort in ("received_on", "name", "due_on", "number"):
            pages = []
            for store in (local, server):
                rows, after = [], None
                while True:
                    page = listing.fetch_page(store, matter_filter, sort=sort, after=after, limit=2)
                    rows += page
                    if len(page) < 2:
                        break
                    after = page[-1]
                assert len(rows) == listing.count_matters(store, matter_filter)
                assert len(set(_numbers(rows))) == len(rows)  # no row twice across pages
                pages.append(_numbers(rows))
            assert pages[0] == pages[1], (matter_filter, sort)
    assert listing.count_matters(server, listing.MatterFilter()) == 7
    assert listing.count_matters(server, listing.MatterFilter(text="硬化")) == 2


def test_statistics_and_ledgers_agree(both, tmp_path):
    local, server = both
    scope = Scope(date(2026, 11, 1), date(2026, 11, 30), as_of=date(2026, 11, 20))
    for narrowed in (scope, scope.narrowed(township_code="500235102")):
        values = [figures.as_dict(figures.compute(store, narrowed)) for store in (local, server)]
        assert values[0] == values[1]
    totals = figures.as_dict(figures.compute(server, scope))
    assert totals["matters"] == 7
    assert figures.as_dict(figures.compute(server, scope.narrowed(township_code="500235101")))["matters"] == 4

    sheets = []
    for store, name in ((local, "local.xlsx"), (server, "server.xlsx")):
        with time_machine.travel("2026-11-20 09:00 +08:00", tick=False):
            result = ledger_export.export_ledgers(store, scope, tmp_path / name)
        assert result.rows["信访事项台账"] == 7 and result.rows["矛盾纠纷调解台账"] == 1
        book = load_workbook(tmp_path / name)
        sheets.append({ws.title: [list(row) for row in ws.iter_rows(values_only=True)] for ws in book.worksheets})
    assert sheets[0] == sheets[1]


def test_overview_and_cross_township_people_agree(both):
    local, server = both
    def overview(store):  # the import time is the store's own
        return [replace(row, last_imported_at=None) for row in county.township_overview(store, date(2026, 11, 20))]

    assert overview(local) == overview(server)
    assert [(r.matters, r.open_matters) for r in overview(server)] == [(4, 4), (3, 3)]
    assert county.cross_township_petitioners(local) == county.cross_township_petitioners(server)
