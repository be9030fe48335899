"""A county clerk's PC whose store is on a PostgreSQL server that wants a password, and nothing in the environment
or ~/.pgpass: the window asks for it, says why when it is wrong, and opens the store once it is right."""

from gazetteer_desk.cli.main import main
from gazetteer_desk.store.location import PASSWORD_ENV
from tests.e2e.driver import Clerk, answer_passphrase, run_desk, server_password_dialog

DB_PASSWORD = "县库-db-secret-2026"
ADMIN_PASSWORD = "county-admin-2026"
ACCOUNT = {"管理员用户名": "admin", "管理员密码": ADMIN_PASSWORD, "再次输入管理员密码": ADMIN_PASSWORD}


def a_server_wanting_a_password(pg_server, role: str) -> str:
    """A role that must log in with a password over TCP (the other tests' postgres user keeps trust), and its own
    database — as the county's administrator sets one up."""
    pg_server.psql(f"CREATE ROLE {role} LOGIN PASSWORD '{DB_PASSWORD}'")
    pg_server.psql(f"CREATE DATABASE {role}_county OWNER {role}")
    hba = pg_server.folder / "data" / "pg_hba.conf"
    hba.write_text(f"host all {role} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
    pg_server.psql("SELECT pg_reload_conf()")
    return f"postgresql://{role}@127.0.0.1:{pg_server.port}/{role}_county"


def a_county_home_on_it(tmp_path, monkeypatch, url):
    """The county set up on the server by its administrator's script; then a clerk's PC with no password anywhere."""
    home = tmp_path / "county"
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("GAZETTEER_KEY_PASSPHRASE", "县信访办的密钥口令")
    monkeypatch.setenv(PASSWORD_ENV, DB_PASSWORD)  # the administrator's set-up, from a script
    assert main(["--home", str(home), "county", "init", "--county-code", "500235", "--county-name", "云阳县",
                 "--database", url]) == 0
    monkeypatch.delenv(PASSWORD_ENV)  # the clerk's PC has none
    return home


def test_the_window_asks_for_the_database_password(qtbot, tmp_path, monkeypatch, pg_server):
    home = a_county_home_on_it(tmp_path, monkeypatch, a_server_wanting_a_password(pg_server, "desk_clerk"))

    said, seen = [], {}

    def answer(password):
        def act(dialog):
            said.append(dialog.labelText())
            answer_passphrase(password)(dialog)
        return act

    clerk = (Clerk().then("数据库密码（错）", server_password_dialog, answer("not the password"))
             .then("数据库密码", server_password_dialog, answer(DB_PASSWORD))
             .fill_wizard(ACCOUNT).log_in("admin", ADMIN_PASSWORD)
             .at_window(lambda window: seen.update(title=window.windowTitle())))
    code = run_desk(clerk, "--home", str(home))
    assert not clerk.failure, clerk.failure
    assert code == 0 and seen["title"] == "信访接待台 — 云阳县信访办（500235）"
    assert len(said) == 2 and all("用户 desk_clerk 的密码" in text for text in said)
    assert said[0].startswith("县级数据库要求输入密码。") and said[1].startswith("密码不正确")
    assert DB_PASSWORD not in (home / "database.json").read_text()


def test_cancelling_the_password_question_ends_the_start_cleanly(qtbot, tmp_path, monkeypatch, pg_server):
    home = a_county_home_on_it(tmp_path, monkeypatch, a_server_wanting_a_password(pg_server, "second_clerk"))

    clerk = Clerk().then("数据库密码", server_password_dialog, lambda dialog: dialog.reject())
    clerk.then("无法打开数据库", lambda: _message_box(), lambda box: box.accept())
    code = run_desk(clerk, "--home", str(home))
    assert not clerk.failure, clerk.failure
    assert code != 0


def _message_box():
    from tests.e2e.driver import message_box

    return message_box()
