"""A leader's own page: my coming reception days, the matters I hold (包案) with their limits, and what is overdue.

The layout is the Designer form ui/leader_view.ui. Signed in as a leader, the page opens on that leader's own view.
"""

from datetime import date

from PySide6.QtWidgets import QWidget

from gazetteer_desk.services.leaders import leader_view
from gazetteer_desk.services.setup import setup
from gazetteer_desk.store.database import Store
from gazetteer_desk.gui.forms.ui_leader_view import Ui_LeaderView
from gazetteer_desk.gui.widgets import fill, fill_leaders, fit_columns, run


class LeaderView(QWidget):
    def __init__(self, store: Store, leader: str | None = None, parent: QWidget | None = None, *, user=None):
        super().__init__(parent)
        self.store, self.user = store, user  # the signed-in user: what their role may not see is left out
        self.ui = ui = Ui_LeaderView()
        ui.setupUi(self)
        self.message = ui.message
        fill_leaders(ui.leader, store)
        fit_columns(ui.daysTable, ui.heldTable, ui.overdueTable)
        leader = leader or own_leader_name(store, user)
        if leader:
            ui.leader.setCurrentText(leader)
        ui.leader.currentIndexChanged.connect(self.refresh)
        ui.refreshButton.clicked.connect(self.refresh)
        self.refresh()

    def refresh(self, today: date | None = None) -> None:
        name = self.ui.leader.currentText()
        if not name:
            return
        view = run(self.message, lambda: leader_view.leader_overview(
            self.store, name, today if isinstance(today, date) else None, viewer=self.user))
        if not view:
            return
        ui = self.ui
        ui.summary.setText(f"接访日 {len(view.days)} 个　包案 {len(view.held)} 件　超期 {len(view.overdue)} 件")
        fill(ui.daysTable, [(f"{r.day:%Y-%m-%d}", r.time_label, r.place, r.form,
                             f"{r.liaison} {r.liaison_phone}".strip(), r.visit_count) for r in view.days])
        fill(ui.heldTable, [
            (h.assignment.matter_number, h.assignment.matter_request, h.assignment.matter_status_label,
             h.assignment.end_on or "未定", h.assignment.matter_due_on or "", "、".join(h.assignment.duties_done) or "未记录",
             h.status_text) for h in view.held])
        fill(ui.overdueTable, [(h.assignment.matter_number, h.assignment.matter_request, h.deadline, h.status_text)
                               for h in view.overdue])


def own_leader_name(store: Store, user) -> str | None:
    """The signed-in user's name when their account belongs to a leader (services.accounts.CurrentUser.staff_id)."""
    staff_id = getattr(user, "staff_id", None)
    if not staff_id:
        return None
    return next((s.name for s in setup.staff(store, leaders_only=True) if s.id == staff_id), None)
