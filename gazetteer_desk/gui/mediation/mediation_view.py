"""调解 area: the cases list with a summary of its warnings (one line per kind; 查看 narrows the list to them), a new-case form with a parties table, and the case page
(:class:`~.mediation_case.MediationCasePanel`).

The layout is the Designer form ui/mediation.ui; the case page is composed into its 案件详情 tab here.
"""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from gazetteer_desk.services.mediation import mediation as med
from gazetteer_desk.store.database import Store
from gazetteer_desk.gui.forms.ui_mediation import Ui_Mediation
from gazetteer_desk.gui.widgets import cells, fill, fit_columns, run, select_key, selected_key, set_dates, to_date
from gazetteer_desk.gui.mediation.mediation_case import MediationCasePanel
from gazetteer_desk.gui.operations import OperationRunner

PARTY_COLUMNS = ("身份", "类型", "姓名/名称", "证件号码", "联系电话", "住址")
CASE_TAB = 1


class MediationView(QWidget):
    case_opened = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None, *, actor="", runner: OperationRunner | None = None):
        super().__init__(parent)
        self.actor = actor  # the signed-in user: permissions are checked, the records name them
        self.store = store
        self.ui = ui = Ui_Mediation()
        ui.setupUi(self)
        self.message = ui.message
        self.case = MediationCasePanel(store, self.message, actor=actor, runner=runner)
        ui.caseScroll.setWidget(self.case)
        ui.source.addItems(list(med.SOURCES.values()))
        set_dates(None, ui.appliedOn)
        fit_columns(ui.casesTable, ui.parties)
        ui.split.setStretchFactor(1, 2)
        ui.casesTable.itemSelectionChanged.connect(lambda: self.show_case(selected_key(ui.casesTable)))
        ui.addPartyButton.clicked.connect(lambda: self.add_party_row())
        ui.removePartyButton.clicked.connect(lambda: ui.parties.removeRow(ui.parties.currentRow()))
        ui.openButton.clicked.connect(self.open_case)
        self.case.changed.connect(lambda: self.refresh())
        self.warnings: list[med.MediationWarning] = []
        self.only_warned = False
        ui.warningsLabel.setTextFormat(Qt.TextFormat.RichText)
        ui.warningsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                 | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        ui.warningsLabel.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        ui.warningsLabel.linkActivated.connect(lambda _link: self.show_only_warned(not self.only_warned))
        self.refresh()

    # ---- new case
    def add_party_row(self, values: tuple[str, ...] = ()) -> None:
        parties = self.ui.parties
        row = parties.rowCount()
        defaults = ("申请人" if row == 0 else "被申请人", "个人", "", "", "", "")
        fill_values = tuple(values) + defaults[len(values):]
        parties.insertRow(row)
        for c, value in enumerate(fill_values):
            parties.setItem(row, c, QTableWidgetItem(value))

    def _party_inputs(self) -> list[med.Party]:
        cols = [cells(self.ui.parties, c) for c in range(len(PARTY_COLUMNS))]
        return [med.Party(name=n, role=r, kind=k, id_number=i, phone=p, address=a)
                for r, k, n, i, p, a in zip(*cols, strict=False)]

    def open_case(self) -> None:
        ui = self.ui
        source = list(med.SOURCES)[ui.source.currentIndex()]
        data = med.MediationInput(
            self._party_inputs(), ui.mediators.text().replace("，", "、").split("、"), to_date(ui.appliedOn),
            source, ui.matterNumber.text() or None, ui.facts.toPlainText(), ui.issues.toPlainText())
        number = run(self.message, lambda: med.open_case(self.store, data, actor=self.actor))
        if number:
            self.message.ok(f"已登记调解案件 {number}")
            ui.parties.setRowCount(0)
            for w in (ui.matterNumber, ui.mediators, ui.facts, ui.issues):
                w.clear()
            self.refresh()
            select_key(ui.casesTable, number)
            self.case_opened.emit(number)

    # ---- the list and the case page
    def refresh(self, today: date | None = None) -> None:
        rows = med.list_cases(self.store)
        self.warnings = med.mediation_warnings(self.store, today)
        fill(self.ui.casesTable, [(r.number, r.applied_on, r.source_label, r.parties, r.status_label, r.performance)
                                  for r in rows], [r.number for r in rows])
        self.show_only_warned(self.only_warned and bool(self.warnings))
        if self.case.number:
            self.show_case(self.case.number, today)

    def show_only_warned(self, only: bool) -> None:
        """The summary above the list; its link narrows the list to the warned cases and back."""
        self.only_warned = only
        table, warned = self.ui.casesTable, {w.number for w in self.warnings}
        for row in range(table.rowCount()):
            table.setRowHidden(row, only and table.item(row, 0).data(Qt.ItemDataRole.UserRole) not in warned)
        lines = med.summarise_warnings(self.warnings)
        link = "显示全部案件" if only else "查看这些案件"
        self.ui.warningsLabel.setText(
            "<br>".join(f"⚠ {line}" for line in lines) + f"　<a href='warned'>{link}</a>" if lines else "")
        self.ui.warningsLabel.setToolTip("\n".join(f"{w.number}：{w.message}" for w in self.warnings))

    def show_case(self, number: str | None, today: date | None = None) -> None:
        if number and self.case.show_case(number, today):
            self.ui.tabs.setCurrentIndex(CASE_TAB)

    @property
    def number(self) -> str | None:
        """The case on the 案件详情 tab."""
        return self.case.number
