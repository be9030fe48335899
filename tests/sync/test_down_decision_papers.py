"""A 复查 or 复核 decided at the county arrives on the township's matter, and the desk prints the matching 复查意见书 /
复核意见书 from it — by the `receipt` command and from the matter page's paper window — saying what the county
decided, and saying it again word for word on a reprint."""

from datetime import date

import pytest

from gazetteer_desk.cli.main import main
from gazetteer_desk.documents.kinds import DocumentKind
from gazetteer_desk.services.matters import matters, receipts
from gazetteer_desk.services.sync import bundle_import, county_orders, down_export, down_import

from tests.documents.conftest import pdftotext
from tests.sync.conftest import COUNTY_PASS, TOWN_PASS, petition
from tests.sync.down_fixtures import exchange_down_keys

A = "500235101"


@pytest.fixture
def decided(desk, tmp_path):
    """双江镇 replied to a matter; the county decided its 复查 and then its 复核; the down bundle brought both."""
    exchange_down_keys(desk, tmp_path)
    a = desk.townships[A]
    today = date.today()
    number = petition(a, "王秀英", None, "要求解决青龙村道路硬化")
    matters.take_action(a, number, "accept", on=today)
    matters.take_action(a, number, "reply", on=today, outcome="不予支持", opinion="道路硬化已列入明年计划",
                        basis="《信访工作条例》第三十二条")
    untouched = petition(a, "赵德明", None, "反映邻里宅基地纠纷")
    assert bundle_import.import_bundles(desk.county, [desk.export(A).bundle_path], passphrase=COUNTY_PASS).exit_code == 0
    county_orders.decide(desk.county, number, "review", "予以支持", decided_on=today, requested_on=today,
                         text="经复查，原处理意见依据不足，责成镇政府三十日内完成硬化")
    county_orders.decide(desk.county, number, "recheck", "予以支持", decided_on=today, requested_on=today,
                         text="经复核，维持复查意见")
    report = down_import.import_down(a, down_export.export_down(desk.county, A, desk.stick, passphrase=COUNTY_PASS).bundle_path, passphrase=TOWN_PASS)
    assert report.status == "imported" and report.decisions == 2, report.lines()
    return a, number, untouched


def _receipt(store, number, kind, out) -> int:
    return main(["--home", str(store.home), "receipt", number, "--kind", kind, "--out", str(out)])


def test_the_county_decisions_print_as_their_opinions_on_the_command_line(decided, tmp_path, capsys):
    store, number, untouched = decided
    kinds = receipts.available_kinds(matters.get_matter(store, number))
    assert DocumentKind.REVIEW_OPINION in kinds and DocumentKind.RECHECK_OPINION in kinds

    assert _receipt(store, number, "review-opinion", tmp_path / "review.pdf") == 0
    assert "信访事项复查意见书" in capsys.readouterr().out
    review = pdftotext((tmp_path / "review.pdf").read_bytes())
    assert "信访事项复查意见书" in review and number in review
    assert "经复查，原处理意见依据不足，责成镇政府三十日内完成硬化" in review
    assert "■" in review and review.index("■") < review.index("予以支持")  # the county's outcome is the one marked
    assert "请求复查" in review and "请求复核" in review  # the next step, 复核, is named with its limit

    assert _receipt(store, number, "recheck-opinion", tmp_path / "recheck.pdf") == 0
    recheck = pdftotext((tmp_path / "recheck.pdf").read_bytes())
    assert "信访事项复核意见书" in recheck and "经复核，维持复查意见" in recheck
    assert "最终意见" in recheck

    # a paper is a record: a reprint says the same, and each issue is a line of the matter's history
    assert _receipt(store, number, "review-opinion", tmp_path / "again.pdf") == 0
    assert pdftotext((tmp_path / "again.pdf").read_bytes()) == review
    printed = [e for e in matters.get_matter(store, number).events if e.kind == "printed"]
    assert len(printed) == 3

    # a matter the county decided nothing on has no such paper: a clear refusal, exit code 2, no file
    capsys.readouterr()
    assert _receipt(store, untouched, "review-opinion", tmp_path / "none.pdf") == 2
    assert "不能出具《信访事项复查意见书》" in capsys.readouterr().err
    assert not (tmp_path / "none.pdf").exists()


def test_the_matter_pages_paper_window_offers_and_saves_the_county_opinion(decided, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from gazetteer_desk.services.accounts import accounts
    from tests.conftest import open_desk

    store, number, _ = decided
    admin = accounts.create_first_admin(store, "admin", "shuangjiang-admin-24", staff_name="李明")
    window = open_desk(qtbot, store, admin)
    window.open_matter(number)
    assert "县信访办复查意见：予以支持" in "".join(e.detail for e in matters.get_matter(store, number).events)
    qtbot.mouseClick(window.matter_page.print_button, Qt.MouseButton.LeftButton)
    dialog = window.receipt_dialog
    offered = [dialog.kind_box.itemData(i) for i in range(dialog.kind_box.count())]
    assert DocumentKind.REVIEW_OPINION in offered and DocumentKind.RECHECK_OPINION in offered
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(DocumentKind.REVIEW_OPINION))
    assert dialog.document is not None and dialog.document.kind == DocumentKind.REVIEW_OPINION
    assert dialog.pages_layout.count() >= 1 and dialog.save_button.isEnabled()
    dialog.save_to(tmp_path / "复查意见书.pdf")
    text = pdftotext((tmp_path / "复查意见书.pdf").read_bytes())
    assert "信访事项复查意见书" in text and "责成镇政府三十日内完成硬化" in text
    last = matters.get_matter(store, number).events[-1]
    assert last.kind == "printed" and "复查意见书" in last.detail and last.actor == "admin"
    dialog.close()
    window.ctx.runner.wait()


def test_a_decision_the_desks_procedure_could_not_take_still_prints(decided, desk, tmp_path):
    """The desk's record of the matter is behind the county's (never replied here): the decision is kept in the
    history with a warning, and the paper the county decided is still there to hand to the petitioner."""
    store, _number, untouched = decided
    today = date.today()
    county_orders.decide(desk.county, untouched, "recheck", "不予支持", decided_on=today, requested_on=today,
                         text="经复核，信访人所提请求缺乏依据")
    report = down_import.import_down(store, down_export.export_down(desk.county, A, desk.stick, passphrase=COUNTY_PASS).bundle_path, passphrase=TOWN_PASS)
    assert report.status == "imported" and any("未能套用到办理程序" in w for w in report.warnings), report.lines()
    detail = matters.get_matter(store, untouched)
    assert detail.matter.status != "terminated"
    assert receipts.available_kinds(detail)[-1] == DocumentKind.RECHECK_OPINION
    assert DocumentKind.REVIEW_OPINION not in receipts.available_kinds(detail)
    assert _receipt(store, untouched, "recheck-opinion", tmp_path / "recheck.pdf") == 0
    text = pdftotext((tmp_path / "recheck.pdf").read_bytes())
    assert "信访事项复核意见书" in text and "经复核，信访人所提请求缺乏依据" in text
