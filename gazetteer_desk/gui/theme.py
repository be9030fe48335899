"""Font (a sans-serif Chinese UI face, see interface_font), 适老化 font scale and high-contrast theme."""

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from gazetteer_desk.resources import resource_path
from gazetteer_desk.gui.context import settings
from gazetteer_desk.gui.interface_font import interface_family

BASE_POINT_SIZE = 11
_default_palette: QPalette | None = None
_contrast = False  # the theme applied last

# a matter's due state as (text, background) in the default and the high-contrast theme: the text always has its own
# background, so it reads (WCAG contrast ≥ 4.5:1) on a plain or an alternate row alike
DUE_COLOURS = {
    False: {"overdue": ("#9b0014", "#fde2e1"), "soon": ("#5c3c00", "#fff3cd")},
    True: {"overdue": ("#ff8c8c", "#000000"), "soon": ("#ffff00", "#000000")},
}
LINK_COLOUR = "#80dfff"  # links on black in the high-contrast theme


def load_font() -> str:
    """The interface font's family: the system's Chinese UI font, else the bundled one ("" if neither is there)."""
    return interface_family()


def font_scale() -> int:
    return max(100, min(200, int(settings().value("ui/font_scale", 100))))


def high_contrast() -> bool:
    return settings().value("ui/high_contrast", False, bool)


def apply_font(app: QApplication, scale: int | None = None) -> None:
    scale = font_scale() if scale is None else scale
    font = QFont(load_font() or app.font().family())
    font.setPointSizeF(BASE_POINT_SIZE * scale / 100)
    app.setFont(font)
    # under an application style sheet the new font reaches existing widgets only when they are polished again
    app.setStyleSheet(app.styleSheet())
    # widgets that were given a font of their own (big numbers, titles) scale with the rest
    for widget in app.allWidgets():
        base = widget.property("baseFontPt")
        if base:
            f = widget.font()
            f.setPointSizeF(float(base) * scale / 100)
            widget.setFont(f)


def apply_theme(app: QApplication, contrast: bool | None = None) -> None:
    global _default_palette, _contrast
    contrast = high_contrast() if contrast is None else contrast
    _contrast = contrast
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
        p.setColor(QPalette.Link, QColor(LINK_COLOUR))
        p.setColor(QPalette.LinkVisited, QColor(LINK_COLOUR))
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


def due_colours(state: str) -> tuple[QColor, QColor]:
    """(text, background) of an ``overdue`` or ``soon`` matter or deadline in the theme shown now."""
    text, background = DUE_COLOURS[_contrast][state]
    return QColor(text), QColor(background)


def set_role(widget, role: str) -> None:
    """Colour a label by what it says (``problem``, ``warning``, ``ok``; "" for plain) in the theme's own colours."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
