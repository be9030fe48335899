"""The township's 同步 page and the county page, driven as a clerk would (export and import off the GUI thread)."""

from gazetteer_desk.domain.masking import mask_id_number
from gazetteer_desk.gui.sync.county_view import CountyPage
from gazetteer_desk.gui.sync.sync_view import SyncPage

from tests.sync.conftest import COUNTY_PASS, SAME_PERSON, TOWN_PASS, answer_passphrase, petition


def test_sync_page_exports_and_county_page_imports(desk, qtbot, tmp_path):
    a, b = desk.townships["500235101"], desk.townships["500235102"]
    petition(a, "王秀英", SAME_PERSON)
    petition(b, "王秀英", SAME_PERSON)
    page = SyncPage(a)
    qtbot.addWidget(page)
    assert desk.county_key in page.county_key_label.text()
    assert page.own_fingerprint.text().startswith("指纹：")
    shown_key = page.own_key_text.toPlainText()
    assert "untrusted comment" not in shown_key and shown_key.startswith("RW") and "\n" not in shown_key.strip()
    page.period_edit.setText("2026-11")
    answer_passphrase(TOWN_PASS)
    with qtbot.waitSignal(page.exported, timeout=10000) as blocker:
        page.export_to(desk.stick)
    assert blocker.args[0].sequence == 1
    assert "✓ 已导出第1号数据包" in page.status.text() and page.status.property("role") == "ok"  # not error red
    assert page.exports_table.rowCount() == 1
    page.resize(720, 640)
    page.grab().save(str(tmp_path / "sync.png"))

    saved = page.save_public_key(str(tmp_path / "mine.pub"))
    assert saved.read_text().startswith("untrusted comment: minisign public key")  # the file stays minisign's
    assert saved.read_text().splitlines()[1] == shown_key and page.status.property("role") == "ok"

    b_result = desk.export("500235102")
    view = CountyPage(desk.county)
    qtbot.addWidget(view)
    answer_passphrase(COUNTY_PASS)
    with qtbot.waitSignal(view.imported, timeout=10000):
        view.import_files([blocker.args[0].bundle_path, b_result.bundle_path])
    assert view.report_table.rowCount() == 2
    assert view.report_table.item(0, 4).text() == "已导入"
    # the tables are counted again after the import, off the GUI thread
    qtbot.waitUntil(lambda: view.stats_label.isHidden() and view.cross_model.rowCount() == 1, timeout=10000)
    assert view.townships_table.rowCount() == 2 and view.townships_table.item(0, 2).text() == "第1号"
    assert view.cross_model.rowCount() == 1 and view.cross_model.index(0, 1).data() == mask_id_number(SAME_PERSON)
    view.resize(900, 500)
    view.grab().save(str(tmp_path / "county.png"))


def test_export_failure_is_shown(desk, qtbot, tmp_path):
    page = SyncPage(desk.townships["500235101"])
    qtbot.addWidget(page)
    answer_passphrase(TOWN_PASS)
    with qtbot.waitSignal(page.export_failed, timeout=10000):
        page.export_to(tmp_path / "no-such-stick")
    assert "导出文件夹不存在" in page.status.text() and page.status.property("role") == "problem"


def test_statistics_in_the_county_are_scoped_by_township(desk, qtbot):
    from gazetteer_desk.gui.areas import AREAS
    from gazetteer_desk.gui.context import DeskContext
    from gazetteer_desk.gui.ledgers.stats_view import StatsView
    from gazetteer_desk.services.sync import bundle_import

    petition(desk.townships["500235101"], "王秀英", SAME_PERSON)
    petition(desk.townships["500235101"], "李四")
    petition(desk.townships["500235102"], "张三")
    bundle_import.import_bundles(desk.county, [desk.export("500235101").bundle_path,
                                               desk.export("500235102").bundle_path], passphrase=COUNTY_PASS)
    from gazetteer_desk.services.accounts import accounts

    ctx = DeskContext(desk.county, accounts.create_first_admin(desk.county, "county", "county-password-1"))
    view = AREAS["statistics"].factory(ctx)
    qtbot.addWidget(view)
    assert isinstance(view, StatsView) and view.runner is ctx.runner
    qtbot.waitUntil(lambda: view.refresh_button.isEnabled() and bool(view.values), timeout=10000)
    view.set_period("custom", 2000)
    view.start.setDate(view.start.date().addYears(-5))
    assert view.township.count() == 3 and not view.village.isEnabled()  # 全部乡镇 + two townships
    counts = {}
    for index in range(view.township.count()):
        view.township.setCurrentIndex(index)
        with qtbot.waitSignal(view.figures_ready, timeout=10000) as blocker:
            view.refresh_button.click()
        counts[view.township.currentData()] = {fv.figure.key: fv.value for fv in blocker.args[0]}["matters"]
    assert counts == {None: 3, "500235101": 2, "500235102": 1}
    assert view.village.isEnabled() and view.village.findText("青龙村") > 0
    ctx.runner.wait()


def test_the_county_window_says_whose_office_it_is(qtbot, tmp_path):
    from gazetteer_desk.services.accounts import accounts
    from gazetteer_desk.services.sync import county
    from tests.conftest import open_desk

    identity = county.init_county(tmp_path / "county", "500235", "云阳县")
    try:
        window = open_desk(qtbot, identity.store, accounts.create_first_admin(identity.store, "admin", "county-pass-1"))
        assert window.township_status.text() == "云阳县信访办（500235）"
        assert window.windowTitle() == "信访接待台 — 云阳县信访办（500235）"
        window.ctx.runner.wait()
    finally:
        identity.store.close()


def test_what_the_county_imports_reaches_its_statistics_and_list(desk, qtbot):
    """Imported in the 同步 area, seen at once in 统计 and 事项 — also when those pages were opened before."""
    from gazetteer_desk.services.accounts import accounts
    from tests.conftest import open_desk

    window = open_desk(qtbot, desk.county, accounts.create_first_admin(desk.county, "county", "county-password-1"))
    stats = window.show_area("statistics")
    qtbot.waitUntil(lambda: stats.refresh_button.isEnabled() and bool(stats.values), timeout=10000)
    listed = window.show_area("matters")
    qtbot.waitUntil(lambda: not window.ctx.runner.busy, timeout=10000)
    assert listed.model.rowCount() == 0
    petition(desk.townships["500235101"], "王秀英", SAME_PERSON)
    petition(desk.townships["500235101"], "李四")
    page = window.show_area("sync")
    answer_passphrase(COUNTY_PASS)
    with qtbot.waitSignal(page.imported, timeout=10000):
        page.import_files([desk.export("500235101").bundle_path])
    window.show_area("statistics")
    qtbot.waitUntil(lambda: {fv.figure.key: fv.value for fv in stats.values}.get("matters") == 2, timeout=10000)
    window.show_area("matters")
    qtbot.waitUntil(lambda: listed.model.rowCount() == 2, timeout=10000)
    window.ctx.runner.wait()
