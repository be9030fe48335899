"""Notices for the petitioner as PDF: 登记回执, 受理/不予受理/不再受理/延期告知书 and 处理意见书 (《信访工作条例》)."""

from __future__ import annotations

from gazetteer_desk.documents.kinds import (
    DEFAULT_ARTICLES,
    OUTCOME_MARKS,
    REGULATION,
    REVIEW_REQUEST_DAYS,
    OPINION_KINDS,
    DocumentKind,
    Outcome,
)
from gazetteer_desk.documents.layout import build, clause, format_date
from gazetteer_desk.documents.model import NoticeData, Paper
from gazetteer_desk.documents.story import Story

__all__ = ["render_notice"]


def _article(data: NoticeData, explicit: str | None = None) -> str:
    return explicit or DEFAULT_ARTICLES[data.kind]


def _notice_story(d: NoticeData, paper: Paper) -> Story:
    k = d.kind
    st = Story(paper)
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
                ("，请求：" + clause(d.request) if d.request else "", "信访请求"), "。经审查，该事项属于本机关职责范围，本机关已于",
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
                ("，请求：" + clause(d.request) if d.request else "", "信访请求"), "。")
        if k is DocumentKind.REJECT:
            st.para("经审查，", (clause(d.reject_reason) or "该事项不属于信访事项受理范围", "不予受理理由"), "。根据", REGULATION,
                    (_article(d, d.reject_article), "条款"), "的规定，本机关决定不予受理。")
            default_remedy = "请您依照有关法律、行政法规规定的程序向有权机关提出；如有疑问，可向本单位咨询。"
        else:
            st.para("经查，", (clause(d.reject_reason) or "该事项已经复核终结，您仍以同一事实和理由提出投诉请求", "不再受理理由"),
                    "。根据", REGULATION, (_article(d, d.reject_article), "条款"),
                    "的规定，各级党委和政府信访部门和其他机关、单位对该信访事项不再受理。")
            default_remedy = "如有新的事实和理由，您可以依法另行提出。"
        st.para("救济途径：", (d.remedy or default_remedy, "救济途径"))
        st.para("特此告知。")

    elif k is DocumentKind.EXTEND:
        st.para("您于", received, "提出", ("、本机关于" + format_date(d.accepted_on) + "受理" if d.accepted_on else "", "受理日期"),
                "的信访事项（编号", number, "）", ("，原定办结期限为" + format_date(d.handling_due) if d.handling_due else "",
                                              "原办结期限"), "。")
        st.para("因", (clause(d.extension_reason) or "情况复杂", "延期理由"), "，经本机关负责人批准，根据", REGULATION,
                "第三十四条的规定，该信访事项的办理期限延长", (str(d.extension_days or 30), "延长天数"),
                "日（延长期限不超过30日）", ("，延长后的办结期限为" + format_date(d.new_due) if d.new_due else "", "新办结期限"),
                "。届时将书面答复您。")
        st.para("特此告知。")

    elif k in OPINION_KINDS:
        accepted = ("，本机关于" + format_date(d.accepted_on) + "受理" if d.accepted_on else "", "受理日期")
        if k is DocumentKind.OPINION:
            st.para("您于", received, "以", channel, "形式提出的信访事项（编号", number, "）", accepted,
                    "。经调查核实，根据", REGULATION, "第三十二条的规定，现提出处理意见如下：")
        else:
            step = "复查" if k is DocumentKind.REVIEW_OPINION else "复核"
            body = (d.deciding_body or office.name, "复查复核机关")
            st.para("您于", received, "以", channel, "形式提出的信访事项（编号", number, "）", accepted,
                    "，您不服", ("处理意见" if k is DocumentKind.REVIEW_OPINION else "复查意见"), "请求", step, "。",
                    body, "经", step, "，根据", REGULATION, (_article(d).split("、")[0], "条款"), "的规定，提出", step,
                    "意见如下：")
        st.para("一、投诉请求", style=s.heading)
        st.para((d.request or "", "投诉请求"))
        st.para("二、事实和理由", style=s.heading)
        if d.facts or d.reasons:
            st.para("信访人反映：", (clause(d.facts or "") + ("；" if d.facts and d.reasons else "") +
                                  clause(d.reasons or ""), "反映的事实和理由"), "。")
        if d.facts_found:
            st.para("经调查核实：", (d.facts_found, "查明的事实"))
        st.para("三、处理意见及法律依据", style=s.heading)
        outcome = d.outcome
        marks = "　".join(("■" if o is outcome else "□") + OUTCOME_MARKS[o] + o.value for o in Outcome)
        st.para("处理结论：", marks, style=s.flat)
        if d.opinion:
            st.para((d.opinion, "处理意见"))
        if d.legal_basis:
            st.para("法律、法规、政策依据：", (d.legal_basis, "法律依据"))
        st.para("四、救济途径", style=s.heading)
        if d.remedy:
            st.para((d.remedy, "救济途径"))
        elif k is DocumentKind.RECHECK_OPINION:
            st.para("本复核意见为该信访事项的最终意见。根据", REGULATION,
                    "第三十六条的规定，您仍以同一事实和理由提出投诉请求的，各级党委和政府信访部门和其他机关、单位不再受理。")
        else:
            step = "复查" if k is DocumentKind.OPINION else "复核"
            article = "第三十五条" if k is DocumentKind.OPINION else "第三十六条"
            due = ("（即" + format_date(d.review_request_due) + "前）", f"{step}申请期限") if d.review_request_due else ""
            st.para(f"如不服本{'处理' if k is DocumentKind.OPINION else '复查'}意见，可自收到本意见书之日起"
                    f"{REVIEW_REQUEST_DAYS}日内", due, "向", (d.next_body or office.county_office_name, f"{step}机关"),
                    f"请求{step}（", REGULATION, f"{article}）。")
    else:  # pragma: no cover - mediation agreements have their own renderer
        raise ValueError(f"not a notice kind: {k}")

    when = d.issued_on or (d.replied_on if k in OPINION_KINDS else None)
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
    return build(lambda: _notice_story(data, paper), paper, f"{data.kind.title}（{data.matter_number}）",
                  data.office.name, f"{data.kind.title}　编号：{data.matter_number}")
