"""What every view of the window shares: the store, the operation runner, the clerk, and the app-wide signals."""

from PySide6.QtCore import QObject, QSettings, Signal

from .operations import OperationRunner

ORGANISATION = "GazetteerDesk"
APPLICATION = "信访接待台"


def settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


class DeskContext(QObject):
    """Signals are named for what happened; any view may emit them, the main window routes them."""

    matter_registered = Signal(str)  # number
    matter_changed = Signal(str)  # number: an action or a rating was saved
    open_matter_requested = Signal(str)  # number
    show_matters_requested = Signal(str)  # due filter: "overdue" | "soon" | "due" (both)
    receipt_requested = Signal(str)  # number: the main window opens the receipt dialog
    clerk_changed = Signal(str)

    def __init__(self, store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.runner = OperationRunner(self)
        self._clerk = settings().value("desk/clerk", "", str)

    @property
    def clerk(self) -> str:
        return self._clerk

    def set_clerk(self, name: str) -> None:
        if name != self._clerk:
            self._clerk = name
            settings().setValue("desk/clerk", name)
            self.clerk_changed.emit(name)

