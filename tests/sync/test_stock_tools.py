"""What the program writes, the county can check by hand with Debian's age, minisign and tar."""

import json
import subprocess

from gazetteer_desk.services.sync import bundle_keys

from tests.formats.stock_tools import require_tool
from tests.sync.conftest import COUNTY_PASS, SAME_PERSON, opened_key, petition


def test_hand_check_with_stock_tools(desk, tmp_path):
    age, mini, tar = require_tool("age"), require_tool("minisign"), require_tool("tar")
    a = desk.townships["500235101"]
    number = petition(a, "王秀英", SAME_PERSON, "要求解决道路硬化")
    result = desk.export("500235101")
    pub = tmp_path / "500235101.pub"
    bundle_keys.write_public_key(a, pub)

    verified = subprocess.run([mini, "-Vm", str(result.bundle_path), "-p", str(pub)], capture_output=True, text=True)
    assert verified.returncode == 0, verified.stderr
    assert "township=500235101 seq=1 period=2026-11" in verified.stdout

    out = tmp_path / "out"
    out.mkdir()
    sealed = bundle_keys.county_identity_path(desk.county.home)
    assert sealed.stat().st_mode & 0o777 == 0o600
    (tmp_path / "opened").mkdir()
    county_key = opened_key(sealed, COUNTY_PASS, tmp_path / "opened")
    decrypted = subprocess.run([age, "-d", "-i", str(county_key), str(result.bundle_path)], capture_output=True)
    assert decrypted.returncode == 0, decrypted.stderr
    subprocess.run([tar, "-x", "-C", str(out)], input=decrypted.stdout, check=True)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["township_code"] == "500235101" and manifest["sequence"] == 1
    matters = [json.loads(line) for line in (out / "records" / "matter.jsonl").read_text().splitlines()]
    assert [m["number"] for m in matters] == [number]


def test_stock_minisign_rejects_a_changed_bundle(desk, tmp_path):
    mini = require_tool("minisign")
    result = desk.export("500235101")
    pub = tmp_path / "t.pub"
    bundle_keys.write_public_key(desk.townships["500235101"], pub)
    data = bytearray(result.bundle_path.read_bytes())
    data[-1] ^= 1
    result.bundle_path.write_bytes(bytes(data))
    assert subprocess.run([mini, "-Vm", str(result.bundle_path), "-p", str(pub)], capture_output=True).returncode != 0


def test_backup_recipient_also_decrypts(desk, tmp_path):
    age, keygen = require_tool("age"), require_tool("age-keygen")
    backup = tmp_path / "backup.key"
    subprocess.run([keygen, "-o", str(backup)], check=True, capture_output=True)
    backup_pub = subprocess.run([keygen, "-y", str(backup)], check=True, capture_output=True, text=True).stdout.strip()
    bundle_keys.set_county_key(desk.townships["500235101"], desk.county_key, backup_pub)
    result = desk.export("500235101")
    decrypted = subprocess.run([age, "-d", "-i", str(backup), str(result.bundle_path)], capture_output=True)
    assert decrypted.returncode == 0 and decrypted.stdout[:257].startswith(b"manifest.json")
