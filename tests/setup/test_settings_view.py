"""适老化: the font scale applies to the whole window at once and is remembered."""

from PySide6.QtWidgets import QApplication

from gazetteer_desk.gui.theme import font_scale


def test_font_scale_applies_and_is_remembered(desk):
    view = desk.show_area("settings")
    before = QApplication.font().pointSizeF()
    view.scale.setValue(150)
    assert font_scale() == 150
    assert QApplication.font().pointSizeF() > before
    view.contrast.setChecked(True)
    assert "#ffff00" in QApplication.instance().styleSheet()
    view.contrast.setChecked(False)
    view.scale.setValue(100)
