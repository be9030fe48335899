"""The monthly bundle and a receipt, run as whole commands through the real entry point on a SQLite store, load
neither SQLAlchemy nor sqlmodel nor pydantic: the store's raw face serves them (their speed as fresh processes
depends on it; the figures are in bench/, not here)."""

import json
import subprocess
import sys

from gazetteer_desk.formats import age_keys
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


def _run(*args) -> dict:
    done = subprocess.run([sys.executable, "-c", RUN, *map(str, args)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def _township(tmp_path):
    store = make_township(tmp_path / "town", "500235101", "双江镇")
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


def test_receipt_loads_no_orm(tmp_path):
    home, number = _township(tmp_path)
    out = tmp_path / "回执.pdf"
    assert _run("--home", home, "receipt", number, "--out", out) == {"code": 0, "loaded": []}
    assert out.read_bytes().startswith(b"%PDF")


def test_the_guard_sees_the_orm_where_a_command_uses_it(tmp_path):
    """The same check on a command that does use the ORM (the list of accounts), so the guard can fail."""
    home, _number = _township(tmp_path)
    assert "sqlalchemy" in _run("--home", home, "account", "list")["loaded"]
