import json

from openpyxl import load_workbook

from gazetteer_desk.cli.main import main

from tests.ledgers.test_import import write_xlsx


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_stats_text_json_and_workbook(known, home, tmp_path, capsys):
    code, out, _ = run(capsys, "--home", str(home), "stats", "--period", "2025", "--as-of", "2025-12-31")
    assert code == 0 and "信访事项：8件" in out and "及时受理率：62.5%（5/8）" in out and "【办理质效】" in out
    code, out, _ = run(capsys, "--home", str(home), "stats", "--period", "2025-03", "--village", "青龙村", "--json")
    data = json.loads(out)
    assert code == 0 and {f["key"]: f for f in data["figures"]}["matters"]["value"] == 2
    xlsx = tmp_path / "t.xlsx"
    pdf = tmp_path / "t.pdf"
    code, out, _ = run(capsys, "--home", str(home), "stats", "--period", "2025", "--as-of", "2025-12-31",
                       "--xlsx", str(xlsx), "--annual", "--pdf", str(pdf))
    assert code == 0 and "已写出台账" in out and "四、转送、交办、督办情况" in out
    assert "年度报告" in load_workbook(xlsx).sheetnames and pdf.read_bytes()[:4] == b"%PDF"


def test_stats_errors(known, home, tmp_path, capsys):
    code, _, err = run(capsys, "--home", str(home), "stats", "--period", "2025-13")
    assert code == 2 and "统计期间" in err
    code, _, err = run(capsys, "--home", str(home), "stats", "--period", "2025-Q1", "--annual")
    assert code == 2 and "整年" in err
    code, _, err = run(capsys, "--home", str(home), "stats", "--period", "2025", "--xlsx", str(tmp_path / "a.txt"))
    assert code == 2 and ".xlsx" in err
    code, _, err = run(capsys, "--home", str(tmp_path / "nowhere"), "stats", "--period", "2025")
    assert code != 0


def test_import_ledger_exit_codes(store, home, tmp_path, capsys):
    path = str(write_xlsx(tmp_path / "t.xlsx"))
    code, out, _ = run(capsys, "--home", str(home), "import-ledger", path)
    assert code == 1 and "第4行" in out and "尚未导入" in out
    code, _, err = run(capsys, "--home", str(home), "import-ledger", path, "--accept")
    assert code == 2 and "未导入任何数据" in err
    code, out, _ = run(capsys, "--home", str(home), "import-ledger", path, "--accept", "--skip-bad", "--json")
    data = json.loads(out)
    assert code == 0 and data["imported"] == 3 and [b["row"] for b in data["bad"]] == [4, 6, 7, 8]
    code, out, _ = run(capsys, "--home", str(home), "import-ledger", path, "--accept", "--skip-bad")
    assert code == 0 and "已导入过" in out and "没有新的事项需要导入" in out
    code, _, err = run(capsys, "--home", str(home), "import-ledger", str(tmp_path / "none.xlsx"))
    assert code == 2 and "找不到文件" in err
    code, _, err = run(capsys, "--home", str(home), "import-ledger", path, "--map", "坏格式")
    assert code == 2 and "列名=字段" in err


def test_stats_workbook_of_a_village_sums_what_the_command_shows(known, home, tmp_path, capsys):
    xlsx = tmp_path / "村.xlsx"  # the annual report beside it counts the whole township's year: not the sheet's
    code, out, _ = run(capsys, "--home", str(home), "stats", "--period", "2025", "--as-of", "2025-12-31",
                       "--village", "青龙村", "--xlsx", str(xlsx), "--annual")
    summary = {r[1]: r for r in load_workbook(xlsx)["汇总"].iter_rows(min_row=3, values_only=True)}
    assert code == 0 and summary["信访事项（件）"][2] == 3 and "年度报告" in load_workbook(xlsx).sheetnames
    code, out, _ = run(capsys, "--home", str(home), "stats", "--period", "2025", "--as-of", "2025-12-31",
                       "--village", "青龙村", "--xlsx", str(xlsx), "--json")
    shown = {f["key"]: f for f in json.loads(out)["figures"]}
    summary = {r[1]: r for r in load_workbook(xlsx)["汇总"].iter_rows(min_row=3, values_only=True)}
    assert code == 0 and shown["matters"]["value"] == summary["信访事项（件）"][2] == 3
    assert (summary["及时受理率"][3], summary["及时受理率"][4]) == (shown["timely_acceptance"]["numerator"],
                                                              shown["timely_acceptance"]["denominator"])
