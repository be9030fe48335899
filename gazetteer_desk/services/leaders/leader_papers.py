"""Papers of the leaders' and mediation work: the 调解协议书 and the monthly reception schedule, as PDF bytes.

Personal numbers are masked here, before anything reaches the renderer (domain.masking).
"""

from datetime import date
from pathlib import Path

from gazetteer_desk.documents.fonts import GlyphError
from gazetteer_desk.documents.model import MediationAgreementData, PartyData, Paper
from gazetteer_desk.documents.render import render_mediation_agreement
from gazetteer_desk.documents.schedule_notice import ScheduleEntry, ScheduleNoticeData, render_schedule_notice
from gazetteer_desk.domain.masking import mask_id_number, mask_phone
from gazetteer_desk.errors import DeskError
from gazetteer_desk.formats import FormatError
from gazetteer_desk.formats.atomic import write_atomic
from gazetteer_desk.store.database import Store
from gazetteer_desk.services.mediation import mediation
from gazetteer_desk.services.leaders import reception_days
from gazetteer_desk.services.setup import setup


def committee_name(store: Store) -> str:
    return store.setting("mediation_committee") or f"{setup.township(store).name}人民调解委员会"


def agreement_data(store: Store, number: str) -> MediationAgreementData:
    detail = mediation.get_case(store, number)
    case = detail.case
    if case.status != "success" or case.agreement_kind != "written":
        raise DeskError("只有达成书面协议的调解案件才能出具调解协议书")
    parties = [
        PartyData(role=p.role, name=p.name, kind=p.kind, sex=p.sex or None, ethnicity=p.ethnicity or None,
                  age_or_birth=p.birth or None,
                  id_number_masked=(mask_id_number(p.id_number) if p.kind == "个人" else p.id_number) or None,
                  address=p.address or None, phone_masked=mask_phone(p.phone) or None,
                  representative=p.representative or None)
        for p in detail.parties
    ]
    terms = [line.strip() for line in case.terms.splitlines() if line.strip()] or case.terms
    return MediationAgreementData(
        number=case.number, committee_name=committee_name(store), parties=parties, mediators=list(case.mediators),
        facts=case.facts, issues=case.issues, responsibilities=case.responsibilities,
        terms=terms, performance_manner=case.performance_manner, performance_due=case.performance_due,
        agreed_on=case.agreed_on, judicial_confirmation_due=detail.judicial_due, matter_number=detail.matter_number,
    )


def agreement_pdf(store: Store, number: str, paper: Paper = Paper.A4) -> bytes:
    try:
        return render_mediation_agreement(agreement_data(store, number), paper)
    except GlyphError as error:
        raise DeskError(error.message) from error


def schedule_notice_data(store: Store, year: int, month: int, issued_on: date | None = None) -> ScheduleNoticeData:
    town = setup.township(store)
    rows = reception_days.month_schedule(store, year, month)
    entries = [ScheduleEntry(r.day, r.start_time, r.end_time, r.leader, r.post, r.portfolio, r.place, r.form,
                             r.liaison, r.liaison_phone) for r in rows]
    return ScheduleNoticeData(issuer=f"{town.name}人民政府", year=year, month=month, entries=entries,
                              office_address=town.address, office_phone=town.phone, issued_on=issued_on)


def schedule_notice_pdf(store: Store, year: int, month: int, issued_on: date | None = None) -> bytes:
    try:
        return render_schedule_notice(schedule_notice_data(store, year, month, issued_on))
    except GlyphError as error:
        raise DeskError(error.message) from error


def save_pdf(path, pdf: bytes) -> None:
    """Write a paper to a file or stick: a temporary file renamed into place, never half a PDF."""
    try:
        write_atomic(Path(path), pdf)
    except FormatError as error:
        raise DeskError(error.message) from error


def save_agreement(store: Store, number: str, path, paper: Paper = Paper.A4) -> None:
    save_pdf(path, agreement_pdf(store, number, paper))


def save_schedule_notice(store: Store, year: int, month: int, path, issued_on: date | None = None) -> None:
    save_pdf(path, schedule_notice_pdf(store, year, month, issued_on))
