"""The manual as one printable PDF: a cover, a table of contents, the chapters with their screenshots.

Set in the printed notices' fonts (documents.fonts: the Song for text, its bold for headings, LXGW WenKai for what the
Song subset lacks), so the same characters are checked before anything is drawn.
"""

from __future__ import annotations

import io
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, Image, KeepTogether, ListFlowable, ListItem, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents

from gazetteer_desk import __version__
from gazetteer_desk.documents import layout  # noqa: F401 - installs the Chinese line-breaking rules
from gazetteer_desk.documents.fonts import SONG, SONG_BOLD, TITLE, GlyphError, draw_centred, markup, \
    missing_glyphs, register_font
from gazetteer_desk.errors import DeskError
from gazetteer_desk.formats import WriteError
from gazetteer_desk.formats.atomic import write_atomic
from gazetteer_desk.services.help.manual import Block, Chapter, Text, chapters, manual_dir

MARGIN = 18 * mm
PAGE = A4
FRAME_WIDTH = PAGE[0] - 2 * MARGIN
FRAME_HEIGHT = PAGE[1] - 2 * MARGIN - 6 * mm
_A85_LOCK = threading.Lock()


@dataclass(frozen=True)
class ManualBuild:
    path: Path
    pages: int
    chapters: int
    images: int
    fresh_images: int  # taken from the ``images`` folder given, not the packaged ones


def _styles() -> dict[str, ParagraphStyle]:
    register_font()
    body = ParagraphStyle("body", fontName=SONG, fontSize=10.5, leading=17, spaceAfter=5, wordWrap="CJK")
    return {
        "body": body,
        "h1": ParagraphStyle("h1", body, fontName=SONG_BOLD, fontSize=18, leading=26, spaceBefore=0, spaceAfter=10),
        # a section's heading stays on the page of its first lines
        "h2": ParagraphStyle("h2", body, fontName=SONG_BOLD, fontSize=13.5, leading=20, spaceBefore=12, spaceAfter=6,
                             keepWithNext=1, textColor=colors.HexColor("#1d3f72")),
        "h3": ParagraphStyle("h3", body, fontName=SONG_BOLD, fontSize=11.5, leading=18, spaceBefore=6, spaceAfter=4,
                             keepWithNext=1),
        "tip": ParagraphStyle("tip", body, spaceAfter=0),
        "caption": ParagraphStyle("caption", body, fontSize=9, leading=13, alignment=TA_CENTER,
                                  textColor=colors.HexColor("#555555"), spaceAfter=10),
        "cover": ParagraphStyle("cover", body, fontName=SONG_BOLD, fontSize=30, leading=40, alignment=TA_CENTER),
        "cover2": ParagraphStyle("cover2", body, fontSize=14, leading=22, alignment=TA_CENTER),
        "toc1": ParagraphStyle("toc1", body, fontName=SONG_BOLD, fontSize=12, leading=20, leftIndent=0),
        "toc2": ParagraphStyle("toc2", body, fontSize=10.5, leading=16, leftIndent=14),
    }


def _markup(text: Text, chain=None) -> str:
    out = []
    for part in text:
        piece = markup(part.text, chain) if chain else markup(part.text)
        out.append(f"<b>{piece}</b>" if part.bold else f'<font color="#1d3f72">{piece}</font>' if part.code else piece)
    return "".join(out)


class _Heading(Paragraph):
    """A heading that enters the table of contents and the PDF's outline."""

    def __init__(self, text: str, style, level: int, anchor: str, plain_text: str):
        super().__init__(f'<a name="{anchor}"/>{text}', style)
        self.toc_level, self.anchor, self.plain_text = level, anchor, plain_text


class _Doc(BaseDocTemplate):
    def afterFlowable(self, flowable) -> None:  # noqa: N802 - reportlab's hook
        if isinstance(flowable, _Heading) and flowable.toc_level <= 2:
            level = flowable.toc_level - 1
            self.notify("TOCEntry", (level, flowable.plain_text, self.page, flowable.anchor))
            self.canv.bookmarkPage(flowable.anchor)
            self.canv.addOutlineEntry(flowable.plain_text, flowable.anchor, level=level, closed=level > 0)


def _check(manual: list[Chapter]) -> None:
    """Every character is drawable before anything is drawn (a missing glyph would print as a blank)."""
    for chapter in manual:
        for block in chapter.blocks:
            for text in (block.text, *block.items):
                missing = missing_glyphs("".join(p.text for p in text))
                if missing:
                    raise GlyphError(missing, f"{chapter.file}")


def _image(path: Path, caption: Text, styles) -> list:
    image = Image(str(path))
    width, height = image.imageWidth, image.imageHeight
    scale = min(FRAME_WIDTH / width, FRAME_HEIGHT * 0.62 / height, 1.0 if width < 400 else 10)
    image.drawWidth, image.drawHeight = width * scale, height * scale
    image.hAlign = "CENTER"
    framed = Table([[image]], style=TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
                                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                                 ("TOPPADDING", (0, 0), (-1, -1), 0),
                                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [KeepTogether([framed, Spacer(1, 2 * mm), Paragraph(_markup(caption), styles["caption"])])]


def _block(block: Block, styles, find_image) -> list:
    if block.kind == "heading":
        style = styles[f"h{block.level}"]
        return [_Heading(_markup(block.text, TITLE), style, block.level, block.anchor, block.plain)]
    if block.kind == "paragraph":
        return [Paragraph(_markup(block.text), styles["body"])]
    if block.kind == "tip":
        table = Table([[Paragraph(_markup(block.text), styles["tip"])]], colWidths=[FRAME_WIDTH],
                      style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fff7d6")),
                                        ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#d9b84a")),
                                        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
        return [table, Spacer(1, 3 * mm)]
    if block.kind in ("bullets", "numbers"):
        items = [ListItem(Paragraph(_markup(item), styles["body"])) for item in block.items]
        if block.kind == "bullets":
            return [ListFlowable(items, bulletType="bullet", start="●", bulletFontName=SONG, bulletFontSize=6,
                                 leftIndent=14, bulletOffsetY=-2)]
        return [ListFlowable(items, bulletType="1", bulletFormat="%s.", bulletFontName=SONG, bulletFontSize=10.5,
                             leftIndent=16)]
    if block.kind == "image":
        return _image(find_image(block.src), block.text, styles)
    return []


def _cover(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#1d3f72"))
    canvas.rect(0, PAGE[1] - 40 * mm, PAGE[0], 40 * mm, stroke=0, fill=1)
    canvas.restoreState()


def _footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#666666"))
    draw_centred(canvas, PAGE[0] / 2, 10 * mm, f"信访接待台 操作手册　第 {doc.page} 页", 8.5)
    canvas.restoreState()


def render(manual: list[Chapter] | None = None, images: Path | None = None) -> tuple[bytes, int, int, int]:
    """The PDF's bytes, its page count, the images drawn, and how many came from ``images`` (fresh screenshots)."""
    manual = manual if manual is not None else chapters()
    _check(manual)
    styles = _styles()
    folder = manual_dir()
    used = {"all": 0, "fresh": 0}

    def find_image(src: str) -> Path:
        fresh = images / Path(src).name if images is not None else None
        used["all"] += 1
        if fresh is not None and fresh.is_file():
            used["fresh"] += 1
            return fresh
        packaged = folder / src
        if not packaged.is_file():
            raise DeskError(f"操作手册缺少截图：{src}")
        return packaged

    toc = TableOfContents(levelStyles=[styles["toc1"], styles["toc2"]], dotsMinLevel=0)
    story: list = [Spacer(1, 60 * mm), Paragraph(markup("信访接待台", TITLE), styles["cover"]), Spacer(1, 8 * mm),
                   Paragraph(markup("操作手册", TITLE), styles["cover"]), Spacer(1, 16 * mm),
                   Paragraph(markup("接待员 · 领导 · 调解员 · 管理员 · 县信访办"), styles["cover2"]),
                   Spacer(1, 6 * mm), Paragraph(markup(f"适用版本 {__version__}"), styles["cover2"]), PageBreak(),
                   Paragraph(markup("目　录", TITLE), styles["h1"]), toc]
    for chapter in manual:
        story.append(PageBreak())
        for block in chapter.blocks:
            story += _block(block, styles, find_image)
    buf = io.BytesIO()
    doc = _Doc(buf, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
               title="信访接待台 操作手册", author="信访接待台", creator="信访接待台", subject="操作手册",
               invariant=1, pageCompression=1, initialFontName=SONG)
    frame = Frame(MARGIN, MARGIN, FRAME_WIDTH, PAGE[1] - 2 * MARGIN, id="body")
    doc.addPageTemplates([PageTemplate(id="cover", frames=[frame], onPage=_cover),
                          PageTemplate(id="page", frames=[frame], onPage=_footer)])
    story.insert(1, _NextTemplate("page"))
    with _binary_streams():
        doc.multiBuild(story)  # twice or more: the contents learn their page numbers
    return buf.getvalue(), doc.page, used["all"], used["fresh"]


@contextmanager
def _binary_streams():
    """Streams without ASCII85: reportlab encodes it in pure Python, which took most of the build for 30 screenshots
    (binary streams are as valid, and a quarter smaller)."""
    with _A85_LOCK:
        before = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = before


def _NextTemplate(name: str):  # noqa: N802 - reads like the flowable it is
    from reportlab.platypus.doctemplate import NextPageTemplate

    return NextPageTemplate(name)


def build_manual(out: Path, images: Path | None = None) -> ManualBuild:
    """Write the manual to ``out`` (atomically). ``images``: a folder of fresh screenshots that replace the packaged
    ones of the same name."""
    out = Path(out)
    if out.is_dir():
        raise DeskError(f"{out} 是文件夹，请给出 PDF 文件名，如 {out / '操作手册.pdf'}")
    if not out.parent.is_dir():
        raise DeskError(f"文件夹不存在：{out.parent}")
    manual = chapters()
    try:
        pdf, pages, count, fresh = render(manual, images)
        write_atomic(out, pdf)
    except (GlyphError, WriteError) as error:
        raise DeskError(error.message) from error
    return ManualBuild(out, pages, len(manual), count, fresh)
