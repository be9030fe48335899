"""The monthly bundle and a receipt, run as whole commands through the real entry point on a SQLite store, load
neither SQLAlchemy nor sqlmodel nor pydantic: the store's raw face serves them (their speed as fresh processes
depends on it; the figures are in bench/, not here)."""

import json
import os
import subprocess
import sys

from gazetteer_desk.cli.identity import PASSWORD_ENV
from gazetteer_desk.formats import age_keys
from gazetteer_desk.services.accounts import accounts
from gazetteer_desk.services.sync import bundle_keys

from tests.sync.conftest import make_township, petition

HEAVY = ("sqlalchemy", "sqlmodel", "pydantic", "alembic", "gazetteer_desk.store.models")

# `python -m gazetteer_desk ARGS`, then the heavy packages it loaded on stdout's last line
RUN = f"""
import json, runpy, sys
sys.argv = ["gazetteer_desk", *sys.argv[1:]]
try:
    runpy.run_module("gazetteer_desk", run_name="__main__")
except SystemExit as done:
    code = done.code
else:
    code = 0
print(json.dumps({{"code": code, "loaded": sorted(m for m in sys.modules if m.split(".")[0] in {HEAVY!r}
                                              or m in {HEAVY!r})}}))
"""


def _run(*args, password: str | None = None) -> dict:
    env = {**os.environ, **({PASSWORD_ENV: password} if password else {})}
    done = subprocess.run([sys.executable, "-c", RUN, *map(str, args)], capture_output=True, text=True, timeout=120,
                          env=env)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def _township(tmp_path, admin: str | None = None):
    store = make_township(tmp_path / "town", "500235101", "双江镇")
    if admin:
        accounts.create_first_admin(store, "admin", admin)
    number = petition(store, "王䶮堃")
    bundle_keys.set_county_key(store, age_keys.generate_identity()[1])
    bundle_keys.ensure_signing_key(store)
    store.close()
    return tmp_path / "town", number


def test_bundle_export_loads_no_orm(tmp_path):
    home, _number = _township(tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    assert _run("--home", home, "bundle", "export", "--out", stick, "--period", "2026-11") == {"code": 0, "loaded": []}
    assert (stick / "500235101-2026-11-seq0001.gdb.age").stat().st_size > 0


def test_bundle_export_signed_in_loads_no_orm(tmp_path):
    """With accounts the export needs --as: the sign-in (password, its audit entry) takes the same raw face."""
    home, _number = _township(tmp_path, admin="Shuangjiang#2026")
    stick = tmp_path / "stick"
    stick.mkdir()
    assert _run("--home", home, "--as", "admin", "bundle", "export", "--out", stick,
                password="Shuangjiang#2026") == {"code": 0, "loaded": []}
    assert [e.action for e in _audit(home)][:2] == ["export_bundle", "login"]


def _audit(home):
    from gazetteer_desk.services.core import audit
    from gazetteer_desk.store.migrate import open_store

    store = open_store(home)
    try:
        return audit.entries(store)
    finally:
        store.close()


def test_receipt_loads_no_orm(tmp_path):
    home, number = _township(tmp_path)
    out = tmp_path / "回执.pdf"
    assert _run("--home", home, "receipt", number, "--out", out) == {"code": 0, "loaded": []}
    assert out.read_bytes().startswith(b"%PDF")


def test_the_guard_sees_the_orm_where_a_command_uses_it(tmp_path):
    """The same check on a command that does use the ORM (the list of accounts), so the guard can fail."""
    home, _number = _township(tmp_path)
    assert "sqlalchemy" in _run("--home", home, "account", "list")["loaded"]
