"""Importing where each matter stands: 办理状态 / 办理结果 / 受理日期 / 答复日期 / 办结日期 through the procedure."""

from datetime import date

from openpyxl import Workbook

from gazetteer_desk.domain import limits
from gazetteer_desk.services.ledgers import ledger_import
from gazetteer_desk.services.matters import matters
from gazetteer_desk.services.core.calendar import calendar_for

HEADERS = ["信访人", "登记日期", "反映问题", "办理状态", "办理结果", "承办单位", "受理日期", "答复日期", "办结日期"]
TODAY = date(2025, 12, 31)


def ledger(path, rows, headers=HEADERS):
    wb = Workbook()
    ws = wb.active
    ws.append(headers)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def imported(store, path):
    result = ledger_import.preview(store, path, today=TODAY)
    assert not result.bad, [(r.row_number, r.errors) for r in result.bad]
    done = ledger_import.accept(store, result)
    return [matters.get_matter(store, n) for n in done.numbers]


def test_status_and_dates_become_the_procedure(store, tmp_path):
    rows = [
        ["甲", date(2025, 3, 3), "道路", "已登记待受理", None, None, None, None, None],
        ["乙", date(2025, 3, 3), "工资", "办理中", None, None, date(2025, 3, 5), None, None],
        ["丙", date(2025, 3, 3), "低保", "已交办", None, "镇社会事务办", "2025-03-06", None, None],
        ["丁", date(2025, 3, 3), "宅基地", "已办结", "解释说明", None, date(2025, 3, 5), date(2025, 4, 1),
         date(2025, 4, 20)],
        ["戊", date(2025, 3, 3), "征地", "已答复", "予以支持", None, date(2025, 3, 4), date(2025, 4, 2), None],
        ["己", date(2025, 3, 3), "户籍", "已转送", None, "县公安局", date(2025, 3, 10), None, None],
        ["庚", date(2025, 3, 3), "物业", "不予受理", "属民事纠纷，已告知诉讼途径", None, date(2025, 3, 8), None, None],
    ]
    a, b, c, d, e, f, g = imported(store, ledger(tmp_path / "l.xlsx", rows))
    cal = calendar_for(store)
    assert a.matter.status == "registered" and a.matter.due_on == limits.ack_due(date(2025, 3, 3), cal)
    assert b.matter.status == "accepted" and b.matter.accepted_on == date(2025, 3, 5)
    assert b.matter.due_on == limits.handling_due(date(2025, 3, 5), 0, cal)  # the limit runs from 受理
    assert c.matter.status == "assigned" and c.matter.handling_unit == "镇社会事务办"
    assert d.matter.status == "closed" and d.matter.outcome == "解释说明" and d.matter.due_on is None
    assert (d.matter.replied_on, d.matter.closed_on) == (date(2025, 4, 1), date(2025, 4, 20))
    assert [ev.kind for ev in d.events][-3:] == ["accept", "reply", "close"]
    assert "台账导入" in d.events[-1].detail
    assert e.matter.status == "replied" and e.matter.replied_on == date(2025, 4, 2)
    assert f.matter.status == "transferred" and f.matter.handling_unit == "县公安局"
    assert g.matter.status == "rejected" and g.matter.closed_on == date(2025, 3, 8)
    assert [x.label for x in b.actions] == ["延期", "答复"]  # what the desk can do next follows from the state


def test_without_a_status_column_the_dates_say_how_far_it_went(store, tmp_path):
    headers = ["信访人", "登记日期", "反映问题", "处理结果", "受理日期", "办结日期"]
    rows = [["甲", date(2025, 5, 6), "道路", "予以支持", date(2025, 5, 7), date(2025, 6, 1)],
            ["乙", date(2025, 5, 6), "工资", None, date(2025, 5, 8), None]]
    a, b = imported(store, ledger(tmp_path / "l.xlsx", rows, headers))
    assert a.matter.status == "closed" and a.matter.replied_on == date(2025, 6, 1)
    assert b.matter.status == "accepted"


def test_rows_whose_dates_contradict_the_procedure_are_bad_rows(store, tmp_path):
    rows = [
        ["甲", date(2025, 3, 3), "道路", "已办结", "解释说明", None, date(2025, 4, 5), None, date(2025, 4, 1)],
        ["乙", date(2025, 3, 3), "工资", "办理中", None, None, date(2025, 3, 1), None, None],
        ["丙", date(2025, 3, 3), "低保", "已办结", None, None, date(2025, 3, 5), None, date(2025, 4, 1)],
        ["丁", date(2025, 3, 3), "宅基地", "复查中", None, None, date(2025, 3, 5), None, None],
        ["戊", date(2025, 3, 3), "征地", "已登记待受理", None, None, date(2025, 3, 5), None, None],
        ["己", date(2025, 3, 3), "户籍", "已交办", None, None, date(2025, 3, 5), None, None],
        ["庚", date(2025, 3, 3), "物业", "办理中", None, None, None, None, None],
        ["辛", date(2025, 3, 3), "林地", "已答复", "满意", None, date(2025, 3, 5), date(2025, 3, 20), None],
        ["壬", date(2025, 3, 3), "水利", "办理中", None, None, date(2026, 3, 5), None, None],
        ["癸", date(2025, 3, 3), "教育", "已完成", None, None, date(2025, 3, 5), None, None],
        ["子", date(2025, 3, 3), "交通", "已办结", "予以支持", None, date(2025, 3, 5), None, date(2025, 4, 1)],
    ]
    result = ledger_import.preview(store, ledger(tmp_path / "l.xlsx", rows), today=TODAY)
    bad = {r.row_number: r.errors[0] for r in result.bad}
    assert sorted(bad) == list(range(2, 12))
    assert bad[2] == "办结日期 2025-04-01 早于受理日期 2025-04-05"
    assert bad[3] == "受理日期 2025-03-01 早于登记日期 2025-03-03"
    assert "需要填写办理结果" in bad[4]
    assert "复查中" in bad[5] and "不能从台账导入" in bad[5]
    assert "却填写了受理" in bad[6]
    assert "承办单位" in bad[7]
    assert "需要填写受理日期" in bad[8]
    assert "满意" in bad[9]
    assert "晚于今天" in bad[10]
    assert "未知的办理状态“已完成”" in bad[11]
    assert [r.values["name"] for r in result.good] == ["子"]  # replied and closed the same day: allowed


def test_a_ledger_dated_only_by_acceptance_still_imports(store, tmp_path):
    headers = ["信访人", "受理日期", "反映问题"]
    (a,) = imported(store, ledger(tmp_path / "l.xlsx", [["甲", date(2025, 7, 1), "道路"]], headers))
    assert a.matter.received_on == date(2025, 7, 1) and a.matter.status == "registered"
