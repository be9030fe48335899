"""设置: 适老化 font scale and the high-contrast theme, applied at once and remembered for this computer."""

from PySide6.QtWidgets import QApplication, QCheckBox, QFormLayout, QLabel, QSlider, QVBoxLayout, QWidget
from PySide6.QtCore import Qt

from .context import settings
from .theme import apply_font, apply_theme, font_scale, high_contrast, scaled


class SettingsView(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        title = QLabel("设置")
        scaled(title, 18)
        layout.addWidget(title)
        form = QFormLayout()
        layout.addLayout(form)
        self.scale = QSlider(Qt.Horizontal, minimum=100, maximum=200, singleStep=10, pageStep=25)
        self.scale.setAccessibleName("字号放大比例（适老化）")
        self.scale.setValue(font_scale())
        self.scale_label = QLabel()
        self._show_scale(self.scale.value())
        self.scale.valueChanged.connect(self.set_scale)
        form.addRow("字号（适老化）", self.scale)
        form.addRow("", self.scale_label)
        self.contrast = QCheckBox("高对比度（黑底白字、黄色焦点框）")
        self.contrast.setAccessibleName("高对比度主题")
        self.contrast.setChecked(high_contrast())
        self.contrast.toggled.connect(self.set_contrast)
        form.addRow("显示", self.contrast)
        note = QLabel("以上设置保存在本机，对所有窗口立即生效。")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)

    def focus_first(self) -> None:
        self.scale.setFocus()

    def _show_scale(self, value: int) -> None:
        self.scale_label.setText(f"当前：{value}%")

    def set_scale(self, value: int) -> None:
        value = max(100, min(200, int(value)))
        settings().setValue("ui/font_scale", value)
        self._show_scale(value)
        apply_font(QApplication.instance(), value)

    def set_contrast(self, on: bool) -> None:
        settings().setValue("ui/high_contrast", on)
        apply_theme(QApplication.instance(), on)
