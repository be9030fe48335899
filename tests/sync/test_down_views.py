"""The down direction in the window: the county page exports, the township's 同步 page imports and shows the answer."""

from datetime import date, timedelta

from PySide6.QtWidgets import QLabel

from gazetteer_desk.gui.sync.county_view import CountyPage
from gazetteer_desk.gui.sync.sync_view import SyncPage
from gazetteer_desk.services.accounts import accounts
from gazetteer_desk.services.sync import bundle_import, county_orders, down_export, down_import, township_orders

from tests.conftest import open_desk
from tests.sync.conftest import COUNTY_PASS, TOWN_PASS, answer_passphrase, petition
from tests.sync.down_fixtures import exchange_down_keys


def test_county_exports_down_and_the_township_page_imports(desk, qtbot, tmp_path):
    exchange_down_keys(desk, tmp_path)
    a = desk.townships["500235101"]
    number = petition(a, "赵德明", None, "反映邻里宅基地纠纷")
    bundle_import.import_bundles(desk.county, [desk.export("500235101").bundle_path], passphrase=COUNTY_PASS)
    deadline = date.today() + timedelta(days=5)
    county_orders.supervise(desk.county, number, deadline, "超期办理，限期答复")

    view = CountyPage(desk.county)
    qtbot.addWidget(view)
    assert view.down.orders_table.item(0, 4).text() == "尚未收到回复"
    asked = answer_passphrase(COUNTY_PASS)  # the county's signing key is sealed
    with qtbot.waitSignal(view.down.exported, timeout=10000) as exported:
        view.down.export_to(desk.stick)
    assert "县信访办的签名密钥" in asked[0]
    [for_a, _for_b] = exported.args[0]
    assert "第1号下发数据包" in view.down.status.text()

    page = SyncPage(a)
    qtbot.addWidget(page)
    assert page.down.acks_table.item(0, 2).text() == "尚未确认"
    asked = answer_passphrase(TOWN_PASS)  # and so is the township's receiving key
    with qtbot.waitSignal(page.down.down_imported, timeout=10000):
        page.down.import_file(for_a.bundle_path)
    assert "本乡镇的接收密钥" in asked[0]
    assert "已导入" in page.down.status.text()
    assert page.down.acks_table.item(0, 2).text().endswith("在县信访办导入")
    assert page.down.orders_table.rowCount() == 1
    assert page.down.orders_table.item(0, 1).text() == number
    assert page.down.orders_table.item(0, 2).text() == f"{deadline:%Y-%m-%d}"
    page.resize(800, 900)
    page.grab().save(str(tmp_path / "sync-down.png"))


def test_the_desk_shows_a_county_order_on_its_matter_and_in_the_banner(desk, qtbot, tmp_path):
    exchange_down_keys(desk, tmp_path)
    a = desk.townships["500235101"]
    deadline = date.today() + timedelta(days=9)
    county_orders.assign_matter(desk.county, county_orders.AssignmentInput(
        township_code="500235101", name="孙桂兰", request="反映村集体收益分配不公开", deadline=deadline))
    down = down_export.export_down(desk.county, "500235101", desk.stick, passphrase=COUNTY_PASS)
    report = down_import.import_down(a, down.bundle_path, passphrase=TOWN_PASS)
    [number] = report.matters
    window = open_desk(qtbot, a, accounts.create_first_admin(a, "admin", "town-password-1"))
    qtbot.waitUntil(lambda: window.banner.counts is not None, timeout=10000)
    assert f"县交办/督办待答复 1 件（最近期限 {deadline:%Y-%m-%d}）" in window.banner.text()
    window.open_matter(number)
    texts = [label.text() for label in window.matter_page.findChildren(QLabel)]
    assert any("（上级交办，收到日期）" in text for text in texts)
    township_orders.respond(a, number, "已受理")
    window.banner.refresh()
    qtbot.waitUntil(lambda: "县交办" not in window.banner.text(), timeout=10000)
    window.ctx.runner.wait()

