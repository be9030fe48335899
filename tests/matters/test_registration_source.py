"""The registration window takes a matter received from elsewhere (上级交办 / 转来) with its unit and date received,
and saves it through the same service as `register --source`: its limits run from the day it was received."""

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt

from gazetteer_desk.domain import limits
from gazetteer_desk.services.core.calendar import calendar_for
from gazetteer_desk.services.matters import matters

from tests.typing_helpers import type_chinese


def test_a_matter_sent_down_is_registered_from_the_window_with_its_source_and_date(qtbot, desk, store):
    view = desk.show_area("registration")
    ui = view.ui
    assert not ui.sourceUnitEdit.isVisible() and not ui.receivedOnEdit.isVisible()  # a visit: now, no source
    ui.sourceCombo.setCurrentIndex(ui.sourceCombo.findData("上级交办"))
    assert ui.sourceUnitEdit.isVisible() and ui.receivedOnEdit.isVisible()
    received = date.today() - timedelta(days=3)
    ui.receivedOnEdit.setDate(QDate(received.year, received.month, received.day))
    type_chinese(ui.nameEdit, "周敏")
    type_chinese(ui.requestEdit, "村道损毁无人修")

    view.save()  # no unit: the service's own refusal, shown on the form
    qtbot.waitUntil(lambda: "请填写交办或转送单位" in ui.formProblemLabel.text(), timeout=5000)
    type_chinese(ui.sourceUnitEdit, "县信访局")
    view.save()
    qtbot.waitUntil(lambda: ui.pages.currentWidget() is ui.resultPage, timeout=5000)

    detail = matters.get_matter(store, ui.numberLabel.text())
    m = detail.matter
    assert (m.source, m.source_unit, m.received_on) == ("上级交办", "县信访局", received)
    assert detail.objection_due is not None and detail.objection_due > received  # 5 working days from receipt
    # the notice clock runs from the day received, not from today
    assert detail.deadlines[0].due == limits.ack_due(received, calendar_for(store)) > limits.ack_due(date.today() - timedelta(days=4), calendar_for(store))

    qtbot.keyClick(ui.continueButton, Qt.Key_Return)  # the next visit starts as a visit again
    assert ui.sourceCombo.currentData() == "" and ui.sourceUnitEdit.text() == ""
    assert not ui.receivedOnEdit.isVisible()


def test_a_date_received_cannot_be_after_today(qtbot, desk):
    ui = desk.show_area("registration").ui
    tomorrow = date.today() + timedelta(days=1)
    ui.receivedOnEdit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert ui.receivedOnEdit.date().toPython() == date.today()
