"""PDF papers for petitioners and mediation parties, rendered in memory with reportlab.

Every string that reaches the page passes through :func:`_text` / :class:`_Story`, which checks it against the font
(:class:`~gazetteer_desk.documents.fonts.GlyphError` before anything is drawn) and escapes it for Paragraph markup.
The caller writes the returned bytes to disk (atomically) or sends them to the printer.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import qrencoder
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
    HRFlowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from gazetteer_desk.documents.fonts import FONT_NAME, check_text, register_font
from gazetteer_desk.documents.kinds import (
    DEFAULT_ARTICLES,
    JUDICIAL_CONFIRMATION_DAYS,
    MEDIATION_LAW,
    OUTCOME_MARKS,
    REGULATION,
    REVIEW_REQUEST_DAYS,
    DocumentKind,
    Outcome,
)
from gazetteer_desk.documents.model import MediationAgreementData, NoticeData, Paper

# Chinese line-breaking (标点挤压/避头): reportlab's CJK wrapper only knows the Japanese "cannot start a line" set, so a
# full-width comma or colon could open a line.  Add the Chinese closing punctuation so it hangs at the line end.
_CN_CANNOT_START = "，；：！？）》」』〕】”’…—·、。"
for _mod in (_rl_textsplit, _rl_paragraph):  # wordSplit (single run) and cjkFragSplit (mixed runs)
    _mod.ALL_CANNOT_START += "".join(c for c in _CN_CANNOT_START if c not in _mod.ALL_CANNOT_START)

QR_PREFIX = "GDQ"
THERMAL_WIDTH = 80 * mm
BLANK_DATE = "　　　　年　　月　　日"
SIGN_LINE = "＿＿＿＿＿＿＿＿"

__all__ = ["render_notice", "render_mediation_agreement", "format_date", "qr_payload"]


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


def _text(value: object, field: str) -> str:
    """Check a value against the font and return it escaped for Paragraph markup (newlines kept)."""
    s = "" if value is None else str(value)
    check_text(s, field)
    return escape(s.strip()).replace("\n", "<br/>").replace("\u3000", _ideographic_space())


def _clause(value: str | None) -> str:
    """Text that is followed by our own punctuation: drop its final full stop (no "。。")."""
    return (value or "").strip().rstrip("。；;，,.")


def _lit(markup_free: str) -> str:
    """Fixed wording of the paper (still glyph-checked)."""
    return _text(markup_free, "文书正文")


@lru_cache(maxsize=1)
def _ideographic_space() -> str:
    """Paragraph collapses U+3000 like any blank; a run of no-break spaces of the same width survives."""
    nbsp = pdfmetrics.stringWidth("\xa0", register_font(), 1000) or 250
    return "\xa0" * max(1, round(1000 / nbsp))


# --------------------------------------------------------------------------------------------------- page layout


@dataclass(frozen=True)
class _Layout:
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


_LAYOUTS = {
    Paper.A4: _Layout(A4, 25 * mm, 25 * mm, 18 * mm, 16 * mm, 11.5, 19, 22, 14, 9, 28 * mm, 26 * mm),
    Paper.A5: _Layout(A5, 12 * mm, 12 * mm, 10 * mm, 11 * mm, 9, 13.5, 16, 10.5, 7, 25 * mm, 21 * mm),
    Paper.THERMAL_80: _Layout(
        (THERMAL_WIDTH, 2000 * mm), 4 * mm, 4 * mm, 4 * mm, 6 * mm, 8.5, 12, 13.5, 9, 7, 32 * mm, 18 * mm,
        narrow=True, footer=False,
    ),
}


class _Styles:
    def __init__(self, lay: _Layout) -> None:
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
def _styles(paper: Paper) -> _Styles:
    return _Styles(_LAYOUTS[paper])


class _Title(Flowable):
    """The paper's title: centred, large and slightly emboldened (fill + thin stroke; the font has one weight)."""

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
        c.setFont(register_font(), self.size)
        c.setFillColor(colors.black)
        c.setStrokeColor(colors.black)
        c.setLineWidth(self.size * 0.035)
        t = c.beginText()
        t.setTextRenderMode(2)
        # letter-spaced like printed official titles
        t.setCharSpace(self.size * 0.12)
        text_width = c.stringWidth(self.text, register_font(), self.size) + self.size * 0.12 * (len(self.text) - 1)
        t.setTextOrigin((self.width - text_width) / 2, self.size * 0.3)
        t.textOut(self.text)
        c.drawText(t)
        c.restoreState()


class _CutLine(Flowable):
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
        font = register_font()
        y = self.size * 1.1
        tw = c.stringWidth(self.caption, font, self.size)
        gap = tw / 2 + self.size
        mid = self.width / 2
        c.saveState()
        c.setDash(3, 2)
        c.setLineWidth(0.5)
        c.setStrokeColor(colors.Color(0.35, 0.35, 0.35))
        c.line(0, y, mid - gap, y)
        c.line(mid + gap, y, self.width, y)
        c.setFont(font, self.size)
        c.setFillColor(colors.Color(0.35, 0.35, 0.35))
        c.drawCentredString(mid, y - self.size * 0.35, self.caption)
        c.restoreState()


_FONT_CMD = ("FONTNAME", (0, 0), (-1, -1), FONT_NAME)  # tables default to Helvetica, which would be declared
_TIGHT_CMDS = [_FONT_CMD, ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]
_TIGHT = TableStyle(_TIGHT_CMDS)


class _Qr(Flowable):
    """A QR code drawn straight onto the canvas (no graphics Drawing, so no stray Helvetica resource in the PDF)."""

    BORDER = 2  # quiet zone in modules

    def __init__(self, payload: str, side: float) -> None:
        super().__init__()
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


def _qr(payload: str, side: float) -> _Qr:
    check_text(payload, "二维码")
    return _Qr(payload, side)


class _Story:
    """Collects flowables for one paper; every text is glyph-checked with the label of the field it came from."""

    def __init__(self, paper: Paper) -> None:
        self.paper = paper
        self.lay = _LAYOUTS[paper]
        self.s = _styles(paper)
        self.items: list[Flowable] = []

    # ---- primitives
    def p(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        para = Paragraph(markup, style or self.s.body)
        self.items.append(para)
        return para

    def para(self, *parts: tuple[object, str] | str, style: ParagraphStyle | None = None) -> None:
        """A paragraph built from literal strings (checked as 文书正文) and ``(value, field label)`` pairs."""
        self.p("".join(_text(x, "文书正文") if isinstance(x, str) else _text(*x) for x in parts), style)

    def space(self, h: float) -> None:
        self.items.append(Spacer(1, h))

    # ---- blocks
    def header(self, issuer: str, issuer_field: str, title: str, number: tuple[str, str], code: str | None) -> None:
        lay, s = self.lay, self.s
        self.p(_text(issuer, issuer_field), s.header)
        self.items.append(_Title(check_text(title, "文书标题"), lay.title, lay.leading * 0.3))
        num = f"{_text(number[0], '文书正文')}：{_text(number[1], number[0])}"
        qc = f"查询码：{_text(code, '查询码')}" if code else ""
        if lay.narrow:
            self.p(num, s.number)
            if qc:
                self.p(qc, s.number)
        else:
            t = Table([[Paragraph(num, s.number), Paragraph(qc, s.number_r)]], colWidths=[lay.width * 0.6, lay.width * 0.4])
            t.setStyle(TableStyle([_FONT_CMD, ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
            self.items.append(t)
        self.items.append(HRFlowable(width="100%", thickness=0.7, color=colors.black, spaceBefore=1,
                                     spaceAfter=lay.leading * 0.25))

    def particulars(self, rows: list[tuple[str, object]]) -> None:
        """A two-column table of registered particulars; empty values are left out."""
        lay, s = self.lay, self.s
        data = [[Paragraph(_text(k, "文书正文"), s.cell_key), Paragraph(_text(v, k), s.cell)]
                for k, v in rows if v not in (None, "")]
        if not data:
            return
        t = Table(data, colWidths=[lay.key_col, lay.width - lay.key_col])
        grid = colors.Color(0.3, 0.3, 0.3)
        pad = 2 if lay.narrow else 2.5
        t.setStyle(TableStyle([_FONT_CMD, 
            ("GRID", (0, 0), (-1, -1), 0.4, grid) if not lay.narrow else ("LINEBELOW", (0, 0), (-1, -1), 0.3, grid),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.94, 0.94, 0.94)) if not lay.narrow
            else ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
        ]))
        t.spaceBefore = lay.leading * 0.2
        t.spaceAfter = lay.leading * 0.4
        self.items.append(t)

    def _sign_cells(self, issuer: str, issuer_field: str, when: date | None, seal: str) -> list[Flowable]:
        s = self.s
        return [
            Paragraph(_text(issuer, issuer_field), s.center),
            Paragraph(_text(seal, "文书正文"), s.center),
            Paragraph(_text(format_date(when), "日期"), s.center),
        ]

    def signature(self, issuer: str, issuer_field: str, when: date | None, seal: str = "（盖章）") -> None:
        """Issuer, seal place and date, right-aligned (lines centred on each other, room above for the seal)."""
        lay = self.lay
        width = min(lay.width, max(self.lay.body * (len(issuer) + 3), 62 * mm if not lay.narrow else 0))
        t = Table([[self._sign_cells(issuer, issuer_field, when, seal)]], colWidths=[width], hAlign="RIGHT")
        t.setStyle(_TIGHT)
        self.items.append(KeepTogether([Spacer(1, lay.leading * (1.5 if not lay.narrow else 0.6)), t]))

    def closing(self, issuer: str, when: date | None, office_name: str, address: str, phone: str,
                matter_number: str, code: str, clerk: str | None, note: str) -> None:
        """Signature (issuer, seal place, date) with the QR code and the office's contact beside it."""
        lay, s = self.lay, self.s
        lines = [
            Paragraph(f"查询码：{_text(code, '查询码')}", s.small),
            Paragraph(_text(note, "文书正文"), s.small),
            Paragraph(f"地址：{_text(address, '单位地址')}", s.small),
            Paragraph(f"电话：{_text(phone, '单位电话')}", s.small),
        ]
        if clerk:
            lines.append(Paragraph(f"经办人：{_text(clerk, '经办人')}", s.small))
        qr = _qr(qr_payload(matter_number, code), lay.qr)
        if lay.narrow:
            self.signature(issuer, "单位名称", when)
            t = Table([[qr]], colWidths=[lay.width])
            t.setStyle(TableStyle([_FONT_CMD, ("ALIGN", (0, 0), (-1, -1), "CENTER"), *_TIGHT_CMDS]))
            self.items.append(HRFlowable(width="100%", thickness=0.4, color=colors.grey, spaceBefore=4, spaceAfter=2))
            self.items.append(t)
            self.items.extend(lines)
            return
        sign_w = max(62 * mm if lay.page is A4 else 50 * mm, lay.body * (len(issuer) + 2))
        contact_w = lay.width - sign_w
        contact = Table([[qr, lines]], colWidths=[lay.qr + 3, contact_w - lay.qr - 3])
        contact.setStyle(TableStyle([_FONT_CMD, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *_TIGHT_CMDS,
                                     ("RIGHTPADDING", (0, 0), (0, 0), 3)]))
        sign = [Spacer(1, lay.leading * 0.8)] + self._sign_cells(issuer, "单位名称", when, "（盖章）")
        t = Table([[contact, sign]], colWidths=[contact_w, sign_w])
        t.setStyle(TableStyle([_FONT_CMD, ("VALIGN", (0, 0), (0, 0), "BOTTOM"), ("VALIGN", (1, 0), (1, 0), "MIDDLE"),
                               *_TIGHT_CMDS]))
        t.spaceBefore = lay.leading * 0.6
        self.items.append(t)

    def receipt_slip(self, title: str, number: str, petitioner: str, what: str) -> None:
        """The 签收联 kept by the office: torn off along the dashed line after the petitioner signs."""
        lay, s = self.lay, self.s
        if lay.narrow:
            block = [
                HRFlowable(width="100%", thickness=0.4, color=colors.grey, spaceBefore=4, spaceAfter=2),
                Paragraph(f"本人已收到{_text(what, '文书名称')}。", s.small),
                Paragraph(f"信访人签收：{SIGN_LINE}", s.sign),
            ]
            self.items.append(KeepTogether(block))
            return
        block = [
            Spacer(1, lay.leading * 0.2),
            _CutLine("✂ 沿此线剪开 · 签收联由接待单位留存", lay.small),
            Paragraph(f"{_lit('【签收联】')}{_text(petitioner, '姓名')}已收到编号为{_text(number, '编号')}的"
                      f"{_text(what, '文书名称')}。", s.flat),
            Paragraph(_lit(f"信访人（签名或按指印）：{SIGN_LINE}　　签收日期：{BLANK_DATE}"), s.sign),
            Paragraph(_lit(f"送达人：{SIGN_LINE}　　　　送达方式：□ 当面递交　□ 邮寄　□ 其他"), s.sign),
        ] if lay.page is A4 else [
            Spacer(1, lay.leading * 0.2),
            _CutLine("✂ 沿此线剪开 · 签收联由接待单位留存", lay.small),
            Paragraph(f"{_lit('【签收联】')}{_text(petitioner, '姓名')}已收到编号为{_text(number, '编号')}的"
                      f"{_text(what, '文书名称')}。", s.flat),
            Paragraph(_lit(f"信访人（签名或按指印）：{SIGN_LINE}　签收日期：　　年　月　日"), s.sign),
        ]
        self.items.append(KeepTogether(block))


# --------------------------------------------------------------------------------------------------- building


def _page_decor(lay: _Layout, footer_text: str):
    def on_page(canvas, doc) -> None:
        if not lay.footer:
            return
        canvas.saveState()
        canvas.setFont(register_font(), lay.small - 0.5)
        canvas.setFillColor(colors.Color(0.4, 0.4, 0.4))
        canvas.drawCentredString(lay.page[0] / 2, lay.bottom * 0.5, f"{footer_text}　第{doc.page}页")
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


def _build(make_story, paper: Paper, title: str, author: str, footer_text: str) -> bytes:
    lay = _LAYOUTS[paper]
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


# --------------------------------------------------------------------------------------------------- notices


def _article(data: NoticeData, explicit: str | None = None) -> str:
    return explicit or DEFAULT_ARTICLES[data.kind]


def _notice_story(d: NoticeData, paper: Paper) -> _Story:
    k = d.kind
    st = _Story(paper)
    s = st.s
    office = d.office
    name = (d.petitioner.name, "姓名")
    received = (format_date(d.received_on), "来访日期")
    channel = (d.channel, "信访形式")
    number = (d.matter_number, "编号")
    st.header(office.name, "单位名称", k.title, ("编号", d.matter_number), d.query_code)
    st.para(name, "：", style=s.salute)

    if k is DocumentKind.RECEIPT:
        st.para("您于", received, "以", channel, "形式反映的问题，本单位已如实登记，登记编号为", number,
                "。登记内容如下：")
        st.particulars([
            ("信访人", d.petitioner.name),
            ("身份证号码", d.petitioner.id_number_masked),
            ("联系电话", d.petitioner.phone_masked),
            ("住址", d.petitioner.address),
            ("来访日期", format_date(d.received_on)),
            ("信访形式", d.channel),
            ("问题类别", d.category),
            ("信访目的", d.purpose),
            ("诉求摘要", d.request),
            ("接待人", d.clerk),
        ])
        if d.route_label:
            st.para("办理途径：", (d.route_label, "办理途径"), "。",
                    (d.route_explanation or "", "办理途径说明"), style=s.flat)
        elif d.route_explanation:
            st.para((d.route_explanation, "办理途径说明"), style=s.flat)
        ack = ("（即" + format_date(d.ack_due) + "前）", "告知期限") if d.ack_due else ""
        st.para("根据", REGULATION, DEFAULT_ARTICLES[k], "的规定，本单位将自登记之日起15日内", ack,
                "书面告知您是否受理及办理途径；依法受理的，自受理之日起60日内办结（第三十四条）。")
        if d.handling_due:
            st.para("预计办结期限：", (format_date(d.handling_due), "办结期限"), "前。", style=s.flat)
        st.para("您可凭登记编号和查询码到本接待窗口或拨打", (office.phone, "单位电话"),
                "查询办理进度，办结后可对办理情况作出评价。")

    elif k is DocumentKind.ACCEPT:
        st.para("您于", received, "以", channel, "形式提出的信访事项（编号", number, "）",
                ("，请求：" + _clause(d.request) if d.request else "", "信访请求"), "。经审查，该事项属于本机关职责范围，本机关已于",
                (format_date(d.accepted_on or d.received_on), "受理日期"), "依法受理",
                ("，由" + d.handling_unit + "负责办理" if d.handling_unit else "", "承办单位"), "。")
        if d.route_explanation:
            st.para("办理途径：", (d.route_explanation, "办理途径说明"), style=s.flat)
        due = ("，即于" + format_date(d.handling_due) + "前", "办结期限") if d.handling_due else ""
        st.para("根据", REGULATION, "第三十四条的规定，该信访事项将自受理之日起60日内办结", due,
                "作出书面答复；情况复杂的，经本机关负责人批准，可以适当延长办理期限，延长期限不超过30日，并告知您延期理由。")
        st.para("办理期间，您可凭编号和查询码查询办理进度。", "特此告知。")

    elif k in (DocumentKind.REJECT, DocumentKind.NO_LONGER):
        st.para("您于", received, "以", channel, "形式提出的信访事项（编号", number, "）",
                ("，请求：" + _clause(d.request) if d.request else "", "信访请求"), "。")
        if k is DocumentKind.REJECT:
            st.para("经审查，", (_clause(d.reject_reason) or "该事项不属于信访事项受理范围", "不予受理理由"), "。根据", REGULATION,
                    (_article(d, d.reject_article), "条款"), "的规定，本机关决定不予受理。")
            default_remedy = "请您依照有关法律、行政法规规定的程序向有权机关提出；如有疑问，可向本单位咨询。"
        else:
            st.para("经查，", (_clause(d.reject_reason) or "该事项已经复核终结，您仍以同一事实和理由提出投诉请求", "不再受理理由"),
                    "。根据", REGULATION, (_article(d, d.reject_article), "条款"),
                    "的规定，各级党委和政府信访部门和其他机关、单位对该信访事项不再受理。")
            default_remedy = "如有新的事实和理由，您可以依法另行提出。"
        st.para("救济途径：", (d.remedy or default_remedy, "救济途径"))
        st.para("特此告知。")

    elif k is DocumentKind.EXTEND:
        st.para("您于", received, "提出", ("、本机关于" + format_date(d.accepted_on) + "受理" if d.accepted_on else "", "受理日期"),
                "的信访事项（编号", number, "）", ("，原定办结期限为" + format_date(d.handling_due) if d.handling_due else "",
                                              "原办结期限"), "。")
        st.para("因", (_clause(d.extension_reason) or "情况复杂", "延期理由"), "，经本机关负责人批准，根据", REGULATION,
                "第三十四条的规定，该信访事项的办理期限延长", (str(d.extension_days or 30), "延长天数"),
                "日（延长期限不超过30日）", ("，延长后的办结期限为" + format_date(d.new_due) if d.new_due else "", "新办结期限"),
                "。届时将书面答复您。")
        st.para("特此告知。")

    elif k is DocumentKind.OPINION:
        st.para("您于", received, "以", channel, "形式提出的信访事项（编号", number, "）",
                ("，本机关于" + format_date(d.accepted_on) + "受理" if d.accepted_on else "", "受理日期"),
                "。经调查核实，根据", REGULATION, "第三十二条的规定，现提出处理意见如下：")
        st.para("一、投诉请求", style=s.heading)
        st.para((d.request or "", "投诉请求"))
        st.para("二、事实和理由", style=s.heading)
        if d.facts:
            st.para("经调查核实：", (d.facts, "事实"))
        if d.reasons:
            st.para((d.reasons, "理由"))
        st.para("三、处理意见及法律依据", style=s.heading)
        outcome = d.outcome
        marks = "　".join(("■" if o is outcome else "□") + OUTCOME_MARKS[o] + o.value for o in Outcome)
        st.para("处理结论：", marks, style=s.flat)
        if d.opinion:
            st.para((d.opinion, "处理意见"))
        if d.legal_basis:
            st.para("法律依据：", (d.legal_basis, "法律依据"))
        st.para("四、救济途径", style=s.heading)
        if d.remedy:
            st.para((d.remedy, "救济途径"))
        else:
            due = ("（即" + format_date(d.review_request_due) + "前）", "复查申请期限") if d.review_request_due else ""
            st.para(f"如不服本处理意见，可自收到本意见书之日起{REVIEW_REQUEST_DAYS}日内", due, "向",
                    (office.county_office_name, "复查机关"), "请求复查（", REGULATION, "第三十五条）。")
    else:  # pragma: no cover - mediation agreements have their own renderer
        raise ValueError(f"not a notice kind: {k}")

    when = d.issued_on or (d.replied_on if k is DocumentKind.OPINION else None)
    if k is DocumentKind.RECEIPT:
        when = d.issued_on or d.received_on
    st.closing(office.name, when, office.name, office.address, office.phone, d.matter_number, d.query_code, d.clerk,
               "凭编号和查询码可到接待窗口或电话查询办理进度。")
    if paper is not Paper.A5:  # A5 keeps to one sheet; its 签收 is taken on the delivery log instead
        st.receipt_slip(k.title, d.matter_number, d.petitioner.name, k.title)
    return st


def render_notice(data: NoticeData, paper: Paper = Paper.A4) -> bytes:
    """Render a notice for the petitioner as PDF bytes; raises GlyphError (and produces nothing) on an unprintable
    character."""
    if data.kind is DocumentKind.MEDIATION:
        raise ValueError("人民调解协议书请使用 render_mediation_agreement")
    return _build(lambda: _notice_story(data, paper), paper, f"{data.kind.title}（{data.matter_number}）",
                  data.office.name, f"{data.kind.title}　编号：{data.matter_number}")


# --------------------------------------------------------------------------------------------------- mediation


def _party_line(p) -> str:
    role = _text(p.role, "当事人身份")
    if p.kind == "单位":
        bits = [(p.name, "当事人名称"),
                ("统一社会信用代码：" + p.id_number_masked if p.id_number_masked else None, "统一社会信用代码"),
                ("住所：" + p.address if p.address else None, "住所"),
                (p.representative, "法定代表人"),
                ("联系电话：" + p.phone_masked if p.phone_masked else None, "联系电话")]
    else:
        bits = [(p.name, "姓名"), (p.sex, "性别"), (p.ethnicity, "民族"), (p.age_or_birth, "出生日期或年龄"),
                ("身份证号码：" + p.id_number_masked if p.id_number_masked else None, "身份证号码"),
                ("住址：" + p.address if p.address else None, "住址"),
                ("联系电话：" + p.phone_masked if p.phone_masked else None, "联系电话"),
                (p.representative, "代理人")]
    return f"{role}：" + "，".join(_text(v, f) for v, f in bits if v) + "。"


def _mediation_story(d: MediationAgreementData, paper: Paper) -> _Story:
    st = _Story(paper)
    s, lay = st.s, st.lay
    st.header(d.committee_name, "调解委员会名称", DocumentKind.MEDIATION.title, ("编号", d.number), d.query_code)
    for p in d.parties:
        st.p(_party_line(p), s.flat)
    st.para("纠纷主要事实、争议事项", style=s.heading)
    st.para((d.facts, "纠纷主要事实"))
    st.para("争议事项：", (d.issues, "争议事项"))
    st.para("各方当事人的责任", style=s.heading)
    st.para((d.responsibilities, "当事人责任"))
    st.para("经", (d.committee_name, "调解委员会名称"), "主持调解，各方当事人自愿达成如下协议：", style=s.heading)
    terms = [d.terms] if isinstance(d.terms, str) else list(d.terms)
    for i, term in enumerate(terms, 1):
        st.para(f"{i}．" if len(terms) > 1 else "", (term, "协议内容"))
    st.para("履行方式、时限", style=s.heading)
    st.para((_clause(d.performance_manner), "履行方式"), "。履行期限：", (format_date(d.performance_due), "履行期限"), "前履行完毕。")
    st.para("本协议自各方当事人签名（盖章或按指印）、人民调解员签名并加盖人民调解委员会印章之日起生效。"
            "依照", MEDIATION_LAW, "第三十一条的规定，经人民调解委员会调解达成的调解协议具有法律约束力，当事人应当按照约定履行；"
            "人民调解委员会对调解协议的履行情况进行监督，督促当事人履行约定的义务。")
    confirm_due = ("（即" + format_date(d.judicial_confirmation_due) + "前）", "司法确认期限") \
        if d.judicial_confirmation_due else ""
    st.para("各方当事人认为有必要的，可以自本协议生效之日起", str(JUDICIAL_CONFIRMATION_DAYS), "日内", confirm_due,
            "共同向人民法院申请司法确认（", MEDIATION_LAW, "第三十三条）；经人民法院确认有效的，一方拒绝履行或者未全部履行的，"
            "对方当事人可以向人民法院申请强制执行。")
    n = d.copy_count
    st.para("本协议一式", (_chinese_number(n), "份数"), "份，各方当事人各执一份，人民调解委员会留存一份。")

    # signatures: one line per party, mediators, committee seal and date
    sig_rows = []
    for p in d.parties:
        sig_rows.append(Paragraph(f"{_text(p.role, '当事人身份')}（签名、盖章或按指印）：{SIGN_LINE}", s.sign))
    mediators = "、".join(_text(m, "人民调解员") for m in d.mediators)
    sig_rows.append(Paragraph(f"人民调解员（签名）：{SIGN_LINE}{_lit('　')}（{mediators}）", s.sign))
    if d.recorder:
        sig_rows.append(Paragraph(f"记录人：{_text(d.recorder, '记录人')}", s.sign))
    st.items.append(KeepTogether([Spacer(1, lay.leading * 0.6)] + sig_rows))
    st.signature(d.committee_name, "调解委员会名称", d.agreed_on, seal="（人民调解委员会印章）")
    if d.query_code and d.matter_number:
        qr = _qr(qr_payload(d.matter_number, d.query_code), lay.qr)
        st.items.append(Spacer(1, 4))
        qr.hAlign = "LEFT"
        st.items.append(qr)
    return st


_DIGITS = "零一二三四五六七八九"


def _chinese_number(n: int) -> str:
    if 0 <= n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    return str(n)


def render_mediation_agreement(data: MediationAgreementData, paper: Paper = Paper.A4) -> bytes:
    """Render a 人民调解协议书 (人民调解法 Art. 29) as PDF bytes; raises GlyphError on an unprintable character."""
    title = DocumentKind.MEDIATION.title
    return _build(lambda: _mediation_story(data, paper), paper, f"{title}（{data.number}）", data.committee_name,
                  f"{title}　编号：{data.number}")
