"""Receipts from the store: what the paper says, what it must never say, and which papers a state allows."""

import shutil
import subprocess

import pytest
from pypdf import PdfReader

from gazetteer_desk.cli.main import main
from gazetteer_desk.documents.kinds import DocumentKind
from gazetteer_desk.documents.model import Paper
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.matters import matters, receipts
from gazetteer_desk.services.matters.registration import RegistrationInput, register

FULL_ID = "11010519491231002X"


@pytest.fixture
def number(store):
    return register(store, RegistrationInput(name="王䶮堃", request="宅基地界址纠纷", id_number=FULL_ID,
                                             phone="13812345678", village="青龙村", receiver="李明")).number


def text_of(path):
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_receipt_carries_number_dates_masked_id_and_rare_name(store, number, tmp_path, home, capsys):
    out = tmp_path / "回执.pdf"
    assert main(["--home", str(home), "receipt", number, "--out", str(out)]) == 0
    text = text_of(out)
    assert number in text and "王䶮堃" in text
    assert "110105********002X" in text and FULL_ID not in text and "13812345678" not in text
    assert "信访工作条例" in text
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
        assert "DeskSerifSC" in fonts and " yes yes " in fonts  # the Song, embedded and subset
        assert "LXGWWenKai" in fonts  # 䶮 is drawn in the fallback font
    history = matters.get_matter(store, number).events
    assert history[-1].kind == "printed" and "来访登记回执" in history[-1].detail


def test_a_notice_the_state_does_not_allow_gives_a_message_and_no_file(store, number, tmp_path, home, capsys):
    out = tmp_path / "意见书.pdf"
    assert main(["--home", str(home), "receipt", number, "--kind", "opinion", "--out", str(out)]) == 2
    assert "不能出具《信访事项处理意见书》" in capsys.readouterr().err
    assert not out.exists()


def test_unknown_number_gives_a_message_and_no_file(store, tmp_path, home, capsys):
    out = tmp_path / "x.pdf"
    assert main(["--home", str(home), "receipt", "500235101-2026-09999", "--out", str(out)]) == 3
    assert not out.exists()


def test_papers_follow_the_procedure(store, number):
    assert receipts.available_kinds(matters.get_matter(store, number)) == [DocumentKind.RECEIPT]
    matters.take_action(store, number, "accept")
    matters.take_action(store, number, "extend", days=20, approver="刘芳", reason="需实地勘察")
    notice = receipts.build_notice(store, number, DocumentKind.EXTEND)
    assert notice.extension_days == 20 and notice.extension_reason == "需实地勘察"
    assert notice.new_due == matters.get_matter(store, number).matter.due_on
    with pytest.raises(DeskError):
        receipts.build_notice(store, number, DocumentKind.REJECT)


def test_the_chosen_paper_is_remembered(store, number, tmp_path, home):
    assert main(["--home", str(home), "receipt", number, "--paper", "thermal", "--out", str(tmp_path / "a.pdf")]) == 0
    assert receipts.remembered_paper(store) is Paper.THERMAL_80
    document = receipts.render(store, number, DocumentKind.RECEIPT)
    width = float(PdfReader(__import__("io").BytesIO(document.pdf)).pages[0].mediabox.width)
    assert abs(width - 226.8) < 1
