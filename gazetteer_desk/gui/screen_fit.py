"""Windows that fit the desk's screen: township offices run 1024×768 and 1366×768 (less a taskbar), some at 150 %.

A window or dialog opens no larger than the screen's free area; a page that needs more room than it gets scrolls
instead of pushing the window — and its buttons — off the screen.
"""

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


FRAME = QSize(16, 40)  # what a window manager adds around a window: borders and the title bar


def available_geometry(widget: QWidget) -> QRect:
    """The free area (without taskbars) of the screen the widget is on, or will open on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def minimum_size(widget: QWidget) -> QSize:
    """The least size the widget's layout allows: its minimum size hint, raised by an explicit minimum size."""
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())


def fit_to_screen(window: QWidget, preferred: QSize | None = None) -> None:
    """Size a top-level window to ``preferred`` (else the size its form gave it, else its size hint), shrunk to the
    screen's free area less the window frame, yet never below its minimum: a dialog opens with its buttons on the
    screen. Qt centres a dialog over its parent and keeps it on the screen when it shows."""
    area = available_geometry(window).size()
    room = QSize(area.width() - FRAME.width(), area.height() - FRAME.height())
    wanted = preferred or (window.size() if window.testAttribute(Qt.WidgetAttribute.WA_Resized) else window.sizeHint())
    window.resize(wanted.boundedTo(room).expandedTo(minimum_size(window)))


class PageScroll(QScrollArea):
    """A page that fills the room it gets and scrolls when it needs more. Sized here rather than by
    ``widgetResizable``: that asks a page with word-wrapped labels for its *preferred* height, so a page that scrolls
    inside itself (the registration form) would scroll twice."""

    def __init__(self, page: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{page.objectName() or 'page'}Scroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(page)
        page.installEventFilter(self)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit_page()
        return super().viewportEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit_page()  # its content changed: its minimum may have too
        return False

    def fit_page(self) -> None:
        page = self.widget()
        if page is not None:
            page.resize(self.viewport().size().expandedTo(minimum_size(page)))


def scrolling(page: QWidget) -> PageScroll:
    return PageScroll(page)


def ems(widget: QWidget, count: float) -> int:
    """``count`` Chinese characters of the widget's current font, in pixels."""
    return round(count * widget.fontMetrics().horizontalAdvance("中"))


def text_width(widget: QWidget, text: str) -> int:
    return widget.fontMetrics().horizontalAdvance(text)


class _FontFollower(QObject):
    """Calls ``resize`` now and each time the widget's font changes (the 适老化 scale applied at once)."""

    def __init__(self, widget: QWidget, resize):
        super().__init__(widget)
        self._resize = resize
        widget.installEventFilter(self)
        resize()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self._resize()
        return False


def follow_font(widget: QWidget, resize) -> None:
    """Sizes measured from a font (pixels) are measured again when the font changes."""
    _FontFollower(widget, resize)
