"""What every view of the window shares: the store, the signed-in user, the operation runner, the clerk (the person
at the desk, by default the user's own staff name) and the app-wide signals."""

from PySide6.QtCore import QObject, QSettings, Signal

from gazetteer_desk.gui.operations import OperationRunner

ORGANISATION = "GazetteerDesk"
APPLICATION = "信访接待台"


def settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


class DeskContext(QObject):
    """Signals are named for what happened; any view may emit them, the main window routes them."""

    matter_registered = Signal(str)  # number
    matter_changed = Signal(str)  # number: an action or a rating was saved; "" = many at once (a holiday edit)
    open_matter_requested = Signal(str)  # number
    show_matters_requested = Signal(str)  # due filter: "overdue" | "soon" | "due" (both)
    receipt_requested = Signal(str)  # number: the main window opens the receipt dialog
    clerk_changed = Signal(str)
    idle_minutes_changed = Signal(int)
    directory_changed = Signal()  # villages, staff or leaders were added, renamed, retired (设置 › 名录)

    def __init__(self, store, user, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.user = user  # services.accounts.CurrentUser: passed as ``actor`` so permissions are checked and audited
        self.runner = OperationRunner(self)
        self._clerk = staff_name(store, user) or settings().value("desk/clerk", "", str)

    @property
    def clerk(self) -> str:
        return self._clerk

    def set_clerk(self, name: str) -> None:
        if name != self._clerk:
            self._clerk = name
            settings().setValue("desk/clerk", name)
            self.clerk_changed.emit(name)

    @property
    def actor(self) -> str:
        """For services that record who did it by name only (leaders' work, mediation, prints)."""
        return self.user.username

    def can(self, permission: str) -> bool:
        return self.user.can(permission)


def staff_name(store, user) -> str:
    """The staff member the account belongs to ('' when it is not tied to one)."""
    if not getattr(user, "staff_id", None):
        return ""
    from gazetteer_desk.services.setup import setup

    return next((s.name for s in setup.staff(store) if s.id == user.staff_id), "")

