import re
import stat
import subprocess

import pytest

from gazetteer_desk.formats import DecryptError, FormatError, KeyFileError
from gazetteer_desk.formats import age_keys
from tests.formats.stock_tools import require_tool

PAYLOAD = "信访件：张三，2024-05 月度同步".encode("utf-8") * 5000  # > one 64 KiB age chunk


@pytest.fixture
def county(tmp_path):
    key_path = tmp_path / "county.key"
    public_key = age_keys.write_identity_file(key_path)
    return key_path, public_key


def test_generate_identity_layout():
    text, public_key = age_keys.generate_identity()
    lines = text.splitlines()
    assert text.endswith("\n")
    assert lines[0].startswith("# created: ")
    assert lines[1] == f"# public key: {public_key}"
    assert lines[2].startswith("AGE-SECRET-KEY-1")
    assert public_key.startswith("age1")
    identity = age_keys.parse_identities(text)[0]
    assert age_keys.public_key_of(identity) == public_key


def test_write_identity_file_mode_and_no_overwrite(county):
    key_path, public_key = county
    assert stat.S_IMODE(key_path.stat().st_mode) == 0o600
    assert age_keys.public_key_of(age_keys.load_identity(key_path)) == public_key
    before = key_path.read_bytes()
    with pytest.raises(FormatError) as info:
        age_keys.write_identity_file(key_path)
    assert "已存在" in str(info.value)
    assert key_path.read_bytes() == before
    assert sorted(p.name for p in key_path.parent.iterdir()) == ["county.key"]


def test_round_trip(county):
    key_path, public_key = county
    sealed = age_keys.encrypt(PAYLOAD, [public_key])
    assert sealed.startswith(b"age-encryption.org/v1\n")
    assert age_keys.decrypt(sealed, key_path) == PAYLOAD
    assert age_keys.decrypt(sealed, str(key_path)) == PAYLOAD
    assert age_keys.decrypt(sealed, age_keys.load_identity(key_path)) == PAYLOAD


def test_several_recipients(county, tmp_path):
    key_path, public_key = county
    backup_text, backup_public = age_keys.generate_identity()
    sealed = age_keys.encrypt(b"x", [public_key, backup_public])
    assert age_keys.decrypt(sealed, key_path) == b"x"
    assert age_keys.decrypt(sealed, age_keys.parse_identities(backup_text)) == b"x"


def test_wrong_recipient(county):
    key_path, _ = county
    _, other_public = age_keys.generate_identity()
    sealed = age_keys.encrypt(PAYLOAD, [other_public])
    with pytest.raises(DecryptError) as info:
        age_keys.decrypt(sealed, key_path)
    assert str(info.value) == "解密失败：此文件不是发给本县信访办的，或已损坏"


@pytest.mark.parametrize("cut", [1, 17, 70_000, "header"])
def test_truncated(county, cut):
    key_path, public_key = county
    sealed = age_keys.encrypt(PAYLOAD, [public_key])
    broken = sealed[:40] if cut == "header" else sealed[:-cut]
    with pytest.raises(DecryptError):
        age_keys.decrypt(broken, key_path)


@pytest.mark.parametrize("where", [30, 100, -1, -5000])
def test_flipped_byte(county, where):
    key_path, public_key = county
    sealed = bytearray(age_keys.encrypt(PAYLOAD, [public_key]))
    sealed[where] ^= 0x01
    with pytest.raises(DecryptError):
        age_keys.decrypt(bytes(sealed), key_path)


def test_not_an_age_file(county):
    key_path, _ = county
    with pytest.raises(DecryptError):
        age_keys.decrypt(b"PK\x03\x04 this is a zip", key_path)


def test_parse_recipient_errors():
    with pytest.raises(KeyFileError) as info:
        age_keys.parse_recipient("ssh-ed25519 AAAA")
    assert str(info.value).startswith("不是有效的age公钥")
    _, public_key = age_keys.generate_identity()
    typo = public_key[:-1] + ("q" if public_key[-1] != "q" else "p")
    with pytest.raises(KeyFileError) as info:
        age_keys.parse_recipient(typo)
    assert str(info.value).startswith("不是有效的age公钥")
    assert str(age_keys.parse_recipient(f"  {public_key}\n")) == public_key
    assert str(age_keys.parse_recipient(public_key.upper())) == public_key


def test_recipient_fingerprint():
    _, public_key = age_keys.generate_identity()
    fingerprint = age_keys.recipient_fingerprint(public_key)
    assert re.fullmatch(r"[0-9A-F]{4}( [0-9A-F]{4}){3}", fingerprint)
    assert fingerprint == age_keys.recipient_fingerprint(f" {public_key}\n")
    _, other = age_keys.generate_identity()
    assert age_keys.recipient_fingerprint(other) != fingerprint
    with pytest.raises(FormatError):
        age_keys.recipient_fingerprint("age1nonsense")


def test_identity_file_errors(tmp_path):
    with pytest.raises(KeyFileError) as info:
        age_keys.load_identity(tmp_path / "missing.key")
    assert "找不到私钥文件" in str(info.value)
    bad = tmp_path / "bad.key"
    bad.write_text("# public key: age1...\nhello\n")
    with pytest.raises(KeyFileError):
        age_keys.load_identity(bad)
    empty = tmp_path / "empty.key"
    empty.write_text("# only comments\n")
    with pytest.raises(KeyFileError):
        age_keys.load_identity(empty)
    two = tmp_path / "two.key"
    two.write_text(age_keys.generate_identity()[0] + age_keys.generate_identity()[0])
    with pytest.raises(KeyFileError):
        age_keys.load_identity(two)
    assert len(age_keys.load_identities(two)) == 2


# --- interoperability with the stock age tools -------------------------------------------------


def test_stock_age_decrypts_ours(county, tmp_path):
    age = require_tool("age")
    key_path, public_key = county
    bundle = tmp_path / "bundle.age"
    bundle.write_bytes(age_keys.encrypt(PAYLOAD, [public_key]))
    result = subprocess.run([age, "-d", "-i", str(key_path), str(bundle)], capture_output=True, check=True)
    assert result.stdout == PAYLOAD


def test_we_decrypt_stock_age(county, tmp_path):
    age = require_tool("age")
    key_path, public_key = county
    plain = tmp_path / "plain.bin"
    plain.write_bytes(PAYLOAD)
    sealed = tmp_path / "plain.bin.age"
    subprocess.run([age, "-r", public_key, "-o", str(sealed), str(plain)], check=True)
    assert age_keys.decrypt(sealed.read_bytes(), key_path) == PAYLOAD


def test_we_load_age_keygen_identity(tmp_path):
    age_keygen = require_tool("age-keygen")
    age = require_tool("age")
    key_path = tmp_path / "county.key"
    subprocess.run([age_keygen, "-o", str(key_path)], check=True, capture_output=True)
    public_key = re.search(r"# public key: (age1\w+)", key_path.read_text()).group(1)
    identity = age_keys.load_identity(key_path)
    assert age_keys.public_key_of(identity) == public_key
    # And the public key age-keygen -y derives is the one we encrypt to.
    derived = subprocess.run([age_keygen, "-y", str(key_path)], check=True, capture_output=True, text=True)
    assert derived.stdout.strip() == public_key
    sealed = tmp_path / "x.age"
    sealed.write_bytes(age_keys.encrypt(b"hello county", [public_key]))
    out = subprocess.run([age, "-d", "-i", str(key_path), str(sealed)], capture_output=True, check=True)
    assert out.stdout == b"hello county"
    assert age_keys.decrypt(sealed.read_bytes(), key_path) == b"hello county"


def test_stock_age_keygen_reads_our_identity_file(county):
    age_keygen = require_tool("age-keygen")
    key_path, public_key = county
    derived = subprocess.run([age_keygen, "-y", str(key_path)], check=True, capture_output=True, text=True)
    assert derived.stdout.strip() == public_key


class _Pieces:
    def __init__(self, fail_at=None):
        self.pieces, self.fail_at = [], fail_at

    def write(self, piece):
        if len(self.pieces) == self.fail_at:
            raise OSError(28, "No space left on device")
        self.pieces.append(bytes(piece))
        return len(piece)


def test_encrypting_pieces_into_a_writer_is_one_age_file_of_them_joined(county):
    key_path, public_key = county
    pieces = [b"header", b"", bytes(range(256)) * 700, b"x" * 65536, b"tail"]  # across age's 64 KiB chunks
    out = _Pieces()
    age_keys.encrypt_into(pieces, [public_key], out)
    assert len(out.pieces) > 2  # handed over as it was made, not at the end as one copy
    sealed = b"".join(out.pieces)
    assert sealed.startswith(b"age-encryption.org/v1\n")
    assert age_keys.decrypt(sealed, key_path) == b"".join(pieces)


def test_a_writer_that_fails_stops_the_encryption_with_its_own_error(county):
    _key_path, public_key = county
    with pytest.raises(OSError) as info:
        age_keys.encrypt_into([b"y" * 300_000], [public_key], _Pieces(fail_at=2))
    assert info.value.errno == 28
