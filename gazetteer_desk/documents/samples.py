"""Sample papers (fictitious people and places) for previews, the sample renderer and the tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from gazetteer_desk.documents.kinds import DocumentKind, Outcome
from gazetteer_desk.documents.model import MediationAgreementData, NoticeData, Office, PartyData, Person

SAMPLE_OFFICE = Office(
    name="青石镇人民政府信访办公室",
    address="青石镇人民路18号镇政府一楼信访接待室",
    phone="023-7712 3456",
    county_office_name="青山县信访局",
)

SAMPLE_PETITIONER = Person(
    name="王堃",
    id_number_masked="500235********123X",
    phone_masked="138****5678",
    address="青石镇燊源村三组27号",
)

_BASE = NoticeData(
    kind=DocumentKind.RECEIPT,
    matter_number="QS-2026-00137",
    query_code="7K3P9Q",
    office=SAMPLE_OFFICE,
    petitioner=SAMPLE_PETITIONER,
    received_on=date(2026, 11, 25),
    channel="走访",
    category="农村农业／土地承包",
    purpose="求决",
    request="请求镇政府协调解决其承包地被邻户李䶮占用约0.3亩、影响耕种的问题，恢复原承包地界。",
    facts="2008年二轮延包时，王堃家承包燊源村三组“大田湾”地块2.1亩，承包合同及经营权证书载明四至清楚。"
          "2026年3月，邻户李䶮在修建圈舍时越界占用约0.3亩，双方多次协商未果。",
    reasons="信访人认为承包经营权证书记载明确，邻户占地侵害其承包经营权。",
    route_label="直接受理",
    route_explanation="由镇农业综合服务中心会同燊源村民委员会现场核实地界，依法处理。",
    handling_unit="青石镇农业综合服务中心",
    accepted_on=date(2026, 11, 25),
    ack_due=date(2026, 12, 10),
    handling_due=date(2027, 1, 24),
    clerk="张赟",
    issued_on=date(2026, 11, 25),
)


def sample_notice(kind: DocumentKind | str, **changes) -> NoticeData:
    kind = DocumentKind(kind)
    extra: dict = {}
    if kind is DocumentKind.REJECT:
        extra = dict(
            request="请求撤销青山县人民法院（2025）渝0235民初1234号民事判决。",
            reject_reason="您的请求属于应当通过诉讼程序解决的涉法涉诉事项，依法不属于信访事项受理范围",
            reject_article="第二十八条",
            remedy="您可以依照《中华人民共和国民事诉讼法》的规定，向有管辖权的人民法院申请再审，"
                   "或向人民检察院申请检察建议或者抗诉。",
        )
    elif kind is DocumentKind.NO_LONGER:
        extra = dict(
            reject_reason="该事项已经青山县信访局于2026年6月30日作出复核意见，您仍以同一事实和理由提出投诉请求",
            reject_article="第三十六条",
        )
    elif kind is DocumentKind.EXTEND:
        extra = dict(
            extension_days=30,
            extension_reason="需委托县自然资源局对争议地块进行测绘，测绘结果尚未出具",
            new_due=date(2027, 2, 23),
            issued_on=date(2027, 1, 20),
        )
    elif kind is DocumentKind.OPINION:
        extra = dict(
            opinion="经现场测量并比对承包经营权证书，李䶮所建圈舍越界占用王堃承包地0.28亩属实。"
                    "本机关支持您的请求：责成燊源村民委员会督促李䶮于2027年3月31日前拆除越界部分、恢复原地界，"
                    "并由镇农业综合服务中心跟踪落实。",
            legal_basis="《中华人民共和国农村土地承包法》第二十四条、第五十七条；《信访工作条例》第三十二条。",
            outcome=Outcome.SUPPORT,
            replied_on=date(2027, 1, 18),
            review_request_due=None,
            issued_on=date(2027, 1, 18),
            facts_found="经镇农业综合服务中心会同燊源村民委员会于2027年1月6日现场测量，争议地块位于王堃承包地东侧。",
            next_body="青山县人民政府",
        )
    elif kind in (DocumentKind.REVIEW_OPINION, DocumentKind.RECHECK_OPINION):
        extra = dict(
            opinion="原处理意见认定事实清楚，适用依据正确，予以维持。",
            legal_basis="《中华人民共和国农村土地承包法》第二十四条；《信访工作条例》第三十五条。",
            outcome=Outcome.REJECT,
            facts_found="复查查明的事实与原处理意见认定的一致。",
            deciding_body="青山县人民政府" if kind is DocumentKind.REVIEW_OPINION else "青州市人民政府",
            next_body="青州市人民政府",
            issued_on=date(2027, 3, 1),
        )
    return replace(_BASE, kind=kind, **{**extra, **changes})


def sample_mediation(**changes) -> MediationAgreementData:
    data = MediationAgreementData(
        number="青石调〔2026〕第058号",
        committee_name="青石镇人民调解委员会",
        parties=[
            PartyData(role="申请人", name="王堃", kind="个人", sex="男", ethnicity="汉族", age_or_birth="1968年4月9日",
                      id_number_masked="500235********123X", address="青石镇燊源村三组27号",
                      phone_masked="138****5678"),
            PartyData(role="被申请人", name="李䶮", kind="个人", sex="男", ethnicity="土家族", age_or_birth="52岁",
                      id_number_masked="500235********4521", address="青石镇燊源村三组29号",
                      phone_masked="159****0217", representative="委托代理人：李燊（其子）"),
        ],
        mediators=["张赟", "陈晓燕"],
        facts="申请人王堃与被申请人李䶮系燊源村三组邻居。2026年3月，李䶮修建圈舍时越界占用王堃承包的“大田湾”地块约0.3亩，"
              "双方为此多次发生争执。2026年11月25日，王堃向本委员会申请调解。",
        issues="被申请人所建圈舍是否越界占用申请人承包地，越界部分如何处理及损失如何补偿。",
        responsibilities="经现场测量，被申请人越界占地0.28亩属实，对纠纷负主要责任；申请人发现越界后未及时通过正当途径反映，"
                         "导致矛盾激化，负次要责任。",
        terms=[
            "被申请人李䶮于2027年3月31日前自行拆除越界部分圈舍，恢复原地界，费用由其自行承担。",
            "被申请人李䶮一次性补偿申请人王堃2026年度青苗损失人民币壹仟贰佰元（¥1,200.00）。",
            "双方今后以测量确定的界桩为准，互不越界，本纠纷就此了结，双方不再就此事项发生争执。",
        ],
        performance_manner="补偿款以现金方式当面交付，由人民调解委员会见证；拆除情况由燊源村民委员会现场确认",
        performance_due=date(2026, 12, 31),
        agreed_on=date(2026, 12, 2),
        judicial_confirmation_due=date(2027, 1, 1),
        query_code="M8Q2TX",
        matter_number="QS-2026-00137",
        recorder="刘䶮",
    )
    return replace(data, **changes)
