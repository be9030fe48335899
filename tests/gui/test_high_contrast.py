"""适老化 themes: every colour a theme puts text in reads against its background (WCAG 2 contrast ≥ 4.5:1), check
boxes show in high contrast, and overdue matters stand out in either theme."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox

from gazetteer_desk.gui.app import create_app
from gazetteer_desk.gui.theme import DUE_COLOURS, apply_theme
from gazetteer_desk.resources import resource_path

READABLE = 4.5  # WCAG 2.1 AA for normal text


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(text: str | QColor, background: str | QColor) -> float:
    lighter, darker = sorted((luminance(QColor(text)), luminance(QColor(background))), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_contrast_ratio_is_computed_as_wcag_defines_it():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic just-too-light grey


def style_rules(sheet_name: str) -> list[tuple[str, str, str | None]]:
    """(selector, text colour, background colour or None) of every rule of a theme that colours text."""
    text = re.sub(r"/\*.*?\*/", "", resource_path("styles", sheet_name).read_text(encoding="utf-8"), flags=re.S)
    rules = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text):
        colour = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", body)
        background = re.search(r"(?<![-\w])background(?:-color)?:\s*(#[0-9a-fA-F]{6})", body)
        if colour:
            rules.append((selector.strip(), colour.group(1), background.group(1) if background else None))
    return rules


@pytest.fixture
def themed():
    """Applies a theme for the test; the default theme again afterwards."""
    app = create_app([])
    yield lambda contrast_on: (apply_theme(app, contrast_on), app.palette())[1]
    apply_theme(app, False)


@pytest.mark.parametrize("contrast_on, sheet", [(False, "default.qss"), (True, "high_contrast.qss")])
def test_every_coloured_text_of_a_theme_is_readable(themed, contrast_on, sheet):
    window = themed(contrast_on).color(QPalette.Window)
    rules = style_rules(sheet)
    assert any("problem" in selector for selector, _c, _b in rules)
    for selector, colour, background in rules:
        assert contrast(colour, background or window) >= READABLE, (selector, colour, background or window.name())


def test_the_high_contrast_palette_is_readable_links_included(themed):
    palette = themed(True)
    pairs = {
        "text": (QPalette.Text, QPalette.Base), "window text": (QPalette.WindowText, QPalette.Window),
        "buttons": (QPalette.ButtonText, QPalette.Button), "selection": (QPalette.HighlightedText, QPalette.Highlight),
        "links": (QPalette.Link, QPalette.Base), "visited links": (QPalette.LinkVisited, QPalette.Base),
        "link in a label": (QPalette.Link, QPalette.Window), "tooltips": (QPalette.ToolTipText, QPalette.ToolTipBase),
        "placeholder": (QPalette.PlaceholderText, QPalette.Base),
    }
    for name, (text, background) in pairs.items():
        assert contrast(palette.color(text), palette.color(background)) >= READABLE, name
    disabled = palette.color(QPalette.Disabled, QPalette.Text)
    assert contrast(disabled, palette.color(QPalette.Base)) >= READABLE


@pytest.mark.parametrize("contrast_on", [False, True])
@pytest.mark.parametrize("state", ["overdue", "soon"])
def test_due_dates_read_on_their_own_background(contrast_on, state):
    text, background = DUE_COLOURS[contrast_on][state]
    assert contrast(text, background) >= READABLE


def test_an_overdue_matter_takes_the_colours_of_the_theme_shown(qtbot, desk, store, themed):
    from gazetteer_desk.services.matters.registration import RegistrationInput, register

    register(store, RegistrationInput(name="赵燊", request="低保申请", received_at=datetime.now(UTC) - timedelta(days=40)))
    view = desk.show_area("matters")
    qtbot.waitUntil(lambda: view.model.total == 1 and not view.model.loading, timeout=5000)
    due_column = view.model.index(0, 8)
    assert "已超期" in due_column.data()
    for contrast_on in (False, True):
        themed(contrast_on)
        text, background = due_column.data(Qt.ForegroundRole), due_column.data(Qt.BackgroundRole)
        assert (text.color().name(), background.color().name()) == DUE_COLOURS[contrast_on]["overdue"]


def lit_pixels(widget) -> int:
    image = widget.grab().toImage()
    return sum(1 for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).value() > 200)


def test_check_boxes_show_on_black(qtbot, themed):
    themed(True)
    box = QCheckBox()  # no text and no focus frame: only the box itself is drawn
    box.setFocusPolicy(Qt.NoFocus)
    qtbot.addWidget(box)
    box.show()
    QApplication.processEvents()
    unticked = lit_pixels(box)
    assert unticked > 20  # its frame
    box.setChecked(True)
    assert lit_pixels(box) > 1.5 * unticked  # filled when ticked
