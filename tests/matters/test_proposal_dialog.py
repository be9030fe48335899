"""三项建议 recorded from a matter's page: in its history, in the figures and in the annual report."""

from datetime import date

import pytest

from gazetteer_desk.gui.matters.proposal_dialog import ProposalDialog
from gazetteer_desk.services.ledgers import annual_report, figures
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.matters import proposals
from gazetteer_desk.services.core.authz import PermissionDenied
from gazetteer_desk.services.matters.registration import RegistrationInput, register
from gazetteer_desk.services.core.scope import Scope
from tests.typing_helpers import type_chinese


def proposal_figures(store) -> dict:
    year = date.today().year
    scope = Scope.period(str(year), as_of=date.today())
    return figures.as_dict(figures.compute(store, scope, ["proposals", "proposals_adopted"]))


def test_a_proposal_from_the_dialog_reaches_history_figures_and_annual_report(qtbot, desk, store):
    number = register(store, RegistrationInput(name="孙丽", request="农房质量问题", category="城乡建设")).number
    desk.ctx.open_matter_requested.emit(number)
    page = desk.matter_page
    assert page.proposal_button.isEnabled() and page.proposal_button.isVisible()
    page.proposal_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ProposalDialog)
    dialog.ui.kindCombo.setCurrentText("完善政策")
    dialog.ui.adoptedYes.setChecked(True)
    type_chinese(dialog.ui.detailEdit, "建议建立农房质量回访制度")
    with qtbot.waitSignal(desk.ctx.matter_changed):
        dialog.save()

    history = [page.history.item(r, 2).text() for r in range(page.history.rowCount())]
    assert "提出完善政策建议（已采纳）：建议建立农房质量回访制度" in history
    values = proposal_figures(store)
    assert dict(values["proposals"]) == {"改进工作": 0, "完善政策": 1, "追究责任": 0}
    assert values["proposals_adopted"] == 1
    report = annual_report.build_annual_report(store, date.today().year, as_of=date.today())
    items = dict(item for _, section in report.sections() for item in section)
    assert items["提出建议"].startswith("1件") and items["被采纳"].startswith("1件")
    assert audit.entries(store, action="event")[0].detail["kind"] == "proposal"


def test_a_refused_proposal_keeps_the_dialog_open_with_the_reason(qtbot, desk, store):
    number = register(store, RegistrationInput(name="孙丽", request="道路", category="城乡建设")).number
    desk.ctx.open_matter_requested.emit(number)
    page = desk.matter_page
    page.proposal_button.click()
    dialog = page.dialog
    type_chinese(dialog.ui.detailEdit, "长" * 501)
    assert not dialog.save()
    assert "不能超过500字" in dialog.ui.problem.text() and dialog.isVisible()
    assert proposal_figures(store)["proposals_adopted"] == 0


def test_clerks_may_not_record_proposals(qtbot, clerk_desk, store, clerk_user):
    number = register(store, RegistrationInput(name="孙丽", request="道路", category="城乡建设")).number
    clerk_desk.ctx.open_matter_requested.emit(number)
    button = clerk_desk.matter_page.proposal_button
    assert not button.isEnabled() and "无权记录三项建议" in button.toolTip()
    with pytest.raises(PermissionDenied):
        proposals.record_proposal(store, number, "改进工作", adopted=True, actor=clerk_user)
