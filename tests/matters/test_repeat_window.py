"""Repeats in the window: the matter page of a repeat after 复核 shows the earlier decision and offers the 不再受理
notice (Art. 36); the registration form records a repeat of a running matter on it, or a new matter with a reason."""

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt

from gazetteer_desk.documents.kinds import DocumentKind
from gazetteer_desk.services.matters import matters
from gazetteer_desk.services.matters.registration import RegistrationInput, register

from tests.documents.conftest import pdf_text
from tests.typing_helpers import type_chinese

ID = "11010519491231002X"
TODAY = date.today()
OPINION = dict(opinion="已责成村委会于月底前补发工资", basis="《保障农民工工资支付条例》第三条", facts="经核实拖欠属实")


def _registered(store, days_ago: int, **kw) -> str:
    at = datetime.now(UTC) - timedelta(days=days_ago, minutes=1)
    return register(store, RegistrationInput(name="王伟", id_number=ID, category="劳动社保", received_at=at,
                                             **{"request": "拖欠工资", **kw})).number


def _decided_on_recheck(store) -> str:
    number = _registered(store, 40)
    start = TODAY - timedelta(days=35)
    matters.take_action(store, number, "accept", on=start)
    matters.take_action(store, number, "reply", on=start + timedelta(days=2), outcome="不予支持", **OPINION)
    matters.take_action(store, number, "request_review", on=start + timedelta(days=3))
    matters.take_action(store, number, "decide_review", on=start + timedelta(days=4), outcome="不予支持", **OPINION)
    matters.take_action(store, number, "request_recheck", on=start + timedelta(days=5))
    matters.take_action(store, number, "terminate", on=start + timedelta(days=6), outcome="解释说明", **OPINION)
    return number


def test_the_matter_page_of_a_repeat_after_recheck_shows_the_decision_and_prints_the_no_longer_notice(qtbot, desk,
                                                                                                    store):
    earlier = _decided_on_recheck(store)
    decided = TODAY - timedelta(days=35 - 6)
    again = register(store, RegistrationInput(name="王伟", id_number=ID, category="劳动社保", request="还是拖欠")).number
    desk.open_matter(again)
    page = desk.matter_page
    ui = page.ui
    assert ui.earlierBox.isVisible()
    text = ui.earlierLabel.text()
    assert earlier in text and "《复核意见书》" in text and f"{decided:%Y年%m月%d日}" in text
    assert "结果：解释说明" in text and "不再受理" in text
    assert ui.noLongerButton.isVisible() and ui.noLongerButton.isEnabled()

    page.confirm = lambda _title, _text: False  # the clerk thinks again: nothing changes
    qtbot.mouseClick(ui.noLongerButton, Qt.LeftButton)
    assert matters.get_matter(store, again).matter.status == "registered"

    page.confirm = lambda _title, _text: True
    qtbot.mouseClick(ui.noLongerButton, Qt.LeftButton)
    assert matters.get_matter(store, again).matter.status == "rejected"
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=10000)
    assert dialog.kind_box.currentData() == DocumentKind.NO_LONGER
    words = pdf_text(dialog.document.pdf)
    assert "不再受理告知书" in words and earlier in words and "第三十六条" in words
    dialog.reject()
    # refused already: the button now prints the same paper again
    assert desk.matter_page.ui.noLongerButton.isVisible()


def test_a_matter_without_an_earlier_one_shows_no_earlier_decision(qtbot, desk, store):
    number = _registered(store, 1)
    desk.open_matter(number)
    assert not desk.matter_page.ui.earlierBox.isVisible()


def test_the_form_records_a_repeat_of_a_running_matter_on_it_or_a_new_matter_with_its_reason(qtbot, desk, store):
    running = _registered(store, 10)
    matters.take_action(store, running, "accept", on=TODAY - timedelta(days=9))
    due = matters.get_matter(store, running).matter.due_on
    view = desk.show_area("registration")
    ui = view.ui
    type_chinese(ui.nameEdit, "王伟")
    qtbot.keyClicks(ui.idNumberEdit, ID)
    qtbot.waitUntil(lambda: ui.priorList.count() == 1, timeout=5000)
    assert "本次来访记入原事项、期限不变" in ui.repeatHintLabel.text()  # said before saving
    ui.categoryEdit.setText("劳动社保")
    type_chinese(ui.requestEdit, "工资还是没发")
    assert not ui.newReasonEdit.isVisible()
    view.save()  # no choice made: the service finds the running matter
    qtbot.waitUntil(lambda: ui.pages.currentWidget() is ui.resultPage, timeout=5000)
    assert ui.numberLabel.text() == running and "仍在办理" in ui.resultTitleLabel.text()
    detail = matters.get_matter(store, running)
    assert len(detail.visits) == 2 and detail.matter.due_on == due  # its own clock, unchanged

    qtbot.keyClick(ui.continueButton, Qt.Key_Return)
    type_chinese(ui.nameEdit, "王伟")
    qtbot.keyClicks(ui.idNumberEdit, ID)
    qtbot.waitUntil(lambda: ui.priorList.count() == 1, timeout=5000)
    ui.categoryEdit.setText("劳动社保")
    type_chinese(ui.requestEdit, "另一工地拖欠工资")
    qtbot.mouseClick(ui.newMatterButton, Qt.LeftButton)
    assert ui.newReasonEdit.isVisible()
    type_chinese(ui.newReasonEdit, "另一工地、另一用人单位")
    view.save()
    qtbot.waitUntil(lambda: ui.pages.currentWidget() is ui.resultPage, timeout=5000)
    number = ui.numberLabel.text()
    assert number != running and "理由已记录" in ui.resultDetailLabel.text()
    detail = matters.get_matter(store, number)
    assert "认定为新的信访事项，理由：另一工地、另一用人单位" in detail.events[0].detail
    assert detail.matter.due_on is not None
    assert detail.earlier_decision.number == running and "尚未作出书面意见" in detail.earlier_decision.text
