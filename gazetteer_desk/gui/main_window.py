"""The main window: navigation on the left, one area at a time, the due banner on top, who/where in the status bar."""

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QMainWindow, QScrollArea, QSizePolicy,
                               QStackedWidget, QStyle, QVBoxLayout, QWidget)

from gazetteer_desk.gui.areas import AREAS, Area
from gazetteer_desk.gui.matters.due_banner import DueBanner
from gazetteer_desk.gui.permissions_ui import area_denial
from gazetteer_desk.gui.screen_fit import fit_to_screen, scrolling

PAGE_SIGNALS = ("receipt_requested", "open_matter_requested", "matter_registered", "matter_changed")


class MainWindow(QMainWindow):
    def __init__(self, ctx, township_label: str = ""):
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle("信访接待台" + (f" — {township_label}" if township_label else ""))
        self._areas: list[Area] = []
        self._pages: dict[str, QWidget] = {}  # area key -> the filled page (created on first show)
        self.matter_page = None

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 0)
        self.banner = DueBanner(ctx)
        outer.addWidget(self.banner)
        body = QHBoxLayout()
        outer.addLayout(body, 1)
        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setAccessibleName("功能导航")
        body.addWidget(self.navigation)
        self.stack = QStackedWidget()
        body.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        for area in AREAS.values():
            self.add_area(area.key, area.title, area.factory, area.pending)
        self.navigation.currentRowChanged.connect(self._show_row)

        self.township_status = QLabel(township_label)
        self.user_status = QLabel(f"用户：{ctx.user.username}（{ctx.user.role_label}）")
        self.clerk_status = QLabel()
        self.store_status = QLabel(f"数据库：{ctx.store.path}")
        self.query_hint = QLabel("F3 进度查询")
        for label in (self.query_hint, self.township_status, self.user_status, self.clerk_status, self.store_status):
            self.statusBar().addPermanentWidget(label)
        self._show_clerk(ctx.clerk)
        ctx.clerk_changed.connect(self._show_clerk)
        ctx.open_matter_requested.connect(self.open_matter)
        ctx.receipt_requested.connect(self.print_papers)
        ctx.show_matters_requested.connect(self.show_matters)
        ctx.matter_registered.connect(lambda _n: self.banner.refresh())
        ctx.matter_changed.connect(lambda _n: self.banner.refresh())
        QShortcut(QKeySequence("F3"), self, self.ask_progress)  # a petitioner at the window or on the phone
        self._add_help_menu()
        # a long folder must not widen the window: the path gives way (whole in the tooltip), the rest stays
        self.store_status.setToolTip(str(ctx.store.path))
        self.store_status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.navigation.setCurrentRow(0)
        self._fit_navigation()
        self.navigation.installEventFilter(self)
        self.banner.refresh()
        fit_to_screen(self, QSize(1280, 800))

    # ---- areas --------------------------------------------------------------------------------------------
    def add_area(self, key: str, title: str, widget_factory=None, pending: str = "") -> None:
        """Add (or fill) an area; the page is built the first time it is shown. Ctrl+N switches to the N-th."""
        existing = next((a for a in self._areas if a.key == key), None)
        if existing:
            existing.title, existing.factory = title, widget_factory
            row = self._areas.index(existing)
            self.navigation.item(row).setText(title)
            if key in self._pages:  # replace a pending text already built
                old = self.stack.widget(row)  # the scroll area around the page
                del self._pages[key]
                self.stack.removeWidget(old)
                old.deleteLater()
                self.stack.insertWidget(row, QWidget())
            return
        area = Area(key, title, widget_factory, pending)
        self._areas.append(area)
        row = len(self._areas) - 1
        self.navigation.addItem(f"{title}" + (f"　Ctrl+{row + 1}" if row < 9 else ""))
        item = self.navigation.item(row)
        item.setData(Qt.AccessibleTextRole, title)
        reason = self.area_denial(key)
        if reason:  # shown, so people know it exists, but greyed out with the reason
            item.setFlags(item.flags() & ~Qt.ItemIsEnabled)
            item.setToolTip(reason)
        self.stack.insertWidget(row, QWidget())  # filled on first show
        if row < 9:
            QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self, lambda r=row: self.navigation.setCurrentRow(r))

    def area_denial(self, key: str) -> str:
        return area_denial(self.ctx.user, key, self.ctx.store.mode)

    def area_keys(self) -> list[str]:
        return [a.key for a in self._areas]

    def page(self, key: str) -> QWidget:
        """The area's page, built now if it was not yet."""
        row = self.area_keys().index(key)
        if key not in self._pages:
            area = self._areas[row]
            reason = self.area_denial(key)
            if reason:
                widget = _pending_page(area, reason)
            else:
                widget = area.factory(self.ctx) if area.factory else _pending_page(area)
            for name in PAGE_SIGNALS:
                signal = getattr(widget, name, None)
                if signal is not None and hasattr(signal, "connect"):
                    signal.connect(getattr(self.ctx, name).emit)
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, scrolling(widget))  # a page taller or wider than the screen scrolls
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[key] = widget
        return self._pages[key]

    def show_area(self, key: str) -> QWidget:
        row = self.area_keys().index(key)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)
        else:
            self._show_row(row)
        return self._pages[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        widget = self.page(self._areas[row].key)
        self.stack.setCurrentWidget(widget.parentWidget().parentWidget())  # the page's scroll area
        focus = getattr(widget, "focus_first", None)
        if focus:
            focus()

    # ---- 帮助 ---------------------------------------------------------------------------------------------------
    def _add_help_menu(self) -> None:
        menu = self.menuBar().addMenu("帮助(&H)")
        self.manual_action = QAction("操作手册(&M)", self, shortcut=QKeySequence("F1"))
        self.manual_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # a dialog's own F1 goes first
        self.manual_action.triggered.connect(self.open_manual)
        self.manual_pdf_action = QAction("保存操作手册 PDF(&P)…", self)
        self.manual_pdf_action.triggered.connect(self.ask_manual_pdf)
        self.about_action = QAction("关于(&A)", self)
        self.about_action.triggered.connect(self.show_about)
        menu.addAction(self.manual_action)
        menu.addAction(self.manual_pdf_action)
        menu.addSeparator()
        menu.addAction(self.about_action)

    def help_anchor(self) -> str:
        """The manual's section for the page shown now (a page may name its own, e.g. the settings tab in use)."""
        from gazetteer_desk.gui.help.help_dialog import AREA_SECTIONS, AREA_TAB_SECTIONS

        page = self.current_page()
        own = getattr(page, "help_anchor", None)
        if callable(own):
            return own()
        if page is not None and page is self.matter_page:
            return AREA_SECTIONS["matter_page"]
        key = next((k for k, p in self._pages.items() if p is page), "registration")
        tabs = AREA_TAB_SECTIONS.get(key, ())
        if tabs and 0 <= page.currentIndex() < len(tabs):
            return tabs[page.currentIndex()]
        if key == "sync" and self.ctx.store.mode == "county":
            key = "county_sync"
        return AREA_SECTIONS.get(key, "")

    def open_manual(self):
        from gazetteer_desk.gui.help.help_dialog import open_manual

        return open_manual(self, self.help_anchor())

    def ask_manual_pdf(self) -> None:
        """The printable manual, for a clerk who has no command line at hand."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, "保存操作手册", str(Path.home() / "信访接待台操作手册.pdf"),
                                              "PDF 文件 (*.pdf)")
        if path:
            self.save_manual_pdf(Path(path))

    def save_manual_pdf(self, path) -> None:
        from PySide6.QtWidgets import QMessageBox

        from gazetteer_desk.services.help.manual_pdf import build_manual

        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.statusBar().showMessage("正在生成操作手册 PDF…")
        self.ctx.runner.run(
            lambda: build_manual(path),
            on_done=lambda built: self.statusBar().showMessage(f"✓ 已保存操作手册：{built.path}（{built.pages} 页）"),
            on_error=lambda message: (self.statusBar().clearMessage(),
                                      QMessageBox.warning(self, "操作手册未保存", message)))

    def show_about(self):
        from gazetteer_desk.gui.help.about_dialog import AboutDialog

        dialog = AboutDialog(self.ctx.store, self)
        dialog.open()
        self.about_dialog = dialog
        return dialog

    # ---- routed requests ----------------------------------------------------------------------------------
    def ask_progress(self):
        """进度查询 by the number and 查询码 on the receipt (F3)."""
        from gazetteer_desk.gui.matters.progress_query_dialog import ProgressQueryDialog

        dialog = ProgressQueryDialog(self.ctx, self)
        dialog.open()
        return dialog

    def open_matter(self, number: str) -> None:
        from gazetteer_desk.gui.matters.matter_page import MatterPage

        if self.matter_page is not None:
            frame = self.matter_page.parentWidget().parentWidget()
            self.stack.removeWidget(frame)
            frame.deleteLater()
        self.matter_page = MatterPage(self.ctx, number)
        self.matter_page.back_requested.connect(lambda: self.show_area("matters"))
        self.matter_page.receipt_requested.connect(self.ctx.receipt_requested.emit)
        frame = scrolling(self.matter_page)
        self.stack.addWidget(frame)
        self.stack.setCurrentWidget(frame)
        self.matter_page.setFocus()

    def print_papers(self, number: str) -> None:
        from gazetteer_desk.gui.matters.receipt_dialog import ReceiptDialog

        dialog = ReceiptDialog(self.ctx.store, number, actor=self.ctx.user, parent=self)
        dialog.finished.connect(lambda _r: self.ctx.matter_changed.emit(number))
        dialog.open()
        self.receipt_dialog = dialog

    def current_page(self) -> QWidget | None:
        """The page shown now (an area's page or the matter page), not the scroll area around it."""
        frame = self.stack.currentWidget()
        return frame.widget() if isinstance(frame, QScrollArea) else frame

    def show_matters(self, due: str) -> None:
        self.show_area("matters").show_due(due)

    def _show_clerk(self, name: str) -> None:
        self.clerk_status.setText(f"接待人：{name or '未选择'}")

    def _fit_navigation(self) -> None:
        """As wide as the longest area name with its shortcut in the current font (the 适老化 scale changes it)."""
        nav = self.navigation
        texts = [nav.item(row).text() for row in range(nav.count())]
        widest = max((nav.fontMetrics().horizontalAdvance(text) for text in texts), default=0)
        # the item's padding (stylesheet: 6 px each side), the frame, and room for a vertical scroll bar
        scroll_bar = nav.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        nav.setFixedWidth(widest + 2 * nav.frameWidth() + 12 + scroll_bar)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        # the list's own font change, not the window's: the window may hear of a new font before the list has it
        if watched is self.navigation and event.type() == QEvent.Type.FontChange:
            self._fit_navigation()
        return False

    def closeEvent(self, event) -> None:
        self.ctx.runner.wait()
        super().closeEvent(event)


def _pending_page(area: Area, reason: str = "") -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    title = QLabel(area.title)
    from gazetteer_desk.gui.theme import scaled

    scaled(title, 18)
    text = QLabel(reason or area.pending or "此功能即将接入。")
    text.setWordWrap(True)
    layout.addWidget(title)
    layout.addWidget(text)
    layout.addStretch(1)
    return page
