"""The printing fonts: a Song (宋体) for the body, its bold for titles (GB/T 9704 sets titles in 小标宋 and the body
in 仿宋 or 宋体), and LXGW WenKai as the per-character fallback for rare name characters the Song subset lacks.

Text is split into runs by the first font of a chain that has each character (:func:`runs`): paragraphs get
``<font name=…>`` markup (:func:`markup`), canvas drawing switches fonts per run (:func:`text_out`).

reportlab silently drops (or boxes) characters that no font can draw. A petition paper with a blank where a name
character should be is worse than no paper, so every string is checked against the fonts before anything is drawn,
and a document with a character none of them has is refused with :class:`GlyphError`.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from gazetteer_desk.documents import tounicode
from gazetteer_desk.resources import font_path

SONG = "DeskSerifSC"  # body: Noto Serif CJK SC, GBK subset, TrueType outlines (scripts/build_print_fonts.py)
SONG_BOLD = "DeskSerifSC-Bold"  # titles: the bold weight, GB 2312 subset
FALLBACK = "LXGWWenKai"  # full LXGW WenKai: Extension A, characters beyond the basic plane, symbols such as ✂
FONT_NAME = SONG  # the base font of every style and table

BODY = (SONG, FALLBACK)
TITLE = (SONG_BOLD, SONG, FALLBACK)

FONT_FILES = {
    SONG: "DeskSerifSC-Regular.ttf",
    SONG_BOLD: "DeskSerifSC-Bold.ttf",
    FALLBACK: "LXGWWenKai-Regular.ttf",
}

tounicode.install()

_lock = threading.Lock()
_cmaps: dict[str, frozenset[int]] = {}
_family_registered = False


class GlyphError(ValueError):
    """A character that no printing font can draw; :attr:`message` is the text shown to the clerk."""

    def __init__(self, chars: Iterable[str], field: str = "") -> None:
        self.chars = "".join(sorted(set(chars)))
        self.field = field
        quoted = "、".join(f"“{c}”（U+{ord(c):04X}）" for c in self.chars)
        where = f"（{field}）" if field else ""
        self.message = f"字体缺少字符{quoted}{where}，无法正确打印，请联系管理员"
        super().__init__(self.message)


def _cmap(name: str) -> frozenset[int]:
    """The characters of one font, registering it with reportlab on first use (the fallback is rarely needed)."""
    cmap = _cmaps.get(name)
    if cmap is None:
        with _lock:
            cmap = _cmaps.get(name)
            if cmap is None:
                font = TTFont(name, str(font_path(FONT_FILES[name])))  # embedded as per-document subsets
                pdfmetrics.registerFont(font)
                cmap = _cmaps[name] = frozenset(font.face.charToGlyph)
    return cmap


def register_font() -> str:
    """Register the body and title fonts with reportlab (once per process) and return the body font's name."""
    global _family_registered
    if not _family_registered:
        _cmap(SONG)
        _cmap(SONG_BOLD)
        # <b> in a paragraph means the bold Song
        pdfmetrics.registerFontFamily(SONG, normal=SONG, bold=SONG_BOLD, italic=SONG, boldItalic=SONG_BOLD)
        _family_registered = True
    return SONG


def _ignorable(ch: str) -> bool:
    # Line breaks, tabs and other control/format characters never reach the page as glyphs.
    return unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")


def font_for(ch: str, chain: tuple[str, ...] = BODY) -> str | None:
    """The first font of ``chain`` that has a glyph for ``ch`` (``None`` if none has)."""
    code = 32 if ch == "\xa0" else ord(ch)  # reportlab draws a no-break space as a space
    for name in chain:
        if code in _cmap(name):
            return name
    return None


def missing_glyphs(text: str | None, chain: tuple[str, ...] = BODY) -> set[str]:
    """The characters of ``text`` that no font of the chain has a glyph for."""
    if not text:
        return set()
    return {ch for ch in set(text) if not _ignorable(ch) and font_for(ch, chain) is None}


def check_text(text: str | None, field: str = "") -> str:
    """Return ``text`` (``""`` for ``None``) or raise :class:`GlyphError` naming ``field``."""
    missing = missing_glyphs(text)
    if missing:
        raise GlyphError(missing, field)
    return text or ""


def runs(text: str, chain: tuple[str, ...] = BODY) -> list[tuple[str, str]]:
    """``text`` cut into ``(font name, substring)`` runs; characters no font has stay with the run before them."""
    out: list[tuple[str, str]] = []
    for ch in text:
        name = (None if _ignorable(ch) else font_for(ch, chain)) or (out[-1][0] if out else chain[0])
        if out and out[-1][0] == name:
            out[-1] = (name, out[-1][1] + ch)
        else:
            out.append((name, ch))
    return out


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities — what ``xml.sax.saxutils.escape`` does, without the 60 ms of
    ``urllib.request`` and ``email`` that module imports."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(text: str, chain: tuple[str, ...] = BODY) -> str:
    """``text`` escaped for Paragraph markup, runs beyond the paragraph's own font wrapped in ``<font name=…>``."""
    return "".join(escape(part) if name == chain[0] else f'<font name="{escape(name)}">{escape(part)}</font>'
                   for name, part in runs(text, chain))


def string_width(text: str, size: float, chain: tuple[str, ...] = BODY) -> float:
    return sum(pdfmetrics.stringWidth(part, name, size) for name, part in runs(text, chain))


def text_out(text_object, text: str, size: float, chain: tuple[str, ...] = BODY) -> None:
    """Write ``text`` into a reportlab text object, switching fonts run by run."""
    for name, part in runs(text, chain):
        text_object.setFont(name, size)
        text_object.textOut(part)


def draw_centred(canvas, x: float, y: float, text: str, size: float, chain: tuple[str, ...] = BODY) -> None:
    t = canvas.beginText(x - string_width(text, size, chain) / 2, y)
    text_out(t, text, size, chain)
    canvas.drawText(t)
