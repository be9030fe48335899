"""事项: search as you type, filters, sortable columns; Enter or double-click opens the matter's page."""

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStyle, QWidget

from gazetteer_desk.domain.categories import CATEGORIES
from gazetteer_desk.domain.procedure import OPEN_STATUSES, STATUS_LABELS
from gazetteer_desk.services.matters import listing
from gazetteer_desk.services.setup import setup
from gazetteer_desk.gui.context import settings
from gazetteer_desk.gui.forms.ui_matter_list import Ui_MatterList
from gazetteer_desk.gui.matters.matter_list_model import MatterListModel
from gazetteer_desk.gui.widgets import set_problem
from gazetteer_desk.gui.screen_fit import ems, follow_font, text_width

SEARCH_DELAY_MS = 250
DUE_CHOICES = (("全部期限", None), ("已超期", "overdue"), ("3日内到期", "soon"))
STATUS_CHOICES = [("全部状态", frozenset()), ("在办（未办结）", frozenset(OPEN_STATUSES))] + [
    (label, frozenset({key})) for key, label in STATUS_LABELS.items()
]
WIDTHS_KEY = "matter_list/column_ems"  # widths in characters of the list's font
# the longest usual text of each column, which sets its first width in the current font
COLUMN_SAMPLES = ("500235101-2026-00001（重）", "欧阳某某等12人", "110105********002X", "138****1234",
                  "劳动社保/拖欠工资", "柳树社区", "⚠ 已登记待受理", "2026-11-28", "已超期100天")


class MatterListView(QWidget):
    open_matter_requested = Signal(str)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MatterList()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = MatterListModel(ctx, self)
        ui.table.setModel(self.model)
        ui.table.verticalHeader().setVisible(False)
        ui.table.horizontalHeader().setSortIndicator(7, Qt.DescendingOrder)
        ui.table.horizontalHeader().setStretchLastSection(True)
        follow_font(ui.table, self._restore_widths)
        ui.table.horizontalHeader().sectionResized.connect(lambda *_a: self._save_widths())
        for label, value in STATUS_CHOICES:
            ui.statusCombo.addItem(label, value)
        ui.categoryCombo.addItem("全部类别", None)
        for cat in CATEGORIES:
            ui.categoryCombo.addItem(cat, cat)
        ui.villageCombo.addItem("全部村（社区）", None)
        for village in setup.villages(ctx.store, include_retired=True):
            ui.villageCombo.addItem(village.name, village.code)
        for label, value in DUE_CHOICES:
            ui.dueCombo.addItem(label, value)
        today = QDate.currentDate()
        ui.fromDate.setDate(today.addMonths(-1))
        ui.toDate.setDate(today)
        ui.fromDate.setEnabled(False)
        ui.toDate.setEnabled(False)
        ui.busyBar.setVisible(False)
        set_problem(ui.problemLabel, "")

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (ui.statusCombo, ui.categoryCombo, ui.villageCombo, ui.dueCombo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for check, edit in ((ui.fromCheck, ui.fromDate), (ui.toCheck, ui.toDate)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _c: self.apply_filter())
            edit.dateChanged.connect(lambda _d: self.apply_filter())
        ui.resetButton.clicked.connect(self.reset_filters)
        self.model.loading_changed.connect(ui.busyBar.setVisible)
        self.model.counted.connect(lambda n: ui.countLabel.setText(f"共 {n} 件"))
        self.model.counted.connect(lambda _n: self._results_arrived())
        self._results_wanted = False  # Enter in the search box: go to the results once they are in
        ui.searchEdit.installEventFilter(self)
        self.model.failed.connect(lambda m: set_problem(ui.problemLabel, m))
        ui.table.doubleClicked.connect(lambda index: self._open(index.row()))
        for keys in ("Return", "Enter"):
            QShortcut(QKeySequence(keys), ui.table, lambda: self._open(ui.table.currentIndex().row()),
                      context=Qt.WidgetShortcut)
        QShortcut(QKeySequence("Ctrl+F"), self, ui.searchEdit.setFocus, context=Qt.WidgetWithChildrenShortcut)
        ctx.matter_registered.connect(lambda _n: self.model.reload())
        ctx.matter_changed.connect(lambda _n: self.model.reload())
        self.apply_filter()

    def eventFilter(self, watched, event) -> bool:
        """In the search box, Down goes to the results, Enter searches at once and then goes there."""
        if watched is self.ui.searchEdit and event.type() == QEvent.Type.ShortcutOverride \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            event.accept()  # the key is the search box's: no window shortcut takes it
            return True
        if watched is self.ui.searchEdit and event.type() == QEvent.Type.KeyPress \
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            if event.key() == Qt.Key.Key_Down:
                self.focus_results()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._search_timer.isActive() or self.model.loading:
                    self._results_wanted = True
                    if self._search_timer.isActive():
                        self.apply_filter()
                else:
                    self.focus_results()
                return True
        return super().eventFilter(watched, event)

    def _results_arrived(self) -> None:
        if self._results_wanted:
            self._results_wanted = False
            self.focus_results()

    def focus_results(self) -> None:
        """The first result selected and focused, so Enter opens it; nothing found leaves the search box as is."""
        table = self.ui.table
        if self.model.rowCount() == 0:
            return
        table.setFocus()
        if not table.currentIndex().isValid():
            table.setCurrentIndex(self.model.index(0, 0))
        table.selectRow(table.currentIndex().row())

    def focus_first(self) -> None:
        self.ui.searchEdit.setFocus()

    def current_filter(self) -> listing.MatterFilter:
        ui = self.ui
        return listing.MatterFilter(
            text=ui.searchEdit.text().strip(), statuses=ui.statusCombo.currentData() or frozenset(),
            category=ui.categoryCombo.currentData(), village_code=ui.villageCombo.currentData(),
            due=ui.dueCombo.currentData(),
            received_from=_day(ui.fromDate.date()) if ui.fromCheck.isChecked() else None,
            received_to=_day(ui.toDate.date()) if ui.toCheck.isChecked() else None,
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        set_problem(self.ui.problemLabel, "")
        self.ui.countLabel.setText("正在查找……")
        self.model.set_filter(self.current_filter())

    def reset_filters(self) -> None:
        ui = self.ui
        for widget in (ui.statusCombo, ui.categoryCombo, ui.villageCombo, ui.dueCombo, ui.fromCheck, ui.toCheck,
                       ui.searchEdit):
            widget.blockSignals(True)
        ui.searchEdit.clear()
        for combo in (ui.statusCombo, ui.categoryCombo, ui.villageCombo, ui.dueCombo):
            combo.setCurrentIndex(0)
        ui.fromCheck.setChecked(False)
        ui.toCheck.setChecked(False)
        ui.fromDate.setEnabled(False)
        ui.toDate.setEnabled(False)
        for widget in (ui.statusCombo, ui.categoryCombo, ui.villageCombo, ui.dueCombo, ui.fromCheck, ui.toCheck,
                       ui.searchEdit):
            widget.blockSignals(False)
        self.apply_filter()

    def show_due(self, due: str) -> None:
        """From the due banner: only the overdue (or due-soon) matters."""
        self.reset_filters()
        index = self.ui.dueCombo.findData(due)
        self.ui.dueCombo.setCurrentIndex(max(index, 0))

    def _open(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_matter_requested.emit(self.model.number(row))

    def _save_widths(self) -> None:
        """Remembered in characters of the font, so a later font scale keeps the proportions."""
        header, em = self.ui.table.horizontalHeader(), ems(self.ui.table, 1)
        settings().setValue(WIDTHS_KEY, [round(header.sectionSize(i) / em, 2) for i in range(header.count())])

    def _restore_widths(self) -> None:
        """Each column as wide as its longest usual text in the current font (or as the clerk left it); the matter
        number — the one petitioners quote — never narrower than a whole number."""
        table = self.ui.table
        header, em = table.horizontalHeader(), ems(table, 1)
        remembered = settings().value(WIDTHS_KEY, [])
        padding = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + em
        header.blockSignals(True)  # a font change is not the clerk resizing a column
        for i, sample in enumerate(COLUMN_SAMPLES):
            needed = text_width(table, sample) + padding
            try:
                width = round(float(remembered[i]) * em)
            except (IndexError, TypeError, ValueError):
                width = needed
            header.resizeSection(i, max(needed if i == 0 else 2 * em, width))
        header.blockSignals(False)


def _day(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())
