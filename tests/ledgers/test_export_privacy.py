"""The 台账 and the figures as a signed-in user sees them: permission checked, 检举控告 kept out, the export audited."""

from datetime import date, datetime, time

import pytest
from openpyxl import load_workbook

from gazetteer_desk.services.accounts import accounts
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.ledgers import figures, ledger_export
from gazetteer_desk.services.core.authz import PermissionDenied
from gazetteer_desk.services.matters.registration import RegistrationInput, register
from gazetteer_desk.services.core.scope import Scope

SCOPE = Scope.period("2025", as_of=date(2025, 12, 31))


def _user(role):
    return accounts.CurrentUser(username=f"u_{role}", role=role)


def _matters(store):
    def reg(name, purpose, request, subject):
        return register(store, RegistrationInput(
            name=name, request=request, purpose=purpose, subject=subject, village="青龙村", category="城乡建设",
            received_at=datetime.combine(date(2025, 3, 3), time(10)).astimezone())).number
    return (reg("王伟", "求决", "村道损坏，请求修复", "青龙村委"),
            reg("赵强", "检举控告", "举报村干部侵占集体资金", "青龙村支书孙某"))


def _numbers(path):
    wb = load_workbook(path)
    cells = {str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if c}
    return cells


def test_clerk_export_leaves_accusations_out_and_is_audited(store, tmp_path):
    ordinary, accusation = _matters(store)
    path = tmp_path / "台账.xlsx"
    result = ledger_export.export_ledgers(store, SCOPE, path, viewer=_user("clerk"))
    cells = _numbers(path)
    assert ordinary in cells and accusation not in cells and "赵强" not in cells
    assert not any("孙某" in c for c in cells)
    assert result.rows[ledger_export.MATTER_SHEET] == 1 and result.rows[ledger_export.VISIT_SHEET] == 1
    [entry] = audit.entries(store, action="export_ledgers")
    assert (entry.actor, entry.entity_id) == ("u_clerk", "台账.xlsx")
    assert entry.detail["period"] == SCOPE.label and entry.detail["file"] == "台账.xlsx"


def test_admin_export_has_every_matter(store, tmp_path):
    ordinary, accusation = _matters(store)
    path = tmp_path / "全部.xlsx"
    ledger_export.export_ledgers(store, SCOPE, path, viewer=_user("admin"))
    assert {ordinary, accusation} <= _numbers(path)
    assert [e.actor for e in audit.entries(store, action="export_ledgers")] == ["u_admin"]


def test_export_refused_without_view_stats_or_unmasked_without_view_full_id(store, tmp_path, monkeypatch):
    from gazetteer_desk.domain import permissions

    monkeypatch.setitem(permissions.TABLE, "clerk", permissions.TABLE["clerk"] - {"view_stats"})
    with pytest.raises(PermissionDenied):
        ledger_export.export_ledgers(store, SCOPE, tmp_path / "a.xlsx", viewer=_user("clerk"))
    with pytest.raises(PermissionDenied):
        figures.compute(store, SCOPE, viewer=_user("clerk"))
    monkeypatch.undo()
    with pytest.raises(PermissionDenied):
        ledger_export.export_ledgers(store, SCOPE, tmp_path / "b.xlsx", mask=False, viewer=_user("clerk"))
    assert not (tmp_path / "a.xlsx").exists() and not (tmp_path / "b.xlsx").exists()
    assert audit.entries(store, action="export_ledgers") == []


def test_figures_name_no_accused_to_a_clerk_but_count_everything(store):
    _matters(store)
    clerk = figures.as_dict(figures.compute(store, SCOPE, viewer=_user("clerk")))
    admin = figures.as_dict(figures.compute(store, SCOPE, viewer=_user("admin")))
    assert clerk["matters"] == admin["matters"] == 2
    assert [k for k, _ in clerk["complained_subjects"]] == ["青龙村委"]
    assert {k for k, _ in admin["complained_subjects"]} == {"青龙村委", "青龙村支书孙某"}
