"""Font (LXGW WenKai, so Chinese renders on machines without CJK fonts), 适老化 font scale and high-contrast theme."""

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from ..resources import font_path, resource_path
from .context import settings

BASE_POINT_SIZE = 11
_family: str | None = None
_default_palette: QPalette | None = None


def load_font() -> str:
    """Register the bundled font once; returns its family name ("" if it could not be loaded)."""
    global _family
    if _family is None:
        # from memory, not by file name: Qt's FreeType font database (e.g. the offscreen platform on Windows) opens a
        # file through the ANSI code page, which cannot spell every folder name (a program installed under 张三's
        # profile, a folder named 信访程序 on an English Windows)
        font_id = QFontDatabase.addApplicationFontFromData(font_path().read_bytes())
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _family = families[0] if families else ""
    return _family


def font_scale() -> int:
    return max(100, min(200, int(settings().value("ui/font_scale", 100))))


def high_contrast() -> bool:
    return settings().value("ui/high_contrast", False, bool)


def apply_font(app: QApplication, scale: int | None = None) -> None:
    scale = font_scale() if scale is None else scale
    font = QFont(load_font() or app.font().family())
    font.setPointSizeF(BASE_POINT_SIZE * scale / 100)
    app.setFont(font)
    # widgets that were given a font of their own (big numbers, titles) scale with the rest
    for widget in app.allWidgets():
        base = widget.property("baseFontPt")
        if base:
            f = widget.font()
            f.setPointSizeF(float(base) * scale / 100)
            widget.setFont(f)


def apply_theme(app: QApplication, contrast: bool | None = None) -> None:
    global _default_palette
    contrast = high_contrast() if contrast is None else contrast
    if _default_palette is None:
        _default_palette = QPalette(app.palette())
    if contrast:
        p = QPalette()
        black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
        for role, color in (
            (QPalette.Window, black), (QPalette.WindowText, white), (QPalette.Base, black),
            (QPalette.AlternateBase, QColor("#1a1a1a")), (QPalette.Text, white), (QPalette.Button, black),
            (QPalette.ButtonText, white), (QPalette.Highlight, yellow), (QPalette.HighlightedText, black),
            (QPalette.ToolTipBase, black), (QPalette.ToolTipText, white), (QPalette.PlaceholderText, QColor("#c0c0c0")),
        ):
            p.setColor(role, color)
        p.setColor(QPalette.Disabled, QPalette.Text, QColor("#9a9a9a"))
        p.setColor(QPalette.Disabled, QPalette.ButtonText, QColor("#9a9a9a"))
        app.setPalette(p)
        app.setStyleSheet(resource_path("styles", "high_contrast.qss").read_text(encoding="utf-8"))
    else:
        app.setPalette(_default_palette)
        app.setStyleSheet(resource_path("styles", "default.qss").read_text(encoding="utf-8"))


def scaled(widget, point_size: float) -> None:
    """Give a widget a larger font that still follows the 适老化 scale."""
    widget.setProperty("baseFontPt", point_size)
    f = widget.font()
    f.setPointSizeF(point_size * font_scale() / 100)
    widget.setFont(f)
