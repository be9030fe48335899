"""Receipts and notices for a matter: which papers its state allows, the data they carry, the PDF, the history line.

The documents package lays out the page; this module decides *what* goes on it, from the store and the procedure,
and masks ID numbers and phones — the full values never reach a printed paper.
"""

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from gazetteer_desk.documents.fonts import GlyphError
from gazetteer_desk.documents.kinds import DocumentKind
from gazetteer_desk.documents.model import NoticeData, Office, Paper, Person
from gazetteer_desk.documents.render import render_notice
from gazetteer_desk.domain.masking import mask_id_number, mask_phone
from gazetteer_desk.domain.query_code import format_query_code, query_code
from gazetteer_desk.domain import limits
from gazetteer_desk.domain.routing import legal_channel, route_by_key
from gazetteer_desk.errors import DeskError
from gazetteer_desk.formats import FormatError
from gazetteer_desk.formats.atomic import write_atomic
from gazetteer_desk.store import records
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.records import Record
from gazetteer_desk.services.core import history
from gazetteer_desk.services.core.authz import is_user
from gazetteer_desk.services.matters.matter_detail import MatterDetail, get_matter, visible_matter_record
from gazetteer_desk.services.core.mode import township_scope
from gazetteer_desk.services.core.query_secret import query_secret_of
from gazetteer_desk.services.core.calendar import calendar_for
from gazetteer_desk.services.matters.paper_records import issued_notice, to_record
from gazetteer_desk.services.matters.review_bodies import review_bodies

PAPER_SETTING = "receipt_paper"
KIND_KEYS = {"receipt": DocumentKind.RECEIPT, "accept": DocumentKind.ACCEPT, "reject": DocumentKind.REJECT,
             "no-longer": DocumentKind.NO_LONGER, "extend": DocumentKind.EXTEND, "opinion": DocumentKind.OPINION,
             "review-opinion": DocumentKind.REVIEW_OPINION, "recheck-opinion": DocumentKind.RECHECK_OPINION}


def available_kinds(detail: MatterDetail) -> list[DocumentKind]:
    """The papers this matter's state allows: a notice exists only once the step it announces has been taken."""
    m = detail.matter
    kinds = [DocumentKind.RECEIPT]
    if m.accepted_on:
        kinds.append(DocumentKind.ACCEPT)
    if m.status == "rejected" and not m.repeat_hold:
        kinds.append(DocumentKind.REJECT)
    if m.status == "rejected" and m.repeat_hold:  # a repeat of a matter decided on 复核 (Art. 36)
        kinds.append(DocumentKind.NO_LONGER)
    if m.extension_days:
        kinds.append(DocumentKind.EXTEND)
    if m.replied_on:
        kinds.append(DocumentKind.OPINION)
    decided = {e.data.get("kind") for e in detail.events if e.kind == COUNTY_DECISION}
    if m.reviewed_on or "review" in decided:
        kinds.append(DocumentKind.REVIEW_OPINION)
    if m.status == "terminated" or "recheck" in decided:
        kinds.append(DocumentKind.RECHECK_OPINION)
    if m.status == "terminated":
        kinds.append(DocumentKind.NO_LONGER)
    return kinds


def parse_kind(text: str) -> DocumentKind:
    try:
        return KIND_KEYS[text]
    except KeyError:
        raise DeskError(f"未知的文书种类“{text}”（可选：{'、'.join(KIND_KEYS)}）") from None


def remembered_paper(store: Store) -> Paper:
    try:
        return Paper(store.setting(PAPER_SETTING, Paper.A4.value))
    except ValueError:
        return Paper.A4


def remember_paper(store: Store, paper: Paper) -> None:
    store.set_setting(PAPER_SETTING, paper.value)


@dataclass(frozen=True)
class Document:
    kind: DocumentKind
    number: str
    paper: Paper
    pdf: bytes
    notice: NoticeData | None = None  # what it says, kept with its 送达记录

    @property
    def title(self) -> str:
        return self.kind.title


def build_notice(store: Store, number: str, kind: DocumentKind, today: date | None = None, *,
                 viewer=None) -> NoticeData:
    """What the paper says. A kind issued before says again what it said then (a paper is a record); otherwise the
    matter as it stands. With a ``viewer`` (CurrentUser), a matter hidden from their role is not found (Art. 30)."""
    detail = get_matter(store, number, viewer=viewer)
    if kind not in available_kinds(detail):
        raise DeskError(
            f"事项 {detail.matter.number} 当前状态为“{detail.status_label}”，不能出具《{kind.title}》"
        )
    return issued_notice(detail.events, kind) or _fresh_notice(store, detail, kind, today or date.today())


def _fresh_notice(store: Store, detail: MatterDetail, kind: DocumentKind, today: date) -> NoticeData:
    m, p = detail.matter, detail.petitioner
    with store.raw_read() as raw:
        town = records.first(raw, "township", "code = ?", (m.township_code,))
        secret = query_secret_of(raw, store, m.township_code)
    last = {e.kind: e for e in detail.events}
    cal = calendar_for(store)
    bodies = review_bodies(store)
    deadlines = {d.label.split("（")[0]: d.due for d in detail.deadlines}
    route = route_by_key(m.route)
    reject = last.get("reject")
    channel = legal_channel(m.route)
    # the handling limit as first set (Art. 34: 60 days); an extension adds to it on its own paper
    first_due = limits.handling_due(m.accepted_on, 0, cal) if m.accepted_on else None
    extended_due = limits.handling_due(m.accepted_on, m.extension_days, cal) if m.extension_days else None
    notice = NoticeData(
        kind=kind,
        matter_number=m.number,
        query_code=format_query_code(query_code(m.number, secret)),
        office=Office(name=town.office_name if town else "", address=town.address if town else "",
                      phone=town.phone if town else "", county_office_name=bodies.review),
        petitioner=Person(name=p.name, id_number_masked=mask_id_number(p.id_number),
                          phone_masked=mask_phone(p.phone), address=p.address),
        received_on=m.received_on, channel=m.channel,
        category=m.category + (f"／{m.subcategory}" if m.subcategory else ""), purpose=m.purpose,
        request=m.request, facts=m.facts or None, reasons=m.reasons or None,
        route_label=route.label, route_explanation=route.explanation, handling_unit=m.handling_unit or None,
        accepted_on=m.accepted_on, ack_due=deadlines.get("受理告知期限"), handling_due=first_due,
        extension_days=m.extension_days or None, extension_reason=m.extension_reason or None,
        new_due=extended_due,
        reject_reason=(reject.data.get("reason") if reject else None),
        reject_article=channel.article if channel and kind is DocumentKind.REJECT else None,
        remedy=channel.remedy if channel and kind is DocumentKind.REJECT else None,
        clerk=detail.receiver or None, issued_on=today,
    )
    step = _OPINION_STEP.get(kind)
    if step is None:
        return notice
    event = _opinion_event(detail.events, kind)  # available_kinds admits an opinion only once it is in the history
    decided = event.on_date
    written = dict(outcome=event.data.get("outcome") or None, opinion=event.data.get("opinion") or None,
                   legal_basis=event.data.get("basis") or event.data.get("legal_basis") or None,
                   facts_found=event.data.get("facts") or None, replied_on=decided, issued_on=decided)
    if kind is DocumentKind.OPINION:
        return replace(notice, **written, review_request_due=limits.review_request_due(decided, cal),
                       next_body=bodies.review)
    if kind is DocumentKind.REVIEW_OPINION:
        return replace(notice, **written, review_request_due=limits.recheck_request_due(decided, cal),
                       deciding_body=bodies.review, next_body=bodies.recheck)
    return replace(notice, **written, deciding_body=bodies.recheck)


# the step of the history whose written opinion each paper prints
_OPINION_STEP = {DocumentKind.OPINION: "reply", DocumentKind.REVIEW_OPINION: "decide_review",
                 DocumentKind.RECHECK_OPINION: "terminate"}
# a 复查/复核 decided at the county arrives in the down bundle as this history entry (services/sync/down_import.py)
COUNTY_DECISION = "county_decision"
_COUNTY_KIND = {DocumentKind.REVIEW_OPINION: "review", DocumentKind.RECHECK_OPINION: "recheck"}


def _opinion_event(events: list[Record], kind: DocumentKind) -> Record:
    """The latest written opinion of this kind: the desk's own step, or the county's decision that came down."""
    step, county = _OPINION_STEP[kind], _COUNTY_KIND.get(kind)
    return [e for e in events if e.kind == step or (e.kind == COUNTY_DECISION and e.data.get("kind") == county)][-1]


def render(store: Store, number: str, kind: DocumentKind, paper: Paper | None = None, *, viewer=None) -> Document:
    paper = paper or remembered_paper(store)
    kind = DocumentKind(kind)
    data = build_notice(store, number, kind, viewer=viewer)
    try:
        pdf = render_notice(data, paper)
    except GlyphError as error:
        raise DeskError(error.message) from error
    return Document(kind, data.matter_number, paper, pdf, data)


def record_issue(store: Store, document: Document, how: str, actor="") -> None:
    """Every paper handed out is a line in the matter's history (送达记录)."""
    from gazetteer_desk.services.matters.matters import add_event

    add_event(store, document.number, "printed", _issue_text(document, how), actor=actor, data=_issue_data(document))


def _issue_text(document: Document, how: str) -> str:
    return f"{how}《{document.title}》（{document.paper.label}）"


def _issue_data(document: Document) -> dict:
    data = {"kind": document.kind.value, "paper": document.paper.value}
    if document.notice is not None:
        data["notice"] = to_record(document.notice)
    return data


def save_pdf(store: Store, number: str, kind: DocumentKind, out: Path, paper: Paper | None = None,
             actor="", *, viewer=None) -> Document:
    """Render, then record the 送达记录 and write the file in ONE transaction: a failed write saves no record, a
    failed commit takes the file away again — never a paper without its line in the history, nor the reverse.

    ``viewer`` defaults to ``actor`` when that is a signed-in user."""
    if viewer is None and is_user(actor):
        viewer = actor
    document = render(store, number, kind, paper, viewer=viewer)
    out = Path(out)
    written = False
    try:
        with store.raw_transaction() as raw:  # the driver's connection: a fresh `receipt` needs no ORM
            matter = visible_matter_record(raw, township_scope(store), document.number, viewer)
            history.append_raw(raw, matter, "printed", _issue_text(document, "生成"), actor=actor,
                               data=_issue_data(document))
            try:
                write_atomic(out, document.pdf)
            except FormatError as error:
                raise DeskError(error.message) from error
            written = True
    except BaseException:
        if written:
            out.unlink(missing_ok=True)
        raise
    return document


__all__ = ["Document", "available_kinds", "build_notice", "render", "record_issue", "save_pdf", "parse_kind",
           "remembered_paper", "remember_paper"]
