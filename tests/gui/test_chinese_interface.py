"""Qt's own words in Chinese and a sans-serif Chinese interface font, as create_app sets them up."""

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QFontInfo
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QDateEdit, QFileDialog, QLabel, QLineEdit, QMessageBox, QToolButton, QWizard

from gazetteer_desk.gui import interface_font
from gazetteer_desk.gui.app import create_app
from gazetteer_desk.gui.theme import apply_font

KAI = "LXGW WenKai"


def test_qt_dialog_buttons_speak_chinese(qtbot):
    create_app([])
    box = QMessageBox(QMessageBox.Icon.Question, "确认", "确定吗？", QMessageBox.StandardButton.Yes |
                      QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "是(&Y)"
    assert box.button(QMessageBox.StandardButton.No).text() == "否(&N)"
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "取消"
    wizard = QWizard()
    qtbot.addWidget(wizard)
    assert "上一步" in wizard.buttonText(QWizard.WizardButton.BackButton)
    assert "下一步" in wizard.buttonText(QWizard.WizardButton.NextButton)


def test_file_and_print_dialogs_speak_chinese(qtbot):
    create_app([])
    files = QFileDialog()
    files.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog, as on UOS and Kylin
    qtbot.addWidget(files)
    assert files.findChild(QLabel, "lookInLabel").text() == "查找范围："
    printing = QPrintDialog()
    qtbot.addWidget(printing)
    assert printing.windowTitle() == "打印"


def test_right_click_menu_of_a_text_field_is_chinese(qtbot):
    create_app([])
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    assert texts == ["撤消(&U)", "重做(&R)", "剪切(&T)", "复制(&C)", "粘贴(&P)", "删除", "全选"]


def test_default_locale_is_simplified_chinese_for_date_pickers(qtbot):
    create_app([])
    assert QLocale().name() == "zh_CN"
    picker = QDateEdit()
    qtbot.addWidget(picker)
    assert picker.locale().name() == "zh_CN"
    assert picker.locale().monthName(3) == "三月" and picker.locale().dayName(QDate(2026, 11, 30).dayOfWeek()) == "星期一"
    picker.setCalendarPopup(True)
    picker.setDate(QDate(2026, 11, 30))
    month_button = picker.calendarWidget().findChild(QToolButton, "qt_calendar_monthbutton")
    assert month_button.text() == "十一月"


def test_interface_font_is_a_chinese_sans_serif_not_the_kai_face():
    app = create_app([])
    family = app.font().family()
    assert family != KAI and QFontInfo(app.font()).family() != KAI
    assert family in interface_font.SYSTEM_FAMILIES or family == interface_font.bundled_family()


def test_without_a_system_chinese_font_the_bundled_sans_font_is_used(monkeypatch):
    app = create_app([])
    monkeypatch.setattr(interface_font, "SYSTEM_FAMILIES", ())
    try:
        apply_font(app)
        assert interface_font.bundled_family() == "Noto Sans CJK SC"
        assert app.font().family() == "Noto Sans CJK SC"
        assert QFontInfo(app.font()).family() == "Noto Sans CJK SC"
    finally:
        monkeypatch.undo()
        apply_font(QApplication.instance())


def test_system_chinese_ui_font_is_preferred_in_order():
    families = ["DejaVu Sans", "LXGW WenKai", "Noto Sans CJK SC", "Microsoft YaHei"]
    assert interface_font.choose_family(families) == "Microsoft YaHei"
    assert interface_font.choose_family(["思源黑体", "LXGW WenKai"]) == "思源黑体"
    assert interface_font.choose_family(["LXGW WenKai", "DejaVu Sans"]) == ""
