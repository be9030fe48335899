import base64
import re
import stat
import subprocess

import pytest

from gazetteer_desk.formats import FormatError, KeyFileError, SignatureError
from gazetteer_desk.formats import minisign
from tests.formats.stock_tools import require_tool

DATA = "2024年5月 同步数据包".encode("utf-8") * 1000
TRUSTED = "gazetteer-bundle v1 township=青山镇 month=2024-05"


@pytest.fixture
def key():
    return minisign.generate_signing_key()


def test_round_trip(key):
    sig = minisign.sign(DATA, key, TRUSTED)
    assert minisign.verify(DATA, sig, key.public_key) == TRUSTED
    pub = minisign.parse_public_key(minisign.public_key_text(key))
    assert minisign.verify(DATA, sig, pub) == TRUSTED
    assert minisign.verify(DATA, sig.encode("utf-8"), minisign.public_key_text(key)) == TRUSTED


def test_signature_layout_is_prehashed(key):
    sig = minisign.sign(DATA, key, TRUSTED, untrusted_comment="hello")
    lines = sig.split("\n")
    assert lines[0] == "untrusted comment: hello"
    assert lines[2] == f"trusted comment: {TRUSTED}"
    assert lines[4] == "" and len(lines) == 5
    blob = base64.b64decode(lines[1])
    assert blob[:2] == b"ED" and blob[2:10] == key.key_id and len(blob) == 74
    assert len(base64.b64decode(lines[3])) == 64


def test_public_key_text_and_fingerprint(key):
    text = minisign.public_key_text(key)
    first, second, end = text.split("\n")
    assert end == ""
    assert first == f"untrusted comment: minisign public key {key.key_id_hex}"
    assert re.fullmatch(r"[0-9A-F]{16}", key.key_id_hex)
    blob = base64.b64decode(second)
    assert blob[:2] == b"Ed" and blob[2:10] == key.key_id
    pub = minisign.parse_public_key(text)
    assert pub.key_id == key.key_id
    assert minisign.parse_public_key(second) == pub  # bare base64 line, as for `minisign -P`
    fingerprint = minisign.public_key_fingerprint(pub)
    assert fingerprint.replace(" ", "") == key.key_id_hex
    assert re.fullmatch(r"[0-9A-F]{4}( [0-9A-F]{4}){3}", fingerprint)
    assert minisign.public_key_text(key, comment="青山镇 乡镇签名公钥").startswith("untrusted comment: 青山镇")


@pytest.mark.parametrize("text", ["", "untrusted comment: x\n", "hello", "untrusted comment: x\nAAAA\nBBBB\n",
                                  base64.b64encode(b"Xx" + bytes(40)).decode()])
def test_bad_public_key(text):
    with pytest.raises(KeyFileError) as info:
        minisign.parse_public_key(text)
    assert str(info.value) == "不是有效的minisign公钥"


def test_secret_key_file_round_trip(key, tmp_path):
    path = tmp_path / "township.key"
    minisign.save_secret_key(key, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    loaded = minisign.load_secret_key(path)
    assert loaded.key_id == key.key_id
    assert loaded.public_key == key.public_key
    assert minisign.verify(DATA, minisign.sign(DATA, loaded, "t"), key.public_key) == "t"
    with pytest.raises(FormatError):
        minisign.save_secret_key(minisign.generate_signing_key(), path)
    assert minisign.load_secret_key(path).key_id == key.key_id


def test_corrupted_secret_key(key, tmp_path):
    lines = minisign.secret_key_text(key).split("\n")
    blob = bytearray(base64.b64decode(lines[1]))
    blob[100] ^= 0x40  # inside the secret key bytes
    with pytest.raises(KeyFileError):
        minisign.parse_secret_key(lines[0] + "\n" + base64.b64encode(bytes(blob)).decode() + "\n")
    encrypted = bytearray(base64.b64decode(lines[1]))
    encrypted[2:4] = b"Sc"
    with pytest.raises(KeyFileError) as info:
        minisign.parse_secret_key(base64.b64encode(bytes(encrypted)).decode())
    assert "口令" in str(info.value)
    with pytest.raises(KeyFileError):
        minisign.load_secret_key(tmp_path / "missing.key")


def test_flipped_byte_in_data(key):
    sig = minisign.sign(DATA, key, TRUSTED)
    tampered = bytearray(DATA)
    tampered[500] ^= 0x01
    with pytest.raises(SignatureError) as info:
        minisign.verify(bytes(tampered), sig, key.public_key)
    assert str(info.value) == "签名校验失败：文件被修改或损坏"


def test_truncated_data(key):
    sig = minisign.sign(DATA, key, TRUSTED)
    with pytest.raises(SignatureError) as info:
        minisign.verify(DATA[:-1], sig, key.public_key)
    assert str(info.value) == "签名校验失败：文件被修改或损坏"


def test_wrong_signer_key(key):
    sig = minisign.sign(DATA, key, TRUSTED)
    other = minisign.generate_signing_key()
    with pytest.raises(SignatureError) as info:
        minisign.verify(DATA, sig, other.public_key)
    assert str(info.value) == "签名密钥不符（签名者不是已登记的乡镇）"


def test_forged_key_id_still_fails(key):
    """An impostor who copies the registered key id into his own signature gets caught by Ed25519."""
    impostor = minisign.SigningKey(key_id=key.key_id, private_key=minisign.generate_signing_key().private_key)
    sig = minisign.sign(DATA, impostor, TRUSTED)
    with pytest.raises(SignatureError) as info:
        minisign.verify(DATA, sig, key.public_key)
    assert str(info.value) == "签名校验失败：文件被修改或损坏"


def test_tampered_trusted_comment(key):
    sig = minisign.sign(DATA, key, TRUSTED)
    forged = sig.replace("month=2024-05", "month=2024-06")
    assert forged != sig
    with pytest.raises(SignatureError) as info:
        minisign.verify(DATA, forged, key.public_key)
    assert str(info.value) == "可信注释被篡改"


def test_untrusted_comment_may_change(key):
    sig = minisign.sign(DATA, key, TRUSTED)
    edited = sig.replace("signature from gazetteer-desk", "anything at all")
    assert minisign.verify(DATA, edited, key.public_key) == TRUSTED


def test_crlf_signature_file_accepted(key):
    sig = minisign.sign(DATA, key, TRUSTED)
    assert minisign.verify(DATA, sig.replace("\n", "\r\n"), key.public_key) == TRUSTED


@pytest.mark.parametrize(
    "mangle",
    [
        lambda s: "",
        lambda s: s.split("\n", 1)[1],  # missing untrusted comment line
        lambda s: s.replace("\ntrusted comment: ", "\ntrusted-comment: "),
        lambda s: s + "extra line\n",
        lambda s: "\n".join(s.split("\n")[:3]) + "\n",  # missing global signature
        lambda s: s.replace(s.split("\n")[1], s.split("\n")[1][:-8]),  # short signature blob
        lambda s: s.replace(s.split("\n")[1], "!!!notbase64!!!"),
        lambda s: s.replace(s.split("\n")[1], base64.b64encode(b"XX" + bytes(72)).decode()),  # unknown algorithm
    ],
)
def test_malformed_signature_file(key, mangle):
    sig = minisign.sign(DATA, key, TRUSTED)
    with pytest.raises(SignatureError) as info:
        minisign.verify(DATA, mangle(sig), key.public_key)
    assert str(info.value) == "签名文件格式错误"


def test_comment_must_be_one_line(key):
    with pytest.raises(FormatError):
        minisign.sign(DATA, key, "two\nlines")


def test_legacy_signature_accepted(key):
    """Non-prehashed `Ed` signatures (minisign before 0.10, or `-l`) still verify, as in stock minisign."""
    raw_sig = key.private_key.sign(DATA)
    trusted = b"legacy"
    global_sig = key.private_key.sign(raw_sig + trusted)
    text = (
        "untrusted comment: legacy\n"
        + base64.b64encode(b"Ed" + key.key_id + raw_sig).decode()
        + "\ntrusted comment: legacy\n"
        + base64.b64encode(global_sig).decode()
        + "\n"
    )
    assert minisign.verify(DATA, text, key.public_key) == "legacy"


# --- interoperability with stock minisign (Debian minisign 0.11) ------------------------------


@pytest.fixture
def data_file(tmp_path):
    path = tmp_path / "2024-05.bundle"
    path.write_bytes(DATA)
    return path


def test_stock_minisign_verifies_ours(key, tmp_path, data_file):
    tool = require_tool("minisign")
    pub_path = tmp_path / "township.pub"
    pub_path.write_text(minisign.public_key_text(key))
    sig_path = tmp_path / "2024-05.bundle.minisig"
    sig_path.write_text(minisign.sign(DATA, key, TRUSTED), encoding="utf-8")
    result = subprocess.run([tool, "-Vm", str(data_file), "-p", str(pub_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Signature and comment signature verified" in result.stdout
    assert f"Trusted comment: {TRUSTED}" in result.stdout
    # -H: stock minisign insists on a prehashed signature, and ours is one.
    result = subprocess.run([tool, "-Hq", "-Vm", str(data_file), "-p", str(pub_path)], capture_output=True)
    assert result.returncode == 0


def test_stock_minisign_rejects_tampered(key, tmp_path, data_file):
    tool = require_tool("minisign")
    pub_path = tmp_path / "township.pub"
    pub_path.write_text(minisign.public_key_text(key))
    sig_path = tmp_path / "2024-05.bundle.minisig"
    sig_path.write_text(minisign.sign(DATA, key, TRUSTED).replace("2024-05", "2024-06"), encoding="utf-8")
    result = subprocess.run([tool, "-Vm", str(data_file), "-p", str(pub_path)], capture_output=True)
    assert result.returncode != 0


def test_we_verify_stock_minisign(tmp_path, data_file):
    tool = require_tool("minisign")
    pub_path, key_path = tmp_path / "stock.pub", tmp_path / "stock.key"
    subprocess.run([tool, "-G", "-W", "-p", str(pub_path), "-s", str(key_path)], check=True, capture_output=True)
    subprocess.run([tool, "-S", "-s", str(key_path), "-m", str(data_file), "-t", "stock trusted comment"],
                   check=True, capture_output=True)
    sig_text = (tmp_path / "2024-05.bundle.minisig").read_text()
    assert base64.b64decode(sig_text.split("\n")[1])[:2] == b"ED"  # stock default is prehashed
    pub = minisign.load_public_key(pub_path)
    assert minisign.verify(DATA, sig_text, pub) == "stock trusted comment"
    # The key id we show is the one stock minisign writes in the .pub comment
    # (stock drops leading zeros; we always show 16 digits).
    stock_comment, stock_line = pub_path.read_text().split("\n")[:2]
    stock_hex = stock_comment.removeprefix("untrusted comment: minisign public key ")
    assert int(stock_hex, 16) == int(pub.key_id_hex, 16)
    assert minisign.public_key_text(pub).split("\n")[1] == stock_line
    with pytest.raises(SignatureError):
        minisign.verify(DATA + b"!", sig_text, pub)


def test_we_load_stock_unencrypted_secret_key(tmp_path, data_file):
    tool = require_tool("minisign")
    pub_path, key_path = tmp_path / "stock.pub", tmp_path / "stock.key"
    subprocess.run([tool, "-G", "-W", "-p", str(pub_path), "-s", str(key_path)], check=True, capture_output=True)
    key = minisign.load_secret_key(key_path)
    assert key.public_key == minisign.load_public_key(pub_path)
    sig_path = tmp_path / "ours.minisig"
    sig_path.write_text(minisign.sign(DATA, key, "by us with a stock key"))
    result = subprocess.run([tool, "-Vm", str(data_file), "-x", str(sig_path), "-p", str(pub_path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_stock_minisign_signs_with_our_secret_key(key, tmp_path, data_file):
    tool = require_tool("minisign")
    key_path = tmp_path / "township.key"
    minisign.save_secret_key(key, key_path)
    result = subprocess.run([tool, "-S", "-s", str(key_path), "-m", str(data_file), "-t", "signed by stock"],
                            capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    sig_text = (tmp_path / "2024-05.bundle.minisig").read_text()
    assert minisign.verify(DATA, sig_text, key.public_key) == "signed by stock"


def test_signing_a_digest_taken_piece_by_piece_is_signing_the_data(key):
    import hashlib

    data = b"age-encryption.org/v1\n" + bytes(range(256)) * 1000
    digest = hashlib.blake2b()
    for start in range(0, len(data), 65536):
        digest.update(data[start:start + 65536])
    text = minisign.sign_digest(digest.digest(), key, "township=500235101 seq=1", "bundle")
    assert text == minisign.sign(data, key, "township=500235101 seq=1", "bundle")
    assert minisign.verify(data, text, key.public_key) == "township=500235101 seq=1"
    with pytest.raises(ValueError):
        minisign.sign_digest(hashlib.sha256(data).digest(), key, "x")
