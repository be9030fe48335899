"""The program as a clerk starts it: ``gazetteer-desk`` with no command opens the window; nothing of ours replaced."""

from gazetteer_desk.cli.main import main
from gazetteer_desk.services.accounts import accounts
from gazetteer_desk.services.sync import bundle_keys, county, down_keys
from gazetteer_desk.store.migrate import open_store
from tests.e2e.driver import Clerk, run_desk

ADMIN_PASSWORD = "gaoyang-admin-2026"
SETUP_ANSWERS = {
    "乡镇（街道）名称": "高阳镇", "乡镇区划代码": "500235101", "县（区）名称": "云阳县",
    "接待场所地址": "高阳镇人民政府一楼", "接待电话": "023-55123456", "村（社区）名称列表": "青龙村\n白鹤村",
    "接待工作人员姓名": "张华\n李明", "管理员用户名": "admin", "管理员密码": ADMIN_PASSWORD,
    "再次输入管理员密码": ADMIN_PASSWORD, "密钥口令": "gaoyang-keys-2026", "再次输入密钥口令": "gaoyang-keys-2026",
}


def test_first_start_walks_the_wizard_then_logs_in_to_the_desk(qtbot, tmp_path):
    home = tmp_path / "home"
    seen = {}

    def look(window):
        seen.update(title=window.windowTitle(), user=window.user_status.text())

    # the county's two keys, as its office hands them out: the age recipient and the key line of county.pub
    office = county.init_county(tmp_path / "county", "500235", "云阳县")
    signing = down_keys.write_county_public_key(office.store, tmp_path / "county.pub")
    office.store.close()
    answers = {**SETUP_ANSWERS, "县信访办公钥": office.public_key,
               "县信访办签名公钥": signing.text.splitlines()[-1]}
    clerk = Clerk().fill_wizard(answers).log_in("admin", ADMIN_PASSWORD).at_window(look)
    code = run_desk(clerk, "--home", str(home))
    assert not clerk.failure, clerk.failure
    assert code == 0
    assert seen["title"] == "信访接待台 — 高阳镇（500235101）"
    assert "admin" in seen["user"]
    store = open_store(home)
    try:
        assert accounts.login(store, "admin", ADMIN_PASSWORD).role == "admin"
        assert bundle_keys.county_key(store).fingerprint == office.fingerprint
        assert down_keys.county_signer(store).fingerprint == signing.fingerprint
    finally:
        store.close()


def test_a_later_start_logs_in_with_the_forced_password_change(qtbot, tmp_path, monkeypatch, capsys):
    home = tmp_path / "home"
    monkeypatch.setenv("GAZETTEER_KEY_PASSPHRASE", "gaoyang-keys-2026")  # the keys are sealed at set-up
    assert main(["--home", str(home), "init", "--township-code", "500235101", "--township-name", "高阳镇",
                 "--villages", "青龙村,白鹤村", "--staff", "张华,李明"]) == 0
    monkeypatch.setattr("sys.stdin", _lines(ADMIN_PASSWORD))
    assert main(["--home", str(home), "account", "add", "admin", "--password-stdin"]) == 0
    monkeypatch.setenv("GAZETTEER_DESK_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setattr("sys.stdin", _lines("first-day-123"))
    assert main(["--home", str(home), "--as", "admin", "account", "add", "zhanghua", "--staff", "张华",
                 "--password-stdin"]) == 0
    capsys.readouterr()
    seen = {}

    clerk = (Clerk().log_in("zhanghua", "first-day-123").change_password("my-own-secret-9")
             .at_window(lambda w: seen.update(user=w.user_status.text())))
    assert run_desk(clerk, "--home", str(home)) == 0
    assert not clerk.failure, clerk.failure
    assert "zhanghua" in seen["user"] and "接待员" in seen["user"]
    # the new password is the one that counts now
    store = open_store(home)
    try:
        assert not accounts.login(store, "zhanghua", "my-own-secret-9").must_change_password
    finally:
        store.close()


def _lines(*lines):
    import io

    return io.StringIO("".join(line + "\n" for line in lines))


def test_a_first_start_that_leaves_the_key_passphrase_for_later_still_reaches_the_desk(qtbot, tmp_path):
    """The clerk who skips the passphrase (and the county's keys) finishes set-up and works; the keys stay plain until
    the 同步 page or `keys protect` seals them."""
    from gazetteer_desk.services.sync import key_store

    home = tmp_path / "home"
    answers = {k: v for k, v in SETUP_ANSWERS.items() if "密钥口令" not in k}
    seen = {}
    clerk = Clerk().fill_wizard(answers).log_in("admin", ADMIN_PASSWORD).at_window(
        lambda window: seen.update(title=window.windowTitle()))
    code = run_desk(clerk, "--home", str(home))
    assert not clerk.failure, clerk.failure
    assert code == 0 and seen["title"] == "信访接待台 — 高阳镇（500235101）"
    assert not key_store.sealed(home) and key_store.plain_keys(home)
