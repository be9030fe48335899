from __future__ import annotations

import pytest

from gazetteer_desk.documents.fonts import GlyphError, check_text, missing_glyphs, register_font
from gazetteer_desk.resources import font_path, resource_path

from tests.documents.conftest import RARE

MISSING = "𪚥"  # U+2A6A5, CJK Ext-B: not in LXGW WenKai's cmap


def test_font_is_bundled_with_licence():
    assert font_path().is_file()
    assert font_path().name == "LXGWWenKai-Regular.ttf"
    ofl = resource_path("fonts", "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in ofl and "lxgw" in ofl


def test_register_is_idempotent():
    from reportlab.pdfbase import pdfmetrics

    name = register_font()
    font = pdfmetrics.getFont(name)
    assert register_font() == name and pdfmetrics.getFont(name) is font  # registered once, not replaced


def test_rare_name_characters_are_covered():
    assert missing_glyphs(RARE + "王李张陈（）：，。①②③■□") == set()


def test_missing_character_is_reported_in_chinese():
    assert missing_glyphs(f"王{MISSING}明") == {MISSING}
    with pytest.raises(GlyphError) as err:
        check_text(f"王{MISSING}明", "姓名")
    assert err.value.message.startswith(f"字体缺少字符“{MISSING}”")
    assert "（姓名）" in err.value.message and "无法正确打印，请联系管理员" in err.value.message
    assert err.value.chars == MISSING and err.value.field == "姓名"
    assert isinstance(err.value, ValueError)


def test_line_breaks_are_not_glyphs():
    assert missing_glyphs("第一行\n第二行\t") == set()
    assert missing_glyphs(None) == set() and missing_glyphs("") == set()
