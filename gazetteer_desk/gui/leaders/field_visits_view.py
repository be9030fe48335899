"""下访 area: the log of leaders' visits to villages; from an entry, open a new matter or record progress on one.

The layout is the Designer form ui/field_visits.ui; leaders, villages and categories are filled in here."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from gazetteer_desk.domain.categories import CATEGORIES
from gazetteer_desk.services.leaders import field_visits as fv
from gazetteer_desk.services.setup import setup
from gazetteer_desk.services.matters.registration import RegistrationInput
from gazetteer_desk.store.database import Store
from gazetteer_desk.gui.forms.ui_field_visits import Ui_FieldVisits
from gazetteer_desk.gui.widgets import (
    fill,
    fill_leaders,
    fit_columns,
    run,
    select_key,
    selected_key,
    set_dates,
    to_date,
)


class FieldVisitsView(QWidget):
    matter_opened = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None, *, actor=""):
        super().__init__(parent)
        self.actor = actor  # the signed-in user (CurrentUser accepted: registering a matter checks the role)
        self.store = store
        self.current = None
        self.ui = ui = Ui_FieldVisits()
        ui.setupUi(self)
        self.message = ui.message
        fill_leaders(ui.leader, store)
        set_dates(None, ui.day)
        ui.village.addItems([v.name for v in setup.villages(store)])
        ui.category.addItems(list(CATEGORIES))
        fit_columns(ui.visitsTable, ui.mattersTable)

        ui.logButton.clicked.connect(self.log_visit)
        ui.visitsTable.itemSelectionChanged.connect(lambda: self.show_entry(selected_key(ui.visitsTable)))
        ui.openButton.clicked.connect(self.open_matter)
        ui.progressButton.clicked.connect(self.record_progress)
        self.refresh()

    def refresh(self) -> None:
        rows = fv.list_field_visits(self.store)
        fill(self.ui.visitsTable, [(f"{r.day:%Y-%m-%d}", r.leader, r.village_name, r.people_met, r.problems)
                                 for r in rows], [r.id for r in rows])

    def log_visit(self) -> None:
        data = fv.FieldVisitInput(self.ui.leader.currentText(), to_date(self.ui.day), self.ui.village.currentText(),
                                  self.ui.peopleMet.text(), self.ui.problems.toPlainText())
        row = run(self.message, lambda: fv.log_field_visit(self.store, data, actor=self.actor))
        if row:
            self.message.ok(f"已保存：{row.day:%Y-%m-%d} {row.leader}到{row.village_name}下访")
            self.ui.peopleMet.clear()
            self.ui.problems.clear()
            self.refresh()
            select_key(self.ui.visitsTable, row.id)

    def show_entry(self, entry_id: str | None) -> None:
        self.current = entry_id
        if not entry_id:
            return
        page = run(self.message, lambda: fv.field_visit_page(self.store, entry_id, viewer=self.actor))
        if page:
            v = page.visit
            self.ui.entryTitle.setText(f"{v.day:%Y年%m月%d日}　{v.leader}（{v.post}）　{v.village_name}　发现问题：{v.problems}")
            fill(self.ui.mattersTable, [(m.number, m.how, m.note or m.request) for m in page.matters])

    def open_matter(self) -> None:
        if not self.current:
            self.message.error("请先选择一条下访记录")
            return
        data = RegistrationInput(name=self.ui.name.text(), phone=self.ui.phone.text() or None,
                                 request=self.ui.request.toPlainText(), category=self.ui.category.currentText())
        result = run(self.message, lambda: fv.open_matter(self.store, self.current, data, actor=self.actor))
        if result:
            self.message.ok(f"已登记新事项 {result.number}")
            for w in (self.ui.name, self.ui.phone, self.ui.request):
                w.clear()
            self.show_entry(self.current)
            self.matter_opened.emit(result.number)

    def record_progress(self) -> None:
        if not self.current:
            self.message.error("请先选择一条下访记录")
            return
        number, text = self.ui.progressNumber.text(), self.ui.progressText.toPlainText()
        if run(self.message, lambda: fv.record_progress(self.store, self.current, number, text, actor=self.actor),
               f"已记入 {number.strip()} 的办理记录"):
            self.ui.progressText.clear()
            self.show_entry(self.current)
