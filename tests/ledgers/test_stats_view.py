from datetime import date

from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from gazetteer_desk.gui.ledgers.stats_view import StatsView


def make_view(qtbot, store):
    view = StatsView(store, today=date(2025, 12, 31))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.refresh_button.isEnabled(), timeout=10000)
    return view


def test_figures_with_definitions_and_charts(known, qtbot):
    store, _ = known
    view = make_view(qtbot, store)
    view.set_period("year", 2025)
    with qtbot.waitSignal(view.figures_ready, timeout=10000):
        view.refresh_button.click()
    rows = {view.table.item(r, 0).text(): r for r in range(view.table.rowCount())}
    r = rows["信访事项"]
    assert view.table.item(r, 1).text() == "8件"
    assert "登记日期在期内" in view.table.item(r, 0).toolTip()
    assert view.table.item(rows["按期办结率"], 1).text() == "60.0%（3/5）"
    assert "第61日" in view.table.item(rows["按期办结率"], 0).toolTip()
    assert dict(view.trend.items)["2025-03"] == 4
    assert view.villages.items[0] == ("青龙村", 3)
    assert "超期 3 件" in view.overdue.title


def test_scope_filters_and_month(known, qtbot):
    store, _ = known
    view = make_view(qtbot, store)
    view.set_period("month", 2025, 3)
    view.village.setCurrentIndex(view.village.findText("青龙村"))
    with qtbot.waitSignal(view.figures_ready, timeout=10000) as blocker:
        view.refresh_button.click()
    values = {fv.figure.key: fv.value for fv in blocker.args[0]}
    assert values["matters"] == 2


def test_export_runs_off_the_gui_thread(known, qtbot, tmp_path, monkeypatch):
    store, _ = known
    view = make_view(qtbot, store)
    view.set_period("year", 2025)
    target = tmp_path / "台账"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel 工作簿 (*.xlsx)"))
    with qtbot.waitSignal(view.export_finished, timeout=20000) as blocker:
        view.export_button.click()
    assert blocker.args[0].endswith("台账.xlsx")
    assert "信访事项台账" in load_workbook(blocker.args[0]).sheetnames
    assert "已导出台账" in view.status.text()


def test_annual_report_pdf_and_sheet_through_the_save_dialog(known, qtbot, tmp_path, monkeypatch):
    store, _ = known
    view = make_view(qtbot, store)
    view.set_period("year", 2025)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "年报"), "PDF 文件 (*.pdf)"))
    with qtbot.waitSignal(view.annual_finished, timeout=20000) as blocker:
        view.annual_button.click()
    pdf, xlsx = blocker.args
    assert pdf.endswith("年报.pdf") and xlsx.endswith("年报.xlsx")
    assert open(pdf, "rb").read(5) == b"%PDF-"
    sheet = [r[0] for r in load_workbook(xlsx)["年度报告"].iter_rows(values_only=True)]
    assert "四、转送、交办、督办情况" in sheet
    summary = {r[1]: r for r in load_workbook(xlsx)["汇总"].iter_rows(min_row=3, values_only=True)}
    assert summary["信访事项（件）"][2] == 8 and (summary["及时受理率"][3], summary["及时受理率"][4]) == (5, 8)
    assert "已保存年度报告" in view.status.text() and view.annual_button.isEnabled()


def test_figure_definitions_are_tooltips_of_rows_and_charts(known, qtbot):
    store, _ = known
    view = make_view(qtbot, store)
    for fv in view.values:
        rows = [r for r in range(view.table.rowCount()) if view.table.item(r, 0).text() == fv.figure.label]
        assert rows, fv.figure.label
        assert fv.figure.definition in view.table.item(rows[0], 0).toolTip()
        assert fv.figure.definition in view.table.item(rows[0], 1).toolTip()
    assert "问题属地" in view.villages.toolTip() and "统计口径：" in view.trend.toolTip()
