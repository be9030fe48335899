"""The story builder every paper is written with: glyph-checked paragraphs and the blocks the papers share (header
with number and query code, particulars table, signature, closing with the QR code, tear-off receipt slip).
"""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from gazetteer_desk.documents.fonts import check_text
from gazetteer_desk.documents.layout import (
    BLANK_DATE,
    FONT_CMD,
    LAYOUTS,
    SIGN_LINE,
    TIGHT,
    TIGHT_CMDS,
    CutLine,
    Title,
    format_date,
    literal,
    qr_flowable,
    qr_payload,
    styles,
    text,
)
from gazetteer_desk.documents.model import Paper

__all__ = ["Story"]


class Story:
    """Collects flowables for one paper; every text is glyph-checked with the label of the field it came from."""

    def __init__(self, paper: Paper) -> None:
        self.paper = paper
        self.lay = LAYOUTS[paper]
        self.s = styles(paper)
        self.items: list[Flowable] = []

    # ---- primitives
    def p(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        para = Paragraph(markup, style or self.s.body)
        self.items.append(para)
        return para

    def para(self, *parts: tuple[object, str] | str, style: ParagraphStyle | None = None) -> None:
        """A paragraph built from literal strings (checked as 文书正文) and ``(value, field label)`` pairs."""
        self.p("".join(text(x, "文书正文") if isinstance(x, str) else text(*x) for x in parts), style)

    def space(self, h: float) -> None:
        self.items.append(Spacer(1, h))

    # ---- blocks
    def header(self, issuer: str, issuer_field: str, title: str, number: tuple[str, str], code: str | None) -> None:
        lay, s = self.lay, self.s
        self.p(text(issuer, issuer_field), s.header)
        self.items.append(Title(check_text(title, "文书标题"), lay.title, lay.leading * 0.3))
        num = f"{text(number[0], '文书正文')}：{text(number[1], number[0])}"
        qc = f"查询码：{text(code, '查询码')}" if code else ""
        if lay.narrow:
            self.p(num, s.number)
            if qc:
                self.p(qc, s.number)
        else:
            t = Table([[Paragraph(num, s.number), Paragraph(qc, s.number_r)]], colWidths=[lay.width * 0.6, lay.width * 0.4])
            t.setStyle(TableStyle([FONT_CMD, ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
            self.items.append(t)
        self.items.append(HRFlowable(width="100%", thickness=0.7, color=colors.black, spaceBefore=1,
                                     spaceAfter=lay.leading * 0.25))

    def particulars(self, rows: list[tuple[str, object]]) -> None:
        """A two-column table of registered particulars; empty values are left out."""
        lay, s = self.lay, self.s
        data = [[Paragraph(text(k, "文书正文"), s.cell_key), Paragraph(text(v, k), s.cell)]
                for k, v in rows if v not in (None, "")]
        if not data:
            return
        # splitInRow: a long complaint flows onto the next page inside its row, instead of a row taller than a page
        t = Table(data, colWidths=[lay.key_col, lay.width - lay.key_col], splitInRow=1)
        grid = colors.Color(0.3, 0.3, 0.3)
        pad = 2 if lay.narrow else 2.5
        t.setStyle(TableStyle([FONT_CMD,
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
            Paragraph(text(issuer, issuer_field), s.center),
            Paragraph(text(seal, "文书正文"), s.center),
            Paragraph(text(format_date(when), "日期"), s.center),
        ]

    def signature(self, issuer: str, issuer_field: str, when: date | None, seal: str = "（盖章）") -> None:
        """Issuer, seal place and date, right-aligned (lines centred on each other, room above for the seal)."""
        lay = self.lay
        width = min(lay.width, max(self.lay.body * (len(issuer) + 3), 62 * mm if not lay.narrow else 0))
        t = Table([[self._sign_cells(issuer, issuer_field, when, seal)]], colWidths=[width], hAlign="RIGHT")
        t.setStyle(TIGHT)
        self.items.append(KeepTogether([Spacer(1, lay.leading * (1.5 if not lay.narrow else 0.6)), t]))

    def closing(self, issuer: str, when: date | None, office_name: str, address: str, phone: str,
                matter_number: str, code: str, clerk: str | None, note: str) -> None:
        """Signature (issuer, seal place, date) with the QR code and the office's contact beside it."""
        lay, s = self.lay, self.s
        lines = [
            Paragraph(f"查询码：{text(code, '查询码')}", s.small),
            Paragraph(text(note, "文书正文"), s.small),
            Paragraph(f"地址：{text(address, '单位地址')}", s.small),
            Paragraph(f"电话：{text(phone, '单位电话')}", s.small),
        ]
        if clerk:
            lines.append(Paragraph(f"经办人：{text(clerk, '经办人')}", s.small))
        qr = qr_flowable(qr_payload(matter_number, code), lay.qr)
        if lay.narrow:
            self.signature(issuer, "单位名称", when)
            t = Table([[qr]], colWidths=[lay.width])
            t.setStyle(TableStyle([FONT_CMD, ("ALIGN", (0, 0), (-1, -1), "CENTER"), *TIGHT_CMDS]))
            self.items.append(HRFlowable(width="100%", thickness=0.4, color=colors.grey, spaceBefore=4, spaceAfter=2))
            self.items.append(t)
            self.items.extend(lines)
            return
        sign_w = max(62 * mm if lay.page is A4 else 50 * mm, lay.body * (len(issuer) + 2))
        contact_w = lay.width - sign_w
        contact = Table([[qr, lines]], colWidths=[lay.qr + 3, contact_w - lay.qr - 3])
        contact.setStyle(TableStyle([FONT_CMD, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *TIGHT_CMDS,
                                     ("RIGHTPADDING", (0, 0), (0, 0), 3)]))
        sign = [Spacer(1, lay.leading * 0.8)] + self._sign_cells(issuer, "单位名称", when, "（盖章）")
        t = Table([[contact, sign]], colWidths=[contact_w, sign_w])
        t.setStyle(TableStyle([FONT_CMD, ("VALIGN", (0, 0), (0, 0), "BOTTOM"), ("VALIGN", (1, 0), (1, 0), "MIDDLE"),
                               *TIGHT_CMDS]))
        t.spaceBefore = lay.leading * 0.6
        self.items.append(t)

    def receipt_slip(self, title: str, number: str, petitioner: str, what: str) -> None:
        """The 签收联 kept by the office: torn off along the dashed line after the petitioner signs."""
        lay, s = self.lay, self.s
        if lay.narrow:
            block = [
                HRFlowable(width="100%", thickness=0.4, color=colors.grey, spaceBefore=4, spaceAfter=2),
                Paragraph(f"本人已收到{text(what, '文书名称')}。", s.small),
                Paragraph(f"信访人签收：{SIGN_LINE}", s.sign),
            ]
            self.items.append(KeepTogether(block))
            return
        block = [
            Spacer(1, lay.leading * 0.2),
            CutLine("✂ 沿此线剪开 · 签收联由接待单位留存", lay.small),
            Paragraph(f"{literal('【签收联】')}{text(petitioner, '姓名')}已收到编号为{text(number, '编号')}的"
                      f"{text(what, '文书名称')}。", s.flat),
            Paragraph(literal(f"信访人（签名或按指印）：{SIGN_LINE}　　签收日期：{BLANK_DATE}"), s.sign),
            Paragraph(literal(f"送达人：{SIGN_LINE}　　　　送达方式：□ 当面递交　□ 邮寄　□ 其他"), s.sign),
        ] if lay.page is A4 else [
            Spacer(1, lay.leading * 0.2),
            CutLine("✂ 沿此线剪开 · 签收联由接待单位留存", lay.small),
            Paragraph(f"{literal('【签收联】')}{text(petitioner, '姓名')}已收到编号为{text(number, '编号')}的"
                      f"{text(what, '文书名称')}。", s.flat),
            Paragraph(literal(f"信访人（签名或按指印）：{SIGN_LINE}　签收日期：　　年　月　日"), s.sign),
        ]
        self.items.append(KeepTogether(block))
