"""取消接访日 on the reception-days page: asked first, only for a selected day, refused once visits are registered."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from gazetteer_desk.gui.leaders import reception_days_view
from gazetteer_desk.gui.widgets import cells
from gazetteer_desk.gui.leaders.reception_days_view import ReceptionDaysView
from gazetteer_desk.services.leaders import reception_days as rd
from gazetteer_desk.store import models

from tests.leaders.helpers import counts, register_simple

DAY = date(2026, 3, 10)


@pytest.fixture
def answers(monkeypatch):
    """The confirmation's answers, in order; the questions asked are kept."""
    queue, asked = [], []

    def confirm(parent, title, text):
        asked.append(text)
        return queue.pop(0) == QMessageBox.StandardButton.Yes

    monkeypatch.setattr(reception_days_view, "confirm_destructive", confirm)
    return queue, asked


def _page(qtbot, store, actor):
    rd.schedule(store, rd.ReceptionDayInput("陈国强", DAY, "09:00", "12:00", "镇政府一楼信访接待室"))
    view = ReceptionDaysView(store, actor=actor)
    qtbot.addWidget(view)
    view.ui.month.setDate(DAY)
    return view


def _cancel(qtbot, view):
    qtbot.mouseClick(view.ui.cancelButton, Qt.MouseButton.LeftButton)


def test_cancel_a_day_after_confirming(qtbot, store, admin_user, answers):
    queue, asked = answers
    view = _page(qtbot, store, admin_user)
    assert not view.ui.cancelButton.isEnabled()  # nothing selected yet
    view.ui.scheduleTable.selectRow(0)
    assert view.ui.cancelButton.isEnabled()

    queue.append(QMessageBox.StandardButton.No)  # changed their mind: nothing happens
    _cancel(qtbot, view)
    assert "03-10" in asked[0] and "陈国强" in asked[0]
    assert cells(view.ui.scheduleTable, 2) == ["陈国强"]

    queue.append(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.day_cancelled):
        _cancel(qtbot, view)
    assert "已取消接访日" in view.message.text()
    assert cells(view.ui.scheduleTable, 2) == [] and not view.ui.cancelButton.isEnabled()
    assert view.ui.dayTitle.text() == "请在左侧选择一个接访日"
    assert rd.month_schedule(store, 2026, 3) == []
    with store.read() as session:  # the signed-in user is named in the trail
        entry = session.exec(select(models.AuditEntry).where(models.AuditEntry.action == "reception_day_cancel")).one()
    assert entry.actor == "admin"


def test_a_day_with_visits_stays(qtbot, store, admin_user, answers):
    queue, _ = answers
    view = _page(qtbot, store, admin_user)
    day_id = view.ui.scheduleTable.item(0, 0).data(Qt.ItemDataRole.UserRole)
    register_simple(store, reception_day_id=day_id)
    view.refresh()
    view.ui.scheduleTable.selectRow(0)
    before = counts(store)
    queue.append(QMessageBox.StandardButton.Yes)
    _cancel(qtbot, view)
    assert "该接访日已有来访登记，不能取消" in view.message.text()
    assert counts(store) == before and cells(view.ui.scheduleTable, 2) == ["陈国强"]


def test_a_clerk_may_not_cancel(qtbot, store, clerk_user, answers):
    queue, _ = answers
    view = _page(qtbot, store, clerk_user)
    view.ui.scheduleTable.selectRow(0)
    queue.append(QMessageBox.StandardButton.Yes)
    _cancel(qtbot, view)
    assert "无权" in view.message.text() and len(rd.month_schedule(store, 2026, 3)) == 1
