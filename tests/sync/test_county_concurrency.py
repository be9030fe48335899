"""Several clerks on one county store on PostgreSQL: eight processes import different townships' bundles (one bundle
twice at the same moment), search and export the 台账 at once; nothing is lost, nothing is doubled, the audit trail
stays one unbroken chain."""

import multiprocessing
import traceback
from datetime import date
from pathlib import Path

from sqlalchemy import text

from gazetteer_desk.services.core import audit
from gazetteer_desk.services.sync import bundle_keys, county

from tests.sync.conftest import COUNTY_PASS, make_township, petition

TOWNSHIPS = {"500235101": "双江镇", "500235102": "龙角镇", "500235103": "故陵镇", "500235104": "红狮镇"}
TABLES = ("matter", "petitioner", "visit", "matterevent", "staff", "village")


def _worker(role: str, home: str, arg: str, barrier, results) -> None:
    """One clerk's process: open the county store through the home, wait for the others, do one job."""
    try:
        from gazetteer_desk.store.migrate import open_store

        store = open_store(Path(home))
        barrier.wait(timeout=120)
        try:
            if role == "import":
                from gazetteer_desk.services.sync import bundle_import

                result = bundle_import.import_bundles(store, [arg], passphrase=COUNTY_PASS)
                results.put((role, arg, [(r.status, r.message) for r in result.reports]))
            elif role == "search":
                from gazetteer_desk.services.matters import listing, search

                found = [len(search.search(store, query)) for query in ("王伟", "道路硬化", "宅基地", "工资") * 3]
                found.append(listing.count_matters(store, listing.MatterFilter(text="硬化")))
                results.put((role, arg, found))
            else:
                from gazetteer_desk.services.core.scope import Scope
                from gazetteer_desk.services.ledgers import ledger_export

                written = ledger_export.export_ledgers(store, Scope(date(2000, 1, 1), date(2100, 12, 31)), arg)
                results.put((role, arg, written.rows["信访事项台账"]))
        finally:
            store.close()
    except BaseException:  # reported to the test, which fails with it
        results.put(("error", role, traceback.format_exc()))


def test_eight_clerks_at_once(tmp_path, pg_database):
    identity = county.init_county(tmp_path / "county", "500235", "云阳县", database=pg_database)
    bundles = {}
    expected: dict[str, int] = {}
    for n, (code, name) in enumerate(TOWNSHIPS.items()):
        town = make_township(tmp_path / code, code, name)
        bundle_keys.set_county_key(town, identity.public_key)
        bundle_keys.write_public_key(town, tmp_path / f"{code}.pub")
        county.add_township(identity.store, code, name, tmp_path / f"{code}.pub")
        for request in ("要求解决道路硬化问题", "反映宅基地纠纷", "农民工工资拖欠")[: n % 3 + 1]:
            petition(town, "王伟" if code.endswith("1") else f"{name[:1]}明", None, request)
        (tmp_path / "stick").mkdir(exist_ok=True)
        from gazetteer_desk.services.sync import bundle_export

        bundles[code] = str(bundle_export.export_bundle(town, tmp_path / "stick", "2026-11").bundle_path)
        with town.read() as session:
            for table in TABLES:
                expected[table] = expected.get(table, 0) + session.execute(text(f"SELECT count(*) FROM {table}")).scalar()
        town.close()
    store = identity.store

    jobs = [("import", bundles[code]) for code in TOWNSHIPS] + [("import", bundles["500235101"])]  # one twice
    jobs += [("search", "a"), ("search", "b"), ("export", str(tmp_path / "台账.xlsx"))]
    # forked, not spawned: a clerk's process starts in a moment instead of importing everything again; the parent's
    # pooled connections are closed first so that no child shares one
    store.engine.dispose()
    context = multiprocessing.get_context("fork")
    barrier, results = context.Barrier(len(jobs)), context.Queue()
    processes = [context.Process(target=_worker, args=(role, str(store.home), arg, barrier, results))
                 for role, arg in jobs]
    for process in processes:
        process.start()
    reports = [results.get(timeout=300) for _ in processes]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    errors = [r[2] for r in reports if r[0] == "error"]
    assert not errors, errors[0]

    imports = {}
    for role, arg, value in reports:
        if role == "import":
            imports.setdefault(arg, []).extend(status for status, _ in value)
    assert sorted(imports[bundles["500235101"]]) == ["imported", "skipped"]  # the same bundle twice: imported once
    assert all(imports[bundles[code]] == ["imported"] for code in TOWNSHIPS if code != "500235101")
    assert all(role != "search" or all(n >= 0 for n in value) for role, _, value in reports)
    assert [value for role, _, value in reports if role == "export"][0] >= 0

    with store.read() as session:
        for table in TABLES:  # nothing lost, nothing doubled
            assert session.execute(text(f"SELECT count(*) FROM {table}")).scalar() == expected[table], table
        assert session.execute(text("SELECT township_code, sequence FROM bundleimport ORDER BY 1")).all() == [
            (code, 1) for code in TOWNSHIPS]
        counter = session.execute(text("SELECT value FROM changecounter")).scalar()
        stamps = session.execute(text("SELECT count(DISTINCT change_seq), count(*) FROM matter")).one()
    assert stamps[0] == stamps[1] and counter >= stamps[1]  # every row its own change number
    checked = audit.verify(store)
    assert checked.ok, checked.reason
    store.close()
