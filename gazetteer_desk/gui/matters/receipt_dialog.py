"""打印回执/告知书: choose the paper and the notice, see it, print it or save it — and the history records it.

The layout is the Designer form ui/receipt_dialog.ui; the preview pages are made in ``refresh``.
"""

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSettings, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QWidget

from gazetteer_desk.documents.model import Paper
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.matters import receipts
from gazetteer_desk.services.matters.matters import get_matter
from gazetteer_desk.gui.forms.ui_receipt_dialog import Ui_ReceiptDialog
from gazetteer_desk.gui.pdf_pages import page_images
from gazetteer_desk.gui.widgets import set_problem
from gazetteer_desk.gui.screen_fit import fit_to_screen
from gazetteer_desk.gui.help.help_dialog import install_help

PREVIEW_DPI = 90
# a printer's own resolution: laser and inkjet 300 dpi, thermal roll 203 dpi. Qt's "HighResolution" (1200 dpi)
# would spend seconds rasterising a one-page receipt.
PRINT_DPI = {Paper.A4: 300, Paper.A5: 300, Paper.THERMAL_80: 203}
PRINTER_KEY = "receipts/printer"


class ReceiptDialog(QDialog):
    def __init__(self, store, number: str, *, actor="", kind=None, parent: QWidget | None = None):
        super().__init__(parent)
        install_help(self, "receipt")  # F1: this dialog's section of the manual
        self.store, self.number, self.actor = store, number, actor
        self.document: receipts.Document | None = None
        self.ui = Ui_ReceiptDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(f"打印回执与告知书 — {number}")
        self.kind_box, self.paper_box, self.message = ui.kindCombo, ui.paperCombo, ui.messageLabel
        self.pages, self.pages_layout = ui.pagesWidget, ui.pagesLayout
        self.print_button, self.save_button = ui.printButton, ui.saveButton
        for available in receipts.available_kinds(get_matter(store, number)):
            self.kind_box.addItem(available.title, available)
        if kind is not None and self.kind_box.findData(kind) >= 0:
            self.kind_box.setCurrentIndex(self.kind_box.findData(kind))
        for paper in Paper:
            self.paper_box.addItem(paper.label, paper)
        self.paper_box.setCurrentIndex(self.paper_box.findData(receipts.remembered_paper(store)))
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)  # the preview pages are added in refresh()
        ui.buttons.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        ui.buttons.rejected.connect(self.reject)

        self.kind_box.currentIndexChanged.connect(self.refresh)
        self.paper_box.currentIndexChanged.connect(self._paper_changed)
        self.print_button.clicked.connect(self.choose_printer_and_print)
        self.save_button.clicked.connect(self.choose_file_and_save)
        self.refresh()
        fit_to_screen(self)  # the form asks for more height than a 768-line screen has

    @property
    def paper(self) -> Paper:
        return self.paper_box.currentData()

    def _paper_changed(self) -> None:
        receipts.remember_paper(self.store, self.paper)
        self.refresh()

    def refresh(self) -> None:
        while self.pages_layout.count():
            self.pages_layout.takeAt(0).widget().deleteLater()
        try:
            self.document = receipts.render(self.store, self.number, self.kind_box.currentData(), self.paper,
                                            viewer=self.actor)
        except DeskError as error:
            self.document = None
            set_problem(self.message, error.message)
        else:
            # a limit in a year whose holidays are not all entered may still move: said before the paper is printed
            set_problem(self.message, get_matter(self.store, self.number, viewer=self.actor).calendar_warning)
            for image in page_images(self.document.pdf, PREVIEW_DPI * self.devicePixelRatioF()):
                page = QLabel()
                pixmap = QPixmap.fromImage(image)
                pixmap.setDevicePixelRatio(self.devicePixelRatioF())
                page.setPixmap(pixmap)
                page.setStyleSheet("border: 1px solid #999; background: white;")
                self.pages_layout.addWidget(page)
        self.print_button.setEnabled(self.document is not None)
        self.save_button.setEnabled(self.document is not None)

    # --- saving -------------------------------------------------------------------------------------------------
    def choose_file_and_save(self) -> None:
        suggested = f"{self.number}-{self.document.title}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, "另存为PDF", str(Path.home() / suggested), "PDF 文件 (*.pdf)")
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        try:
            receipts.save_pdf(self.store, self.number, self.document.kind, path, self.paper, actor=self.actor)
        except DeskError as error:
            QMessageBox.warning(self, "未能保存", error.message)
            return
        set_problem(self.message, f"✓ 已保存：{path}", ok=True)
        self._issued()

    # --- printing -----------------------------------------------------------------------------------------------
    def choose_printer_and_print(self) -> None:
        printer = self._printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("打印")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            QSettings().setValue(PRINTER_KEY, printer.printerName())
            self.print_to(printer)

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        remembered = QSettings().value(PRINTER_KEY, "", str)
        if remembered and remembered in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(remembered)
        return printer

    def print_to(self, printer: QPrinter) -> None:
        """Rasterise at the printer's resolution and print every page edge to edge on the receipt's own paper."""
        document = self.document
        dpi = PRINT_DPI[document.paper]
        printer.setResolution(dpi)
        images = page_images(document.pdf, dpi, grayscale=True)
        first = images[0]
        size_mm = (first.width() * 25.4 / dpi, first.height() * 25.4 / dpi)
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4) if document.paper is Paper.A4 else
                                          QPageSize(_mm_size(*size_mm), QPageSize.Unit.Millimeter),
                                          QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, "未能打印", "无法连接打印机，请检查打印机是否开启并已连接。")
            return
        try:
            for n, image in enumerate(images):
                if n:
                    printer.newPage()
                target = painter.viewport()
                painter.drawImage(target, image)
        finally:
            painter.end()
        receipts.record_issue(self.store, document, "打印", self.actor)
        set_problem(self.message, f"✓ 已发送到打印机：{printer.printerName() or '默认打印机'}", ok=True)
        self._issued()

    def _issued(self) -> None:
        """Printed or saved: Enter now closes the dialog (not a second copy), and the desk's Enter goes on registering."""
        close = self.ui.buttons.button(QDialogButtonBox.StandardButton.Close)
        for button in (self.print_button, self.save_button):
            button.setAutoDefault(False)
        close.setDefault(True)
        close.setFocus()


def _mm_size(width: float, height: float):
    from PySide6.QtCore import QSizeF

    return QSizeF(width, height)
