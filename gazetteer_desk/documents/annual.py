"""年度信访工作报告 (《信访工作条例》第四十一条) as an A4 PDF, in the same font, glyph guard and page frame as the
notices. Plain data in (:class:`AnnualReportDoc`), bytes out; the statistics service fills the data.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from gazetteer_desk.documents.fonts import check_text, register_font
from gazetteer_desk.documents.model import Paper
from gazetteer_desk.documents.layout import LAYOUTS, Title, build, text
from gazetteer_desk.documents.story import Story


@dataclass(frozen=True)
class AnnualReportDoc:
    title: str  # e.g. 双江镇2025年度信访工作情况报告
    issuer: str  # the office that compiles it
    intro: str  # one paragraph: period and basis
    sections: list[tuple[str, list[tuple[str, str]]]]  # (heading, [(item, value)])
    closing: str = ""  # e.g. 统计截至 2025-12-31


def render_annual_report(doc: AnnualReportDoc) -> bytes:
    paper = Paper.A4
    lay = LAYOUTS[paper]

    def story() -> Story:
        st = Story(paper)
        s = st.s
        st.p(text(doc.issuer, "编制单位"), s.header)
        st.items.append(Title(check_text(doc.title, "报告标题"), lay.title * 0.85, lay.leading * 0.6))
        st.p(text(doc.intro, "报告正文"), s.body)
        for heading, rows in doc.sections:
            st.p(text(heading, "报告正文"), s.heading)
            data = [[Paragraph(text(k, heading), s.cell), Paragraph(text(v, k or heading), s.cell)]
                    for k, v in rows]
            if not data:
                continue
            table = Table(data, colWidths=[lay.width * 0.38, lay.width * 0.62], repeatRows=0)
            table.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), register_font()),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.55, 0.55, 0.55)),
                ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.94, 0.95, 0.97)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            st.items.append(table)
        if doc.closing:
            st.space(lay.leading * 0.6)
            st.p(text(doc.closing, "报告正文"), s.right)
        return st

    return build(story, paper, doc.title, doc.issuer, doc.title)
