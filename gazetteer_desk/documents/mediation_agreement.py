"""人民调解协议书 (《人民调解法》第二十九条) as PDF: parties, facts, terms, performance, signatures and seal."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Paragraph, Spacer

from gazetteer_desk.documents.kinds import JUDICIAL_CONFIRMATION_DAYS, MEDIATION_LAW, DocumentKind
from gazetteer_desk.documents.layout import (
    SIGN_LINE,
    build,
    clause,
    format_date,
    literal,
    qr_flowable,
    qr_payload,
    text,
)
from gazetteer_desk.documents.model import MediationAgreementData, Paper
from gazetteer_desk.documents.story import Story

__all__ = ["render_mediation_agreement"]


def _party_line(p) -> str:
    role = text(p.role, "当事人身份")
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
    return f"{role}：" + "，".join(text(v, f) for v, f in bits if v) + "。"


def _mediation_story(d: MediationAgreementData, paper: Paper) -> Story:
    st = Story(paper)
    s, lay = st.s, st.lay
    st.header(d.committee_name, "调解委员会名称", DocumentKind.MEDIATION.title, ("编号", d.number), d.query_code)
    for p in d.parties:
        st.p(_party_line(p), s.flat)
    st.para("纠纷主要事实、争议事项", style=s.heading)
    st.para((d.facts, "纠纷主要事实"))
    st.para("争议事项：", (d.issues, "争议事项"))
    if d.responsibilities:  # an agreement recorded before Art. 29's responsibilities were asked for has none
        st.para("各方当事人的责任", style=s.heading)
        st.para((d.responsibilities, "当事人责任"))
    st.para("经", (d.committee_name, "调解委员会名称"), "主持调解，各方当事人自愿达成如下协议：", style=s.heading)
    terms = [d.terms] if isinstance(d.terms, str) else list(d.terms)
    for i, term in enumerate(terms, 1):
        st.para(f"{i}．" if len(terms) > 1 else "", (term, "协议内容"))
    st.para("履行方式、时限", style=s.heading)
    st.para((clause(d.performance_manner), "履行方式"), "。履行期限：", (format_date(d.performance_due), "履行期限"), "前履行完毕。")
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
        sig_rows.append(Paragraph(f"{text(p.role, '当事人身份')}（签名、盖章或按指印）：{SIGN_LINE}", s.sign))
    mediators = "、".join(text(m, "人民调解员") for m in d.mediators)
    sig_rows.append(Paragraph(f"人民调解员（签名）：{SIGN_LINE}{literal('　')}（{mediators}）", s.sign))
    if d.recorder:
        sig_rows.append(Paragraph(f"记录人：{text(d.recorder, '记录人')}", s.sign))
    st.items.append(KeepTogether([Spacer(1, lay.leading * 0.6)] + sig_rows))
    st.signature(d.committee_name, "调解委员会名称", d.agreed_on, seal="（人民调解委员会印章）")
    if d.query_code and d.matter_number:
        qr = qr_flowable(qr_payload(d.matter_number, d.query_code), lay.qr)
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
    return build(lambda: _mediation_story(data, paper), paper, f"{title}（{data.number}）", data.committee_name,
                  f"{title}　编号：{data.number}")
