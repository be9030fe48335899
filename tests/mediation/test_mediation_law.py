"""人民调解法 Art. 29 and 33 through the service and the command line; the agreement read back as text."""

from datetime import date, timedelta

import pytest

from gazetteer_desk.cli.main import main
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.mediation import mediation as med
from gazetteer_desk.services.mediation.mediation import AgreementInput, MediationInput, Party

from tests.documents.conftest import pdf_text

TODAY = date.today()
PARTIES = [Party("王大山", role="申请人", phone="13800001111"), Party("李四", role="被申请人", phone="13900002222")]


def _case(store, applied=TODAY - timedelta(days=60)):
    return med.open_case(store, MediationInput(parties=list(PARTIES), mediators=["张华"], applied_on=applied,
                                               facts="两家宅基地相邻，围墙越界", issues="围墙位置"))


def _agreement(on, responsibilities="李四负主要责任"):
    return AgreementInput(terms="李四拆除越界围墙", performance_manner="当场拆除", performance_due=on + timedelta(days=10),
                          agreed_on=on, responsibilities=responsibilities)


def test_an_agreement_cannot_be_dated_in_the_future_nor_lack_responsibilities(store):
    number = _case(store)
    with pytest.raises(DeskError, match="协议日期不能晚于今天"):
        med.record_agreement(store, number, _agreement(TODAY + timedelta(days=1)))
    with pytest.raises(DeskError, match="各方当事人的责任"):
        med.record_agreement(store, number, _agreement(TODAY, responsibilities=""))
    assert med.get_case(store, number).case.status == "in_progress"


def test_the_agreement_prints_only_what_was_entered(store, home, tmp_path):
    number = _case(store)
    med.record_agreement(store, number, _agreement(TODAY - timedelta(days=2)))
    out = tmp_path / "协议书.pdf"
    assert main(["--home", str(home), "mediation", "agreement", number, "--out", str(out)]) == 0
    text = pdf_text(out.read_bytes())
    assert "李四负主要责任" in text and "无异议" not in text


def test_judicial_confirmation_after_thirty_days_is_refused_with_the_article(store, home, capsys):
    number = _case(store)
    agreed = TODAY - timedelta(days=50)
    med.record_agreement(store, number, _agreement(agreed))
    due = med.get_case(store, number).judicial_due
    assert due < TODAY
    assert main(["--home", str(home), "mediation", "confirm", number]) == 2
    err = capsys.readouterr().err
    assert "第三十三条" in err and due.isoformat() in err
    assert med.get_case(store, number).judicial_applied_on is None
    assert any(w.number == number and w.overdue for w in med.mediation_warnings(store, TODAY))
    med.record_judicial_confirmation(store, number, on=due, court="云阳县人民法院")  # within the window: recorded
    assert med.get_case(store, number).judicial_applied_on == due
