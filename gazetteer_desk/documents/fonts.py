"""The printing font: registered once, subset-embedded, and a guard against characters it cannot draw.

reportlab silently drops (or boxes) characters that the font has no glyph for.  A petition paper with a blank where a
name character should be is worse than no paper, so every string is checked against the font's cmap before anything
is drawn, and a document with a missing glyph is refused with :class:`GlyphError`.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from gazetteer_desk.resources import font_path

FONT_NAME = "LXGWWenKai"

_lock = threading.Lock()
_font: TTFont | None = None
_cmap: frozenset[int] = frozenset()


class GlyphError(ValueError):
    """A character that the printing font cannot draw; :attr:`message` is the text shown to the clerk."""

    def __init__(self, chars: Iterable[str], field: str = "") -> None:
        self.chars = "".join(sorted(set(chars)))
        self.field = field
        quoted = "、".join(f"“{c}”（U+{ord(c):04X}）" for c in self.chars)
        where = f"（{field}）" if field else ""
        self.message = f"字体缺少字符{quoted}{where}，无法正确打印，请联系管理员"
        super().__init__(self.message)


def register_font() -> str:
    """Register the TrueType font with reportlab (once per process) and return its name."""
    global _font, _cmap
    if _font is not None:
        return FONT_NAME
    with _lock:
        if _font is None:
            font = TTFont(FONT_NAME, str(font_path()))  # reportlab embeds TrueType fonts as per-document subsets
            pdfmetrics.registerFont(font)
            _cmap = frozenset(font.face.charToGlyph)
            _font = font
    return FONT_NAME


def _ignorable(ch: str) -> bool:
    # Line breaks, tabs and other control/format characters never reach the page as glyphs.
    return unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")


def missing_glyphs(text: str | None) -> set[str]:
    """The characters of ``text`` that the printing font has no glyph for."""
    if not text:
        return set()
    register_font()
    return {ch for ch in text if ord(ch) not in _cmap and not _ignorable(ch)}


def check_text(text: str | None, field: str = "") -> str:
    """Return ``text`` (``""`` for ``None``) or raise :class:`GlyphError` naming ``field``."""
    missing = missing_glyphs(text)
    if missing:
        raise GlyphError(missing, field)
    return text or ""
