from datetime import date, datetime

import pytest
from openpyxl import Workbook

from gazetteer_desk.domain.idnumber import make_id_number
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.ledgers import figures, ledger_import
from gazetteer_desk.services.core.scope import Scope

GOOD_ID = make_id_number("500235", date(1975, 6, 1), 11)
HEADERS = ["序号", "信访人", "身份证号", "联系电话", "来访日期", "问题类别", "村", "反映问题", "信访形式", "人数"]
ROWS = [
    [1, "赵大", GOOD_ID, "13900000001", datetime(2025, 3, 4), "城乡建设", "青龙村", "房屋漏水", "来访", 1],
    [2, "钱二", "500235197506010120", "", "2025-03-05", "劳动社保", "白鹤村", "工资拖欠", "走访", 1],  # bad check digit
    [3, "孙三", "", "13900000003", "2025/3/6", "低保", "柳树社区", "低保申请", "电话", 2],
    [4, "李四", "", "13900000004", "2025-02-30", "民政", "石门村", "救助", "走访", 1],  # impossible date
    [5, "周五", "", "13900000005", "2025-03-07", "天文地理", "青龙村", "其他问题", "走访", 1],  # unknown category
    [6, "吴六", "", "13900000006", "2025-03-08", "城乡建设", "月亮村", "道路", "走访", 1],  # unknown village
    [7, "郑七", "", "13900000007", "2025年3月9日", "城乡建设/物业管理", "", "物业费", "信件", 6],
]


def write_xlsx(path, rows=ROWS, title=True):
    wb = Workbook()
    ws = wb.active
    ws.title = "2025年来访台账"
    if title:
        ws.append(["双江镇2025年信访登记台账"])
    ws.append(HEADERS)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def matters(store):
    return figures.as_dict(figures.compute(store, Scope.period("2025", as_of=date(2025, 12, 31)), ["matters"]))["matters"]


def test_preview_reports_exactly_the_bad_rows(store, tmp_path):
    result = ledger_import.preview(store, write_xlsx(tmp_path / "t.xlsx"))
    assert result.header_row == 2
    assert result.mapping["name"] == "信访人" and result.mapping["village"] == "村"
    bad = {r.row_number: r.errors for r in result.bad}
    assert sorted(bad) == [4, 6, 7, 8]  # rows 2, 4, 5, 6 of the ledger, under a title row and the header
    assert "校验位" in bad[4][0]
    assert "日期不存在" in bad[6][0]
    assert "未知的问题类别" in bad[7][0]
    assert "月亮村" in bad[8][0]
    assert len(result.good) == 3
    assert matters(store) == 0  # nothing imported by a preview


def test_accept_refuses_bad_rows_then_imports_with_skip(store, tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx")
    with pytest.raises(DeskError, match="4行有误"):
        ledger_import.accept(store, ledger_import.preview(store, path))
    assert matters(store) == 0
    done = ledger_import.accept(store, ledger_import.preview(store, path), skip_bad=True)
    assert done.imported == 3 and matters(store) == 3
    again = ledger_import.preview(store, path)
    assert len(again.good) == 0 and len(again.duplicates) == 3
    assert ledger_import.accept(store, again, skip_bad=True).imported == 0
    assert matters(store) == 3


def test_imported_rows_keep_their_content(store, tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", rows=[ROWS[0], ROWS[2], ROWS[6]], title=False)
    ledger_import.accept(store, ledger_import.preview(store, path))
    v = figures.as_dict(figures.compute(store, Scope.period("2025-03", as_of=date(2025, 12, 31))))
    assert v["matters"] == 3 and v["visit_people"] == 9 and v["group_visits"] == 1
    assert dict(v["matters_by_channel"]) == {"走访": 1, "电话": 1, "书信": 1, "传真": 0, "信息网络": 0}
    assert dict(v["matters_by_subcategory"])["城乡建设/物业管理"] == 1


def test_csv_in_gbk_and_utf8(store, tmp_path):
    lines = ["姓名,证件号码,电话,登记日期,类别,问题属地,主要诉求",
             f"赵大,{GOOD_ID},13900000001,2025-03-04,城乡建设,青龙村,房屋漏水",
             "钱二,,13900000002,2025-03-05,民政,白鹤村,低保"]
    for encoding in ("gbk", "utf-8-sig"):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes("\r\n".join(lines).encode(encoding))
        result = ledger_import.preview(store, path)
        assert len(result.good) == 2 and not result.bad, result.bad
        assert result.rows[0].values["name"] == "赵大"


def test_explicit_mapping(store, tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("反映人,时间,内容\n赵大,2025-03-04,房屋漏水\n", encoding="utf-8")
    with pytest.raises(DeskError, match="找不到必需的列"):
        ledger_import.preview(store, path, mapping={"name": "反映人"})
    result = ledger_import.preview(store, path, mapping={"name": "反映人", "date": "时间", "request": "内容"})
    assert len(result.good) == 1


def test_unsupported_file(store, tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf")
    with pytest.raises(DeskError, match="另存为"):
        ledger_import.preview(store, path)
