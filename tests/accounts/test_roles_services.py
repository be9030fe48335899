"""Each role sees and does exactly what the table allows, driven through the services."""

import pytest

from gazetteer_desk.domain import permissions
from gazetteer_desk.errors import NotFound
from gazetteer_desk.services.accounts import accounts, backup
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.matters import listing, matters, privacy, registration, search
from gazetteer_desk.services.core.authz import PermissionDenied

from tests.accounts.helpers import ID_NUMBER, PHONE, register, user

ROLES = list(permissions.ROLES)


def _allowed(role, permission):
    return permissions.can(role, permission)


@pytest.mark.parametrize("role", ROLES)
def test_register(store, role):
    data = registration.RegistrationInput(name="赵强", request="宅基地纠纷", village="白鹤村")
    if _allowed(role, "register"):
        assert registration.register(store, data, actor=user(role)).number
    else:
        with pytest.raises(PermissionDenied):
            registration.register(store, data, actor=user(role))


@pytest.mark.parametrize("role", ROLES)
def test_act_and_satisfaction(store, role):
    number = register(store)
    if _allowed(role, "act"):
        assert matters.take_action(store, number, "accept", actor=user(role)).matter.status != "registered"
    else:
        with pytest.raises(PermissionDenied):
            matters.take_action(store, number, "accept", actor=user(role))


@pytest.mark.parametrize("role", ROLES)
def test_reveal_full_id_number(store, role):
    number = register(store)
    if _allowed(role, "view_full_id"):
        assert privacy.reveal_id_number(store, user(role), number) == ID_NUMBER
        assert privacy.reveal_phone(store, user(role), number) == PHONE
        reveals = audit.entries(store, action="reveal")
        assert [(e.actor, e.entity_id, e.detail["field"]) for e in reveals] == [
            (f"u_{role}", number, "phone"), (f"u_{role}", number, "id_number")]
    else:
        with pytest.raises(PermissionDenied):
            privacy.reveal_id_number(store, user(role), number)
        assert audit.entries(store, action="reveal") == []


@pytest.mark.parametrize("role", ROLES)
def test_accusations_in_search_list_and_page(store, role):
    ordinary = register(store, name="王伟", request="村道损坏，请求修复")
    accusation = register(store, name="王伟", purpose="检举控告", request="举报村干部侵占集体资金")
    viewer = user(role)
    found = {r.number for r in privacy.search_for(store, viewer, "王伟")}
    listed = {r.number for r in privacy.fetch_page_for(store, viewer, listing.MatterFilter())}
    assert privacy.count_for(store, viewer, listing.MatterFilter()) == len(listed)
    if _allowed(role, "view_accusation"):
        assert found == listed == {ordinary, accusation}
        assert matters.get_matter(store, accusation, viewer=viewer).matter.purpose == "检举控告"
    else:
        assert found == listed == {ordinary}
        assert {r.number for r in privacy.search_for(store, viewer, "侵占集体资金")} == set()
        with pytest.raises(NotFound):
            privacy.matter_page(store, viewer, accusation)
        if _allowed(role, "act"):
            with pytest.raises(NotFound):
                matters.take_action(store, accusation, "accept", actor=viewer)


@pytest.mark.parametrize("role", ROLES)
def test_manage_accounts(store, role):
    accounts.create_first_admin(store, "admin", "Qingl0ng-admin")
    if _allowed(role, "manage_accounts"):
        made = accounts.create_account(store, user(role), "zhanghua", "clerk", "chushi-mima1")
        assert made.must_change_password
    else:
        with pytest.raises(PermissionDenied):
            accounts.create_account(store, user(role), "zhanghua", "clerk", "chushi-mima1")
        assert [a.username for a in accounts.list_accounts(store)] == ["admin"]


@pytest.mark.parametrize("role", ROLES)
def test_view_audit(store, role):
    register(store)
    if _allowed(role, "view_audit"):
        assert [e.action for e in audit.entries(store, viewer=user(role))] == ["register"]
    else:
        with pytest.raises(PermissionDenied):
            audit.entries(store, viewer=user(role))


@pytest.mark.parametrize("role", ROLES)
def test_backup_and_restore(store, role, tmp_path):
    if _allowed(role, "backup"):
        made = backup.backup_to(store, tmp_path, actor=user(role))
        assert made.exists()
    else:
        with pytest.raises(PermissionDenied):
            backup.backup_to(store, tmp_path, actor=user(role))
        assert list(tmp_path.glob("*.sqlite")) == []
        made = backup.backup_to(store, tmp_path / "system.sqlite")
    if _allowed(role, "restore"):
        backup.restore(store, made, actor=user(role)).close()
    else:
        with pytest.raises(PermissionDenied):
            backup.restore(store, made, actor=user(role))


def test_clerk_lists_never_show_a_full_id_number_or_phone(store):
    for n in range(3):
        register(store, request=f"村道损坏，请求修复{n}")
    clerk = user("clerk")
    rows = privacy.fetch_page_for(store, clerk, listing.MatterFilter()) + privacy.search_for(store, clerk, ID_NUMBER)
    assert rows
    for row in rows:
        assert row.id_number == "110105********002X"
        assert row.phone == "138****5678"
        assert ID_NUMBER not in repr(row) and PHONE not in repr(row)
    page = privacy.matter_page(store, clerk, rows[0].number)
    assert page.petitioner.id_number == "110105********002X" and page.petitioner.phone == "138****5678"
    # the full number found by search still finds the person; only its display is masked
    assert search.search(store, ID_NUMBER)[0].id_number == ID_NUMBER


def test_plain_string_actor_keeps_working_unchecked(store):
    number = register(store, actor="李明")
    matters.take_action(store, number, "accept", actor="李明")
    matters.add_event(store, number, "print_receipt", "打印回执", actor="李明")
    assert [e.action for e in audit.entries(store)] == ["print", "act", "register"]
    with pytest.raises(PermissionDenied):  # revealing a number needs a signed-in user
        privacy.reveal_id_number(store, "李明", number)
