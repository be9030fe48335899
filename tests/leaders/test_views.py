"""The leader and mediation pages driven like a clerk does, against a real store."""

from datetime import timedelta

from PySide6.QtCore import QDate, Qt

from gazetteer_desk.gui.case_assignment_dialog import CaseAssignmentDialog
from gazetteer_desk.gui.field_visits_view import FieldVisitsView
from gazetteer_desk.gui.leader_view import LeaderView
from gazetteer_desk.gui.leaders_widgets import cells
from gazetteer_desk.gui.mediation_view import MediationView
from gazetteer_desk.gui.reception_days_view import ReceptionDaysView
from gazetteer_desk.services import matters
from tests.typing_helpers import type_chinese

from .helpers import counts, register_simple


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_reception_day_page(qtbot, store, tmp_path):
    view = ReceptionDaysView(store)
    qtbot.addWidget(view)
    view.leader.setCurrentText("陈国强")
    view.day.setDate(QDate(2026, 3, 10))
    type_chinese(view.place, "镇政府一楼信访接待室")
    view.liaison_phone.setText("023-55123456")
    _click(qtbot, view.add_button)
    assert cells(view.schedule_table, 2) == ["陈国强"]
    day_id = view.schedule_table.item(0, 0).data(Qt.ItemDataRole.UserRole)
    first = register_simple(store, reception_day_id=day_id)
    register_simple(store, name="赵小梅", request="低保资格复核", category="民政", reception_day_id=day_id)
    view.refresh()
    view.schedule_table.selectRow(0)
    assert cells(view.visits_table, 1) == ["王大山", "赵小梅"]
    view.instruction_matter.setCurrentText(first.number)
    type_chinese(view.instruction_text, "请国土所一周内现场测量")
    _click(qtbot, view.instruct_button)
    assert cells(view.instructions_table, 1)[0].endswith("请国土所一周内现场测量")
    assert matters.get_matter(store, first.number).events[-1].kind == "instruction"
    assert view.save_notice(tmp_path / "notice.pdf") and (tmp_path / "notice.pdf").read_bytes()[:4] == b"%PDF"


def test_reception_day_refusals_save_nothing(qtbot, store):
    view = ReceptionDaysView(store)
    qtbot.addWidget(view)
    before = counts(store)
    type_chinese(view.place, "接待室")
    view.start.setText("14:00")
    view.end.setText("12:00")
    _click(qtbot, view.add_button)
    assert "结束时间（12:00）必须晚于开始时间（14:00）" in view.message.text()
    view.leader.clear()
    view.leader.addItem("李明")  # a clerk is not a leader
    view.end.setText("17:00")
    _click(qtbot, view.add_button)
    assert "未知的领导“李明”" in view.message.text()
    assert counts(store) == before


def test_assignment_dialog_and_leader_view(qtbot, store, today):
    number = register_simple(store).number
    dialog = CaseAssignmentDialog(store, number)
    qtbot.addWidget(dialog)
    dialog.leader.setCurrentText("刘芳")
    before = counts(store)
    dialog.end.setDate(QDate(today - timedelta(days=1)))
    _click(qtbot, dialog.assign_button)
    assert "不能早于开始日期" in dialog.message.text() and counts(store) == before
    dialog.end.setDate(QDate(today + timedelta(days=20)))
    type_chinese(dialog.units, "国土所")
    _click(qtbot, dialog.assign_button)
    assert cells(dialog.assignments, 0) == ["刘芳"]
    type_chinese(dialog.note, "入户了解情况")
    _click(qtbot, dialog.progress_button)
    assert cells(dialog.assignments, 4) == ["掌握情况"]

    leader = LeaderView(store, "刘芳")
    qtbot.addWidget(leader)
    assert cells(leader.held_table, 0) == [number]
    assert cells(leader.overdue_table, 0) == []
    leader.refresh(today + timedelta(days=25))
    assert cells(leader.overdue_table, 0) == [number]


def test_field_visit_opens_a_matter(qtbot, store):
    view = FieldVisitsView(store)
    qtbot.addWidget(view)
    view.village.setCurrentText("白鹤村")
    type_chinese(view.problems, "灌溉渠堵塞")
    _click(qtbot, view.log_button)
    assert cells(view.visits_table, 2) == ["白鹤村"]
    type_chinese(view.name, "周老三")
    type_chinese(view.request, "灌溉渠年久失修，请求疏通")
    view.category.setCurrentText("农村农业")
    _click(qtbot, view.open_button)
    assert "已登记新事项" in view.message.text()
    number = cells(view.matters_table, 0)[0]
    matter = matters.get_matter(store, number)
    assert matter.matter.channel == "走访" and matter.visits[0].leader == view.leader.currentText()


def test_mediation_from_application_to_agreement(qtbot, store, tmp_path, today):
    view = MediationView(store)
    qtbot.addWidget(view)
    before = counts(store)
    view.mediators.setText("")
    type_chinese(view.mediators, "张华")
    _click(qtbot, view.open_button)  # no parties
    assert "至少需要两方当事人" in view.message.text() and counts(store) == before

    view.add_party_row(("申请人", "个人", "王大山", "11010519491231002X", "13800001111", "青龙村3组"))
    view.add_party_row(("被申请人", "个人", "李四", "", "", "青龙村4组"))
    type_chinese(view.facts, "围墙越界约0.5米")
    type_chinese(view.issues, "围墙位置及赔偿")
    view.applied_on.setDate(QDate(today - timedelta(days=30)))
    _click(qtbot, view.open_button)
    number = f"500235101-调-{(today - timedelta(days=30)).year}-0001"
    assert cells(view.cases_table, 0) == [number]
    assert view.case_parties.item(0, 3).text() == "110105********002X"

    type_chinese(view.session_notes, "背靠背调解")
    _click(qtbot, view.session_button)
    type_chinese(view.terms, "李四拆除越界围墙")
    type_chinese(view.manner, "当场拆除")
    view.agreed_on.setDate(QDate(today - timedelta(days=25)))  # signed 25 days ago: the window closes soon
    view.performance_due.setDate(QDate(today))
    _click(qtbot, view.agree_button)
    assert "已记录调解成功" in view.message.text(), view.message.text()
    assert "司法确认申请期限" in view.case_warning.text() and "剩余" in view.case_warning.text()
    assert number in view.warnings_label.text()

    view.performance.setCurrentText("部分履行")
    view.follow_on.setDate(QDate(today))
    type_chinese(view.follow_notes, "围墙拆除一半")
    _click(qtbot, view.follow_button)
    assert cells(view.followups, 2) == ["部分履行"]
    assert view.save_agreement(tmp_path / "a.pdf") and (tmp_path / "a.pdf").read_bytes()[:4] == b"%PDF"

    view.refresh(today + timedelta(days=20))
    assert "司法确认申请期限已过" in view.case_warning.text()
