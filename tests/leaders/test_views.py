"""The leader and mediation pages driven like a clerk does, against a real store."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
import time_machine
from PySide6.QtCore import QDate, Qt

from gazetteer_desk.gui.leaders.case_assignment_dialog import CaseAssignmentDialog
from gazetteer_desk.gui.leaders.field_visits_view import FieldVisitsView
from gazetteer_desk.gui.leaders.leader_view import LeaderView
from gazetteer_desk.gui.widgets import cells
from gazetteer_desk.gui.mediation.mediation_view import MediationView
from gazetteer_desk.gui.leaders.reception_days_view import ReceptionDaysView
from gazetteer_desk.services.accounts import accounts
from gazetteer_desk.services.matters import matters
from tests.typing_helpers import type_chinese

from tests.leaders.helpers import counts, leader_id, register_simple


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_reception_day_page(qtbot, store, tmp_path):
    view = ReceptionDaysView(store)
    qtbot.addWidget(view)
    view.ui.leader.setCurrentText("陈国强")
    view.ui.day.setDate(QDate(2026, 3, 10))
    type_chinese(view.ui.place, "镇政府一楼信访接待室")
    view.ui.liaisonPhone.setText("023-55123456")
    _click(qtbot, view.ui.addButton)
    assert cells(view.ui.scheduleTable, 2) == ["陈国强"]
    day_id = view.ui.scheduleTable.item(0, 0).data(Qt.ItemDataRole.UserRole)
    first = register_simple(store, reception_day_id=day_id)
    register_simple(store, name="赵小梅", request="低保资格复核", category="民政", reception_day_id=day_id)
    view.refresh()
    view.ui.scheduleTable.selectRow(0)
    assert cells(view.ui.visitsTable, 1) == ["王大山", "赵小梅"]
    view.ui.instructionMatter.setCurrentText(first.number)
    type_chinese(view.ui.instructionText, "请国土所一周内现场测量")
    _click(qtbot, view.ui.instructButton)
    assert cells(view.ui.instructionsTable, 1)[0].endswith("请国土所一周内现场测量")
    assert matters.get_matter(store, first.number).events[-1].kind == "instruction"
    with qtbot.waitSignal(view.notice_saved, timeout=20000):  # rendered on the runner, the page stays responsive
        view.save_notice(tmp_path / "notice.pdf")
        assert not view.ui.printButton.isEnabled() and "正在生成" in view.message.text()
    assert (tmp_path / "notice.pdf").read_bytes()[:4] == b"%PDF" and "已保存" in view.message.text()
    assert view.ui.printButton.isEnabled()


def test_reception_day_refusals_save_nothing(qtbot, store):
    view = ReceptionDaysView(store)
    qtbot.addWidget(view)
    before = counts(store)
    type_chinese(view.ui.place, "接待室")
    view.ui.start.setText("14:00")
    view.ui.end.setText("12:00")
    _click(qtbot, view.ui.addButton)
    assert "结束时间（12:00）必须晚于开始时间（14:00）" in view.message.text()
    view.ui.leader.clear()
    view.ui.leader.addItem("李明")  # a clerk is not a leader
    view.ui.end.setText("17:00")
    _click(qtbot, view.ui.addButton)
    assert "未知的领导“李明”" in view.message.text()
    assert counts(store) == before


def test_assignment_dialog_and_leader_view(qtbot, store, today):
    number = register_simple(store).number
    dialog = CaseAssignmentDialog(store, number)
    qtbot.addWidget(dialog)
    dialog.ui.leader.setCurrentText("刘芳")
    before = counts(store)
    dialog.ui.end.setDate(QDate(today - timedelta(days=1)))
    _click(qtbot, dialog.ui.assignButton)
    assert "不能早于开始日期" in dialog.message.text() and counts(store) == before
    dialog.ui.end.setDate(QDate(today + timedelta(days=20)))
    type_chinese(dialog.ui.units, "国土所")
    _click(qtbot, dialog.ui.assignButton)
    assert cells(dialog.ui.assignments, 0) == ["刘芳"]
    type_chinese(dialog.ui.note, "入户了解情况")
    _click(qtbot, dialog.ui.progressButton)
    assert cells(dialog.ui.assignments, 4) == ["掌握情况"]

    leader = LeaderView(store, "刘芳")
    qtbot.addWidget(leader)
    assert cells(leader.ui.heldTable, 0) == [number]
    assert cells(leader.ui.overdueTable, 0) == []
    leader.refresh(today + timedelta(days=25))
    assert cells(leader.ui.overdueTable, 0) == [number]


def test_leader_view_opens_on_the_signed_in_leader(qtbot, store):
    user = accounts.CurrentUser("liufang", "leader", staff_id=leader_id(store, "刘芳"))
    own = LeaderView(store, user=user)
    qtbot.addWidget(own)
    assert own.ui.leader.currentText() == "刘芳"
    clerk = LeaderView(store, user=accounts.CurrentUser("zhanghua", "clerk"))  # not a leader: the first leader
    qtbot.addWidget(clerk)
    assert clerk.ui.leader.currentText() == "陈国强"


@pytest.mark.parametrize("hour", [9, 15])  # logged the same morning, or in the afternoon after the visit
def test_field_visit_opens_a_matter(qtbot, store, hour):
    # at a fixed clock: the visit's default time is noon, which is still to come in the morning
    with time_machine.travel(datetime.combine(date.today(), time(hour, 0)).astimezone(), tick=True):
        _open_a_matter_from_a_field_visit(qtbot, store, hour)


def _open_a_matter_from_a_field_visit(qtbot, store, hour):
    view = FieldVisitsView(store)
    qtbot.addWidget(view)
    view.ui.village.setCurrentText("白鹤村")
    type_chinese(view.ui.problems, "灌溉渠堵塞")
    _click(qtbot, view.ui.logButton)
    assert cells(view.ui.visitsTable, 2) == ["白鹤村"]
    type_chinese(view.ui.name, "周老三")
    type_chinese(view.ui.request, "灌溉渠年久失修，请求疏通")
    view.ui.category.setCurrentText("农村农业")
    _click(qtbot, view.ui.openButton)
    assert "已登记新事项" in view.message.text()
    number = cells(view.ui.mattersTable, 0)[0]
    matter = matters.get_matter(store, number)
    assert matter.matter.channel == "走访" and matter.visits[0].leader == view.ui.leader.currentText()
    received = matter.visits[0].visited_at
    received = received if received.tzinfo else received.replace(tzinfo=UTC)
    assert received.astimezone().hour == min(hour, 12)  # never later than now


def test_mediation_from_application_to_agreement(qtbot, store, tmp_path, today):
    view = MediationView(store)
    qtbot.addWidget(view)
    before = counts(store)
    view.ui.mediators.setText("")
    type_chinese(view.ui.mediators, "张华")
    _click(qtbot, view.ui.openButton)  # no parties
    assert "至少需要两方当事人" in view.message.text() and counts(store) == before

    view.add_party_row(("申请人", "个人", "王大山", "11010519491231002X", "13800001111", "青龙村3组"))
    view.add_party_row(("被申请人", "个人", "李四", "", "", "青龙村4组"))
    type_chinese(view.ui.facts, "围墙越界约0.5米")
    type_chinese(view.ui.issues, "围墙位置及赔偿")
    view.ui.appliedOn.setDate(QDate(today - timedelta(days=30)))
    _click(qtbot, view.ui.openButton)
    number = f"500235101-调-{(today - timedelta(days=30)).year}-0001"
    assert cells(view.ui.casesTable, 0) == [number]
    assert view.case.ui.caseParties.item(0, 3).text() == "110105********002X"

    view.case.save_agreement(tmp_path / "early.pdf")  # no agreement yet: the refusal comes back from the runner
    qtbot.waitUntil(lambda: "只有达成书面协议" in view.message.text(), timeout=20000)
    assert not (tmp_path / "early.pdf").exists()

    type_chinese(view.case.ui.sessionNotes, "背靠背调解")
    _click(qtbot, view.case.ui.sessionButton)
    type_chinese(view.case.ui.terms, "李四拆除越界围墙")
    type_chinese(view.case.ui.manner, "当场拆除")
    type_chinese(view.case.ui.responsibilities, "李四负主要责任")
    view.case.ui.agreedOn.setDate(QDate(today - timedelta(days=25)))  # signed 25 days ago: the window closes soon
    view.case.ui.performanceDue.setDate(QDate(today))
    _click(qtbot, view.case.ui.agreeButton)
    assert "已记录调解成功" in view.message.text(), view.message.text()
    assert "司法确认申请期限" in view.case.ui.caseWarning.text() and "剩余" in view.case.ui.caseWarning.text()
    assert "1 件调解协议即将超过司法确认申请期限" in view.ui.warningsLabel.text()
    assert number in view.ui.warningsLabel.toolTip()  # the cases themselves: 查看这些案件 or the tooltip

    view.case.ui.performance.setCurrentText("部分履行")
    view.case.ui.followOn.setDate(QDate(today))
    type_chinese(view.case.ui.followNotes, "围墙拆除一半")
    _click(qtbot, view.case.ui.followButton)
    assert cells(view.case.ui.followups, 2) == ["部分履行"]
    with qtbot.waitSignal(view.case.agreement_saved, timeout=20000):
        view.case.save_agreement(tmp_path / "a.pdf")
    assert (tmp_path / "a.pdf").read_bytes()[:4] == b"%PDF" and "已保存" in view.message.text()

    view.refresh(today + timedelta(days=20))
    assert "司法确认申请期限已过" in view.case.ui.caseWarning.text()
