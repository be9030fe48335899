"""Printed papers: receipts, notices, 处理意见书 and 人民调解协议书 as PDF (reportlab; no database, no Qt)."""

from gazetteer_desk.documents.fonts import GlyphError, missing_glyphs
from gazetteer_desk.documents.kinds import DocumentKind, Outcome
from gazetteer_desk.documents.model import MediationAgreementData, NoticeData, Office, PartyData, Paper, Person
from gazetteer_desk.documents.render import format_date, qr_payload, render_mediation_agreement, render_notice

__all__ = [
    "DocumentKind", "GlyphError", "MediationAgreementData", "NoticeData", "Office", "Outcome", "PartyData", "Paper",
    "Person", "format_date", "missing_glyphs", "qr_payload", "render_mediation_agreement", "render_notice",
]
