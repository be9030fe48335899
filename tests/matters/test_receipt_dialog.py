"""The receipt dialog against a real store: preview, save, print to a PDF printer, history lines."""

from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader

from gazetteer_desk.documents.kinds import DocumentKind
from gazetteer_desk.documents.model import Paper
from gazetteer_desk.gui.matters.receipt_dialog import ReceiptDialog
from gazetteer_desk.services.matters import matters, receipts
from gazetteer_desk.services.matters.registration import RegistrationInput, register


def make_matter(store):
    number = register(store, RegistrationInput(name="赵燊", request="低保申请", id_number="11010519491231002X")).number
    matters.take_action(store, number, "accept")
    return number


def test_preview_lists_only_the_papers_the_state_allows(qtbot, store):
    number = make_matter(store)
    dialog = ReceiptDialog(store, number, actor="李明")
    qtbot.addWidget(dialog)
    kinds = [dialog.kind_box.itemData(i) for i in range(dialog.kind_box.count())]
    assert kinds == [DocumentKind.RECEIPT, DocumentKind.ACCEPT]
    assert dialog.pages_layout.count() == 1 and dialog.print_button.isEnabled()


def test_save_writes_the_pdf_and_records_it(qtbot, store, tmp_path):
    number = make_matter(store)
    dialog = ReceiptDialog(store, number, actor="李明", kind=DocumentKind.ACCEPT)
    qtbot.addWidget(dialog)
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData(Paper.A5))
    dialog.save_to(tmp_path / "受理告知书.pdf")
    text = PdfReader(tmp_path / "受理告知书.pdf").pages[0].extract_text()
    assert number in text and "受理告知书" in text.replace(" ", "")
    assert receipts.remembered_paper(store) is Paper.A5
    last = matters.get_matter(store, number).events[-1]
    assert last.kind == "printed" and "受理告知书" in last.detail and last.actor == "李明"


def test_print_renders_at_the_printer_resolution_and_is_recorded(qtbot, store, tmp_path):
    number = make_matter(store)
    dialog = ReceiptDialog(store, number, actor="张华")
    qtbot.addWidget(dialog)
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData(Paper.THERMAL_80))
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.print_to(printer)
    assert printer.resolution() == 203
    page = PdfReader(tmp_path / "printed.pdf").pages[0]
    assert abs(float(page.mediabox.width) - 226.8) < 2  # the 80 mm roll, not A4
    assert "打印《来访登记回执》" in matters.get_matter(store, number).events[-1].detail


def test_a_saved_paper_is_reported_in_the_success_colour_not_in_red(qtbot, store, tmp_path):
    from PySide6.QtGui import QPalette

    from gazetteer_desk.gui.app import create_app

    create_app([])  # the theme's style sheet gives the colours
    dialog = ReceiptDialog(store, make_matter(store), actor="李明")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save_to(tmp_path / "回执.pdf")
    assert dialog.message.text().startswith("✓ 已保存") and dialog.message.property("role") == "ok"
    assert dialog.message.palette().color(QPalette.ColorRole.WindowText).name() == "#1b5e20"
