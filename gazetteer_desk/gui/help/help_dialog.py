"""The manual in the window, offline: F1 on an area or a dialog opens it at that screen's section.

The text and pictures are the same Markdown chapters the printed manual is built from (services.help.manual). Each
window or dialog gets its own F1 shortcut (:func:`install_help`), so no application-wide event filter is needed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import QDialog, QHBoxLayout, QSplitter, QTextBrowser, QTreeWidget, QTreeWidgetItem, QWidget

from gazetteer_desk.gui.screen_fit import fit_to_screen
from gazetteer_desk.services.help import manual

HELP_KEY = "F1"

# the section each area of the main window opens at (MainWindow.help_anchor); the county's 同步 is its import page
AREA_SECTIONS = {
    "registration": "register",
    "matters": "find-matter",
    "matter_page": "procedure",
    "reception_days": "reception-days",
    "field_visits": "field-visits",
    "mediation": "mediation",
    "statistics": "statistics",
    "sync": "monthly-bundle",
    "county_sync": "county-import",
    "settings": "settings",
}
# areas made of tabs: the section of each tab, in tab order
AREA_TAB_SECTIONS = {"reception_days": ("reception-days", "leader-desk")}


IMAGE_WIDTH = 640  # screenshots (1366 px) as the browser shows them


class _ManualBrowser(QTextBrowser):
    """Screenshots scaled smoothly once, as they load (the browser itself would scale them pixel by pixel)."""

    def loadResource(self, kind, url):  # noqa: N802 - Qt's virtual
        path = url.toLocalFile() or url.path()  # the document hands the file URL on as a bare path
        if kind == QTextDocument.ResourceType.ImageResource and path:
            image = QImage(path)
            if image.width() > IMAGE_WIDTH:  # in true colour: a 256-colour image would be scaled pixel by pixel
                image = image.convertToFormat(QImage.Format.Format_RGB32).scaledToWidth(
                    IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
            return image
        return super().loadResource(kind, url)


class HelpDialog(QDialog):
    """操作手册: the contents on the left, the chapters on the right, scrolled to ``anchor``."""

    def __init__(self, anchor: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("操作手册 — 信访接待台")
        self.setObjectName("helpDialog")
        self.anchor = ""
        self.chapters = manual.chapters()
        self.contents = QTreeWidget(objectName="manualContents", headerHidden=True)
        self.contents.setAccessibleName("手册目录")
        self.browser = _ManualBrowser(objectName="manualBrowser", openLinks=False)
        self.browser.setAccessibleName("手册内容")
        self._items: dict[str, QTreeWidgetItem] = {}
        for chapter in self.chapters:
            top = None
            for block in chapter.blocks:
                if block.kind != "heading" or block.level > 2:
                    continue
                item = QTreeWidgetItem([block.plain])
                item.setData(0, Qt.ItemDataRole.UserRole, block.anchor)
                if block.level == 1 or top is None:
                    self.contents.addTopLevelItem(item)
                    top = item
                else:
                    top.addChild(item)
                self._items[block.anchor] = item
        self.contents.expandAll()
        self.contents.currentItemChanged.connect(
            lambda item, _old: item is not None and self.show_section(item.data(0, Qt.ItemDataRole.UserRole)))
        self.browser.setHtml(manual.to_html(self.chapters, image_width=IMAGE_WIDTH))
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setSizes([260, 760])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        fit_to_screen(self, QSize(1020, 680))
        self.show_section(anchor)

    def show_section(self, anchor: str) -> None:
        """Scroll to ``anchor`` (the start for an unknown one) and mark it in the contents."""
        if anchor not in self._items:
            anchor = self.chapters[0].anchor if self.chapters else ""
        self.anchor = anchor
        item = self._items.get(anchor)
        if item is not None and self.contents.currentItem() is not item:
            self.contents.setCurrentItem(item)
        self.browser.scrollToAnchor(anchor)
        QTimer.singleShot(0, lambda: self.browser.scrollToAnchor(self.anchor))  # again once laid out

    def section_title(self) -> str:
        return manual.section_title(self.chapters, self.anchor)


def open_manual(widget: QWidget, anchor: str) -> HelpDialog:
    """The manual beside ``widget``'s window at ``anchor``; one per window, raised again on the next F1."""
    window = widget.window()
    dialog = window.findChild(HelpDialog, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if dialog is None:
        dialog = HelpDialog(anchor, window)  # modeless: the clerk reads while working on
    else:
        dialog.show_section(anchor)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def install_help(widget: QWidget, anchor: str | Callable[[], str]) -> QShortcut:
    """F1 on ``widget`` (a dialog, or any page) opens the manual at ``anchor`` (or what the callable answers)."""
    shortcut = QShortcut(QKeySequence(HELP_KEY), widget, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(lambda: open_manual(widget, anchor() if callable(anchor) else anchor))
    return shortcut
