"""The township's signing key and the county's keys at rest: sealed with the key passphrase set at set-up, opened
only with it; a wrong passphrase writes nothing; stores with plain keys keep working and can be sealed."""

import re
import stat

import pytest

from gazetteer_desk.cli.main import main
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.sync import bundle_export, bundle_import, bundle_keys, county, down_keys, key_store

from tests.sync.conftest import answer_passphrase, dump, make_township, petition

PASS = "高阳镇的密钥口令2026"
COUNTY_PASS = "云阳县信访办口令!"


@pytest.fixture
def sealed(tmp_path):
    identity = county.init_county(tmp_path / "county", "500235", "云阳县", COUNTY_PASS)
    town = make_township(tmp_path / "town", "500235101", "双江镇")
    bundle_keys.create_township_keys(town, PASS, PASS)
    bundle_keys.set_county_key(town, identity.public_key)
    bundle_keys.write_public_key(town, tmp_path / "t.pub")
    county.add_township(identity.store, "500235101", "双江镇", tmp_path / "t.pub")
    stick = tmp_path / "stick"
    stick.mkdir()
    yield identity.store, town, stick
    identity.store.close()
    town.close()


def test_keys_made_at_set_up_are_sealed_and_show_their_public_half(sealed):
    county_store, town, _stick = sealed
    for store, names in ((town, {"township.minisign.key", "township.age.key"}),
                         (county_store, {"county.key", "county.minisign.key"})):
        paths = key_store.secret_key_paths(store.home)
        assert {p.name for p in paths} == names
        for path in paths:
            data = path.read_bytes()
            assert data.startswith(b"gazetteer-desk sealed key v1\n")
            assert b"AGE-SECRET-KEY" not in data.upper() and b"minisign secret key" not in data
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert key_store.plain_keys(store.home) == []
    # fingerprints and recipients are read without the passphrase
    assert bundle_keys.own_public_key(town).fingerprint
    assert down_keys.township_recipient(town).public_key.startswith("age1")


def test_export_and_import_need_the_passphrase_and_a_wrong_one_writes_nothing(sealed):
    county_store, town, stick = sealed
    petition(town, "王秀英")
    with pytest.raises(key_store.PassphraseNeeded, match="请输入密钥口令"):
        bundle_export.export_bundle(town, stick, "2026-11")
    before = dump(town)
    with pytest.raises(DeskError, match="密钥口令不正确，未做任何更改"):
        bundle_export.export_bundle(town, stick, "2026-11", passphrase="not the passphrase")
    assert dump(town) == before and list(stick.iterdir()) == []

    result = bundle_export.export_bundle(town, stick, "2026-11", passphrase=PASS)
    county_before = dump(county_store)
    with pytest.raises(DeskError, match="密钥口令不正确"):
        bundle_import.import_bundles(county_store, [result.bundle_path], passphrase=PASS)  # the township's
    assert dump(county_store) == county_before
    imported = bundle_import.import_bundles(county_store, [result.bundle_path], passphrase=COUNTY_PASS)
    assert imported.exit_code == 0 and imported.reports[0].status == "imported"


def test_a_set_up_passphrase_must_be_long_enough_and_typed_twice_alike(tmp_path):
    town = make_township(tmp_path / "town", "500235101", "双江镇")
    try:
        with pytest.raises(DeskError, match="至少 8 个字符"):
            bundle_keys.create_township_keys(town, "short", "short")
        with pytest.raises(DeskError, match="两次输入的密钥口令不一致"):
            bundle_keys.create_township_keys(town, PASS, PASS + "x")
        assert key_store.secret_key_paths(town.home) == []
    finally:
        town.close()


def test_plain_keys_of_an_older_store_keep_working_and_are_sealed_all_at_once(tmp_path):
    town = make_township(tmp_path / "town", "500235101", "双江镇")
    try:
        fingerprint = bundle_keys.own_public_key(town).fingerprint  # made plain, as before keys were sealed
        recipient = down_keys.township_recipient(town).public_key
        assert len(key_store.plain_keys(town.home)) == 2 and not key_store.sealed(town.home)
        with pytest.raises(DeskError, match="至少 8 个字符"):
            key_store.protect(town, "1234")
        assert len(key_store.plain_keys(town.home)) == 2

        done = key_store.protect(town, PASS, PASS)
        assert {p.name for p in done} == {"township.minisign.key", "township.age.key"}
        assert key_store.plain_keys(town.home) == [] and key_store.sealed(town.home)
        assert not list((town.home / "keys").glob("*.sealing"))
        assert bundle_keys.own_public_key(town).fingerprint == fingerprint  # the same keys, now sealed
        assert down_keys.township_recipient(town).public_key == recipient
        assert bundle_keys.ensure_signing_key(town, PASS).public_key.key_id.hex()
        [entry] = audit.entries(town, action="keys_protected")
        assert "township.minisign.key" in entry.detail["files"]
        with pytest.raises(DeskError, match="都已用口令保护"):
            key_store.protect(town, PASS, PASS)
    finally:
        town.close()


def _run(home, *args) -> int:
    return main(["--home", str(home), *args])


def test_the_command_line_takes_the_passphrase_from_the_environment_only(tmp_path, monkeypatch, capsys):
    home = tmp_path / "town"
    init = ["init", "--township-code", "500235101", "--township-name", "双江镇"]
    assert _run(home, *init) == 2  # no terminal to type it at and no environment: nothing is made
    assert "GAZETTEER_KEY_PASSPHRASE" in capsys.readouterr().err and not (home / "desk.sqlite").exists()
    monkeypatch.setenv("GAZETTEER_KEY_PASSPHRASE", "short")
    assert _run(home, *init) == 2
    assert "至少 8 个字符" in capsys.readouterr().err and not (home / "desk.sqlite").exists()

    monkeypatch.setenv("GAZETTEER_KEY_PASSPHRASE", PASS)
    assert _run(home, *init) == 0
    assert "签名密钥已用密钥口令加密保存" in capsys.readouterr().out
    assert _run(home, "keys", "status") == 0
    assert "township.minisign.key  已用口令加密保存" in capsys.readouterr().out
    county_home = tmp_path / "county"
    monkeypatch.setenv("GAZETTEER_KEY_PASSPHRASE", COUNTY_PASS)
    assert _run(county_home, "county", "init", "--county-code", "500235") == 0
    county_key = re.search(r"age1[0-9a-z]+", capsys.readouterr().out).group()
    assert _run(home, "bundle", "county-key", county_key) == 0

    stick = tmp_path / "stick"
    stick.mkdir()
    assert _run(home, "bundle", "export", "--out", str(stick), "--period", "2026-11") == 2  # the county's passphrase
    assert "密钥口令不正确，未做任何更改" in capsys.readouterr().err and list(stick.iterdir()) == []
    monkeypatch.delenv("GAZETTEER_KEY_PASSPHRASE")
    assert _run(home, "bundle", "export", "--out", str(stick), "--period", "2026-11") == 2
    assert "已用口令保护" in capsys.readouterr().err and list(stick.iterdir()) == []
    monkeypatch.setenv("GAZETTEER_KEY_PASSPHRASE", PASS)
    assert _run(home, "bundle", "export", "--out", str(stick), "--period", "2026-11") == 0
    assert "已导出第1号数据包" in capsys.readouterr().out


def test_keys_protect_on_the_command_line(tmp_path, monkeypatch, capsys):
    town = make_township(tmp_path / "town", "500235101", "双江镇")
    bundle_keys.own_public_key(town)
    town.close()
    assert _run(tmp_path / "town", "keys", "status") == 1
    assert "未加密" in capsys.readouterr().out
    assert _run(tmp_path / "town", "keys", "protect") == 2
    assert "GAZETTEER_KEY_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv("GAZETTEER_KEY_PASSPHRASE", PASS)
    assert _run(tmp_path / "town", "keys", "protect") == 0
    assert "已用密钥口令加密保存：township.minisign.key" in capsys.readouterr().out
    assert _run(tmp_path / "town", "keys", "status") == 0


# --- the window: the 同步 page and the county page ask for the passphrase ------------------------------------------

def test_the_sync_page_asks_for_the_passphrase_and_a_wrong_one_exports_nothing(sealed, qtbot):
    from gazetteer_desk.gui.sync.county_view import CountyPage
    from gazetteer_desk.gui.sync.sync_view import SyncPage

    county_store, town, stick = sealed
    petition(town, "王秀英")
    page = SyncPage(town)
    qtbot.addWidget(page)
    assert page.protect_button.isHidden() and page.protection.isHidden()  # sealed: nothing to offer
    page.period_edit.setText("2026-11")

    asked = answer_passphrase(None)
    page.export_to(stick)  # 取消 at the question: nothing starts
    assert asked and "签名密钥" in asked[0] and list(stick.iterdir()) == [] and page.exports_table.rowCount() == 0

    answer_passphrase("not the passphrase")
    with qtbot.waitSignal(page.export_failed, timeout=20000) as failed:
        page.export_to(stick)
    assert "密钥口令不正确" in failed.args[0] and page.status.property("role") == "problem"
    assert list(stick.iterdir()) == []

    answer_passphrase(PASS)
    with qtbot.waitSignal(page.exported, timeout=20000) as done:
        page.export_to(stick)
    assert done.args[0].sequence == 1 and "✓ 已导出第1号数据包" in page.status.text()

    view = CountyPage(county_store)
    qtbot.addWidget(view)
    asked = answer_passphrase(COUNTY_PASS)
    with qtbot.waitSignal(view.imported, timeout=20000):
        view.import_files([done.args[0].bundle_path])
    assert "县信访办的私钥" in asked[0] and view.report_table.item(0, 4).text() == "已导入"


def test_the_sync_page_offers_to_seal_plain_keys(tmp_path, qtbot):
    from gazetteer_desk.gui.sync.sync_view import SyncPage

    town = make_township(tmp_path / "town", "500235101", "双江镇")
    try:
        page = SyncPage(town)  # an older store: its signing key is made plain, as before
        qtbot.addWidget(page)
        page.show()
        assert page.protect_button.isVisible() and "尚未加密保存" in page.protection.text()
        answer_passphrase("short", "short")
        page.protect_keys()
        assert "至少 8 个字符" in page.status.text() and key_store.plain_keys(town.home)
        answer_passphrase(PASS, PASS)
        page.protect_keys()
        assert "✓ 已用密钥口令加密保存" in page.status.text()
        assert key_store.plain_keys(town.home) == [] and not page.protect_button.isVisible()
    finally:
        town.close()


def test_the_passphrase_can_be_changed_and_an_interrupted_change_finished(sealed, monkeypatch, capsys):
    county_store, town, stick = sealed
    new = "新的乡镇密钥口令-2027"
    with pytest.raises(DeskError, match="密钥口令不正确"):
        key_store.change_passphrase(town, "wrong passphrase", new, new)
    bundle_keys.ensure_signing_key(town, PASS)  # unchanged
    # interrupted after the first rename: one key has the new passphrase, the other still the old one
    signing = bundle_keys.signing_key_path(town.home)
    key_store._reseal([(signing, key_store._open(signing, PASS))], new)
    done = key_store.change_passphrase(town, PASS, new, new)
    assert [p.name for p in done] == ["township.age.key"]
    with pytest.raises(DeskError, match="密钥口令不正确"):
        bundle_keys.ensure_signing_key(town, PASS)
    bundle_keys.ensure_signing_key(town, new)
    down_keys.township_identities(town, new)
    [entry] = audit.entries(town, action="keys_passphrase")
    assert entry.detail["files"] == ["township.age.key"]

    home = county_store.home
    county_store.close()
    monkeypatch.setenv("GAZETTEER_KEY_PASSPHRASE", COUNTY_PASS)
    monkeypatch.setenv("GAZETTEER_NEW_KEY_PASSPHRASE", "县信访办新口令-2027")
    assert main(["--home", str(home), "keys", "passphrase"]) == 0
    assert "已更改密钥口令：county.key、county.minisign.key" in capsys.readouterr().out
    monkeypatch.setenv("GAZETTEER_KEY_PASSPHRASE", COUNTY_PASS)
    assert main(["--home", str(home), "county", "import", str(stick / "none.gdb.age")]) == 2
    assert "密钥口令不正确" in capsys.readouterr().err  # the old one no longer opens the county's identity


def test_the_passphrase_is_changed_from_the_sync_pages(sealed, qtbot):
    from gazetteer_desk.gui.sync.county_view import CountyPage
    from gazetteer_desk.gui.sync.sync_view import SyncPage

    county_store, town, _stick = sealed
    page = SyncPage(town)
    qtbot.addWidget(page)
    page.show()
    assert page.change_passphrase_button.isVisible()  # sealed keys: a passphrase to change
    new = "新的乡镇密钥口令-2027"
    asked = answer_passphrase("wrong passphrase", new, new)
    page.change_passphrase()
    assert asked[0] == "现在的密钥口令：" and "未更改密钥口令：密钥口令不正确" in page.status.text()
    assert page.status.property("role") == "problem"
    bundle_keys.ensure_signing_key(town, PASS)  # a wrong present passphrase changed nothing
    answer_passphrase(PASS, None)  # 取消 at the new one: nothing changes, nothing said
    page.change_passphrase()
    bundle_keys.ensure_signing_key(town, PASS)
    answer_passphrase(PASS, new, new)
    page.change_passphrase()
    assert "✓ 已更改密钥口令，2个私钥已用新口令加密保存" in page.status.text()
    bundle_keys.ensure_signing_key(town, new)
    with pytest.raises(DeskError, match="密钥口令不正确"):
        bundle_keys.ensure_signing_key(town, PASS)

    view = CountyPage(county_store)
    qtbot.addWidget(view)
    view.show()
    assert view.change_passphrase_button.isVisible()
    answer_passphrase(COUNTY_PASS, "县信访办新口令-2027", "县信访办新口令-2027")
    view.change_passphrase()
    assert "✓ 已更改密钥口令" in view.summary.text()
    assert [e.actor for e in audit.entries(county_store, action="keys_passphrase")] == [""]


def test_plain_keys_offer_no_passphrase_to_change(tmp_path, qtbot):
    from gazetteer_desk.gui.sync.sync_view import SyncPage

    town = make_township(tmp_path / "town", "500235101", "双江镇")
    try:
        page = SyncPage(town)
        qtbot.addWidget(page)
        page.show()
        assert page.protect_button.isVisible() and not page.change_passphrase_button.isVisible()
    finally:
        town.close()
