"""节假日 in 设置: the year's holidays and 调休 working days (the built-in national calendar with the county's own edits
over it), a form to set a day, and removing the county's entry for a day.

A save recomputes the running limit of every open matter, so it runs on the window's one operation runner; when it
lands, :attr:`limits_moved` says how many moved (the settings page turns that into ``ctx.matter_changed`` so the due
banner and the matter list recount). The layout is the Designer form ui/holidays_view.ui.
"""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from gazetteer_desk.services.setup import holidays
from gazetteer_desk.services.setup.holidays import CalendarDay
from gazetteer_desk.store.database import Store
from gazetteer_desk.gui.forms.ui_holidays_view import Ui_HolidaysView
from gazetteer_desk.gui.widgets import fill, fit_columns, select_key, set_dates, to_date
from gazetteer_desk.gui.operations import OperationRunner

WEEKDAYS = "一二三四五六日"
KINDS = ("节假日", "调休上班")  # the order of the form's 类型 list


def kind_label(is_holiday: bool) -> str:
    return KINDS[0] if is_holiday else KINDS[1]


class HolidaysView(QWidget):
    limits_moved = Signal(int)  # a save or a removal landed; how many open matters' limits moved

    def __init__(self, store: Store, parent: QWidget | None = None, *, actor, runner: OperationRunner | None = None):
        super().__init__(parent)
        self.store = store
        self.actor = actor  # the signed-in user: the service checks edit_settings and the audit trail names them
        self.runner = runner or OperationRunner(self)
        self.days: list[CalendarDay] = []
        self.saving = False
        self.ui = ui = Ui_HolidaysView()
        ui.setupUi(self)
        self.message = ui.message
        ui.year.setValue(date.today().year)
        set_dates(None, ui.day)
        fit_columns(ui.daysTable)
        header = ui.daysTable.horizontalHeader()  # the name takes the room, the short 来源 stays narrow
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        ui.year.valueChanged.connect(self._year_changed)
        ui.daysTable.itemSelectionChanged.connect(self._selection_changed)
        ui.saveButton.clicked.connect(self.save_day)
        ui.removeButton.clicked.connect(self.remove_selected)
        self.refresh()

    # ---- the table
    def refresh(self) -> None:
        self.days = holidays.year_days(self.store, self.ui.year.value())
        table = self.ui.daysTable
        fill(table,
             [(f"{d.day:%Y-%m-%d}", f"星期{WEEKDAYS[d.day.weekday()]}", kind_label(d.is_holiday),
               "" if d.name == kind_label(d.is_holiday) else d.name, "本县" if d.edited else "全国") for d in self.days],
             [d.day.isoformat() for d in self.days])
        for row in (r for r, d in enumerate(self.days) if d.edited):  # the county's own days stand out
            for column in range(table.columnCount()):
                item = table.item(row, column)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        self._show_selected()

    def _year_changed(self, year: int) -> None:
        self.refresh()
        form_day = self.ui.day.date()  # the form follows to the same day of the chosen year
        self.ui.day.setDate(form_day.addYears(year - form_day.year()))

    def selected(self) -> CalendarDay | None:
        row = self.ui.daysTable.currentRow()
        return self.days[row] if 0 <= row < len(self.days) and self.ui.daysTable.selectedItems() else None

    def select_day(self, day: date) -> None:
        if self.ui.year.value() != day.year:
            self.ui.year.setValue(day.year)  # refreshes
        select_key(self.ui.daysTable, day.isoformat())

    def _selection_changed(self) -> None:
        self._show_selected()
        d = self.selected()
        if d is not None:  # the form starts from the chosen day, so changing it is one edit away
            self.ui.day.setDate(QDate(d.day))

    def _show_selected(self) -> None:
        d = self.selected()
        self.ui.removeButton.setEnabled(bool(d and d.edited) and not self.saving)
        if d is None:
            year = self.ui.year.value()
            self.ui.selectedLabel.setText(
                "请在表中选择一天" if any(not x.edited for x in self.days)
                else f"程序中还没有 {year} 年全国的节假日：请按国务院办公厅的通知逐日设置")
        else:
            source = "本县设置，可撤销" if d.edited else "全国的安排，不能撤销；要改动请在下面另行设置这一天"
            self.ui.selectedLabel.setText(f"{d.day:%Y-%m-%d} {kind_label(d.is_holiday)}（{source}）")

    # ---- saving
    def save_day(self) -> None:
        day, is_holiday, name = to_date(self.ui.day), self.ui.kind.currentIndex() == 0, self.ui.name.text()
        store, actor = self.store, self.actor
        self._run(lambda: holidays.set_day(store, day, is_holiday=is_holiday, name=name, actor=actor), day,
                  f"正在保存 {day:%Y-%m-%d}，并重新计算在办事项的期限……", "已保存")

    def remove_selected(self) -> None:
        d = self.selected()
        if d is None or not d.edited:
            self.message.error("请先在表中选择一条本县设置的日期")
            return
        store, actor, day = self.store, self.actor, d.day
        self._run(lambda: holidays.remove_day(store, day, actor=actor), day,
                  f"正在撤销 {day:%Y-%m-%d} 的本县设置，并重新计算在办事项的期限……",
                  f"已撤销 {day:%Y-%m-%d} 的本县设置")

    def _run(self, fn: Callable[[], int], day: date, working: str, done_text: str) -> None:
        """One save at a time: both buttons stay off until the runner reports back."""
        self._set_busy(True)
        self.message.working(working)

        def done(moved: int) -> None:
            self._set_busy(False)
            self.ui.name.clear()
            self.refresh()
            self.select_day(day)
            self.message.ok(f"{done_text}；{moved} 件在办事项的期限随之调整")
            self.limits_moved.emit(moved)

        def failed(error: str) -> None:
            self._set_busy(False)
            self.message.error(error)

        self.runner.run(fn, on_done=done, on_error=failed)

    def _set_busy(self, busy: bool) -> None:
        self.saving = busy
        self.ui.saveButton.setEnabled(not busy)
        self._show_selected()
