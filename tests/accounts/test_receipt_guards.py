"""Receipts: no paper without its 送达记录 (and the reverse), and no paper of a matter hidden from the user."""

import pytest

from gazetteer_desk.documents.kinds import DocumentKind
from gazetteer_desk.errors import DeskError, NotFound
from gazetteer_desk.services.core import audit, audit_rows, history
from gazetteer_desk.services.matters import matters, receipts

from tests.accounts.helpers import register, user


def _printed(store, number):
    return [e for e in matters.get_matter(store, number).events if e.kind == "printed"]


def test_saved_receipt_has_its_record_and_audit_entry(store, tmp_path):
    number = register(store)
    out = tmp_path / "回执.pdf"
    receipts.save_pdf(store, number, DocumentKind.RECEIPT, out, actor=user("clerk"))
    assert out.read_bytes().startswith(b"%PDF")
    [event] = _printed(store, number)
    assert event.actor == "u_clerk"
    assert [(e.actor, e.entity_id) for e in audit.entries(store, action="print")] == [("u_clerk", number)]


def test_failed_record_leaves_no_paper(store, tmp_path, monkeypatch):
    number = register(store)
    out = tmp_path / "回执.pdf"

    def broken(*args, **kwargs):
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(history, "append_raw", broken)
    with pytest.raises(RuntimeError):
        receipts.save_pdf(store, number, DocumentKind.RECEIPT, out)
    assert not out.exists()


def test_failed_write_saves_no_record(store, tmp_path):
    number = register(store)
    with pytest.raises(DeskError):
        receipts.save_pdf(store, number, DocumentKind.RECEIPT, tmp_path / "没有这个文件夹" / "回执.pdf")
    assert _printed(store, number) == [] and audit.entries(store, action="print") == []


def test_failed_commit_takes_the_paper_away(store, tmp_path, monkeypatch):
    number = register(store)
    out = tmp_path / "回执.pdf"

    def refuse(*args, **kwargs):
        raise RuntimeError("database is locked")

    monkeypatch.setattr(audit_rows, "seal", refuse)  # the last step of every commit
    with pytest.raises(RuntimeError):
        receipts.save_pdf(store, number, DocumentKind.RECEIPT, out)
    monkeypatch.undo()
    assert not out.exists() and _printed(store, number) == []


def test_clerk_gets_no_paper_of_an_accusation(store, tmp_path):
    accusation = register(store, purpose="检举控告", request="举报村干部侵占集体资金")
    clerk, out = user("clerk"), tmp_path / "回执.pdf"
    with pytest.raises(NotFound):
        receipts.build_notice(store, accusation, DocumentKind.RECEIPT, viewer=clerk)
    with pytest.raises(NotFound):
        receipts.render(store, accusation, DocumentKind.RECEIPT, viewer=clerk)
    with pytest.raises(NotFound):
        receipts.save_pdf(store, accusation, DocumentKind.RECEIPT, out, actor=clerk)
    assert not out.exists() and _printed(store, accusation) == []
    assert receipts.render(store, accusation, DocumentKind.RECEIPT, viewer=user("admin")).pdf.startswith(b"%PDF")
