"""设置 › 节假日: the county sets a day from the window, the open matters' limits move, the banner recounts; only roles
that may edit settings get the page."""

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt

from gazetteer_desk.gui.widgets import cells
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.matters import matters
from gazetteer_desk.services.matters.registration import RegistrationInput, register
from tests.typing_helpers import type_chinese


def holidays_page(desk):
    settings = desk.show_area("settings")
    settings.show_tab(settings.holidays)
    return settings.holidays


def due_of(store, number: str) -> date:
    return matters.get_matter(store, number).matter.due_on


def test_a_holiday_set_on_the_page_moves_the_limit_and_removing_it_moves_it_back(desk, store, qtbot):
    number = register(store, RegistrationInput(
        name="王伟", request="工资", received_at=datetime.combine(date.today() - timedelta(days=3), time(10), UTC))).number
    due = due_of(store, number)
    page = holidays_page(desk)
    ui = page.ui

    ui.day.setDate(QDate(due))
    ui.kind.setCurrentIndex(0)  # 节假日
    type_chinese(ui.name, "县庆")
    with qtbot.waitSignal(desk.ctx.matter_changed, timeout=10000):  # what the due banner and the list listen to
        qtbot.mouseClick(ui.saveButton, Qt.LeftButton)
    assert page.message.text() == "✓ 已保存；1 件在办事项的期限随之调整"
    assert due_of(store, number) > due  # rolled past the new holiday
    entry = audit.entries(store, action="setting")[0]
    assert (entry.actor, entry.entity, entry.entity_id) == ("admin", "holiday", due.isoformat())

    # the table shows the county's day, selected, and only it may be removed
    assert ui.year.value() == due.year
    row = cells(ui.daysTable, 0).index(f"{due:%Y-%m-%d}")
    assert [ui.daysTable.item(row, c).text() for c in (2, 3, 4)] == ["节假日", "县庆", "本县"]
    assert ui.daysTable.currentRow() == row and ui.removeButton.isEnabled()

    with qtbot.waitSignal(desk.ctx.matter_changed, timeout=10000):
        qtbot.mouseClick(ui.removeButton, Qt.LeftButton)
    assert page.message.text() == f"✓ 已撤销 {due:%Y-%m-%d} 的本县设置；1 件在办事项的期限随之调整"
    assert due_of(store, number) == due
    assert "本县" not in cells(ui.daysTable, 4)
    assert audit.entries(store, action="setting")[0].detail["removed"] == {"is_holiday": True, "name": "县庆"}


def test_built_in_days_cannot_be_removed_and_a_refusal_is_shown(desk, qtbot):
    page = holidays_page(desk)
    ui = page.ui
    ui.year.setValue(2026)
    assert "2026-10-01" in cells(ui.daysTable, 0)
    ui.daysTable.selectRow(cells(ui.daysTable, 0).index("2026-10-01"))
    assert ui.daysTable.item(ui.daysTable.currentRow(), 4).text() == "全国"
    assert not ui.removeButton.isEnabled()
    ui.year.setValue(2030)  # a year the program does not know yet
    assert ui.daysTable.rowCount() == 0 and "还没有 2030 年" in ui.selectedLabel.text()
    assert ui.day.date() == QDate(2030, 10, 1)  # the form followed to the chosen year

    ui.day.setDate(QDate(2027, 1, 4))  # a Monday is already a working day
    ui.kind.setCurrentIndex(1)  # 调休上班
    qtbot.mouseClick(ui.saveButton, Qt.LeftButton)
    qtbot.waitUntil(lambda: "本来就是工作日" in page.message.text(), timeout=10000)
    assert ui.saveButton.isEnabled()


def test_a_clerk_has_no_holiday_tab(clerk_desk):
    settings = clerk_desk.show_area("settings")
    assert settings.holidays is None
    assert "节假日" not in [settings.tabs.tabText(i) for i in range(settings.tabs.count())]
