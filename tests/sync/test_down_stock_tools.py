"""A down bundle checked by hand at the township with Debian's minisign, age and tar."""

import json
import subprocess

from gazetteer_desk.services.sync import county, down_export, down_keys

from tests.formats.stock_tools import require_tool
from tests.sync.down_fixtures import exchange_down_keys
from tests.sync.conftest import COUNTY_PASS, TOWN_PASS, opened_key


def test_hand_check_of_a_down_bundle(desk, tmp_path):
    age, mini, tar = require_tool("age"), require_tool("minisign"), require_tool("tar")
    exchange_down_keys(desk, tmp_path)
    result = down_export.export_down(desk.county, "500235101", desk.stick, passphrase=COUNTY_PASS)

    verified = subprocess.run([mini, "-Vm", str(result.bundle_path), "-p", str(tmp_path / "county.pub")],
                              capture_output=True, text=True)
    assert verified.returncode == 0, verified.stderr
    assert "gazetteer-desk down v1 county=500235 township=500235101 seq=1" in verified.stdout

    sealed = down_keys.township_identity_path(desk.townships["500235101"].home)
    assert sealed.stat().st_mode & 0o777 == 0o600
    (tmp_path / "a").mkdir()
    identity = opened_key(sealed, TOWN_PASS, tmp_path / "a")
    decrypted = subprocess.run([age, "-d", "-i", str(identity), str(result.bundle_path)], capture_output=True)
    assert decrypted.returncode == 0, decrypted.stderr
    out = tmp_path / "out"
    out.mkdir()
    subprocess.run([tar, "-x", "-C", str(out)], input=decrypted.stdout, check=True)
    manifest = json.loads((out / "manifest.json").read_text())
    assert (manifest["format"], manifest["township_code"], manifest["sequence"]) == (
        "gazetteer-desk-down-bundle", "500235101", 1)
    keys = [json.loads(line) for line in (out / "records" / "key.jsonl").read_text().splitlines()]
    registered = {t.code: t.key_fingerprint for t in county.townships(desk.county)}
    assert [(k["township_key_fingerprint"], k["revoked"]) for k in keys] == [(registered["500235101"], 0)]
    assert keys[0]["county_signing_key"].splitlines()[1] == (tmp_path / "county.pub").read_text().splitlines()[1]

    (tmp_path / "b").mkdir()
    other = opened_key(down_keys.township_identity_path(desk.townships["500235102"].home), TOWN_PASS, tmp_path / "b")
    refused = subprocess.run([age, "-d", "-i", str(other), str(result.bundle_path)], capture_output=True)
    assert refused.returncode != 0  # encrypted to one township only
