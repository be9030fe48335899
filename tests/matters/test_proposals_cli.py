"""``gazetteer-desk proposal``: exit codes and Chinese messages."""

import json
from datetime import date, timedelta

from gazetteer_desk.cli.main import main
from gazetteer_desk.services.matters import matters
from gazetteer_desk.services.matters.registration import RegistrationInput, register


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_proposal_command(store, home, capsys):
    number = register(store, RegistrationInput(name="王伟", request="拖欠工资", category="劳动社保")).number
    h = ("--home", str(home))
    code, out, _ = run(capsys, *h, "proposal", number, "--kind", "改进工作", "--adopted", "yes", "--detail", "建议加强巡查")
    assert code == 0 and f"已记录：{number} 提出改进工作建议（已采纳）：建议加强巡查" in out
    code, out, _ = run(capsys, *h, "proposal", number, "--kind", "追究责任", "--adopted", "no", "--json")
    assert code == 0 and json.loads(out)["adopted"] is False and json.loads(out)["history"] == "提出追究责任建议（未采纳）"
    events = [e for e in matters.get_matter(store, number).events if e.kind == "proposal"]
    assert [e.data for e in events] == [{"kind": "改进工作", "adopted": True}, {"kind": "追究责任", "adopted": False}]
    assert events[0].actor.startswith("cli:")  # no --as on a store without accounts: the login name

    code, _, err = run(capsys, *h, "proposal", number, "--kind", "表扬", "--adopted", "yes")
    assert code == 2 and "错误：三项建议的种类应为：改进工作、完善政策、追究责任" in err
    code, _, err = run(capsys, *h, "proposal", number, "--kind", "改进工作", "--adopted", "maybe")
    assert code == 2 and "--adopted 应为 yes 或 no" in err
    code, _, err = run(capsys, *h, "proposal", "500235101-2025-99999", "--kind", "改进工作", "--adopted", "no")
    assert code == 3 and "找不到信访事项" in err
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    code, _, err = run(capsys, *h, "proposal", number, "--kind", "改进工作", "--adopted", "no", "--on", tomorrow)
    assert code == 2 and "不能晚于今天" in err
    code, _, err = run(capsys, *h, "proposal", number, "--kind", "改进工作", "--adopted", "no", "--on", "2025-13-01")
    assert code == 2 and "日期格式" in err
    code, _, err = run(capsys, *h, "proposal", number, "--adopted", "no")  # argparse's own refusal, in Chinese
    assert code == 2 and "缺少必需的参数" in err
    assert len([e for e in matters.get_matter(store, number).events if e.kind == "proposal"]) == 2
