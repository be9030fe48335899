"""The 县信访办 page counts its townships and finds the cross-township people off the GUI thread: at county scale
each read takes a moment, and the window must not stop while it runs."""

import threading

from PySide6.QtCore import Qt

from gazetteer_desk.domain.masking import mask_id_number
from gazetteer_desk.errors import DeskError
from gazetteer_desk.gui.sync.county_view import CountyPage
from gazetteer_desk.services.sync import bundle_import, county

from tests.sync.conftest import COUNTY_PASS, SAME_PERSON, petition


def _imported(desk) -> None:
    petition(desk.townships["500235101"], "王秀英", SAME_PERSON)
    petition(desk.townships["500235102"], "王秀英", SAME_PERSON)
    petition(desk.townships["500235102"], "李四")
    bundle_import.import_bundles(desk.county, [desk.export("500235101").bundle_path,
                                               desk.export("500235102").bundle_path], passphrase=COUNTY_PASS)


def test_the_page_is_built_at_once_and_fills_its_tables_when_the_reads_end(desk, qtbot, monkeypatch):
    _imported(desk)
    gate = threading.Event()  # the two reads wait here, as a million matters would make them wait
    started = []

    def held(read):
        def wait_then_read(*args, **kwargs):
            started.append(read.__name__)
            assert gate.wait(20), "the page's reads were never let go"
            return read(*args, **kwargs)
        return wait_then_read

    monkeypatch.setattr(county, "township_overview", held(county.township_overview))
    monkeypatch.setattr(county, "cross_township_petitioners", held(county.cross_township_petitioners))

    view = CountyPage(desk.county)  # returns while both reads are still held: built on the GUI thread, read off it
    qtbot.addWidget(view)
    try:
        qtbot.waitUntil(lambda: len(started) == 2, timeout=10000)
        assert sorted(started) == ["cross_township_petitioners", "township_overview"]
        assert view.stats_label.isVisibleTo(view) and view.stats_label.text() == "正在统计…"
        assert view.townships_table.rowCount() == 0 and view.cross_model.rowCount() == 0
        assert view.import_button.isEnabled()
    finally:
        gate.set()
    filled = []
    view.counted.connect(filled.append)
    qtbot.waitUntil(lambda: sorted(filled) == ["cross", "townships"], timeout=10000)
    assert view.stats_label.isHidden()
    assert [view.townships_table.item(r, 1).text() for r in range(2)] == ["500235101", "500235102"]
    assert [view.townships_table.item(r, 5).text() for r in range(2)] == ["1", "2"]  # 事项
    assert view.cross_model.rowCount() == 1 and view.cross_model.index(0, 1).data() == mask_id_number(SAME_PERSON)
    assert [view.cross_model.headerData(c, Qt.Horizontal) for c in range(6)] == [
        "姓名", "身份证号", "涉及乡镇", "事项", "在办", "最近登记"]
    assert view.cross_model.index(0, 3).data() == "2"  # 事项: one in each township
    view.runner.wait()


def test_a_failed_read_is_said_and_the_other_table_still_filled(desk, qtbot, monkeypatch):
    _imported(desk)

    def broken(*_args, **_kwargs):
        raise DeskError("数据库忙，请稍后再试")

    monkeypatch.setattr(county, "cross_township_petitioners", broken)
    view = CountyPage(desk.county)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.townships_table.rowCount() == 2 and "统计失败" in view.stats_label.text(),
                    timeout=10000)
    view.runner.wait()
    qtbot.wait(50)  # whichever read ends last, the failure stays said
    assert view.stats_label.text() == "统计失败：数据库忙，请稍后再试"
    assert view.stats_label.property("role") == "problem" and view.cross_model.rowCount() == 0
