import json
from datetime import date

from gazetteer_desk.cli.main import main

from tests.leaders.helpers import counts, register_simple


def _json(capsys):
    return json.loads(capsys.readouterr().out)


def test_cli_reception_day_assign_and_mediation(store, home, capsys, tmp_path):
    assert main(["--home", str(home), "reception-day", "add", "--leader", "陈国强", "--date", "2026-03-10",
                 "--place", "镇信访接待室", "--liaison", "李明", "--phone", "023-55123456", "--json"]) == 0
    day = _json(capsys)
    assert day["leader"] == "陈国强" and day["start"] == "09:00"
    number = register_simple(store, reception_day_id=day["id"]).number
    assert main(["--home", str(home), "reception-day", "show", day["id"], "--json"]) == 0
    assert [v["number"] for v in _json(capsys)["visits"]] == [number]
    out = tmp_path / "notice.pdf"
    assert main(["--home", str(home), "reception-day", "notice", "--month", "2026-03", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    capsys.readouterr()

    assert main(["--home", str(home), "assign", number, "--leader", "刘芳", "--start", "2026-03-10",
                 "--end", "2026-04-10", "--json"]) == 0
    assert _json(capsys)["lead"] == "刘芳"

    assert main(["--home", str(home), "mediation", "open", "--party", "申请人:王大山:11010519491231002X:13800001111",
                 "--party", "被申请人:李四", "--mediator", "张华", "--date", "2026-03-02", "--facts", "围墙越界",
                 "--issues", "围墙位置", "--json"]) == 0
    case = _json(capsys)["number"]
    assert main(["--home", str(home), "mediation", "agree", case, "--terms", "拆除越界围墙", "--manner", "当场拆除",
                 "--due", "2026-03-31", "--date", "2026-03-07"]) == 2  # Art. 29: the responsibilities are asked for
    assert "各方当事人的责任" in capsys.readouterr().err
    assert main(["--home", str(home), "mediation", "agree", case, "--terms", "拆除越界围墙", "--manner", "当场拆除",
                 "--due", "2026-03-31", "--date", "2026-03-07", "--responsibilities", "李四负主要责任"]) == 0
    assert main(["--home", str(home), "mediation", "follow-up", case, "--performance", "部分履行",
                 "--notes", "拆了一半", "--date", "2026-03-20"]) == 0
    agreement = tmp_path / "agreement.pdf"
    assert main(["--home", str(home), "mediation", "agreement", case, "--out", str(agreement)]) == 0
    assert agreement.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert main(["--home", str(home), "mediation", "show", case, "--json"]) == 0
    shown = _json(capsys)
    assert shown["performance"] == "部分履行" and shown["parties"][0]["id_number"] == "110105********002X"
    assert shown["judicial_confirmation_due"] == date(2026, 4, 7).isoformat()


def test_cli_refusals_save_nothing(store, home, capsys):
    before = counts(store)
    assert main(["--home", str(home), "reception-day", "add", "--leader", "王五", "--date", "2026-03-10",
                 "--place", "x"]) == 2
    assert "错误：未知的领导“王五”" in capsys.readouterr().err
    assert main(["--home", str(home), "mediation", "open", "--mediator", "张华"]) == 2
    assert "至少需要两方当事人" in capsys.readouterr().err
    assert counts(store) == before
