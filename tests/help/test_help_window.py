"""F1 in the window: each area, the matter page, a settings tab and a dialog open the manual at their own section;
帮助 › 关于 names the version, the licence and the data folder."""

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gazetteer_desk import __version__
from gazetteer_desk.gui.help.help_dialog import HelpDialog
from gazetteer_desk.services.help import manual
from gazetteer_desk.services.matters.registration import RegistrationInput, register

AREA_TITLES = {  # area -> the title of the section F1 opens
    "registration": "登记来访",
    "matters": "查找事项",
    "reception_days": "安排和公示接访日",
    "field_visits": "记录下访",
    "mediation": "登记调解案件",
    "statistics": "统计与台账",
    "sync": "每月数据包",
    "settings": "放大字号和高对比度",
}


def press_f1(widget) -> HelpDialog:
    """F1 as the clerk presses it on ``widget``; the manual that opened beside its window."""
    window = widget.window()
    window.activateWindow()
    for _ in range(50):  # the offscreen platform activates a new dialog a few events later
        if window.isActiveWindow():
            break
        QApplication.processEvents()
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_F1)
    dialog = window.findChild(HelpDialog, options=Qt.FindChildOption.FindDirectChildrenOnly)
    assert dialog is not None and dialog.isVisible(), "F1 opened no manual"
    return dialog


def test_f1_on_each_area_opens_its_section(desk, qtbot):
    assert desk.area_keys() == list(AREA_TITLES)
    for area, title in AREA_TITLES.items():
        page = desk.show_area(area)
        dialog = press_f1(page.focusWidget() or page)
        assert (area, dialog.section_title()) == (area, title)
        assert dialog.contents.currentItem().text(0) == title
        if area != "registration":  # the browser has scrolled down to it
            qtbot.waitUntil(lambda d=dialog: d.browser.verticalScrollBar().value() > 0)
        dialog.close()


def test_f1_follows_the_tab_in_use_and_the_matter_page(desk, store):
    tabs = desk.show_area("reception_days")
    tabs.setCurrentIndex(1)  # 领导工作台
    assert press_f1(tabs.currentWidget()).section_title() == "领导工作台"
    view = desk.show_area("settings")
    view.show_tab(view.holidays)
    assert press_f1(view.holidays).section_title() == "节假日"
    view.show_tab(view.accounts)
    assert press_f1(view.accounts).section_title() == "账户"
    number = register(store, RegistrationInput(name="王伟", request="要求修复村道")).number
    desk.open_matter(number)
    dialog = press_f1(desk.matter_page)
    assert dialog.section_title() == "办理事项：每一步和它的期限"
    assert len(desk.findChildren(HelpDialog)) == 1  # one manual per window, turned to the new section


def test_f1_in_a_dialog_opens_that_dialogs_section(desk, qtbot, store):
    number = register(store, RegistrationInput(name="王伟", request="要求修复村道")).number
    desk.print_papers(number)
    receipt = desk.receipt_dialog
    qtbot.waitUntil(receipt.isVisible)
    help_dialog = press_f1(receipt)
    assert help_dialog.section_title() == "打印回执"
    assert help_dialog.parent() is receipt  # beside the dialog, usable while it is open
    query = desk.ask_progress()
    qtbot.waitUntil(query.isVisible)
    assert press_f1(query).section_title() == "进度查询（F3）"


def test_the_help_menu_holds_the_manual_and_about(desk, store):
    menu = desk.menuBar().actions()[0]
    assert menu.text() == "帮助(&H)"
    assert [a.text() for a in menu.menu().actions() if a.text()] == ["操作手册(&M)", "保存操作手册 PDF(&P)…", "关于(&A)"]
    assert desk.manual_action.shortcut().toString() == "F1"
    about = desk.show_about()
    text = about.text.text()
    assert __version__ in text and "GPL-3.0-or-later" in text
    assert str(store.home) in text and str(store.path) in text


def test_the_manual_shows_its_pictures_offline(desk, qtbot):
    dialog = desk.open_manual()
    url = QUrl((manual.manual_dir() / "images" / "registration.png").as_uri())
    assert url.toString() in dialog.browser.toHtml()
    image = dialog.browser.document().resource(QTextDocument.ResourceType.ImageResource, url)
    assert isinstance(image, QImage) and image.width() == 640  # read from the installed file, no network


def test_the_printable_manual_is_saved_from_the_menu(desk, qtbot, tmp_path):
    desk.save_manual_pdf(tmp_path / "手册")  # .pdf is added
    out = tmp_path / "手册.pdf"
    qtbot.waitUntil(lambda: desk.statusBar().currentMessage().startswith("✓ 已保存操作手册"), timeout=120000)
    assert str(out) in desk.statusBar().currentMessage()
    assert out.read_bytes().startswith(b"%PDF")


def test_f1_on_the_county_offices_sync_opens_the_import_section(qtbot, tmp_path):
    from gazetteer_desk.services.accounts import accounts
    from gazetteer_desk.services.sync import county
    from tests.conftest import open_desk

    identity = county.init_county(tmp_path / "county", "500235", "云阳县")
    try:
        window = open_desk(qtbot, identity.store, accounts.create_first_admin(identity.store, "admin", "county-pass-1"))
        page = window.show_area("sync")
        assert press_f1(page.focusWidget() or page).section_title() == "导入乡镇数据包"
        page.tabs.setCurrentWidget(page.down)
        assert press_f1(page.down).section_title() == "下发数据包"
        window.ctx.runner.wait()
    finally:
        identity.store.close()
