from datetime import date, timedelta

import pytest

from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.mediation import mediation as med
from gazetteer_desk.services.matters import matters
from gazetteer_desk.services.mediation.mediation import AgreementInput, MediationInput, Party

from tests.leaders.helpers import counts, register_simple

START = date(2026, 3, 2)
PARTIES = [
    Party("王大山", role="申请人", id_number="11010519491231002X", phone="13800001111", address="双江镇青龙村3组"),
    Party("李四", role="被申请人", phone="13900002222", address="双江镇青龙村4组"),
]


def _open(store, **kw):
    data = dict(parties=list(PARTIES), mediators=["张华"], applied_on=START, facts="两家宅基地相邻，围墙越界约0.5米",
                issues="围墙位置及赔偿")
    data.update(kw)
    return med.open_case(store, MediationInput(**data))


def _agree(store, number, on=START + timedelta(days=5)):
    med.record_agreement(store, number, AgreementInput(
        terms="一、李四于3月31日前拆除越界围墙；二、王大山不再追究其他损失", performance_manner="当场拆除，村委监督",
        performance_due=date(2026, 3, 31), agreed_on=on, responsibilities="李四负主要责任"))


def test_application_to_agreement_followup_and_warning(store):
    number = _open(store)
    assert number == "500235101-调-2026-0001"
    assert _open(store) == "500235101-调-2026-0002"
    med.add_session(store, number, START + timedelta(days=1), "背靠背调解，双方陈述")
    _agree(store, number)
    detail = med.get_case(store, number, today=START + timedelta(days=6))
    assert detail.status_label == "调解成功" and detail.case.performance == "未履行"
    assert detail.parties[0].birth == "1949年12月31日" and detail.parties[0].sex == "女"
    assert detail.judicial_due == date(2026, 4, 7)  # 30 days after 3-7 is 4-6, the 清明 holiday: moves to the next working day

    med.add_followup(store, number, on=date(2026, 4, 1), performance="部分履行", method="当面",
                     satisfaction="基本满意", notes="围墙拆除一半")
    detail = med.get_case(store, number, today=date(2026, 4, 1))
    assert detail.case.performance == "部分履行" and detail.followups[0].notes == "围墙拆除一半"

    warnings = med.mediation_warnings(store, date(2026, 4, 1))
    assert [(w.number, w.kind, w.days_left) for w in warnings] == [
        ("500235101-调-2026-0002", "target", 0), (number, "judicial_confirmation", 6)]
    late = [w for w in med.mediation_warnings(store, date(2026, 4, 10)) if w.number == number][0]
    assert late.overdue and "已超期3天" in late.message
    assert med.mediation_warnings(store, date(2026, 3, 8)) == []  # nothing close yet

    med.record_judicial_confirmation(store, number, on=date(2026, 4, 2), court="云阳县人民法院")
    assert [w for w in med.mediation_warnings(store, date(2026, 4, 10)) if w.number == number] == []


def test_failure_tells_the_routes_and_petition_history(store):
    matter = register_simple(store).number
    number = _open(store, source="petition", matter_number=matter)
    med.record_failure(store, number, routes=["诉讼", "仲裁"], on=START + timedelta(days=3), reason="被申请人拒绝调解")
    detail = med.get_case(store, number)
    assert detail.case.failure_route == "仲裁、诉讼" and detail.status_label == "调解不成"
    events = [e for e in matters.get_matter(store, matter).events if e.kind == "mediation"]
    assert "转人民调解" in events[0].detail
    assert "申请仲裁、向人民法院提起诉讼" in events[1].detail
    assert med.list_cases(store)[0].matter_number == matter


def test_agreement_shows_in_petition_history(store):
    matter = register_simple(store).number
    number = _open(store, source="petition", matter_number=matter)
    _agree(store, number)
    assert "调解成功" in matters.get_matter(store, matter).events[-1].detail


@pytest.mark.parametrize("change, message", [
    (dict(parties=[]), "至少需要两方当事人"),
    (dict(parties=[PARTIES[0]]), "至少需要两方当事人"),
    (dict(mediators=[" "]), "请填写调解员"),
    (dict(source="petition"), "请填写信访事项编号"),
    (dict(source="court", matter_number="500235101-2026-99999"), "找不到信访事项"),
    (dict(parties=[Party("甲", id_number="110105194912310021"), PARTIES[1]]), "当事人“甲”的身份证号码有误"),
    (dict(source="magic"), "未知的调解来源"),
])
def test_bad_mediation_saves_nothing(store, change, message):
    before = counts(store)
    with pytest.raises(DeskError, match=message):
        _open(store, **change)
    assert counts(store) == before


def test_bad_outcomes_save_nothing(store):
    number = _open(store)
    before = counts(store)
    with pytest.raises(DeskError, match="履行期限（2026-03-01）不能早于"):
        med.record_agreement(store, number, AgreementInput("x", "y", date(2026, 3, 1), START + timedelta(days=5)))
    with pytest.raises(DeskError, match="已告知当事人的途径"):
        med.record_failure(store, number, routes=[], on=START)
    with pytest.raises(DeskError, match="只有调解成功"):
        med.add_followup(store, number, on=START, performance="已履行")
    assert counts(store) == before
    assert med.get_case(store, number).case.status == "in_progress"


def test_an_unknown_route_told_to_the_parties_is_refused_not_dropped():
    import pytest

    from gazetteer_desk.errors import DeskError
    from gazetteer_desk.services.mediation.mediation_input import FAILURE_ROUTES, check_failure_routes

    with pytest.raises(DeskError, match="未知的途径“上访”"):
        check_failure_routes([FAILURE_ROUTES[0], "上访"])
    assert check_failure_routes(list(reversed(FAILURE_ROUTES))) == list(FAILURE_ROUTES)


def test_warnings_are_summed_up_one_line_per_kind(store):
    numbers = [_open(store) for _ in range(4)]
    for number in numbers[:3]:
        _agree(store, number)
    on = date(2026, 4, 1)  # three agreements of 3-7: their 司法确认 window closes 4-7; the fourth is at its target
    lines = med.summarise_warnings(med.mediation_warnings(store, on))
    assert lines == ["3 件调解协议即将超过司法确认申请期限（最早 2026-04-07）",
                     "1 件调解即将超过目标期限（最早 2026-04-01）"]
    later = med.summarise_warnings(med.mediation_warnings(store, date(2026, 4, 10)))
    assert later[:2] == ["3 件调解协议已超过司法确认申请期限", "1 件调解已超过目标期限"]
    assert med.summarise_warnings([]) == []


def test_the_mediation_page_sums_up_and_shows_the_warned_cases(qtbot, store):
    from gazetteer_desk.gui.widgets import cells
    from gazetteer_desk.gui.mediation.mediation_view import MediationView

    warned = [_open(store, applied_on=date.today() - timedelta(days=40)) for _ in range(3)]
    calm = _open(store, applied_on=date.today())
    for number in warned:  # agreed 29 days ago: the 30-day 司法确认 window closes within days
        med.record_agreement(store, number, AgreementInput(
            terms="李四拆除越界围墙", performance_manner="当场拆除", performance_due=date.today(),
            agreed_on=date.today() - timedelta(days=29), responsibilities="李四负主要责任"))
    view = MediationView(store)
    qtbot.addWidget(view)
    view.show()
    label = view.ui.warningsLabel
    assert "3 件调解协议即将超过司法确认申请期限" in label.text() and label.text().count("⚠") == 1
    assert all(n in label.toolTip() for n in warned) and calm not in label.toolTip()
    label.linkActivated.emit("warned")  # 查看这些案件
    table = view.ui.casesTable
    visible = [n for r, n in enumerate(cells(table, 0)) if not table.isRowHidden(r)]
    assert sorted(visible) == sorted(warned) and "显示全部案件" in label.text()
    label.linkActivated.emit("warned")
    assert not any(table.isRowHidden(r) for r in range(table.rowCount()))
