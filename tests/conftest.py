"""Shared fixtures: every test gets its own real store in a temporary home; Qt runs offscreen."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from gazetteer_desk.services.accounts import accounts
from gazetteer_desk.services.setup import setup  # noqa: E402

VILLAGES = ("青龙村", "白鹤村", "柳树社区", "石门村")
STAFF = ("李明", "张华")
LEADERS = (("陈国强", "党委书记"), ("刘芳", "镇长"))


@pytest.fixture
def home(tmp_path):
    return tmp_path / "home"


@pytest.fixture
def store(home):
    """An initialised township store with villages, clerks and two leaders."""
    store = setup.init_township(
        home,
        setup.TownshipSetup(
            township_code="500235101", township_name="双江镇", county_code="500235", county_name="云阳县",
            address="双江镇政府一楼信访接待室", phone="023-55123456", villages=VILLAGES, staff=STAFF, leaders=LEADERS,
        ),
    )
    yield store
    store.close()


@pytest.fixture
def today():
    return date.today()


ADMIN_PASSWORD = "shuangjiang-admin-24"
CLERK_PASSWORD = "window-clerk-2024"


@pytest.fixture
def admin_user(store):
    """The township's first 管理员 (staff member 李明), created as the wizard creates it."""
    return accounts.create_first_admin(store, "admin", ADMIN_PASSWORD, staff_name="李明")


@pytest.fixture
def clerk_user(store, admin_user):
    """A 接待员 account (staff member 张华), its first password already changed, signed in."""
    accounts.create_account(store, admin_user, "zhanghua", "clerk", "temporary-12345", staff_name="张华")
    accounts.change_password(store, "zhanghua", "temporary-12345", CLERK_PASSWORD)
    return accounts.login(store, "zhanghua", CLERK_PASSWORD)


# GUI tests: a private settings folder per test (font scale, clerk, column widths never leak between tests)
@pytest.fixture(autouse=True)
def quick_sealed_keys(monkeypatch):
    """Keys sealed in tests cost scrypt 2^14 instead of 2^17: the file records its own cost, so opening works the
    same; only the seconds a real desk spends per key are saved. The passphrase comes from no environment."""
    from gazetteer_desk.formats import sealed_key

    monkeypatch.setattr(sealed_key, "WORK_FACTOR", 14)
    monkeypatch.delenv("GAZETTEER_KEY_PASSPHRASE", raising=False)


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.IniFormat)
    # QSettings(organisation, application) is NativeFormat: without its own path it reads the user's real settings
    for settings_format in (QSettings.IniFormat, QSettings.NativeFormat):
        QSettings.setPath(settings_format, QSettings.UserScope, str(tmp_path / "qsettings"))
    yield


def open_desk(qtbot, store, user):
    from gazetteer_desk.gui.app import build_main_window, create_app

    create_app([])
    window = build_main_window(store, user)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def desk(qtbot, store, admin_user):
    """The main window over the test store, signed in as the administrator; its runner drained at the end."""
    window = open_desk(qtbot, store, admin_user)
    yield window
    window.ctx.runner.wait()


@pytest.fixture
def clerk_desk(qtbot, store, clerk_user):
    """The main window signed in as a 接待员."""
    window = open_desk(qtbot, store, clerk_user)
    yield window
    window.ctx.runner.wait()


# --- the county store on both backends ------------------------------------------------------------------------------

BOTH_STORES = pytest.mark.parametrize("county_store", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def pg_server():
    """One throwaway PostgreSQL server for the run (started only when a test asks for it). It must start: a missing
    package fails these tests loudly rather than skipping them."""
    from tests import pg_server as server_module

    try:
        server = server_module.start()
    except RuntimeError as error:
        pytest.fail(f"PostgreSQL test server unavailable: {error}", pytrace=False)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server, tmp_path_factory):
    """A database migrated to the head once; each test's database is copied from it (CREATE DATABASE … TEMPLATE)."""
    from gazetteer_desk.store.location import save_server_url
    from gazetteer_desk.store.migrate import open_store

    pg_server.psql("CREATE DATABASE gd_template")
    home = tmp_path_factory.mktemp("pg-template")
    save_server_url(home, pg_server.url("gd_template"))
    open_store(home, create=True).close()
    return "gd_template"


def new_database(server, template: str):
    import uuid

    name = "t_" + uuid.uuid4().hex[:16]
    server.psql(f"CREATE DATABASE {name} TEMPLATE {template}")
    yield server.url(name)
    server.psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_database(pg_server, pg_template) -> str:
    """The address of a fresh, migrated database of this test's own."""
    yield from new_database(pg_server, pg_template)


@pytest.fixture
def pg_empty_database(pg_server) -> str:
    """The address of a new, empty database of this test's own (as an administrator creates one for the county)."""
    yield from new_database(pg_server, "template1")


@pytest.fixture
def county_store(request) -> str | None:
    """``sqlite`` (default) or ``postgresql`` (tests marked with :data:`BOTH_STORES`): the county store's address,
    None for the SQLite file in the home."""
    if getattr(request, "param", "sqlite") == "postgresql":
        return request.getfixturevalue("pg_database")
    return None


# The builds go first: run under pytest-xdist (./desk test), each starts at once on a worker of its own while the other
# worker runs the rest of the suite, instead of queuing behind it for minutes at the end.
SLOWEST_FIRST = (
    "tests/packaging/test_windows_installer.py",
    "tests/packaging/test_frozen_build.py",
)


def pytest_collection_modifyitems(config, items):
    def rank(item):
        module = item.nodeid.split("::", 1)[0]
        return SLOWEST_FIRST.index(module) if module in SLOWEST_FIRST else len(SLOWEST_FIRST)

    items.sort(key=rank)  # stable: the rest keeps its order
