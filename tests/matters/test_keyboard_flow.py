"""The keyboard flow of a clerk's morning: Enter after printing a receipt goes on registering, Down or Enter from the
search box reaches the results, and 同一事项再次来访 fills in the person."""

import pytest
from PySide6.QtCore import Qt

from gazetteer_desk.services.matters.registration import RegistrationInput, register
from tests.typing_helpers import type_chinese

VALID_ID = "11010519491231002X"

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_enter_after_printing_the_receipt_still_means_continue(qtbot, desk, store):
    view = desk.show_area("registration")
    ui = view.ui
    type_chinese(ui.nameEdit, "王秀英")
    type_chinese(ui.requestEdit, "要求解决宅基地纠纷")
    view.save()
    qtbot.waitUntil(lambda: ui.pages.currentWidget() is ui.resultPage, timeout=5000)
    ui.printButton.setFocus()
    qtbot.keyClick(ui.printButton, Qt.Key_Space)  # 打印回执 by keyboard
    qtbot.waitUntil(lambda: getattr(desk, "receipt_dialog", None) is not None and desk.receipt_dialog.isVisible())
    qtbot.keyClick(desk.receipt_dialog, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not desk.receipt_dialog.isVisible())
    assert desk.focusWidget() is ui.continueButton
    qtbot.keyClick(desk.focusWidget(), Qt.Key_Return)
    assert ui.pages.currentWidget() is ui.formPage and ui.nameEdit.text() == ""


def test_enter_on_the_result_page_continues_whichever_button_has_focus(qtbot, desk):
    view = desk.show_area("registration")
    ui = view.ui
    type_chinese(ui.nameEdit, "王秀英")
    type_chinese(ui.requestEdit, "要求解决宅基地纠纷")
    view.save()
    qtbot.waitUntil(lambda: ui.pages.currentWidget() is ui.resultPage, timeout=5000)
    ui.printButton.setFocus()
    qtbot.keyClick(ui.printButton, Qt.Key_Return)
    assert ui.pages.currentWidget() is ui.formPage
    assert getattr(desk, "receipt_dialog", None) is None  # Enter did not print again


@pytest.fixture
def matters_view(qtbot, desk, store):
    for name, request in (("王伟", "拖欠工资"), ("李娜", "宅基地纠纷"), ("王伟明", "低保")):
        register(store, RegistrationInput(name=name, request=request))
    view = desk.show_area("matters")
    qtbot.waitUntil(lambda: view.model.total == 3 and not view.model.loading, timeout=5000)
    return view


def test_down_from_the_search_box_reaches_the_results(qtbot, desk, matters_view):
    ui = matters_view.ui
    ui.searchEdit.setFocus()
    qtbot.keyClick(ui.searchEdit, Qt.Key_Down)
    assert desk.focusWidget() is ui.table and ui.table.currentIndex().row() == 0
    qtbot.keyClick(ui.table, Qt.Key_Return)  # and Enter there opens the matter
    assert desk.current_page() is desk.matter_page


def test_enter_in_the_search_box_searches_at_once_and_goes_to_the_results(qtbot, desk, matters_view):
    ui, model = matters_view.ui, matters_view.model
    type_chinese(ui.searchEdit, "李娜")
    qtbot.keyClick(ui.searchEdit, Qt.Key_Return)
    qtbot.waitUntil(lambda: desk.focusWidget() is ui.table, timeout=5000)
    assert model.total == 1 and model.index(ui.table.currentIndex().row(), 1).data() == "李娜"


def test_enter_with_nothing_found_stays_in_the_search_box(qtbot, desk, matters_view):
    ui, model = matters_view.ui, matters_view.model
    type_chinese(ui.searchEdit, "不存在的人")
    qtbot.keyClick(ui.searchEdit, Qt.Key_Return)
    qtbot.waitUntil(lambda: model.total == 0 and not model.loading, timeout=5000)
    assert desk.focusWidget() is ui.searchEdit


def test_same_matter_again_fills_in_the_person(qtbot, desk, store):
    first = register(store, RegistrationInput(name="刘大明", id_number=VALID_ID, phone="13812345678",
                                              address="青龙村三组", request="低保申请未批", category="低保"))
    view = desk.show_area("registration")
    ui = view.ui
    qtbot.keyClicks(ui.idNumberEdit, VALID_ID)  # the clerk types only the ID number
    qtbot.waitUntil(lambda: ui.priorList.count() == 1, timeout=5000)
    qtbot.mouseClick(ui.sameMatterButton, Qt.LeftButton)
    assert view.repeat_of == first.number
    assert (ui.nameEdit.text(), ui.phoneEdit.text(), ui.addressEdit.text()) == ("刘大明", "13812345678", "青龙村三组")


def test_same_matter_again_keeps_what_was_typed_and_hides_numbers_from_a_clerk(qtbot, clerk_desk, store):
    first = register(store, RegistrationInput(name="刘大明", id_number=VALID_ID, phone="13812345678",
                                              address="青龙村三组", request="低保申请未批", category="低保"))
    view = clerk_desk.show_area("registration")
    ui = view.ui
    type_chinese(ui.nameEdit, "刘大明")
    qtbot.keyClicks(ui.idNumberEdit, VALID_ID)
    type_chinese(ui.addressEdit, "石门村")
    qtbot.waitUntil(lambda: ui.priorList.count() == 1, timeout=5000)
    qtbot.mouseClick(ui.sameMatterButton, Qt.LeftButton)
    assert view.repeat_of == first.number
    assert ui.addressEdit.text() == "石门村"  # typed now: kept
    assert ui.phoneEdit.text() == ""  # a clerk may not see full phone numbers


def test_after_printing_enter_closes_the_receipt_and_then_continues(qtbot, desk, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    view = desk.show_area("registration")
    ui = view.ui
    type_chinese(ui.nameEdit, "王秀英")
    type_chinese(ui.requestEdit, "要求解决宅基地纠纷")
    view.save()
    qtbot.waitUntil(lambda: ui.pages.currentWidget() is ui.resultPage, timeout=5000)
    qtbot.keyClick(ui.printButton, Qt.Key_Space)
    qtbot.waitUntil(lambda: getattr(desk, "receipt_dialog", None) is not None and desk.receipt_dialog.isVisible())
    dialog = desk.receipt_dialog
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "receipt.pdf"))
    dialog.print_to(printer)  # what 打印 does once a printer is chosen
    assert "已发送到打印机" in dialog.message.text()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key_Return)  # not a second copy: the dialog closes
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert (tmp_path / "receipt.pdf").exists()
    qtbot.keyClick(desk.focusWidget(), Qt.Key_Return)
    assert ui.pages.currentWidget() is ui.formPage
