"""Kinds of papers handed to petitioners and parties, with their titles and legal citations."""

from __future__ import annotations

from enum import StrEnum

REGULATION = "《信访工作条例》"
MEDIATION_LAW = "《中华人民共和国人民调解法》"


class DocumentKind(StrEnum):
    RECEIPT = "receipt"
    ACCEPT = "accept"
    REJECT = "reject"
    NO_LONGER = "no_longer"
    EXTEND = "extend"
    OPINION = "opinion"
    REVIEW_OPINION = "review_opinion"
    RECHECK_OPINION = "recheck_opinion"
    MEDIATION = "mediation"

    @property
    def title(self) -> str:
        return TITLES[self]


TITLES: dict[DocumentKind, str] = {
    DocumentKind.RECEIPT: "来访登记回执",
    DocumentKind.ACCEPT: "受理告知书",
    DocumentKind.REJECT: "不予受理告知书",
    DocumentKind.NO_LONGER: "不再受理告知书",
    DocumentKind.EXTEND: "延期办理告知书",
    DocumentKind.OPINION: "信访事项处理意见书",
    DocumentKind.REVIEW_OPINION: "信访事项复查意见书",
    DocumentKind.RECHECK_OPINION: "信访事项复核意见书",
    DocumentKind.MEDIATION: "人民调解协议书",
}

#: Kinds rendered by :func:`gazetteer_desk.documents.notices.render_notice`.
NOTICE_KINDS: tuple[DocumentKind, ...] = tuple(k for k in DocumentKind if k is not DocumentKind.MEDIATION)

#: Articles of 《信访工作条例》 cited by default on each notice (the caller may give a more precise one).
DEFAULT_ARTICLES: dict[DocumentKind, str] = {
    DocumentKind.RECEIPT: "第二十一条、第二十二条、第二十三条",
    DocumentKind.ACCEPT: "第二十三条、第三十四条",
    DocumentKind.REJECT: "第二十三条",
    DocumentKind.NO_LONGER: "第三十六条",
    DocumentKind.EXTEND: "第三十四条",
    DocumentKind.OPINION: "第三十二条、第三十五条",
    DocumentKind.REVIEW_OPINION: "第三十五条、第三十六条",
    DocumentKind.RECHECK_OPINION: "第三十六条",
}

#: The written opinions of Art. 32, 35 and 36: one layout, each naming where the petitioner goes next.
OPINION_KINDS: frozenset[DocumentKind] = frozenset(
    {DocumentKind.OPINION, DocumentKind.REVIEW_OPINION, DocumentKind.RECHECK_OPINION})


class Outcome(StrEnum):
    """Art. 32: the three possible conclusions of a 处理意见书."""

    SUPPORT = "予以支持"
    EXPLAIN = "解释说明"
    REJECT = "不予支持"


OUTCOME_MARKS: dict[Outcome, str] = {Outcome.SUPPORT: "①", Outcome.EXPLAIN: "②", Outcome.REJECT: "③"}

#: Days the petitioner has to ask for 复查 after receiving the 处理意见书 (Art. 35).
REVIEW_REQUEST_DAYS = 30
#: Days the parties have to apply jointly for 司法确认 after the agreement takes effect (人民调解法 Art. 33).
JUDICIAL_CONFIRMATION_DAYS = 30
