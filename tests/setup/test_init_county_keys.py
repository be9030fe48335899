"""`init` takes the county's keys as the wizard does: its age recipient and its signing public key (county.pub),
their fingerprints printed for the phone check; a wrong key is refused (exit 2) before any data folder is made."""

import json

import pytest

from gazetteer_desk.cli.main import main
from gazetteer_desk.formats import age_keys
from gazetteer_desk.services.sync import bundle_keys, county, down_keys
from gazetteer_desk.store.migrate import open_store

INIT = ["init", "--township-code", "500235101", "--township-name", "双江镇", "--villages", "青龙村", "--staff", "李明"]


@pytest.fixture(autouse=True)
def key_passphrase(monkeypatch):
    monkeypatch.setenv("GAZETTEER_KEY_PASSPHRASE", "shuangjiang-keys")  # `init` seals the township's keys with it


@pytest.fixture
def county_office(tmp_path):
    identity = county.init_county(tmp_path / "county", "500235", "云阳县")
    pub = down_keys.write_county_public_key(identity.store, tmp_path / "county.pub")
    yield identity, pub, tmp_path / "county.pub"
    identity.store.close()


def test_init_registers_both_county_keys(county_office, tmp_path, capsys):
    identity, pub, pub_file = county_office
    home = tmp_path / "town"
    assert main(["--home", str(home), *INIT, "--county-key", identity.public_key,
                 "--county-signing-key", str(pub_file)]) == 0
    out = capsys.readouterr().out
    assert f"已登记县信访办公钥，指纹：{identity.fingerprint}" in out
    assert f"已登记县信访办签名公钥，指纹：{pub.fingerprint}" in out
    store = open_store(home)
    try:
        assert bundle_keys.county_key(store).public_key == identity.public_key
        assert down_keys.county_signer(store).fingerprint == pub.fingerprint
    finally:
        store.close()


def test_init_json_names_the_fingerprints(county_office, tmp_path, capsys):
    identity, pub, pub_file = county_office
    assert main(["--home", str(tmp_path / "town"), *INIT, "--county-signing-key", str(pub_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["county_signing_fingerprint"] == pub.fingerprint and data["county_key_fingerprint"] is None


@pytest.mark.parametrize("which", ["--county-key", "--county-signing-key"])
def test_a_wrong_key_is_refused_before_anything_is_written(county_office, tmp_path, capsys, which):
    identity, _pub, pub_file = county_office
    wrong = tmp_path / "wrong.pub"
    wrong.write_text(age_keys.generate_identity()[1], encoding="utf-8")  # an age key where county.pub belongs
    keys = {"--county-key": identity.public_key, "--county-signing-key": str(pub_file)}
    keys[which] = "age1notakey" if which == "--county-key" else str(wrong)
    home = tmp_path / "town"
    assert main(["--home", str(home), *INIT, *[x for pair in keys.items() for x in pair]]) == 2
    err = capsys.readouterr().err
    assert "age" in err or "minisign" in err, err
    assert not home.exists() or not list(home.rglob("*.sqlite"))
