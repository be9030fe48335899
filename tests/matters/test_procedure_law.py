"""The procedure as the 信访工作条例 writes it, through the service and the command line; papers read back as text."""

from datetime import UTC, date, datetime, time, timedelta

import pytest

from gazetteer_desk.cli.main import main
from gazetteer_desk.documents.kinds import DocumentKind
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.matters import matters, receipts, review_bodies
from gazetteer_desk.services.matters.registration import RegistrationInput, register

from tests.documents.conftest import pdf_text

TODAY = date.today()
OPINION = dict(opinion="已责成村委会于月底前补发工资", basis="《保障农民工工资支付条例》第三条", facts="经核实拖欠属实")


def registered(store, days_ago=20, **kw):
    at = datetime.combine(TODAY - timedelta(days=days_ago), time(10), UTC)
    data = dict(name="王伟", request="拖欠工资", facts="工地拖欠三个月", reasons="家中困难")
    return register(store, RegistrationInput(received_at=at, **{**data, **kw})).number


def cli(home, *args):
    return main(["--home", str(home), *args])


def paper(store, number, kind, tmp_path, name="p.pdf"):
    out = tmp_path / name
    receipts.save_pdf(store, number, kind, out)
    return pdf_text(out.read_bytes())


# --- 诉访分离 (Art. 31) ---------------------------------------------------------------------------------------------

def test_a_litigation_matter_cannot_be_accepted_into_the_petition_procedure(store, home, capsys):
    number = registered(store, route="litigation")
    assert cli(home, "act", number, "accept") == 2
    assert "诉访分离" in capsys.readouterr().err
    with pytest.raises(DeskError, match="第三十一条"):
        matters.take_action(store, number, "assign", unit="镇司法所")
    detail = matters.get_matter(store, number)
    assert detail.matter.status == "registered" and detail.matter.accepted_on is None
    assert {a.key for a in detail.actions} == {"reject", "transfer"}


@pytest.mark.parametrize(("route", "article", "remedy"), [
    ("litigation", "第三十一条第一项", "向人民法院提起诉讼"),
    ("arbitration", "第三十一条第二项", "申请仲裁"),
    ("administrative", "第三十一条第四项", "申请行政复议"),
    ("party_appeal", "第三十一条第三项", "提出申诉"),
])
def test_the_refusal_names_the_channel_its_article_and_its_remedy(store, home, tmp_path, route, article, remedy):
    number = registered(store, route=route)
    assert cli(home, "act", number, "reject") == 0  # the channel is the reason
    out = tmp_path / "不予受理.pdf"
    assert cli(home, "receipt", number, "--kind", "reject", "--out", str(out)) == 0
    text = pdf_text(out.read_bytes())
    assert article in text and remedy in text and "第二十三条" not in text
    assert matters.get_matter(store, number).deadlines[0].met_on == TODAY


def test_a_petition_matter_refused_keeps_the_general_remedy(store, tmp_path):
    number = registered(store)
    matters.take_action(store, number, "reject", reason="信访人撤回")
    text = paper(store, number, DocumentKind.REJECT, tmp_path)
    assert "信访人撤回" in text and "第二十三条" in text


# --- steps and dates -------------------------------------------------------------------------------------------------

def test_a_step_cannot_be_dated_before_the_step_it_follows(store, home, capsys):
    number = registered(store)
    accepted = TODAY - timedelta(days=10)
    matters.take_action(store, number, "accept", on=accepted)
    early = accepted - timedelta(days=2)
    assert cli(home, "act", number, "reply", "--on", early.isoformat(), "--outcome", "support",
               "--opinion", "x", "--basis", "y") == 2
    err = capsys.readouterr().err
    assert early.isoformat() in err and accepted.isoformat() in err and "受理" in err
    matters.take_action(store, number, "reply", on=accepted + timedelta(days=2), outcome="予以支持", **OPINION)
    with pytest.raises(DeskError, match="不能早于答复日期"):
        matters.take_action(store, number, "request_review", on=accepted + timedelta(days=1))
    with pytest.raises(DeskError, match="不能早于登记日期"):
        matters.take_action(store, registered(store, days_ago=3), "accept", on=TODAY - timedelta(days=5))


def test_a_timely_transfer_ends_the_notice_clock(store, home, capsys):
    number = registered(store, days_ago=40)
    sent = TODAY - timedelta(days=30)
    assert cli(home, "act", number, "transfer", "--unit", "县人力社保局", "--on", sent.isoformat()) == 0
    detail = matters.get_matter(store, number)
    notice = detail.deadlines[0]
    assert notice.met_on == sent and not notice.is_overdue(TODAY) and not notice.was_late()
    assert detail.matter.due_on is None and detail.matter.routed_on == sent
    matters.take_action(store, number, "close")
    capsys.readouterr()
    assert cli(home, "show", number) == 0
    out = capsys.readouterr().out
    assert f"已于 {sent.isoformat()} 完成" in out and "已超期" not in out and "县人力社保局" in out


def test_hearing_days_move_the_recheck_limit(store, home):
    number = registered(store, days_ago=40)
    start = TODAY - timedelta(days=35)
    matters.take_action(store, number, "accept", on=start)
    matters.take_action(store, number, "reply", on=start + timedelta(days=5), outcome="不予支持", **OPINION)
    matters.take_action(store, number, "request_review", on=start + timedelta(days=6))
    matters.take_action(store, number, "decide_review", on=start + timedelta(days=7), outcome="不予支持", **OPINION)
    matters.take_action(store, number, "request_recheck", on=start + timedelta(days=8))
    before = matters.get_matter(store, number).deadlines[-1].due
    assert cli(home, "act", number, "record_hearing", "--days", "7") == 0
    last = matters.get_matter(store, number).deadlines[-1]
    assert last.label == "复核意见期限（听证7日不计入）" and last.due >= before + timedelta(days=7)


# --- 处理意见书, 复查意见书, 复核意见书 (Art. 32, 35, 36) ------------------------------------------------------------

def test_an_empty_opinion_is_refused(store, home, capsys):
    number = registered(store)
    matters.take_action(store, number, "accept", on=TODAY - timedelta(days=5))
    assert cli(home, "act", number, "reply", "--outcome", "support") == 2
    assert "处理意见" in capsys.readouterr().err
    with pytest.raises(DeskError, match="法律、法规、政策依据"):
        matters.take_action(store, number, "reply", outcome="予以支持", opinion="支持")
    assert matters.get_matter(store, number).matter.status == "accepted"


def test_the_opinion_paper_prints_what_the_clerk_entered(store, home, tmp_path):
    number = registered(store)
    matters.take_action(store, number, "accept", on=TODAY - timedelta(days=5))
    assert cli(home, "act", number, "reply", "--outcome", "explain", "--opinion", OPINION["opinion"],
               "--basis", OPINION["basis"], "--facts", OPINION["facts"]) == 0
    out = tmp_path / "意见书.pdf"
    assert cli(home, "receipt", number, "--kind", "opinion", "--out", str(out)) == 0
    text = pdf_text(out.read_bytes())
    for entered in OPINION.values():
        assert entered in text
    assert "■②解释说明" in text and "向云阳县人民政府请求复查" in text and "县信访办" not in text


def test_review_and_recheck_papers_name_the_configured_bodies_and_old_papers_stay(store, home, tmp_path, capsys):
    assert cli(home, "review-bodies", "--review", "云阳县人民政府", "--recheck", "重庆市人民政府") == 0
    assert review_bodies.review_bodies(store).recheck == "重庆市人民政府"
    number = registered(store, days_ago=30)
    start = TODAY - timedelta(days=25)
    matters.take_action(store, number, "accept", on=start)
    matters.take_action(store, number, "reply", on=start + timedelta(days=2), outcome="予以支持", **OPINION)
    first = paper(store, number, DocumentKind.OPINION, tmp_path, "1.pdf")
    matters.take_action(store, number, "request_review", on=start + timedelta(days=3))
    matters.take_action(store, number, "decide_review", on=start + timedelta(days=4), outcome="不予支持",
                        opinion="原意见认定有误，予以撤销", basis="《信访工作条例》第三十五条")
    review = paper(store, number, DocumentKind.REVIEW_OPINION, tmp_path, "2.pdf")
    assert "信访事项复查意见书" in review and "云阳县人民政府经复查" in review
    assert "原意见认定有误" in review and "■③不予支持" in review and "向重庆市人民政府请求复核" in review
    # the 处理意见书 reprinted after the 复查 says what it said: its own outcome, still offering 复查
    assert paper(store, number, DocumentKind.OPINION, tmp_path, "3.pdf") == first
    assert "■①予以支持" in first
    matters.take_action(store, number, "request_recheck", on=start + timedelta(days=5))
    matters.take_action(store, number, "terminate", on=start + timedelta(days=6), outcome="不予支持",
                        opinion="维持复查意见", basis="《信访工作条例》第三十六条")
    recheck = paper(store, number, DocumentKind.RECHECK_OPINION, tmp_path, "4.pdf")
    assert "信访事项复核意见书" in recheck and "重庆市人民政府经复核" in recheck and "不再受理" in recheck


# --- a paper is a record ------------------------------------------------------------------------------------------

def test_a_reprinted_notice_is_identical_and_the_extension_states_both_limits(store, home, tmp_path):
    number = registered(store, days_ago=10)
    accepted = TODAY - timedelta(days=8)
    matters.take_action(store, number, "accept", on=accepted)
    before = tmp_path / "受理1.pdf"
    assert cli(home, "receipt", number, "--kind", "accept", "--out", str(before)) == 0
    detail = matters.take_action(store, number, "extend", days=20, approver="刘芳", reason="需实地勘察")
    after = tmp_path / "受理2.pdf"
    assert cli(home, "receipt", number, "--kind", "accept", "--out", str(after)) == 0
    assert pdf_text(after.read_bytes()) == pdf_text(before.read_bytes())
    original = next(d for d in matters.get_matter(store, number).deadlines if d.label.startswith("办理期限"))
    extension = paper(store, number, DocumentKind.EXTEND, tmp_path)
    new_due = detail.matter.due_on
    assert original.due == new_due
    from gazetteer_desk.domain import limits
    from gazetteer_desk.services.core.calendar import calendar_for

    first_due = limits.handling_due(accepted, 0, calendar_for(store))
    assert f"原定办结期限为{first_due.year}年{first_due.month}月{first_due.day}日" in extension
    assert f"延长后的办结期限为{new_due.year}年{new_due.month}月{new_due.day}日" in extension
    assert first_due < new_due


# --- group visits (Art. 20) ------------------------------------------------------------------------------------------

def test_a_large_group_without_representatives_is_refused(store, home, capsys):
    assert cli(home, "register", "--name", "王伟", "--content", "征地补偿", "--people", "30") == 2
    assert "第二十条" in capsys.readouterr().err
    with pytest.raises(DeskError, match="推选代表"):
        register(store, RegistrationInput(name="王伟", request="征地补偿", people_count=6))
    assert cli(home, "register", "--name", "王伟", "--content", "征地补偿", "--people", "30",
               "--representative", "王伟", "--representative", "李强") == 0
    register(store, RegistrationInput(name="王伟", request="征地补偿", people_count=30, channel="书信"))


# --- matters received from elsewhere (Art. 22, 23 ¶3) ---------------------------------------------------------------

def test_a_matter_sent_to_us_runs_from_the_day_received_and_can_be_objected_to(store, home, capsys):
    from gazetteer_desk.domain import limits
    from gazetteer_desk.services.core.calendar import calendar_for

    received = TODAY - timedelta(days=3)
    assert cli(home, "register", "--name", "王伟", "--content", "村道占用", "--source", "上级交办",
               "--source-unit", "云阳县信访办", "--received-on", received.isoformat()) == 0
    number = capsys.readouterr().out.strip()
    detail = matters.get_matter(store, number)
    cal = calendar_for(store)
    assert (detail.matter.source, detail.matter.source_unit, detail.matter.received_on) == (
        "上级交办", "云阳县信访办", received)
    assert detail.deadlines[0].due == limits.ack_due(received, cal)
    assert detail.objection_due == limits.objection_due(received, cal)
    assert cli(home, "show", number) == 0
    assert f"应于 {detail.objection_due.isoformat()} 前提出异议" in capsys.readouterr().out
    on = min(TODAY, detail.objection_due)
    assert cli(home, "act", number, "object", "--reason", "属县交通局职责", "--on", on.isoformat()) == 0
    detail = matters.get_matter(store, number)
    assert detail.status_label == "已提出异议退回" and detail.deadlines[0].met_on == on
    assert "异议：属县交通局职责" in detail.events[-1].detail


def test_an_objection_after_five_working_days_is_refused_and_own_matters_have_none(store):
    from datetime import UTC, datetime, time

    late = register(store, RegistrationInput(name="王伟", request="村道", source="转来", source_unit="县交通局",
                                             received_at=datetime.combine(TODAY - timedelta(days=20), time(9), UTC)))
    with pytest.raises(DeskError, match="5个工作日"):
        matters.take_action(store, late.number, "object", reason="不属本镇")
    with pytest.raises(DeskError, match="交办或转送单位"):
        register(store, RegistrationInput(name="王伟", request="村道", source="转来"))
    own = registered(store)
    assert "object" not in {a.key for a in matters.get_matter(store, own).actions}
    assert matters.get_matter(store, own).objection_due is None


# --- 终结 and repeats (Art. 36, 19) ----------------------------------------------------------------------------------

def _decided_on_recheck(store, **person):
    number = registered(store, days_ago=40, category="劳动社保", **person)
    start = TODAY - timedelta(days=35)
    matters.take_action(store, number, "accept", on=start)
    matters.take_action(store, number, "reply", on=start + timedelta(days=2), outcome="不予支持", **OPINION)
    matters.take_action(store, number, "request_review", on=start + timedelta(days=3))
    matters.take_action(store, number, "decide_review", on=start + timedelta(days=4), outcome="不予支持", **OPINION)
    matters.take_action(store, number, "request_recheck", on=start + timedelta(days=5))
    matters.take_action(store, number, "terminate", on=start + timedelta(days=6), outcome="不予支持", **OPINION)
    return number


@pytest.mark.parametrize("person", [{"id_number": "11010519491231002X"}, {"phone": "13812345678"}], ids=["id", "phone"])
def test_a_repeat_after_recheck_starts_no_clock_and_gets_the_no_longer_notice(store, home, tmp_path, capsys, person):
    earlier = _decided_on_recheck(store, **person)
    again = register(store, RegistrationInput(name="王伟", request="还是拖欠工资", category="劳动社保", **person))
    detail = matters.get_matter(store, again.number)
    assert again.repeat_of == earlier and detail.matter.repeat_hold
    assert detail.deadlines == [] and detail.matter.due_on is None
    assert earlier in detail.earlier and "不再受理" in detail.earlier
    assert cli(home, "act", again.number, "accept") == 2
    assert cli(home, "show", again.number) == 0
    assert f"此前事项：{earlier}" in capsys.readouterr().out
    assert cli(home, "act", again.number, "reject") == 0
    out = tmp_path / "不再受理.pdf"
    assert cli(home, "receipt", again.number, "--kind", "no-longer", "--out", str(out)) == 0
    text = pdf_text(out.read_bytes())
    assert "不再受理告知书" in text and earlier in text and "第三十六条" in text


def test_the_clerk_may_find_a_repeat_to_be_a_new_matter_with_a_reason(store, home):
    _decided_on_recheck(store, phone="13812345678")
    again = register(store, RegistrationInput(name="王伟", request="新的欠薪", category="劳动社保", phone="13812345678"))
    assert cli(home, "act", again.number, "declare_new") == 2  # a reason is required
    assert cli(home, "act", again.number, "declare_new", "--reason", "2026年新发生的欠薪") == 0
    detail = matters.get_matter(store, again.number)
    assert not detail.matter.repeat_hold and detail.deadlines and detail.matter.due_on is not None
    assert "认定为新的信访事项，理由：2026年新发生的欠薪" in detail.events[-1].detail
    matters.take_action(store, again.number, "accept")
