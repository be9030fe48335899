from datetime import UTC, date, datetime

from openpyxl import load_workbook

from gazetteer_desk.services.ledgers import annual_report, ledger_export
from gazetteer_desk.services.core.scope import Scope

from tests.ledgers.conftest import AS_OF


def export(store, tmp_path, **kw):
    path = tmp_path / "台账.xlsx"
    report = annual_report.build_annual_report(store, 2025, as_of=AS_OF)
    result = ledger_export.export_ledgers(store, Scope.period("2025", as_of=AS_OF), path, annual=report, **kw)
    return result, load_workbook(path)


def test_workbook_sheets_headers_and_types(known, tmp_path):
    store, info = known
    result, wb = export(store, tmp_path)
    assert wb.sheetnames == ["汇总", *ledger_export.LEDGER_SHEETS, "年度报告"]
    assert result.rows["信访事项台账"] == 8 and result.rows["来访登记台账"] == 9
    ws = wb["信访事项台账"]
    headers = [c.value for c in ws[1]]
    assert headers == [h for h, _ in ledger_export.MATTER_COLUMNS]
    assert ws.freeze_panes == "A2"
    assert 40 <= ws.column_dimensions["O"].width < 41  # 40 characters, as Excel stores it (with its padding)
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 8
    col = {h: i for i, h in enumerate(headers)}
    first = rows[0]
    assert isinstance(first[col["登记日期"]], datetime) and first[col["登记日期"]].date() == date(2025, 3, 3)
    assert ws.cell(2, col["来访人数"] + 1).data_type == "n" and first[col["序号"]] == 1  # number cells
    assert ws.cell(2, col["登记日期"] + 1).number_format == "yyyy-mm-dd"
    # masked by default: area code and last four only
    ids = [r[col["证件号码"]] for r in rows if r[col["证件号码"]]]
    assert ids and all("********" in x for x in ids)
    assert sum(r[col["来访人数"]] for r in rows) == 1 + 1 + 1 + 6 + 1 + 1 + 1 + 2
    assert [r[col["初重件"]] for r in rows].count("重件") == 2
    visits = list(wb["来访登记台账"].iter_rows(min_row=2, values_only=True))
    assert sum(r[7] for r in visits) == 16 and all(isinstance(r[1], datetime) for r in visits)
    reception = list(wb["领导接访台账"].iter_rows(min_row=2, values_only=True))
    assert len(reception) == 1 and reception[0][2] == "陈国强" and reception[0][11] == 2
    assert info["numbers"]["H"] in reception[0][12]
    assert len(list(wb["下访台账"].iter_rows(min_row=2))) == 1
    mediation = list(wb["矛盾纠纷调解台账"].iter_rows(min_row=2, values_only=True))
    assert [r[8] for r in mediation] == ["调解成功", "调解不成", "进行中"]


def test_summary_sheet_totals(known, tmp_path):
    store, _ = known
    _, wb = export(store, tmp_path)
    ws = wb["汇总"]
    assert ws.freeze_panes == "A3" and ws["A1"].value.startswith("信访工作统计汇总")
    values = {r[1]: r for r in ws.iter_rows(min_row=3, values_only=True)}
    assert values["信访事项（件）"][2] == 8
    assert sum(v[2] for k, v in values.items() if k.startswith("按月登记件数：")) == 8
    timely = values["及时受理率"]
    assert (timely[3], timely[4]) == (5, 8) and abs(timely[2] - 0.625) < 1e-9
    assert ws.cell(row=[r[1] for r in ws.iter_rows(values_only=True)].index("及时受理率") + 1,
                   column=3).number_format == "0.0%"
    annual = [r[0] for r in wb["年度报告"].iter_rows(values_only=True)]
    assert "四、转送、交办、督办情况" in annual and "被采纳" in annual


def test_unmasked_and_atomic(known, tmp_path):
    store, _ = known
    _, wb = export(store, tmp_path, mask=False)
    ids = [r[4] for r in wb["信访事项台账"].iter_rows(min_row=2, values_only=True) if r[4]]
    assert all("*" not in x and len(x) == 18 for x in ids)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "台账.xlsx"]  # no temporary file left


def test_annual_pdf(known, tmp_path):
    from pypdf import PdfReader

    store, _ = known
    report = annual_report.build_annual_report(store, 2025, as_of=AS_OF)
    assert report.transfers == 1 and report.assignments == 1 and dict(report.proposals_adopted)["改进工作"] == 1
    assert report.complained_subjects == (("石门村村委会", 1),)
    path = annual_report.write_annual_pdf(report, tmp_path / "年报.pdf")
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert "双江镇2025年度信访工作情况报告" in text.replace(" ", "") or "年度信访工作情况报告" in text


def test_visit_times_are_local_wall_time_either_side_of_a_summer_time_change(store, tmp_path, monkeypatch):
    import time

    from gazetteer_desk.services.matters.registration import RegistrationInput, register

    monkeypatch.setenv("TZ", "Europe/London")  # a zone that changes its offset (the desk's own does not)
    time.tzset()
    try:
        moments = {  # UTC → the wall clock in London
            datetime(2025, 3, 30, 0, 30, 15, tzinfo=UTC): datetime(2025, 3, 30, 0, 30, 15),  # GMT
            datetime(2025, 3, 30, 1, 30, 15, 999999, tzinfo=UTC): datetime(2025, 3, 30, 2, 30, 15),  # BST
            datetime(2025, 10, 26, 0, 59, 59, tzinfo=UTC): datetime(2025, 10, 26, 1, 59, 59),  # BST, last second
            datetime(2025, 10, 26, 1, 0, 0, tzinfo=UTC): datetime(2025, 10, 26, 1, 0, 0),  # GMT again
        }
        for n, moment in enumerate(moments, start=1):
            register(store, RegistrationInput(name=f"王{n}", received_at=moment, receiver="李明", request="反映的问题"))
        path = tmp_path / "台账.xlsx"
        ledger_export.export_ledgers(store, Scope.period("2025", as_of=AS_OF), path)
        visits = list(load_workbook(path)["来访登记台账"].iter_rows(min_row=2, values_only=True))
        assert sorted(r[1] for r in visits) == sorted(moments.values())
    finally:
        monkeypatch.undo()
        time.tzset()
