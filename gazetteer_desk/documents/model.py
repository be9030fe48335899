"""Plain data handed to the renderer: no database rows, no Qt.  Only masked personal numbers exist here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from gazetteer_desk.documents.kinds import DocumentKind, Outcome


class Paper(Enum):
    A4 = "A4"
    A5 = "A5"
    THERMAL_80 = "THERMAL_80"  # 80 mm roll; the page is as long as the content (the printer cuts)

    @property
    def label(self) -> str:
        return {"A4": "A4", "A5": "A5", "THERMAL_80": "80毫米热敏纸"}[self.value]


@dataclass(frozen=True)
class Office:
    name: str
    address: str
    phone: str
    county_office_name: str = "…县信访办"


@dataclass(frozen=True)
class Person:
    name: str
    id_number_masked: str = ""
    phone_masked: str = ""
    address: str = ""


@dataclass(frozen=True)
class NoticeData:
    kind: DocumentKind | str
    matter_number: str
    query_code: str
    office: Office
    petitioner: Person
    received_on: date
    channel: str = "走访"
    category: str = ""
    purpose: str = ""
    request: str = ""
    facts: str | None = None
    reasons: str | None = None
    route_label: str | None = None  # 直接受理 / 转送 / 交办 / 告知向有权机关提出 …
    route_explanation: str | None = None
    handling_unit: str | None = None
    accepted_on: date | None = None
    ack_due: date | None = None  # written acceptance notice due (Art. 23: 15 days)
    handling_due: date | None = None  # 60 days from acceptance (Art. 34)
    extension_days: int | None = None
    extension_reason: str | None = None
    new_due: date | None = None
    reject_reason: str | None = None
    reject_article: str | None = None
    remedy: str | None = None  # replaces the default remedy sentence when given
    facts_found: str | None = None  # what the handling body found (处理意见书 Art. 32), as the clerk entered it
    opinion: str | None = None
    legal_basis: str | None = None
    deciding_body: str | None = None  # the body that decided a 复查 or 复核
    next_body: str | None = None  # where the petitioner may turn next (复查机关 / 复核机关), as configured
    outcome: Outcome | str | None = None
    replied_on: date | None = None
    review_request_due: date | None = None
    clerk: str | None = None
    issued_on: date | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", DocumentKind(self.kind))
        if self.outcome is not None:
            object.__setattr__(self, "outcome", Outcome(self.outcome))


@dataclass(frozen=True)
class PartyData:
    role: str  # 申请人 / 被申请人 / 当事人
    name: str
    kind: str = "个人"  # 个人 / 单位
    sex: str | None = None
    ethnicity: str | None = None
    age_or_birth: str | None = None  # "45岁" or "1980年3月2日"; for a unit: unused
    id_number_masked: str | None = None  # for a unit: 统一社会信用代码
    address: str | None = None
    phone_masked: str | None = None
    representative: str | None = None  # 法定代表人 / 委托代理人, e.g. "委托代理人：李某（其子）"


@dataclass(frozen=True)
class MediationAgreementData:
    number: str
    committee_name: str
    parties: list[PartyData]
    mediators: list[str]
    facts: str
    issues: str
    responsibilities: str
    terms: list[str] | str
    performance_manner: str
    performance_due: date | str
    agreed_on: date
    copies: int | None = None  # default: one per party plus one for the committee
    judicial_confirmation_due: date | None = None
    query_code: str | None = None
    recorder: str | None = None
    matter_number: str | None = None  # petition matter the mediation belongs to, if any

    @property
    def copy_count(self) -> int:
        return self.copies or len(self.parties) + 1
