"""Villages, staff and leaders after set-up: added, renamed, retired — old records keep them, new ones don't offer them."""

import json

import pytest

from gazetteer_desk.cli.main import main
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.setup import directory, setup
from gazetteer_desk.services.matters import matters
from gazetteer_desk.services.core.authz import PermissionDenied
from gazetteer_desk.services.matters.registration import RegistrationInput, register

from tests.conftest import ADMIN_PASSWORD


def names(store, kind, **kw):
    return [e.name for e in directory.entries(store, kind, **kw)]


def test_a_new_village_gets_the_next_code_and_is_offered(store, admin_user):
    entry = directory.add(store, admin_user, "village", " 新华社区 ")
    assert entry.name == "新华社区" and entry.code == "500235101005"
    assert "新华社区" in [v.name for v in setup.villages(store)]
    number = register(store, RegistrationInput(name="王伟", request="路灯", village="新华社区")).number
    assert matters.get_matter(store, number).matter.village_code == "500235101005"


def test_a_retired_village_stays_on_its_matters_but_is_not_offered(store, admin_user):
    number = register(store, RegistrationInput(name="王伟", request="修路", village="石门村")).number
    directory.retire(store, admin_user, "village", "石门村")
    assert "石门村" not in [v.name for v in setup.villages(store)]
    assert "石门村" in [v.name for v in setup.villages(store, include_retired=True)]
    assert matters.get_matter(store, number).matter.village_name == "石门村"
    with pytest.raises(DeskError, match="已停用"):
        register(store, RegistrationInput(name="吴敏", request="修路", village="石门村"))
    directory.reinstate(store, admin_user, "village", "石门村")
    assert "石门村" in names(store, "village", include_retired=False)


def test_renaming_keeps_old_matters_and_refuses_a_duplicate(store, admin_user):
    number = register(store, RegistrationInput(name="王伟", request="修路", village="白鹤村")).number
    renamed = directory.rename(store, admin_user, "village", "白鹤村", "白鹤社区")
    assert renamed.code == "500235101002"
    assert matters.get_matter(store, number).matter.village_name == "白鹤村"
    with pytest.raises(DeskError, match="已在名单中"):
        directory.rename(store, admin_user, "village", "白鹤社区", "青龙村")
    renames = audit.entries(store, action="village_rename")
    assert len(renames) == 1 and renames[0].actor == "admin"


def test_staff_and_leaders_are_retired_and_a_leader_can_change_post(store, admin_user):
    directory.add(store, admin_user, "staff", "周杰")
    directory.retire(store, admin_user, "staff", "张华")
    assert [s.name for s in setup.staff(store) if not s.is_leader] == ["李明", "周杰"]
    directory.rename(store, admin_user, "leader", "刘芳", "刘芳", post="党委副书记")
    directory.retire(store, admin_user, "leader", "陈国强")
    leaders = directory.entries(store, "leader")
    assert [(e.name, e.post, e.active) for e in leaders] == [("陈国强", "党委书记", False), ("刘芳", "党委副书记", True)]
    assert [s.name for s in setup.staff(store, leaders_only=True)] == ["刘芳"]
    with pytest.raises(DeskError, match="已停用"):
        directory.retire(store, admin_user, "leader", "陈国强")


def test_only_roles_that_edit_settings_may_change_the_directory(store, clerk_user):
    with pytest.raises(PermissionDenied):
        directory.add(store, clerk_user, "village", "新村")
    assert "新村" not in names(store, "village")


def test_blank_and_unknown_names_get_a_clear_message(store, admin_user):
    with pytest.raises(DeskError, match="请填写村（社区）名称"):
        directory.add(store, admin_user, "village", "  ")
    with pytest.raises(DeskError, match="找不到接待人“王五”"):
        directory.retire(store, admin_user, "staff", "王五")


@pytest.fixture
def cli(home, store, capsys):
    def run(*args):
        code = main(["--home", str(home), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_the_command_line_adds_renames_retires_and_lists(cli):
    assert cli("directory", "village", "add", "新华社区")[0] == 0
    code, out, _ = cli("directory", "village", "rename", "新华社区", "新华村")
    assert code == 0 and "新华村" in out
    code, out, _ = cli("directory", "village", "retire", "石门村")
    assert code == 0 and "已停用" in out
    code, out, _ = cli("directory", "village", "list", "--json")
    assert [v["name"] for v in json.loads(out)] == ["青龙村", "白鹤村", "柳树社区", "新华村"]
    code, out, _ = cli("directory", "village", "list", "--all")
    assert "石门村" in out and "已停用" in out
    code, out, _ = cli("directory", "leader", "add", "孙丽", "--post", "副镇长")
    assert code == 0 and "副镇长" in out
    code, out, _ = cli("directory", "staff", "list", "--json")
    assert [s["name"] for s in json.loads(out)] == ["李明", "张华"]


def test_the_command_line_refuses_with_clear_exit_codes(cli, admin_user, monkeypatch):
    # with accounts, the desk's least role may not edit settings: --as names an account that may
    code, _, err = cli("directory", "village", "add", "新村")
    assert code == 5 and "--as" in err
    monkeypatch.setenv("GAZETTEER_DESK_PASSWORD", ADMIN_PASSWORD)
    code, _, err = cli("--as", "admin", "directory", "staff", "retire", "王五")
    assert code == 3 and "找不到接待人“王五”" in err
    code, _, err = cli("--as", "admin", "directory", "village", "add")
    assert code == 2 and "请给出村（社区）的名称" in err
    code, out, _ = cli("--as", "admin", "directory", "village", "add", "新村")
    assert code == 0 and "新村" in out


def test_the_wizard_revision_follows_the_pages_and_keeps_the_codes(store):
    data = setup.TownshipSetup(township_code="500235101", township_name="双江镇", county_name="云阳县",
                               address="双江镇政府一楼", phone="023-55000000", villages=["青龙村", "新华村"],
                               staff=["李明"], leaders=[("刘芳", "党委书记"), ("孙丽", "副镇长")])
    setup.revise_township(store, data)
    assert setup.township(store).phone == "023-55000000"
    assert names(store, "village", include_retired=False) == ["青龙村", "新华村"]
    assert directory.entries(store, "village")[-1].code == "500235101005"
    assert names(store, "staff", include_retired=False) == ["李明"]
    assert [(e.name, e.post) for e in directory.entries(store, "leader", include_retired=False)] == [
        ("刘芳", "党委书记"), ("孙丽", "副镇长")]
    with pytest.raises(DeskError, match="不能再修改"):
        setup.revise_township(store, setup.TownshipSetup(township_code="500235102", township_name="双江镇"))
