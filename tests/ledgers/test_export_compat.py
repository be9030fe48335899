"""The 台账 opens as written in other programs: every cell read back with openpyxl equals what the ledgers hold, and
LibreOffice (headless, as Debian's libreoffice-calc-nogui installs it) converts every sheet to csv showing the same
Chinese text, dates, numbers, and formula-looking text as text."""

import csv
import sqlite3
import subprocess
from datetime import date, datetime

from openpyxl import load_workbook

from gazetteer_desk.services.core.authz import purposes_for
from gazetteer_desk.services.core.scope import Scope
from gazetteer_desk.services.ledgers import annual_report, ledger_export
from gazetteer_desk.services.ledgers.figures import Context

from tests.ledgers.conftest import AS_OF

SCOPE = Scope.period("2025", as_of=AS_OF)
HOSTILE = '=HYPERLINK("http://x","点我")'


def _export(known, tmp_path):
    store, info = known
    with sqlite3.connect(store.path) as connection:  # text typed before today's checks
        connection.execute("UPDATE matter SET request = ?, subject = '+1-2' WHERE number = ?",
                           (HOSTILE, info["numbers"]["A"]))
        connection.execute("UPDATE petitioner SET name = '李\x07二' WHERE name = '李二'")
    path = tmp_path / "台账.xlsx"
    report = annual_report.build_annual_report(store, 2025, as_of=AS_OF)
    result = ledger_export.export_ledgers(store, SCOPE, path, annual=report)
    return store, path, result


def _expected(value):
    if isinstance(value, str):
        return value.replace("\x07", "\\u0007")
    if isinstance(value, date) and not isinstance(value, datetime):
        return datetime.combine(value, datetime.min.time())
    return value


def test_every_ledger_cell_reads_back_as_the_store_holds_it(known, tmp_path):
    store, path, result = _export(known, tmp_path)
    wb = load_workbook(path)
    with store.engine.connect() as connection:
        ctx = Context(store, SCOPE, connection, purposes_for(None))
        for name, columns, source in ledger_export.LEDGERS:
            ws = wb[name]
            expected = [[_expected(v) for v in row] for row in source(ctx, True)]
            written = [list(row) for row in ws.iter_rows(min_row=2, max_col=len(columns), values_only=True)]
            assert [c.value for c in ws[1]] == [h for h, _ in columns]
            assert len(written) == len(expected) == result.rows[name] and expected
            for got, want in zip(written, expected, strict=True):
                assert got == [None if v in ("", None) else v for v in want], name
            for row in ws.iter_rows(min_row=2):
                for cell in row:
                    assert cell.data_type != "f"
                    if isinstance(cell.value, str):  # text stays text when edited, whatever it starts with
                        assert cell.quotePrefix
    matter = wb[ledger_export.MATTER_SHEET]
    assert matter.cell(2, 3).number_format == "yyyy-mm-dd"
    assert wb[ledger_export.VISIT_SHEET].cell(2, 2).number_format == "yyyy-mm-dd hh:mm"
    assert matter.freeze_panes == "A2" and matter.print_title_rows == "$1:$1"
    assert matter.page_setup.orientation == "landscape" and matter.page_setup.paperSize == 8


def test_libreoffice_converts_every_sheet_with_text_dates_and_numbers_as_written(known, tmp_path):
    store, path, result = _export(known, tmp_path)
    out = tmp_path / "csv"
    # all sheets (-1), UTF-8 (76), comma-separated, cells as shown
    spec = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"
    done = subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless", "--convert-to", spec,
         "--outdir", str(out), str(path)], capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr

    def sheet(name):
        with open(out / f"台账-{name}.csv", encoding="utf-8", newline="") as f:
            return list(csv.reader(f))

    matters = sheet(ledger_export.MATTER_SHEET)
    assert matters[0] == [h for h, _ in ledger_export.MATTER_COLUMNS]
    assert len(matters) - 1 == result.rows[ledger_export.MATTER_SHEET]
    col = {h: i for i, h in enumerate(matters[0])}
    first = matters[1]
    assert first[col["序号"]] == "1" and first[col["登记日期"]] == "2025-03-03" and first[col["来访人数"]] == "1"
    assert first[col["信访人"]] == "王一" and first[col["问题属地"]] == "青龙村"
    assert first[col["反映问题"]] == HOSTILE and first[col["被反映对象"]] == "+1-2"  # not evaluated
    assert "李\\u0007二" in {r[col["信访人"]] for r in matters}
    assert [r[col["初重件"]] for r in matters[1:]].count("重件") == 2
    visits = sheet(ledger_export.VISIT_SHEET)
    assert all(len(r[1]) == 16 and r[1].startswith("2025-") for r in visits[1:])  # yyyy-mm-dd hh:mm
    assert sum(int(r[7]) for r in visits[1:]) == 16
    summary = sheet(ledger_export.SUMMARY_SHEET)
    assert summary[0][0].startswith("信访工作统计汇总")
    timely = next(r for r in summary if r[1] == "及时受理率")
    assert timely[2:5] == ["62.5%", "5", "8"]
    assert next(r for r in summary if r[1] == "信访事项（件）")[2] == "8"
    assert "四、转送、交办、督办情况" in {r[0] for r in sheet(ledger_export.ANNUAL_SHEET)}
    assert sheet(ledger_export.MEDIATION_SHEET)[1][1] == "调2025-001"
