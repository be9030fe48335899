"""Typing Chinese into a widget as an input method does.

``qtbot.keyClicks`` with Chinese text aborts the process (a Qt test-lib assertion in qasciikey.cpp), so tests
commit the text through a ``QInputMethodEvent`` — exactly what a pinyin input method sends.
"""

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def type_chinese(widget, text: str) -> None:
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
