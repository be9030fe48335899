"""All tables of the store. Synchronised tables inherit :class:`Synced`; local ones (settings, accounts, audit,
bundle bookkeeping) stay on the PC that wrote them.

Statuses, routes, channels and categories are stored as their Chinese-free keys or their official Chinese terms as
named in :mod:`gazetteer_desk.domain`; the procedure itself lives in :mod:`gazetteer_desk.domain.procedure`.
"""

from datetime import date, datetime

from sqlalchemy import JSON, Column, UniqueConstraint, true as sa_true
from sqlmodel import Field, SQLModel

from gazetteer_desk.store.base import Synced, utcnow

SYNCED_TABLES: list[type[Synced]] = []


def synced(cls):
    SYNCED_TABLES.append(cls)
    return cls


# --- local tables -------------------------------------------------------------------------------------------------


class Setting(SQLModel, table=True):
    """Key/value settings of this installation (township or county mode, codes, keys, preferences)."""

    key: str = Field(primary_key=True, max_length=64)
    value: str = ""


class Holiday(SQLModel, table=True):
    """The county's editable holiday calendar: ``is_holiday`` False marks a working weekend (调休)."""

    day: date = Field(primary_key=True)
    is_holiday: bool = True
    name: str = ""


class Account(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(unique=True, max_length=64)
    staff_id: str | None = Field(default=None, foreign_key="staff.id")
    role: str = Field(max_length=16)
    password_hash: str = ""
    must_change_password: bool = True
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)


class AuditEntry(SQLModel, table=True):
    """Append-only, hash-chained trail of who did what."""

    seq: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str = ""
    action: str = Field(index=True, max_length=32)
    entity: str = ""
    entity_id: str = ""
    detail: str = ""
    prev_hash: str = ""
    hash: str = ""


class BundleExport(SQLModel, table=True):
    """Bundles this township wrote, so sequence numbers never repeat and a lost stick can be re-exported."""

    sequence: int = Field(primary_key=True)
    period: str = Field(max_length=7)
    created_at: datetime = Field(default_factory=utcnow)
    since: datetime | None = None
    until: datetime
    file_hash: str = ""
    prev_hash: str = ""
    record_count: int = 0
    file_name: str = ""
    until_change: int = 0  # the change counter this bundle reached: the next one starts above it
    audit_seq: int | None = None  # the audit head the bundle carried to the county
    audit_hash: str | None = None


class ChangeCounter(SQLModel, table=True):
    """One row: the store's monotonic change counter (see migration 0002)."""

    id: int = Field(default=1, primary_key=True)
    value: int = 0


class RegisteredTownship(SQLModel, table=True):
    """County mode: a township whose bundles are accepted, with its minisign public key."""

    code: str = Field(primary_key=True, max_length=9)
    name: str
    public_key: str
    key_fingerprint: str = ""
    revoked: bool = False
    registered_at: datetime = Field(default_factory=utcnow)
    age_recipient: str = ""  # the township's own age1… key: the county's down bundles are encrypted to it


class BundleImport(SQLModel, table=True):
    """County mode: bundles already merged, per township, in sequence."""

    __table_args__ = (UniqueConstraint("township_code", "sequence"),)
    id: int | None = Field(default=None, primary_key=True)
    township_code: str = Field(index=True, max_length=9)
    sequence: int
    period: str = ""
    file_hash: str
    imported_at: datetime = Field(default_factory=utcnow)
    record_count: int = 0
    audit_seq: int | None = None  # the township's audit head this bundle carried
    audit_hash: str | None = None


# --- synchronised tables ------------------------------------------------------------------------------------------


@synced
class Township(Synced, table=True):
    code: str = Field(unique=True, max_length=9)
    name: str
    county_code: str = Field(max_length=6)
    county_name: str = ""
    office_name: str = ""
    address: str = ""
    phone: str = ""


@synced
class Village(Synced, table=True):
    code: str = Field(index=True, max_length=12)
    name: str = Field(index=True)
    active: bool = Field(default=True, sa_column_kwargs={"server_default": sa_true()})  # False: retired


@synced
class Staff(Synced, table=True):
    name: str
    is_leader: bool = False
    post: str = ""  # 职务
    portfolio: str = ""  # 分管工作
    phone: str = ""
    active: bool = True


@synced
class Petitioner(Synced, table=True):
    name: str = Field(index=True)
    sex: str = ""
    ethnicity: str = ""
    birth_date: date | None = None
    id_type: str = "居民身份证"
    id_number: str | None = Field(default=None, index=True, max_length=32)
    phone: str | None = Field(default=None, index=True, max_length=32)
    address: str = ""
    workplace: str = ""
    # names this ID number was filed under before a clerk corrected them (newest last), never silently overwritten
    former_names: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]"))


@synced
class Matter(Synced, table=True):
    """One 信访事项 and where it stands in the procedure."""

    __table_args__ = (UniqueConstraint("township_code", "number"),)
    number: str = Field(index=True, max_length=32)
    petitioner_id: str = Field(foreign_key="petitioner.id", index=True)
    channel: str = "走访"
    category: str = Field(default="其它", index=True)
    subcategory: str | None = None
    purpose: str = "求决"
    village_code: str | None = Field(default=None, index=True, max_length=12)
    village_name: str = ""
    location_detail: str = ""
    request: str = ""  # 请求
    facts: str = ""  # 事实
    reasons: str = ""  # 理由
    subject: str = ""  # 被反映对象
    people_count: int = 1
    involved_count: int = 0
    representatives: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    is_repeat: bool = False  # 重件
    repeat_of_id: str | None = None
    # the same person and matter as one already decided on 复核 (Art. 36): no clock runs until the clerk either
    # refuses it (不再受理) or records why it is a new matter
    repeat_hold: bool = False
    litigation: bool = False  # 涉法涉诉
    urgent: bool = False  # 重大紧急
    threat: bool = False  # 扬言
    backlog: bool = False  # 积案
    recusal: bool = False  # 回避
    route: str = "petition"
    source: str = ""  # "" = brought by the petitioner; 上级交办 / 转来 = received from another body (Art. 22, 23)
    source_unit: str = ""  # the body it came from
    handling_unit: str = ""
    routed_on: date | None = None  # the day it was 转送 (Art. 22): ends the notice clock
    status: str = Field(default="registered", index=True, max_length=24)
    received_on: date = Field(index=True)
    accepted_on: date | None = None
    extension_days: int = 0
    extension_reason: str = ""
    replied_on: date | None = None
    outcome: str = ""
    review_requested_on: date | None = None
    reviewed_on: date | None = None
    recheck_requested_on: date | None = None
    rechecked_on: date | None = None
    hearing_days: int = 0  # 听证 days of a 复核, not counted in its limit (Art. 36)
    closed_on: date | None = None
    due_on: date | None = Field(default=None, index=True)  # the next limit of the current step
    satisfaction_office: str = ""
    satisfaction_unit: str = ""
    satisfaction_reason: str = ""
    receiver_id: str | None = Field(default=None, foreign_key="staff.id")


@synced
class Visit(Synced, table=True):
    """Each time someone comes (or writes, or calls) about a matter."""

    matter_id: str = Field(foreign_key="matter.id", index=True)
    petitioner_id: str = Field(foreign_key="petitioner.id", index=True)
    visited_at: datetime = Field(default_factory=utcnow, index=True)
    channel: str = "走访"
    people_count: int = 1
    received_by_id: str | None = Field(default=None, foreign_key="staff.id")
    leader_id: str | None = Field(default=None, foreign_key="staff.id")
    reception_day_id: str | None = Field(default=None, foreign_key="receptionday.id", index=True)
    field_visit_id: str | None = Field(default=None, foreign_key="fieldvisit.id", index=True)
    notes: str = ""


@synced
class MatterEvent(Synced, table=True):
    """The matter's history: every step of the procedure, print, visit and instruction."""

    matter_id: str = Field(foreign_key="matter.id", index=True)
    kind: str = Field(max_length=32)
    at: datetime = Field(default_factory=utcnow)
    on_date: date | None = None
    actor: str = ""
    detail: str = ""
    data: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


@synced
class ReceptionDay(Synced, table=True):
    """领导接访日: a scheduled day of a leader at the desk."""

    leader_id: str = Field(foreign_key="staff.id", index=True)
    day: date = Field(index=True)
    start_time: str = "09:00"
    end_time: str = "12:00"
    place: str = ""
    form: str = "定点接访"
    liaison: str = ""
    liaison_phone: str = ""
    notes: str = ""


@synced
class FieldVisit(Synced, table=True):
    """下访: a leader goes down to a village."""

    leader_id: str = Field(foreign_key="staff.id", index=True)
    day: date = Field(index=True)
    village_code: str | None = None
    village_name: str = ""
    people_met: str = ""
    problems: str = ""
    notes: str = ""


@synced
class CaseAssignment(Synced, table=True):
    """包案: a leader takes charge of a matter until it is settled."""

    matter_id: str = Field(foreign_key="matter.id", index=True)
    lead_id: str = Field(foreign_key="staff.id", index=True)
    deputy_id: str | None = Field(default=None, foreign_key="staff.id")
    members: str = ""
    units: str = ""
    start_on: date
    end_on: date | None = None
    status: str = "active"
    result: str = ""


@synced
class CaseProgress(Synced, table=True):
    assignment_id: str = Field(foreign_key="caseassignment.id", index=True)
    duty: str  # 掌握情况 / 思想教育 / 解决化解 / 息诉息访
    on_date: date
    note: str = ""


@synced
class MediationCase(Synced, table=True):
    """人民调解: a dispute, its parties, sessions, outcome and performance."""

    number: str = Field(index=True, max_length=32)
    source: str = "application"  # application / initiative / court / police / petition
    matter_id: str | None = Field(default=None, foreign_key="matter.id", index=True)
    applied_on: date
    parties: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    mediators: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    facts: str = ""
    issues: str = ""
    responsibilities: str = ""
    status: str = "in_progress"  # in_progress / success / failed
    agreement_kind: str = ""  # written / oral
    terms: str = ""
    performance_manner: str = ""
    performance_due: date | None = None
    agreed_on: date | None = None
    failure_route: str = ""
    closed_on: date | None = None
    performance: str = ""  # 已履行 / 部分履行 / 未履行


@synced
class MediationSession(Synced, table=True):
    case_id: str = Field(foreign_key="mediationcase.id", index=True)
    on_date: date
    notes: str = ""


@synced
class MediationFollowup(Synced, table=True):
    case_id: str = Field(foreign_key="mediationcase.id", index=True)
    on_date: date
    performance: str = ""
    method: str = ""  # 当面 / 电话
    satisfaction: str = ""
    notes: str = ""


# --- the county's down bundle (county -> township) ----------------------------------------------------------------


@synced
class CountyOrder(Synced, table=True):
    """An order of the county office to a township: 交办 (a new matter to handle), 督办 or 挂牌督办 (on a matter).

    Written at the county with the township's code, carried down, answered at the township (``response``,
    ``responded_on``) and carried back up by the monthly bundle like any other synchronised record."""

    kind: str = Field(max_length=8)
    matter_id: str | None = Field(default=None, foreign_key="matter.id", index=True)
    matter_number: str = ""
    instruction: str = ""
    deadline: date
    issued_on: date
    draft: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))  # 交办: the matter to register
    received_on: date | None = None
    response: str = ""
    responded_on: date | None = None


class CountyDecision(SQLModel, table=True):
    """County mode: a 复查/复核 decision on a township's matter, carried down with the next down bundle."""

    id: str = Field(primary_key=True, max_length=36)
    township_code: str = Field(index=True, max_length=9)
    matter_id: str
    matter_number: str = ""
    kind: str = Field(max_length=8)  # review | recheck
    requested_on: date
    decided_on: date
    outcome: str
    text: str = ""
    created_at: datetime = Field(default_factory=utcnow, index=True)


class DownExport(SQLModel, table=True):
    """County mode: down bundles written, per township, in sequence (the chain the township checks)."""

    __table_args__ = (UniqueConstraint("township_code", "sequence"),)
    id: int | None = Field(default=None, primary_key=True)
    township_code: str = Field(index=True, max_length=9)
    sequence: int
    created_at: datetime = Field(default_factory=utcnow)
    until: datetime
    file_hash: str
    prev_hash: str = ""
    file_name: str = ""
    record_count: int = 0


class DownImport(SQLModel, table=True):
    """Township mode: down bundles of the county already applied, in sequence."""

    sequence: int = Field(primary_key=True)
    file_hash: str
    prev_hash: str = ""
    created_at: str = ""  # the county's stamp, as written in the manifest
    imported_at: datetime = Field(default_factory=utcnow)
    file_name: str = ""
    record_count: int = 0


class ExportAcknowledgement(SQLModel, table=True):
    """Township mode: what the county said about one of this township's monthly bundles."""

    sequence: int = Field(primary_key=True)
    status: str = Field(max_length=16)  # imported | refused
    at: datetime | None = None
    reason: str = ""
    file_hash: str = ""
