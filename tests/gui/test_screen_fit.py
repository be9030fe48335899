"""Every area and every dialog fits the screens of township offices: 1024×768 at 100 % font scale and 1366×768 at
150 % (less a 40 px taskbar). What cannot fit scrolls; nothing needs a wider window than the screen."""

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QScrollArea, QStyle, QStyleOptionFrame, QWidget

from gazetteer_desk.domain.procedure import ACTIONS
from gazetteer_desk.gui.app import create_app
from gazetteer_desk.gui.context import settings
from gazetteer_desk.gui.screen_fit import FRAME, available_geometry, minimum_size
from gazetteer_desk.gui.theme import BASE_POINT_SIZE, apply_font
from gazetteer_desk.services.matters import matters
from gazetteer_desk.services.matters.registration import RegistrationInput, register

from tests.conftest import open_desk

SCREENS = {100: QSize(1024, 728), 150: QSize(1366, 728)}
LONGEST_NUMBER = "500235101-2026-00001（重）"


@pytest.fixture(params=sorted(SCREENS), ids=lambda scale: f"{scale}%")
def scale(request):
    """The 适老化 font scale for the test, and the room its screen leaves; the normal font again afterwards. Kept in
    the settings as 设置 › 显示 keeps it: the window applies the saved scale when it opens."""
    app = create_app([])
    settings().setValue("ui/font_scale", request.param)
    apply_font(app)
    yield request.param
    settings().setValue("ui/font_scale", 100)
    apply_font(app, 100)


def fits(size: QSize, room: QSize) -> bool:
    return size.width() <= room.width() and size.height() <= room.height()


def a_matter(store) -> str:
    number = register(store, RegistrationInput(name="欧阳建国", request="拖欠工资", id_number="11010519491231002X",
                                               people_count=6, representatives=("王伟", "李强"))).number
    matters.take_action(store, number, "accept")
    return number


def assert_page_fits(window, page: QWidget, where: str) -> None:
    """The page's scroll area gives it its whole width: a page may scroll down, never sideways."""
    frame = page.parentWidget().parentWidget()
    assert isinstance(frame, QScrollArea), where
    QApplication.processEvents()
    assert minimum_size(page).width() <= frame.viewport().width(), (where, minimum_size(page), frame.viewport().size())


def test_the_window_fits_after_visiting_every_area(qtbot, store, admin_user, scale):
    room = SCREENS[scale]
    window = open_desk(qtbot, store, admin_user)
    window.resize(room)
    number = a_matter(store)
    for key in window.area_keys():
        page = window.show_area(key)
        assert_page_fits(window, page, key)
        assert fits(minimum_size(window), room), (key, minimum_size(window))
    window.open_matter(number)
    assert_page_fits(window, window.matter_page, "matter page")
    assert fits(minimum_size(window), room), ("matter page", minimum_size(window))
    assert window.statusBar().isVisible() and window.user_status.isVisible()
    window.ctx.runner.wait()


def test_at_200_percent_every_area_is_reachable_by_scrolling(qtbot, store, admin_user):
    app = create_app([])
    settings().setValue("ui/font_scale", 200)  # the window applies the saved scale when it opens
    try:
        window = open_desk(qtbot, store, admin_user)
        for key in window.area_keys():
            window.show_area(key)
            assert fits(minimum_size(window), SCREENS[150]), (key, minimum_size(window))
        assert isinstance(window.stack.currentWidget(), QScrollArea)
        assert app.font().pointSizeF() == pytest.approx(2 * BASE_POINT_SIZE)
    finally:
        settings().setValue("ui/font_scale", 100)
        apply_font(app, 100)
    window.ctx.runner.wait()


def test_the_matter_number_is_never_cut_off(qtbot, store, admin_user, scale):
    window = open_desk(qtbot, store, admin_user)
    view = window.show_area("matters")
    table = view.ui.table
    needed = table.fontMetrics().horizontalAdvance(LONGEST_NUMBER)
    assert table.horizontalHeader().sectionSize(0) > needed
    window.ctx.runner.wait()


def test_list_columns_follow_a_font_scale_chosen_while_the_list_is_open(qtbot, store, admin_user):
    app = create_app([])
    window = open_desk(qtbot, store, admin_user)
    table = window.show_area("matters").ui.table
    before = table.horizontalHeader().sectionSize(0)
    try:
        window.show_area("settings").scale.setValue(200)
        assert table.font().pointSizeF() == pytest.approx(2 * BASE_POINT_SIZE)  # at once, not after a restart
        assert table.horizontalHeader().sectionSize(0) > 1.5 * before
        assert table.horizontalHeader().sectionSize(0) > table.fontMetrics().horizontalAdvance(LONGEST_NUMBER)
    finally:
        apply_font(app, 100)
    window.ctx.runner.wait()


def dialogs(store, admin_user, home, number):
    """Every dialog of the desk, built as the window builds it."""
    from gazetteer_desk.gui.leaders.case_assignment_dialog import CaseAssignmentDialog
    from gazetteer_desk.gui.accounts.idle_lock import UnlockDialog
    from gazetteer_desk.gui.ledgers.ledger_import_wizard import LedgerImportWizard
    from gazetteer_desk.gui.accounts.login_dialog import ChangePasswordDialog, LoginDialog
    from gazetteer_desk.gui.matters.matter_dialogs import ActionDialog, SatisfactionDialog
    from gazetteer_desk.gui.operations import OperationRunner
    from gazetteer_desk.gui.matters.proposal_dialog import ProposalDialog
    from gazetteer_desk.gui.matters.receipt_dialog import ReceiptDialog
    from gazetteer_desk.gui.setup.setup_wizard import SetupWizard

    leaders = ["陈国强", "刘芳"]
    yield "回执", ReceiptDialog(store, number, actor=admin_user)
    for key in ACTIONS:
        yield f"办理：{key}", ActionDialog(key, lambda **_v: None, leaders)
    yield "满意度", SatisfactionDialog(lambda **_v: None)
    yield "三项建议", ProposalDialog(store, admin_user, number)
    yield "包案", CaseAssignmentDialog(store, number, actor=admin_user)
    yield "登录", LoginDialog(store)
    yield "修改密码", ChangePasswordDialog(store, admin_user)
    yield "解锁", UnlockDialog(store, admin_user)
    yield "设置向导", SetupWizard(home.parent / "new-home")
    yield "导入台账", LedgerImportWizard(store, OperationRunner(), admin_user)
    from gazetteer_desk.gui.help.about_dialog import AboutDialog
    from gazetteer_desk.gui.help.help_dialog import HelpDialog

    yield "操作手册", HelpDialog("register")
    yield "关于", AboutDialog(store)


def test_every_dialog_fits_with_its_buttons_on_screen(qtbot, store, admin_user, home, scale):
    room = SCREENS[scale]
    number = a_matter(store)
    for name, dialog in dialogs(store, admin_user, home, number):
        qtbot.addWidget(dialog)
        dialog.show()  # a wizard sets its minimum size from all its pages when it shows
        QApplication.processEvents()
        assert fits(minimum_size(dialog), room), (name, minimum_size(dialog))
        # it opens no larger than the free area of the screen it is on (here: the test platform's 800×800), less a
        # window frame — or than its minimum, when that screen is smaller than the office's
        free = available_geometry(dialog).size() - FRAME
        assert fits(dialog.size(), free.expandedTo(minimum_size(dialog))), (name, dialog.size())
        dialog.done(0)  # closed as a program closes it: the set-up wizard's 退出 would ask first


def test_statistics_totals_are_never_elided(qtbot, store, admin_user, scale):
    for n in range(12):
        register(store, RegistrationInput(name=f"王伟{n}", request="拖欠工资", village="青龙村", category="劳动社保"))
    window = open_desk(qtbot, store, admin_user)
    window.resize(SCREENS[scale])
    view = window.show_area("statistics")
    with qtbot.waitSignal(view.figures_ready, timeout=10000):
        view.refresh_button.click()
    QApplication.processEvents()
    table, margin = view.table, 6  # the item's own text margins
    figures = [table.item(row, 1).text() for row in range(table.rowCount()) if table.item(row, 1)]
    assert "12件" in figures
    for text in figures:
        assert table.horizontalHeader().sectionSize(1) >= table.fontMetrics().horizontalAdvance(text) + margin, text
    window.ctx.runner.wait()


def test_a_font_scale_reaches_the_pages_already_open(qtbot, store, admin_user):
    app = create_app([])
    window = open_desk(qtbot, store, admin_user)
    name_field = window.show_area("registration").ui.nameEdit
    try:
        window.show_area("settings").scale.setValue(150)
        assert name_field.font().pointSizeF() == pytest.approx(1.5 * BASE_POINT_SIZE)
        assert window.navigation.width() > window.navigation.fontMetrics().horizontalAdvance("接访日　Ctrl+3")
    finally:
        apply_font(app, 100)
    window.ctx.runner.wait()


def test_the_registration_buttons_stay_on_screen_while_the_form_scrolls(qtbot, store, admin_user, scale):
    """保存登记 and 清空 sit under the form's scroll area, not in it: the clerk never scrolls to find them."""
    window = open_desk(qtbot, store, admin_user)
    window.resize(SCREENS[scale])
    page = window.show_area("registration")
    QApplication.processEvents()
    for button in (page.ui.saveButton, page.ui.clearButton):
        assert button.isVisible() and not button.visibleRegion().isEmpty()
        top_left = button.mapTo(window, button.rect().topLeft())
        assert 0 <= top_left.y() and top_left.y() + button.height() <= window.height(), (button.text(), top_left)
    page.ui.scroll.verticalScrollBar().setValue(page.ui.scroll.verticalScrollBar().maximum())
    QApplication.processEvents()
    assert not page.ui.saveButton.visibleRegion().isEmpty()
    window.ctx.runner.wait()


def test_a_whole_id_number_shows_in_its_field(qtbot, store, admin_user, scale):
    """An 18-character ID number reads in full on the small screen and at 150 %: the clerk checks it against the card."""
    window = open_desk(qtbot, store, admin_user)
    window.resize(SCREENS[scale])
    edit = window.show_area("registration").ui.idNumberEdit
    QApplication.processEvents()
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    text_room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit).width()
    assert text_room - 4 >= edit.fontMetrics().horizontalAdvance("50023519580312002X"), (text_room, edit.width())
    window.ctx.runner.wait()


def test_a_mediation_case_reads_without_sideways_scrolling(qtbot, store, admin_user, scale):
    """The case panel beside the list: its forms stack rather than push the panel wider than the screen leaves."""
    from tests.mediation.test_mediation import _agree, _open

    _agree(store, _open(store))
    window = open_desk(qtbot, store, admin_user)
    window.resize(SCREENS[scale])
    page = window.show_area("mediation")
    page.ui.casesTable.selectRow(0)
    QApplication.processEvents()
    inner = [s for s in page.findChildren(QScrollArea) if s.isVisible() and s.widget() is not None]
    assert inner
    for scroll in inner:
        assert minimum_size(scroll.widget()).width() <= scroll.viewport().width(), (
            scroll.objectName(), minimum_size(scroll.widget()), scroll.viewport().size())
    window.ctx.runner.wait()
