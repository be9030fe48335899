from __future__ import annotations

import pytest

from gazetteer_desk.documents.fonts import (
    BODY,
    FALLBACK,
    FONT_FILES,
    SONG,
    SONG_BOLD,
    TITLE,
    GlyphError,
    check_text,
    font_for,
    markup,
    missing_glyphs,
    register_font,
    runs,
)
from gazetteer_desk.documents.tounicode import to_unicode_cmap
from gazetteer_desk.resources import font_path, resource_path

from tests.documents.conftest import RARE

MISSING = "𪚥"  # U+2A6A5, CJK Ext-B: in none of the printing fonts


@pytest.mark.parametrize("name", list(FONT_FILES))
def test_fonts_are_bundled_truetype(name):
    data = font_path(FONT_FILES[name]).read_bytes()
    assert data[:4] == b"\x00\x01\x00\x00"  # TrueType outlines: reportlab cannot embed CFF
    assert b"glyf" in data[:512] and b"CFF " not in data[:512]


def test_licences_are_shipped():
    wenkai = resource_path("fonts", "OFL.txt").read_text(encoding="utf-8")
    song = resource_path("fonts", "OFL-DeskSerifSC.txt").read_text(encoding="utf-8")
    for ofl in (wenkai, song):
        assert "SIL OPEN FONT LICENSE Version 1.1" in ofl
    assert "lxgw" in wenkai and "Adobe" in song and "Reserved Font Name 'Source'" in song
    readme = resource_path("fonts", "README.md").read_text(encoding="utf-8")
    assert all(file in readme for file in FONT_FILES.values())


def test_register_is_idempotent():
    from reportlab.pdfbase import pdfmetrics

    name = register_font()
    font = pdfmetrics.getFont(name)
    assert name == SONG
    assert register_font() == name and pdfmetrics.getFont(name) is font  # registered once, not replaced


def test_rare_name_characters_are_covered():
    assert missing_glyphs(RARE + "𠮷昇喆王李张陈（）：，。①②③■□✂") == set()


def test_each_character_goes_to_the_first_font_that_has_it():
    assert font_for("王") == SONG and font_for("堃") == SONG  # GBK name characters print in Song
    assert font_for("䶮") == FALLBACK and font_for("𠮷") == FALLBACK  # beyond GBK: the fallback
    assert font_for("受", TITLE) == SONG_BOLD
    assert font_for("堃", TITLE) == SONG  # beyond GB 2312 a title stays in Song, in the regular weight
    assert font_for(MISSING) is None and font_for(MISSING, TITLE) is None


def test_runs_and_markup_switch_fonts_per_character():
    assert runs("王𠮷䶮明") == [(SONG, "王"), (FALLBACK, "𠮷䶮"), (SONG, "明")]
    assert runs("") == []
    assert markup("A&𠮷<") == 'A&amp;<font name="LXGWWenKai">𠮷</font>&lt;'
    assert markup("王堃") == "王堃"
    assert BODY[0] == SONG and TITLE[0] == SONG_BOLD


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


def test_to_unicode_cmap_writes_utf16_surrogate_pairs():
    cmap = to_unicode_cmap("AAAAAA+Font", [0, 0x738B, 0x20BB7] + [0x4E00] * 200)
    assert "<01> <738B>" in cmap and "<02> <D842DFB7>" in cmap
    assert cmap.count("beginbfchar") == 3 and "100 beginbfchar" in cmap and "3 beginbfchar" in cmap
    assert "<00> <CA>" in cmap  # code space: one byte, as many codes as the subset has
