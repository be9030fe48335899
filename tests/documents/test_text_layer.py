"""Names with rare characters print in the right font and copy/search back as themselves (poppler's pdftotext)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from gazetteer_desk.documents import DocumentKind, Paper, render_mediation_agreement, render_notice
from gazetteer_desk.documents.annual import AnnualReportDoc, render_annual_report
from gazetteer_desk.documents.samples import SAMPLE_PETITIONER, sample_mediation, sample_notice
from gazetteer_desk.documents.schedule_notice import ScheduleEntry, ScheduleNoticeData, render_schedule_notice

from tests.documents.conftest import pdffonts, pdftotext

NAME = "𠮷喆䶮"  # U+20BB7 beyond the basic plane, a GBK character, a CJK Extension A character
ADDRESS = "青石镇燊源村昇平路27号"


def fonts_of(pdf: bytes) -> set[str]:
    rows = [line for line in pdffonts(pdf).splitlines()[2:] if line.strip()]
    return {row.split()[0].split("+", 1)[1] for row in rows}


@pytest.mark.parametrize("paper", list(Paper), ids=lambda p: p.value)
@pytest.mark.parametrize("kind", [DocumentKind.RECEIPT, DocumentKind.OPINION], ids=str)
def test_notice_names_copy_back_as_themselves(kind, paper):
    petitioner = replace(SAMPLE_PETITIONER, name=NAME, address=ADDRESS)
    pdf = render_notice(sample_notice(kind, petitioner=petitioner), paper)
    text = pdftotext(pdf)
    assert f"{NAME}：" in text
    assert ADDRESS in text or kind is not DocumentKind.RECEIPT  # the receipt lists the particulars
    assert "\ufffd" not in text and chr(0x20BB) not in text  # not the truncated code point of reportlab's CMap
    assert fonts_of(pdf) == {"DeskSerifSC-Regular", "DeskSerifSC-Bold", "LXGWWenKai-Regular"}


def test_gbk_names_print_in_song_alone():
    # the thermal strip has no cut line (no ✂ from the fallback font); the sample's request names 李䶮
    data = sample_notice(DocumentKind.ACCEPT, petitioner=replace(SAMPLE_PETITIONER, name="王堃喆"), request="修路")
    pdf = render_notice(data, Paper.THERMAL_80)
    assert "王堃喆" in pdftotext(pdf)
    assert fonts_of(pdf) == {"DeskSerifSC-Regular", "DeskSerifSC-Bold"}


def test_mediation_agreement_party_names():
    parties = sample_mediation().parties
    data = sample_mediation(parties=[replace(parties[0], name=NAME), parties[1]])
    text = pdftotext(render_mediation_agreement(data, Paper.A4))
    assert NAME in text and "李䶮" in text


def test_titles_and_footers_fall_back_per_character():
    report = AnnualReportDoc(title="䶮𠮷镇2025年度信访工作情况报告", issuer="䶮𠮷镇人民政府", intro="根据条例编制。",
                             sections=[("一、总体情况", [("来信来访", "12件")])])
    text = pdftotext(render_annual_report(report))
    assert text.count("䶮𠮷镇2025年度信访工作情况报告") == 2  # the title and the page footer
    schedule = ScheduleNoticeData(issuer="青石镇人民政府", year=2026, month=3, entries=[
        ScheduleEntry(date(2026, 3, 5), "09:00", "12:00", NAME, "镇长", "全面工作", "镇便民服务中心", "现场接访")])
    text = pdftotext(render_schedule_notice(schedule))
    assert NAME in text and "2026年3月领导接访安排表" in text
