"""Confirmation of a step that cannot be undone (clear a filled-in form, cancel a reception day, restore a backup …).

The safe answer is the default and the Escape answer: a clerk who presses Enter or Esc without reading — e.g. Esc,
then Enter out of habit — keeps what is there. Only an explicit 是 (click, or Alt+Y) goes ahead.
"""

from PySide6.QtWidgets import QMessageBox, QWidget

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def destructive_question(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """The question box, not yet shown: 是 / 否 with 否 as the default and the Escape button."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, YES | NO, parent)
    box.setDefaultButton(NO)
    box.setEscapeButton(NO)
    return box


def confirm_destructive(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask; True only if the answer is 是."""
    return destructive_question(parent, title, text).exec() == YES
