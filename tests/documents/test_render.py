from __future__ import annotations

from dataclasses import replace

import pytest

from gazetteer_desk.documents import (
    DocumentKind,
    GlyphError,
    Outcome,
    Paper,
    Person,
    format_date,
    qr_payload,
    render_mediation_agreement,
    render_notice,
)
from gazetteer_desk.documents.kinds import NOTICE_KINDS, TITLES
from gazetteer_desk.documents.samples import SAMPLE_PETITIONER, sample_mediation, sample_notice

from tests.documents.conftest import FULL_ID, FULL_PHONE, RARE, pdf_pages, pdf_text, pdffonts

PAPERS = list(Paper)
A4_PT, A5_PT, THERMAL_W = (595.28, 841.89), (419.53, 595.28), 226.77

# the sample petitioner is 王堃; put the other rare characters on the paper as well
PETITIONER = replace(SAMPLE_PETITIONER, name="王堃䶮", address="青石镇燊源村赟家湾27号")


def notice(kind, **kw):
    return sample_notice(kind, petitioner=PETITIONER, **kw)


def check_size(pdf: bytes, paper: Paper) -> None:
    pages = pdf_pages(pdf)
    for page in pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if paper is Paper.A4:
            assert abs(w - A4_PT[0]) <= 1 and abs(h - A4_PT[1]) <= 1
        elif paper is Paper.A5:
            assert abs(w - A5_PT[0]) <= 1 and abs(h - A5_PT[1]) <= 1
        else:
            assert abs(w - THERMAL_W) <= 1
            assert h > w  # a strip as long as the content
    if paper is Paper.THERMAL_80:
        assert len(pages) == 1, "a thermal receipt is one continuous strip"


def check_fonts(pdf: bytes) -> None:
    out = pdffonts(pdf)
    rows = [line for line in out.splitlines()[2:] if line.strip()]
    assert rows, out
    names = {row.split()[0].split("+", 1)[1] for row in rows}
    assert names <= {"DeskSerifSC-Regular", "DeskSerifSC-Bold", "LXGWWenKai-Regular"}, names
    assert {"DeskSerifSC-Regular", "DeskSerifSC-Bold"} <= names  # Song body, bold Song title
    for row in rows:
        cols = row.split()
        # name type encoding emb sub uni object ID: emb/sub/uni are the three yes/no columns before the object id
        emb, sub, uni = cols[-5], cols[-4], cols[-3]
        assert (emb, sub, uni) == ("yes", "yes", "yes"), row


@pytest.mark.parametrize("paper", PAPERS, ids=lambda p: p.value)
@pytest.mark.parametrize("kind", NOTICE_KINDS, ids=str)
def test_notice_contents(kind, paper):
    data = notice(kind)
    pdf = render_notice(data, paper)
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf)
    assert TITLES[kind] in text
    assert data.matter_number in text
    assert f"查询码：{data.query_code}" in text
    assert "《信访工作条例》" in text
    assert "（盖章）" in text
    assert format_date(data.issued_on) in text or format_date(data.received_on) in text
    assert data.office.name in text and data.office.phone.replace(" ", "") in text
    assert "王堃䶮" in text
    for ch in "堃䶮":
        assert ch in text
    assert FULL_ID not in text and FULL_PHONE not in text
    check_size(pdf, paper)
    check_fonts(pdf)


@pytest.mark.parametrize("paper", PAPERS, ids=lambda p: p.value)
def test_receipt_registers_particulars_and_deadlines(paper):
    data = notice(DocumentKind.RECEIPT)
    text = pdf_text(render_notice(data, paper))
    assert PETITIONER.id_number_masked in text and PETITIONER.phone_masked in text
    assert "燊源村赟家湾" in text  # 燊 赟
    assert "2026年11月25日" in text  # received
    assert "2026年12月10日" in text  # acceptance notice due (15 days)
    assert "2027年1月24日" in text  # handling due (60 days)
    assert "第二十二条" in text and "直接受理" in text
    assert "张赟" in text  # clerk


def test_accept_extend_reject_no_longer_wording():
    t = pdf_text(render_notice(notice(DocumentKind.ACCEPT), Paper.A4))
    assert "依法受理" in t and "第三十四条" in t and "60日内办结" in t and "2027年1月24日" in t
    assert "青石镇农业综合服务中心" in t
    t = pdf_text(render_notice(notice(DocumentKind.EXTEND), Paper.A4))
    assert "延长30日" in t and "2027年2月23日" in t and "测绘" in t
    t = pdf_text(render_notice(notice(DocumentKind.REJECT), Paper.A4))
    assert "不予受理" in t and "第二十八条" in t and "再审" in t
    t = pdf_text(render_notice(notice(DocumentKind.NO_LONGER), Paper.A4))
    assert "不再受理" in t and "第三十六条" in t and "同一事实和理由" in t


@pytest.mark.parametrize("outcome", list(Outcome))
def test_opinion_follows_article_32_and_names_the_remedy(outcome):
    data = notice(DocumentKind.OPINION, outcome=outcome, review_request_due=None)
    t = pdf_text(render_notice(data, Paper.A4))
    for heading in ("投诉请求", "事实和理由", "处理意见及法律依据"):
        assert heading in t
    assert "①予以支持" in t and "②解释说明" in t and "③不予支持" in t
    assert f"■{'①②③'[list(Outcome).index(outcome)]}{outcome.value}" in t
    assert "如不服本处理意见，可自收到本意见书之日起30日内向青山县人民政府请求复查" in t
    assert "《信访工作条例》第三十五条" in t
    assert "农村土地承包法" in t


def test_qr_payload():
    assert qr_payload("QS-2026-00137", "7K3P9Q") == "GDQ:QS-2026-00137:7K3P9Q"


def test_thermal_receipt_is_one_narrow_strip_with_a_large_enough_qr():
    from gazetteer_desk.documents.layout import LAYOUTS

    assert LAYOUTS[Paper.THERMAL_80].qr >= 25 * 72 / 25.4
    pdf = render_notice(notice(DocumentKind.RECEIPT), Paper.THERMAL_80)
    page = pdf_pages(pdf)[0]
    assert abs(float(page.mediabox.width) - THERMAL_W) <= 1
    assert float(page.mediabox.height) < 1200  # sized to the content, not the 2 m maximum


@pytest.mark.parametrize("paper", PAPERS, ids=lambda p: p.value)
def test_mediation_agreement(paper):
    data = sample_mediation()
    pdf = render_mediation_agreement(data, paper)
    t = pdf_text(pdf)
    assert "人民调解协议书" in t and data.number in t and data.committee_name in t
    for ch in RARE:
        assert ch in t
    assert "王堃" in t and "李䶮" in t and "李燊" in t and "张赟" in t
    assert "500235********123X" in t and "500235********4521" in t and FULL_ID not in t
    for phrase in ("纠纷主要事实", "争议事项", "各方当事人的责任", "履行方式、时限", "2026年12月31日",
                   "申请人（签名、盖章或按指印）", "被申请人（签名、盖章或按指印）", "人民调解员（签名）",
                   "（人民调解委员会印章）", "本协议一式三份", "30日内", "2027年1月1日", "司法确认", "第三十三条",
                   "2026年12月2日"):
        assert phrase in t, phrase
    check_size(pdf, paper)
    check_fonts(pdf)


MISSING = "𪚥"


@pytest.mark.parametrize("paper", PAPERS, ids=lambda p: p.value)
def test_unprintable_name_refuses_the_notice(paper):
    data = sample_notice(DocumentKind.RECEIPT, petitioner=Person(name=f"王{MISSING}", id_number_masked="x"))
    with pytest.raises(GlyphError) as err:
        render_notice(data, paper)
    assert MISSING in err.value.message and "（姓名）" in err.value.message


def test_unprintable_text_anywhere_refuses_the_paper():
    with pytest.raises(GlyphError) as err:
        render_notice(notice(DocumentKind.OPINION, legal_basis=f"第{MISSING}条"), Paper.A4)
    assert "（法律依据）" in err.value.message
    with pytest.raises(GlyphError):
        render_notice(replace(notice(DocumentKind.ACCEPT), office=replace(notice("accept").office, address=MISSING)))
    parties = sample_mediation().parties
    with pytest.raises(GlyphError) as err:
        render_mediation_agreement(sample_mediation(parties=[replace(parties[0], name="李" + MISSING), parties[1]]))
    assert "（姓名）" in err.value.message


def test_mediation_kind_is_not_a_notice():
    with pytest.raises(ValueError):
        render_notice(replace(notice(DocumentKind.RECEIPT), kind=DocumentKind.MEDIATION), Paper.A4)
