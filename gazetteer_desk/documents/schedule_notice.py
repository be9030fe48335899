"""领导接访安排表: the monthly schedule for the notice board (《信访工作条例》第十八条; the 2009 opinion on leaders
receiving visitors asks for 姓名、职务、分管工作、时间、地点、形式 to be published).

Same machinery as the petitioner papers (font guard, CJK wrapping, title, footer), on A4 landscape: the table is
wide and is read standing in front of the board.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from gazetteer_desk.documents.fonts import check_text, draw_centred, register_font
from gazetteer_desk.documents.kinds import REGULATION
from gazetteer_desk.documents.layout import FONT_CMD, Title, format_date, text

__all__ = ["ScheduleEntry", "ScheduleNoticeData", "render_schedule_notice"]

_WEEKDAYS = "一二三四五六日"
_COLUMNS = ("日期", "时间", "接访领导", "职务", "分管工作", "地点", "形式", "联络员及电话")
_WIDTHS = (26, 31, 22, 26, 50, 49, 22, 39)  # millimetres; sums to the landscape frame width


@dataclass(frozen=True)
class ScheduleEntry:
    day: date
    start_time: str
    end_time: str
    leader: str
    post: str
    portfolio: str
    place: str
    form: str
    liaison: str = ""
    liaison_phone: str = ""  # an office line; it is published, so no masking


@dataclass(frozen=True)
class ScheduleNoticeData:
    issuer: str  # 双江镇人民政府
    year: int
    month: int
    entries: list[ScheduleEntry]
    office_address: str = ""
    office_phone: str = ""
    issued_on: date | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"{self.year}年{self.month}月领导接访安排表"


def _style(name: str, size: float, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=register_font(), fontSize=size, leading=size * 1.45, wordWrap="CJK", **kw)


def _entry_row(e: ScheduleEntry, cell: ParagraphStyle, centre: ParagraphStyle) -> list[Paragraph]:
    day = f"{e.day.month}月{e.day.day}日<br/>（星期{_WEEKDAYS[e.day.weekday()]}）"
    liaison = text(e.liaison, "联络员") + ("<br/>" + text(e.liaison_phone, "联络员电话") if e.liaison_phone else "")
    return [
        Paragraph(day, centre),
        Paragraph(text(f"{e.start_time}—{e.end_time}", "时间"), centre),
        Paragraph(text(e.leader, "接访领导"), centre),
        Paragraph(text(e.post, "职务"), centre),
        Paragraph(text(e.portfolio, "分管工作"), cell),
        Paragraph(text(e.place, "地点"), cell),
        Paragraph(text(e.form, "形式"), centre),
        Paragraph(liaison, centre),
    ]


def _story(d: ScheduleNoticeData) -> list:
    body = _style("body", 11, firstLineIndent=22)
    head = _style("head", 10.5, alignment=TA_CENTER)
    cell = _style("cell", 10)
    centre = _style("centre", 10, alignment=TA_CENTER)
    right = _style("right", 11, alignment=2)
    items: list = [
        Paragraph(text(d.issuer, "发布单位"), _style("issuer", 14, alignment=TA_CENTER)),
        Title(check_text(d.title, "文书标题"), 22, 8),
        Paragraph(f"根据{text(REGULATION, '文书正文')}第十八条的规定，现将本月领导干部接待群众来访安排公布如下。"
                  "群众可按下列时间、地点当面反映问题，也可通过联络员预约。", body),
        Spacer(1, 6),
    ]
    rows = [[Paragraph(text(c, "表头"), head) for c in _COLUMNS]]
    rows += [_entry_row(e, cell, centre) for e in sorted(d.entries, key=lambda e: (e.day, e.start_time))]
    if not d.entries:
        rows.append([Paragraph("本月暂无安排", centre)] + [""] * (len(_COLUMNS) - 1))
    table = Table(rows, colWidths=[w * mm for w in _WIDTHS], repeatRows=1)
    commands = [
        FONT_CMD, ("GRID", (0, 0), (-1, -1), 0.5, colors.Color(0.25, 0.25, 0.25)),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if not d.entries:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(commands))
    items += [table, Spacer(1, 8)]
    notes = list(d.notes) or [
        "反映问题请携带本人身份证件及有关材料；多人反映共同问题的，请推选代表，代表人数不超过5人（第二十条）。",
        "请依法逐级反映问题，不得在接待场所滞留、聚集或者实施其他扰乱秩序的行为（第二十六条）。",
        "如遇领导公务变动，接访安排另行通知；日常接待由信访办公室负责。",
    ]
    for i, note in enumerate(notes, 1):
        items.append(Paragraph(f"{i}．{text(note, '说明')}", _style(f"note{i}", 10)))
    contact = "　".join(x for x in (
        f"接待地点：{d.office_address}" if d.office_address else "", f"咨询电话：{d.office_phone}" if d.office_phone else "",
    ) if x)
    if contact:
        items.append(Paragraph(text(contact, "联系方式"), _style("contact", 10)))
    items += [Spacer(1, 10), Paragraph(text(d.issuer, "发布单位"), right),
              Paragraph(text(format_date(d.issued_on), "发布日期"), right)]
    return items


def render_schedule_notice(data: ScheduleNoticeData) -> bytes:
    """The month's schedule as PDF bytes (A4 landscape); raises GlyphError before drawing an unprintable name."""
    story = _story(data)
    page = landscape(A4)
    margin = 16 * mm
    footer = check_text(f"{data.title}　{data.issuer}", "页脚")
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=page, leftMargin=margin, rightMargin=margin, topMargin=14 * mm,
                          bottomMargin=14 * mm, title=data.title, author=data.issuer, creator="信访接待台",
                          subject=data.title, invariant=1, pageCompression=1, initialFontName=register_font())

    def on_page(canvas, doc_) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.4, 0.4, 0.4))
        draw_centred(canvas, page[0] / 2, 7 * mm, f"{footer}　第{doc_.page}页", 8.5)
        canvas.restoreState()

    frame = Frame(margin, 14 * mm, page[0] - 2 * margin, page[1] - 28 * mm, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(story)
    return buf.getvalue()
