"""包案, 领导接访, 下访, 人民调解 and the county key as a signed-in user drives them: the role table is checked,
检举控告 matters stay hidden from roles not named for them, and every change leaves an audit entry."""

from datetime import date, timedelta

import pytest

from gazetteer_desk.errors import NotFound
from gazetteer_desk.formats import age_keys
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.sync import bundle_keys
from gazetteer_desk.services.leaders import case_assignments as ca, field_visits, leader_view
from gazetteer_desk.services.mediation import mediation as med
from gazetteer_desk.services.leaders import reception_days as rd
from gazetteer_desk.services.core.authz import PermissionDenied
from gazetteer_desk.services.mediation.mediation import AgreementInput, MediationInput, Party

from tests.accounts.helpers import ID_NUMBER, register, user

TODAY = date.today()
PARTIES = [Party("王大山", role="申请人", id_number=ID_NUMBER, phone="13800001111"),
           Party("李四", role="被申请人", phone="13900002222")]


def _actions(store, action):
    return [(e.actor, e.entity_id, e.detail) for e in audit.entries(store, action=action)]


# --- 包案 and the leader's page -------------------------------------------------------------------------------------

def test_leader_cannot_assign_or_see_an_accusation(store):
    accusation = register(store, purpose="检举控告", request="举报村干部侵占集体资金")
    ordinary = register(store)
    admin, leader = user("admin"), user("leader")
    with pytest.raises(NotFound):
        ca.assign(store, ca.AssignmentInput(accusation, "刘芳", start_on=TODAY), actor=leader)
    held = ca.assign(store, ca.AssignmentInput(accusation, "刘芳", start_on=TODAY), actor=admin)
    ca.assign(store, ca.AssignmentInput(ordinary, "刘芳", start_on=TODAY), actor=admin)
    assert {a.matter_number for a in ca.assignments_for_leader(store, "刘芳", viewer=admin)} == {accusation, ordinary}
    assert [a.matter_number for a in ca.assignments_for_leader(store, "刘芳", viewer=leader)] == [ordinary]
    assert [h.assignment.matter_number for h in leader_view.leader_overview(store, "刘芳", viewer=leader).held] == [
        ordinary]
    with pytest.raises(NotFound):
        ca.assignments_for_matter(store, accusation, viewer=leader)
    with pytest.raises(NotFound):
        ca.record_progress(store, held.id, "掌握情况", "了解情况", actor=leader)
    assert {e.entity_id for e in audit.entries(store, action="event") if e.actor == "u_admin"} == {accusation, ordinary}


def test_clerk_may_not_do_leader_work(store):
    number = register(store)
    clerk = user("clerk")
    with pytest.raises(PermissionDenied):
        ca.assign(store, ca.AssignmentInput(number, "刘芳", start_on=TODAY), actor=clerk)
    held = ca.assign(store, ca.AssignmentInput(number, "刘芳", start_on=TODAY), actor="李明")
    with pytest.raises(PermissionDenied):
        ca.record_progress(store, held.id, "掌握情况", "了解情况", actor=clerk)
    with pytest.raises(PermissionDenied):
        ca.settle(store, held.id, "已化解", actor=clerk)
    with pytest.raises(PermissionDenied):
        rd.schedule(store, rd.ReceptionDayInput("陈国强", TODAY, place="镇信访接待室"), actor=clerk)
    with pytest.raises(PermissionDenied):
        field_visits.log_field_visit(store, field_visits.FieldVisitInput("陈国强", TODAY, "白鹤村", problems="渠道"),
                                     actor=clerk)


# --- 领导接访日 and 下访 ------------------------------------------------------------------------------------------------

def test_reception_days_and_field_visits_are_audited(store):
    leader = user("leader")
    day = rd.schedule(store, rd.ReceptionDayInput("陈国强", TODAY, place="镇信访接待室"), actor=leader)
    [(who, entity_id, detail)] = _actions(store, "reception_day")
    assert (who, entity_id, detail["leader"], detail["place"]) == ("u_leader", day.id, "陈国强", "镇信访接待室")
    with pytest.raises(PermissionDenied):
        rd.cancel(store, day.id, actor=user("clerk"))
    rd.cancel(store, day.id, actor=leader)
    assert [(a, b) for a, b, _ in _actions(store, "reception_day_cancel")] == [("u_leader", day.id)]
    entry = field_visits.log_field_visit(
        store, field_visits.FieldVisitInput("陈国强", TODAY, "白鹤村", problems="灌溉渠堵塞"), actor=leader)
    [(who, entity_id, detail)] = _actions(store, "field_visit")
    assert (who, entity_id, detail["village"], detail["problems"]) == ("u_leader", entry.id, "白鹤村", "灌溉渠堵塞")
    assert audit.verify(store).ok


def test_field_visit_page_hides_accusations_from_a_leader(store):
    entry = field_visits.log_field_visit(store, field_visits.FieldVisitInput("陈国强", TODAY, "白鹤村", problems="x"))
    accusation = register(store, purpose="检举控告", request="举报村干部侵占集体资金")
    field_visits.record_progress(store, entry.id, accusation, "现场了解", actor=user("admin"))
    with pytest.raises(NotFound):
        field_visits.record_progress(store, entry.id, accusation, "现场了解", actor=user("leader"))
    assert [m.number for m in field_visits.field_visit_page(store, entry.id, viewer=user("admin")).matters] == [
        accusation]
    assert field_visits.field_visit_page(store, entry.id, viewer=user("leader")).matters == []


# --- 人民调解 ------------------------------------------------------------------------------------------------------

def _open(store, actor):
    return med.open_case(store, MediationInput(parties=list(PARTIES), mediators=["张华"], applied_on=TODAY,
                                               facts="围墙越界", issues="围墙位置"), actor=actor)


def test_mediation_steps_are_checked_and_audited(store, monkeypatch):
    clerk = user("clerk")
    number = _open(store, clerk)
    med.add_session(store, number, TODAY, "背靠背调解", actor=clerk)
    med.record_agreement(store, number, AgreementInput(terms="拆除越界围墙", performance_manner="当场拆除",
                                                       performance_due=TODAY + timedelta(days=20), agreed_on=TODAY,
                                                       responsibilities="越界一方负全部责任"),
                         actor=clerk)
    med.add_followup(store, number, on=TODAY, performance="部分履行", notes="尚余一段未拆", actor=clerk)
    med.record_judicial_confirmation(store, number, on=TODAY, court="云阳县人民法院", actor=clerk)
    actions = [(e.action, e.actor, e.entity_id) for e in reversed(audit.entries(store)) if e.entity == "mediation"]
    assert actions == [(a, "u_clerk", number) for a in ("mediation_open", "mediation_session", "mediation_agreement",
                                                        "mediation_followup", "mediation_judicial")]
    [(_, _, opened)] = _actions(store, "mediation_open")
    assert ID_NUMBER not in str(opened) and opened["parties"][0]["id_number"] == "110105********002X"
    [(_, _, agreed)] = _actions(store, "mediation_agreement")
    assert agreed["changes"]["status"] == ["in_progress", "success"]
    assert agreed["changes"]["terms"] == ["", "拆除越界围墙"]

    from gazetteer_desk.domain import permissions
    monkeypatch.setitem(permissions.TABLE, "clerk", permissions.TABLE["clerk"] - {"mediation"})
    with pytest.raises(PermissionDenied):
        _open(store, clerk)
    with pytest.raises(PermissionDenied):
        med.add_session(store, number, TODAY, "再次调解", actor=clerk)
    with pytest.raises(PermissionDenied):
        med.record_judicial_confirmation(store, number, on=TODAY, actor=clerk)


def test_mediation_case_masks_parties_unless_the_viewer_may_see_them(store):
    number = _open(store, "张华")
    for viewer in (None, "张华", user("clerk")):
        detail = med.get_case(store, number, viewer=viewer)
        assert [p.id_number for p in detail.parties] == ["110105********002X", ""]
        assert [p.phone for p in detail.parties] == ["138****1111", "139****2222"]
        assert ID_NUMBER not in str(detail.case.parties) and "13800001111" not in str(detail.case.parties)
    assert audit.entries(store, action="reveal") == []
    full = med.get_case(store, number, viewer=user("leader"))
    assert full.parties[0].id_number == ID_NUMBER and full.parties[0].phone == "13800001111"
    assert _actions(store, "reveal") == [("u_leader", number, {"field": "parties"})]
    # the stored case is untouched by the masking
    assert med.get_case(store, number, viewer=user("admin")).case.parties[0]["id_number"] == ID_NUMBER


# --- the county key ------------------------------------------------------------------------------------------------

def test_county_key_needs_edit_settings_and_is_audited(store, tmp_path):
    first = age_keys.write_identity_file(tmp_path / "a.key")
    second = age_keys.write_identity_file(tmp_path / "b.key")
    with pytest.raises(PermissionDenied):
        bundle_keys.set_county_key(store, first, actor=user("clerk"))
    assert bundle_keys.county_key(store) is None
    bundle_keys.set_county_key(store, first, actor=user("admin"))
    bundle_keys.set_county_key(store, second, actor=user("admin"))
    changes = [(who, detail["changes"]["county"]) for who, _, detail in _actions(store, "county_key")]
    fp = age_keys.recipient_fingerprint
    assert changes == [("u_admin", [fp(first), fp(second)]), ("u_admin", ["", fp(first)])]
