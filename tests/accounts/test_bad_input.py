"""Bad input where it enters: text that forges output or hides itself, numbers beyond any township."""

from datetime import date

import pytest

from gazetteer_desk.cli.main import main
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.matters.registration import RegistrationInput, register


@pytest.mark.parametrize("field, value, reason", [
    ("name", "王\x1b[31m伟", "姓名含有控制字符"),
    ("name", "王伟\n500235101-2026-09999  假事项", "姓名不能含有换行"),
    ("name", "\u202e伟王", "姓名含有改变文字方向的控制字符"),
    ("name", "\u200b\u200b\u3000", "姓名只有不可见的字符"),
    ("request", "道路\x00损坏", "诉求含有控制字符"),
    ("people_count", 9223372036854775807, "来访人数应在 1 至 100000 之间"),
    ("people_count", 0, "来访人数应在"),
])
def test_registration_refuses_with_the_field_named(store, field, value, reason):
    data = {"name": "王伟", "request": "村道损坏\n请求修复\t（附照片）", "village": "青龙村", "category": "城乡建设",
            field: value}
    with pytest.raises(DeskError, match=reason.replace("(", r"\(")):
        register(store, RegistrationInput(**data))


def test_long_text_keeps_its_line_breaks(store):
    assert register(store, RegistrationInput(name="王伟", request="第一点\n第二点\t附件", village="青龙村",
                                             category="城乡建设")).number


def test_command_line_refuses_out_of_range_numbers_with_exit_2(store, home, capsys):
    store.close()
    code = main(["--home", str(home), "register", "--name", "王伟", "--content", "村道损坏",
                 "--people", "9223372036854775807"])
    assert code == 2 and "应在 1 至 100000 之间" in capsys.readouterr().err


def test_terminal_output_is_escaped(store, home, capsys):
    import sqlite3

    number = register(store, RegistrationInput(name="王伟", request="村道损坏", village="青龙村",
                                               category="城乡建设")).number
    with sqlite3.connect(store.path) as connection:  # text stored before the checks, or by hand
        connection.execute("UPDATE petitioner SET name = '王\x1b[2J\u202e伟'")
    store.close()
    assert main(["--home", str(home), "search", number]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out and "王\\u001b[2J\\u202e伟" in out


# --- mediation, leaders' work and accounts: the same checks at their own service boundaries -------------------------

def _mediation(**change):
    from gazetteer_desk.services.mediation.mediation import MediationInput, Party

    data = dict(parties=[Party("王大山", role="申请人"), Party("李四", role="被申请人")], mediators=["张华"],
                applied_on=date(2026, 3, 2), facts="围墙越界", issues="围墙位置")
    data.update(change)
    return MediationInput(**data)


@pytest.mark.parametrize("change, reason", [
    (dict(facts="围墙\x1b[31m越界"), "纠纷事实含有控制字符"),
    (dict(mediators=["\u202e华张"]), "调解员1含有改变文字方向的控制字符"),
    (dict(mediators=["\u200b\u2060"]), "调解员1只有不可见的字符"),
    (dict(parties=[("王大山", "申请人"), ("李\n四", "被申请人")]), "当事人姓名（名称）不能含有换行"),
    (dict(parties=[("\u3164\u200b", "申请人"), ("李四", "被申请人")]), "当事人姓名（名称）只有不可见的字符"),
])
def test_mediation_refuses_text_that_forges_or_hides(store, change, reason):
    from gazetteer_desk.services.mediation import mediation as med
    from gazetteer_desk.services.mediation.mediation import Party

    if "parties" in change:
        change["parties"] = [Party(name, role=role) for name, role in change["parties"]]
    with pytest.raises(DeskError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        med.open_case(store, _mediation(**change))
    assert med.list_cases(store) == []


def test_mediation_steps_refuse_control_characters_and_keep_line_breaks(store):
    from gazetteer_desk.services.mediation import mediation as med
    from gazetteer_desk.services.mediation.mediation import AgreementInput

    number = med.open_case(store, _mediation())
    med.add_session(store, number, date(2026, 3, 3), "第一次调解\n双方陈述\t意见")  # long fields keep line breaks
    with pytest.raises(DeskError, match="调解记录含有控制字符"):
        med.add_session(store, number, date(2026, 3, 4), "记录\x07")
    with pytest.raises(DeskError, match="协议内容含有改变文字方向的控制字符"):
        med.record_agreement(store, number, AgreementInput(
            terms="李四\u202e拆除", performance_manner="当场", performance_due=date(2026, 3, 31),
            agreed_on=date(2026, 3, 5), responsibilities="李四负责"))
    assert len(med.get_case(store, number).sessions) == 1 and med.get_case(store, number).case.status == "in_progress"


def test_leaders_work_refuses_forging_text(store):
    from gazetteer_desk.services.leaders import case_assignments, field_visits, reception_days
    from tests.leaders.helpers import counts, register_simple

    number = register_simple(store).number
    before = counts(store)
    with pytest.raises(DeskError, match="接访地点含有控制字符"):
        reception_days.schedule(store, reception_days.ReceptionDayInput(
            leader="陈国强", day=date(2026, 3, 10), place="镇信访接待室\x1b[2J"))
    with pytest.raises(DeskError, match="联络员只有不可见的字符"):
        reception_days.schedule(store, reception_days.ReceptionDayInput(
            leader="陈国强", day=date(2026, 3, 10), place="镇信访接待室", liaison="\u200b"))
    with pytest.raises(DeskError, match="发现的问题含有改变文字方向的控制字符"):
        field_visits.log_field_visit(store, field_visits.FieldVisitInput(
            leader="陈国强", day=date(2026, 3, 11), village="青龙村", problems="道路\u202e损坏"))
    with pytest.raises(DeskError, match="参与单位不能含有换行"):
        case_assignments.assign(store, case_assignments.AssignmentInput(
            matter_number=number, leader="刘芳", start_on=date(2026, 3, 10), end_on=date(2026, 4, 10),
            units="镇国土所\n500235101-2026-00001 已办结"))
    day = reception_days.schedule(store, reception_days.ReceptionDayInput(
        leader="陈国强", day=date(2026, 3, 10), place="镇信访接待室"))
    middle = counts(store)
    with pytest.raises(DeskError, match="内容含有控制字符"):
        reception_days.record_instruction(store, day.id, number, "请国土所\x1b[8m核实")
    assert counts(store) == middle and middle["ReceptionDay"] == before["ReceptionDay"] + 1
    assert {k: v for k, v in counts(store).items() if k != "ReceptionDay"} == \
        {k: v for k, v in before.items() if k != "ReceptionDay"}


def test_accounts_refuse_forging_names_and_a_forged_log_in_name_is_audited_escaped(store, admin_user):
    from gazetteer_desk.services.accounts import accounts
    from gazetteer_desk.services.core import audit

    for name, reason in (("zhang\u202ehua", "用户名含有改变文字方向的控制字符"), ("\u200b\u2060", "用户名只有不可见的字符"),
                         ("zhang\x1b[31m", "用户名含有控制字符")):
        with pytest.raises(DeskError, match=reason):
            accounts.create_account(store, admin_user, name, "clerk", "temporary-12345")
    assert [a.username for a in accounts.list_accounts(store)] == ["admin"]
    with pytest.raises(DeskError, match="用户名或密码不正确"):
        accounts.login(store, "admin\x1b[2K\rroot", "whatever-123")
    [entry] = audit.entries(store, action="login_failed")
    assert entry.actor == "admin\\u001b[2K\\u000droot" and "\x1b" not in entry.actor


def test_command_line_refuses_forging_text_with_exit_2(store, home, capsys):
    store.close()
    code = main(["--home", str(home), "mediation", "open", "--party", "申请人:王大山", "--party", "被申请人:李四",
                 "--mediator", "张华", "--facts", "围墙\x1b[31m越界", "--issues", "围墙位置"])
    assert code == 2 and "纠纷事实含有控制字符" in capsys.readouterr().err
    code = main(["--home", str(home), "reception-day", "add", "--leader", "陈国强", "--date", "2026-03-10",
                 "--place", "接待室\u202e"])
    assert code == 2 and "接访地点含有改变文字方向的控制字符" in capsys.readouterr().err
    code = main(["--home", str(home), "field-visit", "add", "--leader", "陈国强", "--date", "2026-03-11",
                 "--village", "青龙村", "--problems", "道路\x00损坏"])
    assert code == 2 and "发现的问题含有控制字符" in capsys.readouterr().err
    import io
    import sys

    sys.stdin = io.StringIO("first-admin-2026\n")
    try:
        code = main(["--home", str(home), "account", "add", "ad\u202emin", "--password-stdin"])
    finally:
        sys.stdin = sys.__stdin__
    assert code == 2 and "用户名含有改变文字方向的控制字符" in capsys.readouterr().err


def test_set_up_and_the_directory_refuse_forging_names(tmp_path, store, admin_user):
    from gazetteer_desk.services.setup import directory, setup

    with pytest.raises(DeskError, match="第2个村（社区）名称含有改变文字方向的控制字符"):
        setup.init_township(tmp_path / "other", setup.TownshipSetup(
            township_code="500235102", township_name="龙角镇", villages=("青龙村", "白鹤\u202e村")))
    assert not (tmp_path / "other" / "desk.sqlite").exists()
    with pytest.raises(DeskError, match="接待人姓名含有控制字符"):
        directory.add(store, admin_user, "staff", "王\x1b[31m五")
    with pytest.raises(DeskError, match="领导姓名只有不可见的字符"):
        directory.add(store, admin_user, "leader", "\u3164", post="副镇长")
    assert "王\x1b[31m五" not in [e.name for e in directory.entries(store, "staff")]
