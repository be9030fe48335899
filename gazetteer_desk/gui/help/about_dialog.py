"""关于: the version, the licence and where this desk keeps its data."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from gazetteer_desk import __version__
from gazetteer_desk.gui.screen_fit import fit_to_screen
from gazetteer_desk.paths import backups_dir

LICENCE = "GNU 通用公共许可证第3版或更新版本（GPL-3.0-or-later）"


class AboutDialog(QDialog):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("关于信访接待台")
        home = store.home
        self.text = QLabel(objectName="aboutText", textFormat=Qt.TextFormat.RichText, wordWrap=True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setText(
            f"<h3>信访接待台 Gazetteer Desk</h3>"
            f"<p>版本：{escape(__version__)}</p>"
            f"<p>许可证：{escape(LICENCE)}。本程序附带的字体等第三方组件的许可证见安装目录中的 licenses 文件夹。</p>"
            f"<p>数据目录：{escape(str(home))}<br>数据库：{escape(str(store.path))}<br>"
            f"每日备份：{escape(str(backups_dir(home)))}</p>"
            f"<p>操作手册：按 F1，或菜单“帮助 › 操作手册”。</p>")
        self.text.setAccessibleName("关于本程序")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(520, 300))
