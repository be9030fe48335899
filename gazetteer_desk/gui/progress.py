"""A progress dialog for one long job on the :class:`~gazetteer_desk.gui.operations.OperationRunner`: the pages that
export or import bundles show the same window, fed by the runner's ``on_progress`` and closed when the job ends."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressDialog, QWidget


class JobProgress:
    """Owns the dialog of the running job (none between jobs). ``start`` opens it and disables ``button`` (the one
    that started the job, so it is not started twice); ``finish`` closes it and enables the button again."""

    def __init__(self, parent: QWidget, title: str, label: str, button: QWidget | None = None):
        self.parent, self.title, self.label, self.button = parent, title, label, button
        self.dialog: QProgressDialog | None = None

    def start(self) -> None:
        self.dialog = QProgressDialog(self.label, None, 0, 100, self.parent)  # no cancel: a job runs to its end
        self.dialog.setWindowTitle(self.title)
        self.dialog.setMinimumDuration(300)  # quick jobs never flash a window
        if self.button is not None:
            self.button.setEnabled(False)

    def on_progress(self, percent: int, text: str) -> None:
        if self.dialog:
            self.dialog.setValue(percent)
            self.dialog.setLabelText(text)

    def finish(self) -> None:
        if self.dialog:
            self.dialog.reset()
            self.dialog = None
        if self.button is not None:
            self.button.setEnabled(True)
