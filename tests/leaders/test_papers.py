from datetime import date

import pytest
from pypdf import PdfReader
import io

from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.leaders import leader_papers, reception_days as rd

from tests.mediation.test_mediation import _agree, _open


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_schedule_notice_lists_the_month(store):
    rd.schedule(store, rd.ReceptionDayInput("陈国强", date(2026, 3, 10), "9:00", "12:00", "镇信访接待室", "定点接访",
                                            "李明", "023-55123456"))
    pdf = leader_papers.schedule_notice_pdf(store, 2026, 3, date(2026, 3, 1))
    text = _text(pdf)
    assert pdf.startswith(b"%PDF") and "2026年3月领导接访安排表" in text
    assert "陈国强" in text and "党委书记" in text and "定点接访" in text
    assert "本月暂无安排" in _text(leader_papers.schedule_notice_pdf(store, 2026, 4))


def test_agreement_masks_numbers(store):
    number = _open(store)
    with pytest.raises(DeskError, match="只有达成书面协议"):
        leader_papers.agreement_data(store, number)
    _agree(store, number)
    data = leader_papers.agreement_data(store, number)
    assert data.parties[0].id_number_masked == "110105********002X"
    assert data.parties[0].phone_masked == "138****1111"
    assert data.committee_name == "双江镇人民调解委员会" and data.judicial_confirmation_due == date(2026, 4, 7)
    text = _text(leader_papers.agreement_pdf(store, number))
    assert "人民调解协议书" in text and "11010519491231002X" not in text
