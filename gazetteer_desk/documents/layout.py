"""Page machinery shared by every printed paper: paper layouts, paragraph styles, the title, the cut line, the QR
code, glyph-checked text and the build that turns a story into PDF bytes.

Every string that reaches the page passes through :func:`text` (or :class:`~gazetteer_desk.documents.story.Story`),
which checks it against the fonts (:class:`~gazetteer_desk.documents.fonts.GlyphError` before anything is drawn) and
escapes it for Paragraph markup, characters the Song lacks put in the fallback font.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.lib import textsplit as _rl_textsplit
from reportlab.platypus import paragraph as _rl_paragraph
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    TableStyle,
)

from gazetteer_desk.documents.fonts import (
    FONT_NAME,
    TITLE,
    check_text,
    draw_centred,
    markup,
    register_font,
    string_width,
    text_out,
)
from gazetteer_desk.documents.model import Paper

# Chinese line-breaking (标点挤压/避头): reportlab's CJK wrapper only knows the Japanese "cannot start a line" set, so a
# full-width comma or colon could open a line.  Add the Chinese closing punctuation so it hangs at the line end.
_CN_CANNOT_START = "，；：！？）》」』〕】”’…—·、。"
for _mod in (_rl_textsplit, _rl_paragraph):  # wordSplit (single run) and cjkFragSplit (mixed runs)
    _mod.ALL_CANNOT_START += "".join(c for c in _CN_CANNOT_START if c not in _mod.ALL_CANNOT_START)

QR_PREFIX = "GDQ"
THERMAL_WIDTH = 80 * mm
BLANK_DATE = "　　　　年　　月　　日"
SIGN_LINE = "＿＿＿＿＿＿＿＿"

__all__ = [
    "BLANK_DATE", "FONT_CMD", "LAYOUTS", "QR_PREFIX", "SIGN_LINE", "THERMAL_WIDTH", "TIGHT", "TIGHT_CMDS", "CutLine",
    "Layout", "Qr", "Styles", "Title", "build", "clause", "format_date", "literal", "qr_flowable", "qr_payload",
    "styles", "text",
]

# --------------------------------------------------------------------------------------------------- formatting


def format_date(value: date | str | None, blank: str = BLANK_DATE) -> str:
    """``date(2026, 11, 25)`` -> ``2026年11月25日``; strings pass through; ``None`` gives a blank to fill in by hand."""
    if value is None or value == "":
        return blank
    if isinstance(value, date):
        return f"{value.year}年{value.month}月{value.day}日"
    return str(value)


def qr_payload(matter_number: str, query_code: str) -> str:
    return f"{QR_PREFIX}:{matter_number}:{query_code}"


def text(value: object, field: str) -> str:
    """Check a value against the fonts and return it as Paragraph markup: escaped, newlines kept, characters the
    Song lacks in the fallback font."""
    s = "" if value is None else str(value)
    check_text(s, field)
    return markup(s.strip()).replace("\n", "<br/>").replace("\u3000", _ideographic_space())


def clause(value: str | None) -> str:
    """Text that is followed by our own punctuation: drop its final full stop (no "。。")."""
    return (value or "").strip().rstrip("。；;，,.")


def literal(markup_free: str) -> str:
    """Fixed wording of the paper (still glyph-checked)."""
    return text(markup_free, "文书正文")


@lru_cache(maxsize=1)
def _ideographic_space() -> str:
    """Paragraph collapses U+3000 like any blank; a run of no-break spaces of the same width survives."""
    nbsp = pdfmetrics.stringWidth("\xa0", register_font(), 1000) or 250
    return "\xa0" * max(1, round(1000 / nbsp))


# --------------------------------------------------------------------------------------------------- page layout


@dataclass(frozen=True)
class Layout:
    page: tuple[float, float]
    left: float
    right: float
    top: float
    bottom: float
    body: float  # body font size
    leading: float
    title: float
    header: float
    small: float
    qr: float  # QR side, quiet zone included
    key_col: float  # width of the label column in the particulars table
    narrow: bool = False  # single column, stacked rows (thermal)
    footer: bool = True

    @property
    def width(self) -> float:
        return self.page[0] - self.left - self.right


LAYOUTS = {
    Paper.A4: Layout(A4, 25 * mm, 25 * mm, 18 * mm, 16 * mm, 11.5, 19, 22, 14, 9, 28 * mm, 26 * mm),
    Paper.A5: Layout(A5, 12 * mm, 12 * mm, 10 * mm, 11 * mm, 9, 13.5, 16, 10.5, 7, 25 * mm, 21 * mm),
    Paper.THERMAL_80: Layout(
        (THERMAL_WIDTH, 2000 * mm), 4 * mm, 4 * mm, 4 * mm, 6 * mm, 8.5, 12, 13.5, 9, 7, 32 * mm, 18 * mm,
        narrow=True, footer=False,
    ),
}


class Styles:
    def __init__(self, lay: Layout) -> None:
        font = register_font()

        def st(name: str, size: float, leading: float, **kw) -> ParagraphStyle:
            return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **kw)

        b, ld = lay.body, lay.leading
        self.header = st("header", lay.header, lay.header * 1.4, alignment=TA_CENTER)
        self.number = st("number", lay.small + 1, (lay.small + 1) * 1.4, alignment=TA_LEFT)
        self.number_r = st("number_r", lay.small + 1, (lay.small + 1) * 1.4, alignment=TA_RIGHT)
        self.salute = st("salute", b, ld, spaceBefore=ld * 0.4, spaceAfter=ld * 0.15)
        self.body = st("body", b, ld, firstLineIndent=2 * b, alignment=TA_JUSTIFY, spaceAfter=ld * 0.15)
        self.flat = st("flat", b, ld, alignment=TA_JUSTIFY, spaceAfter=ld * 0.1)
        self.heading = st("heading", b, ld, spaceBefore=ld * 0.35, spaceAfter=ld * 0.05)
        self.cell = st("cell", b - 1, (b - 1) * 1.45)
        self.cell_key = st("cell_key", b - 1, (b - 1) * 1.45, alignment=TA_CENTER if not lay.narrow else TA_LEFT)
        self.right = st("right", b, ld, alignment=TA_RIGHT)
        self.center = st("center", b, ld, alignment=TA_CENTER)
        self.small = st("small", lay.small, lay.small * 1.45, alignment=TA_LEFT)
        self.small_c = st("small_c", lay.small, lay.small * 1.45, alignment=TA_CENTER)
        self.sign = st("sign", b, ld * 1.3)


@lru_cache(maxsize=None)
def styles(paper: Paper) -> Styles:
    return Styles(LAYOUTS[paper])


class Title(Flowable):
    """The paper's title: centred, large, in the bold Song (GB/T 9704's 小标宋), letter-spaced."""

    def __init__(self, text: str, size: float, space_after: float) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.spaceAfter = space_after

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, self.size * 1.45

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFillColor(colors.black)
        t = c.beginText()
        # letter-spaced like printed official titles
        space = self.size * 0.12
        t.setCharSpace(space)
        text_width = string_width(self.text, self.size, TITLE) + space * (len(self.text) - 1)
        t.setTextOrigin((self.width - text_width) / 2, self.size * 0.3)
        text_out(t, self.text, self.size, TITLE)
        c.drawText(t)
        c.restoreState()


class CutLine(Flowable):
    """A dashed tear-off line with a caption in the middle."""

    def __init__(self, caption: str, size: float) -> None:
        super().__init__()
        self.caption = check_text(caption, "裁切线")
        self.size = size

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, self.size * 2.0

    def draw(self) -> None:
        c = self.canv
        y = self.size * 1.1
        tw = string_width(self.caption, self.size)
        gap = tw / 2 + self.size
        mid = self.width / 2
        c.saveState()
        c.setDash(3, 2)
        c.setLineWidth(0.5)
        c.setStrokeColor(colors.Color(0.35, 0.35, 0.35))
        c.line(0, y, mid - gap, y)
        c.line(mid + gap, y, self.width, y)
        c.setFillColor(colors.Color(0.35, 0.35, 0.35))
        draw_centred(c, mid, y - self.size * 0.35, self.caption, self.size)
        c.restoreState()


FONT_CMD = ("FONTNAME", (0, 0), (-1, -1), FONT_NAME)  # tables default to Helvetica, which would be declared
TIGHT_CMDS = [FONT_CMD, ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]
TIGHT = TableStyle(TIGHT_CMDS)


class Qr(Flowable):
    """A QR code drawn straight onto the canvas (no graphics Drawing, so no stray Helvetica resource in the PDF)."""

    BORDER = 2  # quiet zone in modules

    def __init__(self, payload: str, side: float) -> None:
        super().__init__()
        # imported here: reportlab's barcode package costs a quarter second to import, and most papers draw no QR
        from reportlab.graphics.barcode import qrencoder

        qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)  # version: smallest that fits
        qr.addData(payload)
        qr.make()
        n = qr.getModuleCount()
        self.runs = []  # (row, first column, length) of dark modules
        for r in range(n):
            c = 0
            while c < n:
                if qr.isDark(r, c):
                    start = c
                    while c < n and qr.isDark(r, c):
                        c += 1
                    self.runs.append((r, start, c - start))
                else:
                    c += 1
        self.modules = n + 2 * self.BORDER
        self.side = self.width = self.height = side

    def wrap(self, avail_width, avail_height):
        return self.side, self.side

    def draw(self) -> None:
        c = self.canv
        m = self.side / self.modules
        c.saveState()
        c.setFillColor(colors.black)
        top = self.side - self.BORDER * m
        for r, col, length in self.runs:
            # overlap by a hair so neighbouring rows print without hairline gaps
            c.rect((col + self.BORDER) * m, top - (r + 1) * m, length * m, m * 1.02, stroke=0, fill=1)
        c.restoreState()


def qr_flowable(payload: str, side: float) -> Qr:
    check_text(payload, "二维码")
    return Qr(payload, side)



# --------------------------------------------------------------------------------------------------- building


def _page_decor(lay: Layout, footer_text: str):
    def on_page(canvas, doc) -> None:
        if not lay.footer:
            return
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.4, 0.4, 0.4))
        draw_centred(canvas, lay.page[0] / 2, lay.bottom * 0.5, f"{footer_text}　第{doc.page}页", lay.small - 0.5)
        canvas.restoreState()

    return on_page


def _measure(items: list[Flowable], width: float) -> float:
    canvas = Canvas(io.BytesIO())
    flat: list[Flowable] = []
    for f in items:
        flat.extend(f._content if isinstance(f, KeepTogether) else [f])
    total = 0.0
    for i, f in enumerate(flat):
        _, h = f.wrapOn(canvas, width, 10_000 * mm)
        total += h + f.getSpaceAfter() + (f.getSpaceBefore() if i else 0)
    return total


def build(make_story, paper: Paper, title: str, author: str, footer_text: str) -> bytes:
    lay = LAYOUTS[paper]
    story = make_story()  # raises GlyphError before anything is drawn
    page = lay.page
    if lay.narrow:
        height = _measure(story.items, lay.width) + lay.top + lay.bottom + 8 * mm
        page = (lay.page[0], max(height, 80 * mm))
        story = make_story()  # fresh flowables: measuring has wrapped them once already
    footer = check_text(footer_text, "页脚")
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=page, leftMargin=lay.left, rightMargin=lay.right, topMargin=lay.top, bottomMargin=lay.bottom,
        title=title, author=author, creator="信访接待台", subject=title, invariant=1, pageCompression=1,
        initialFontName=register_font(), initialFontSize=lay.body,
    )
    frame = Frame(lay.left, lay.bottom, page[0] - lay.left - lay.right, page[1] - lay.top - lay.bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_page_decor(lay, footer))])
    doc.build(story.items)
    return buf.getvalue()

