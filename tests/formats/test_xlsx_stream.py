"""The streaming workbook writer: what openpyxl (as Excel would) reads back."""

from datetime import date, datetime

from openpyxl import load_workbook

from gazetteer_desk.formats.xlsx_stream import HEAD, PERCENT, Cell, XlsxWriter


def test_values_styles_and_layout_read_back(tmp_path):
    path = tmp_path / "t.xlsx"
    with XlsxWriter(path) as book:
        ws = book.sheet("台账 'A'", [7, 30, 12], freeze_row=1, print_title_row=1, paper="A3")
        ws.append([Cell("序号", HEAD), Cell("内容", HEAD), Cell("日期", HEAD)])
        ws.append([1, "<a & b>\x07 ", date(2025, 3, 3)])
        ws.append([2.5, "<a & b>\x07 ", datetime(2025, 3, 3, 14, 30)])
        ws.append([None, "", Cell(0.625, PERCENT)])
        other = book.sheet("第二", [10])
        other.append(["重件"])
    wb = load_workbook(path)
    assert wb.sheetnames == ["台账 'A'", "第二"]
    ws = wb["台账 'A'"]
    assert ws.freeze_panes == "A2" and ws.column_dimensions["B"].width == 30
    assert ws.print_title_rows == "$1:$1" and ws.page_setup.paperSize == 8
    assert ws["A1"].font.b and ws["A1"].fill.fgColor.rgb == "FFDDEBF7"
    assert ws["B2"].value == "<a & b> "  # control characters dropped, spaces kept
    assert ws["C2"].value == datetime(2025, 3, 3) and ws["C2"].number_format == "yyyy-mm-dd"
    assert ws["C3"].value == datetime(2025, 3, 3, 14, 30) and ws["C3"].number_format == "yyyy-mm-dd hh:mm"
    assert ws["A2"].value == 1 and ws["A3"].value == 2.5
    assert ws["A4"].value is None and ws["C4"].number_format == "0.0%"
    assert wb["第二"]["A1"].value == "重件"
