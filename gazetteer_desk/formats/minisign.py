"""minisign signatures (Ed25519) written on ``cryptography``, byte-compatible with stock minisign.

Format (https://jedisct1.github.io/minisign/), all binary fields base64 on one line:

* public key file::

      untrusted comment: minisign public key <KEYID>
      base64("Ed" || key_id[8] || ed25519_public_key[32])

* signature file (``.minisig``)::

      untrusted comment: <free text>
      base64(alg[2] || key_id[8] || signature[64])
      trusted comment: <text>
      base64(global_signature[64])

  ``alg`` is ``"ED"`` (prehashed: the Ed25519 signature is over BLAKE2b-512 of the
  file, the default since minisign 0.10) — that is what :func:`sign` writes.
  :func:`verify` also accepts legacy ``"Ed"`` signatures over the raw file, as
  stock minisign 0.11 does by default. ``global_signature`` is Ed25519 over
  ``signature || trusted comment`` and protects the trusted comment.

* secret key file: ``"Ed" || kdf_alg[2] || "B2" || salt[32] || opslimit[8] ||
  memlimit[8] || key_id[8] || ed25519_secret_key[64] || checksum[32]``.
  We write it unencrypted (``kdf_alg = 0x0000``, the layout of ``minisign -G -W``)
  with the BLAKE2b-256 checksum filled in; stock ``minisign -S -s`` reads it.
  minisign's own password-protected (scrypt) secret keys are not supported: our
  key files are sealed as a whole with the key passphrase (:mod:`sealed_key`).

The displayed key id (``KEYID`` above) is the 8 key id bytes read as a
little-endian 64-bit number, in uppercase hex — as minisign shows it, except
that we always print all 16 digits (stock minisign 0.11 drops leading zeros).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Union

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from gazetteer_desk.formats import KeyFileError, SignatureError
from gazetteer_desk.formats.atomic import write_atomic
from gazetteer_desk.formats.keyfiles import read_key_text

SIG_ALG = b"Ed"  # key files and legacy (non-prehashed) signatures
SIG_ALG_PREHASHED = b"ED"
KDF_NONE = b"\x00\x00"
KDF_SCRYPT = b"Sc"
CHK_ALG = b"B2"

_UNTRUSTED_PREFIX = "untrusted comment: "
_TRUSTED_PREFIX = "trusted comment: "
# Stock minisign reads comment lines into fixed buffers (COMMENTMAXBYTES 1024, TRUSTEDCOMMENTMAXBYTES 8192).
_MAX_UNTRUSTED_COMMENT = 1024 - len(_UNTRUSTED_PREFIX) - 2
_MAX_TRUSTED_COMMENT = 8192 - len(_TRUSTED_PREFIX) - 2

_SIG_FORMAT = "签名文件格式错误"
_WRONG_KEY = "签名密钥不符（签名者不是已登记的乡镇）"
_BAD_SIGNATURE = "签名校验失败：文件被修改或损坏"
_BAD_TRUSTED_COMMENT = "可信注释被篡改"


@dataclass(frozen=True)
class PublicKey:
    """A minisign public key: 8-byte key id and the 32-byte Ed25519 public key."""

    key_id: bytes
    public_bytes: bytes

    def __post_init__(self) -> None:
        if len(self.key_id) != 8 or len(self.public_bytes) != 32:
            raise KeyFileError("公钥格式错误")

    @property
    def key_id_hex(self) -> str:
        """Key id as minisign prints it, zero-padded to 16 uppercase hex digits."""
        return key_id_hex(self.key_id)

    def ed25519(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.public_bytes)


@dataclass(frozen=True)
class SigningKey:
    """A township's minisign secret key (Ed25519)."""

    key_id: bytes
    private_key: Ed25519PrivateKey = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.key_id) != 8:
            raise KeyFileError("私钥格式错误：密钥编号长度不对")

    @property
    def public_key(self) -> PublicKey:
        raw = self.private_key.public_key().public_bytes_raw()  # not via serialization: it imports the SSH formats
        return PublicKey(self.key_id, raw)

    @property
    def key_id_hex(self) -> str:
        return key_id_hex(self.key_id)


def key_id_hex(key_id: bytes) -> str:
    """minisign's display of a key id: the bytes as a little-endian integer, ``%016X`` (always 16 digits)."""
    return f"{int.from_bytes(key_id, 'little'):016X}"


def generate_signing_key() -> SigningKey:
    import secrets

    return SigningKey(key_id=secrets.token_bytes(8), private_key=Ed25519PrivateKey.generate())


# --- secret key files --------------------------------------------------------------------------


def _secret_bytes(key: SigningKey) -> bytes:
    seed = key.private_key.private_bytes_raw()
    return seed + key.public_key.public_bytes  # libsodium's 64-byte Ed25519 secret key


def _secret_checksum(key_id: bytes, secret: bytes) -> bytes:
    return hashlib.blake2b(SIG_ALG + key_id + secret, digest_size=32).digest()


def secret_key_text(key: SigningKey, comment: str = "minisign secret key (unencrypted, gazetteer-desk)") -> str:
    """Content of an unencrypted minisign secret key file (layout of ``minisign -G -W``)."""
    _check_comment(comment, _MAX_UNTRUSTED_COMMENT)
    secret = _secret_bytes(key)
    blob = (
        SIG_ALG
        + KDF_NONE
        + CHK_ALG
        + bytes(32)  # kdf salt (unused without a password)
        + bytes(8)  # kdf opslimit
        + bytes(8)  # kdf memlimit
        + key.key_id
        + secret
        + _secret_checksum(key.key_id, secret)
    )
    return f"{_UNTRUSTED_PREFIX}{comment}\n{base64.b64encode(blob).decode('ascii')}\n"


def save_secret_key(key: SigningKey, path: Path) -> None:
    """Write the secret key file atomically with mode 0600; refuses to overwrite an existing file."""
    path = Path(path)
    if path.exists():
        raise KeyFileError(f"私钥文件已存在，为防止覆盖旧私钥未写入：{path}")
    write_atomic(path, secret_key_text(key).encode("ascii"), mode=0o600, overwrite=False)


def parse_secret_key(text: str) -> SigningKey:
    """Parse the text of an unencrypted minisign secret key file (ours or ``minisign -G -W``)."""
    blob = _single_base64_line(text, KeyFileError("私钥文件格式错误"))
    if len(blob) != 158:
        raise KeyFileError("私钥文件格式错误")
    sig_alg, kdf_alg, chk_alg = blob[0:2], blob[2:4], blob[4:6]
    key_id, secret, checksum = blob[54:62], blob[62:126], blob[126:158]
    if sig_alg != SIG_ALG or chk_alg != CHK_ALG:
        raise KeyFileError("私钥文件格式错误：不是minisign Ed25519私钥")
    if kdf_alg == KDF_SCRYPT:
        raise KeyFileError("此私钥有口令保护，本程序只支持无口令私钥（minisign -G -W 生成）")
    if kdf_alg != KDF_NONE:
        raise KeyFileError("私钥文件格式错误：未知的密钥保护方式")
    # Stock `minisign -G -W` leaves the checksum zeroed; we fill it in. Check it when present.
    if checksum != bytes(32) and not hmac.compare_digest(checksum, _secret_checksum(key_id, secret)):
        raise KeyFileError("私钥文件已损坏（校验和不符）")
    private_key = Ed25519PrivateKey.from_private_bytes(secret[:32])
    key = SigningKey(key_id=key_id, private_key=private_key)
    if not hmac.compare_digest(key.public_key.public_bytes, secret[32:]):
        raise KeyFileError("私钥文件已损坏（公钥部分不符）")
    return key


def load_secret_key(path: Path | str) -> SigningKey:
    path = Path(path)
    return parse_secret_key(read_key_text(path, "私钥", "minisign"))


# --- public keys -------------------------------------------------------------------------------


def _as_public_key(key: Union[PublicKey, SigningKey, str]) -> PublicKey:
    if isinstance(key, PublicKey):
        return key
    if isinstance(key, SigningKey):
        return key.public_key
    if isinstance(key, str):
        return parse_public_key(key)
    raise TypeError(f"expected a minisign PublicKey, SigningKey or key text, got {type(key).__name__}")


def public_key_text(key: Union[SigningKey, PublicKey], comment: str | None = None) -> str:
    """The ``.pub`` file content: ``untrusted comment: minisign public key KEYID`` + base64 line."""
    pub = _as_public_key(key)
    if comment is None:
        comment = f"minisign public key {pub.key_id_hex}"
    _check_comment(comment, _MAX_UNTRUSTED_COMMENT)
    blob = SIG_ALG + pub.key_id + pub.public_bytes
    return f"{_UNTRUSTED_PREFIX}{comment}\n{base64.b64encode(blob).decode('ascii')}\n"


def parse_public_key(text: str) -> PublicKey:
    """Parse a ``.pub`` file's text, or just its base64 line (as given to ``minisign -P``)."""
    error = KeyFileError("不是有效的minisign公钥")
    blob = _single_base64_line(text, error)
    if len(blob) != 42 or blob[:2] != SIG_ALG:
        raise error
    return PublicKey(key_id=blob[2:10], public_bytes=blob[10:42])


def load_public_key(path: Path | str) -> PublicKey:
    return parse_public_key(read_key_text(path, "公钥", "minisign"))


def public_key_fingerprint(pub: Union[PublicKey, SigningKey, str]) -> str:
    """Key id grouped for reading out over the phone: ``"25BE 27FF 35D5 F8B9"`` (as minisign shows it)."""
    hex_id = _as_public_key(pub).key_id_hex
    return " ".join(hex_id[i : i + 4] for i in range(0, 16, 4))


# --- signatures --------------------------------------------------------------------------------


def sign(
    data: bytes,
    key: SigningKey,
    trusted_comment: str,
    untrusted_comment: str = "signature from gazetteer-desk",
) -> str:
    """Return ``.minisig`` text: prehashed (``ED``) signature plus the global signature over the trusted comment."""
    return sign_digest(hashlib.blake2b(data).digest(), key, trusted_comment, untrusted_comment)


def sign_digest(
    digest: bytes,
    key: SigningKey,
    trusted_comment: str,
    untrusted_comment: str = "signature from gazetteer-desk",
) -> str:
    """:func:`sign` of data whose BLAKE2b-512 ``digest`` was taken as it was written (``hashlib.blake2b()``)."""
    _check_comment(trusted_comment, _MAX_TRUSTED_COMMENT)
    _check_comment(untrusted_comment, _MAX_UNTRUSTED_COMMENT)
    if len(digest) != hashlib.blake2b().digest_size:
        raise ValueError("a BLAKE2b-512 digest is 64 bytes")
    signature = key.private_key.sign(digest)
    trusted = trusted_comment.encode("utf-8")
    global_signature = key.private_key.sign(signature + trusted)
    sig_line = base64.b64encode(SIG_ALG_PREHASHED + key.key_id + signature).decode("ascii")
    global_line = base64.b64encode(global_signature).decode("ascii")
    return (
        f"{_UNTRUSTED_PREFIX}{untrusted_comment}\n"
        f"{sig_line}\n"
        f"{_TRUSTED_PREFIX}{trusted_comment}\n"
        f"{global_line}\n"
    )


@dataclass(frozen=True)
class ParsedSignature:
    algorithm: bytes
    key_id: bytes
    signature: bytes
    untrusted_comment: str
    trusted_comment_bytes: bytes
    global_signature: bytes

    @property
    def trusted_comment(self) -> str:
        return self.trusted_comment_bytes.decode("utf-8", errors="replace")


def parse_signature(sig_text: Union[str, bytes]) -> ParsedSignature:
    """Split a ``.minisig`` file into its parts; :class:`SignatureError` 签名文件格式错误 if malformed."""
    if isinstance(sig_text, str):
        try:
            raw = sig_text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise SignatureError(_SIG_FORMAT) from exc
    else:
        raw = bytes(sig_text)
    if len(raw) > 16 * 1024:
        raise SignatureError(_SIG_FORMAT)
    lines = raw.split(b"\n")
    # Allow exactly one trailing newline (what minisign writes) and CRLF line ends (edited on Windows).
    if lines and lines[-1] == b"":
        lines.pop()
    lines = [line[:-1] if line.endswith(b"\r") else line for line in lines]
    if len(lines) != 4:
        raise SignatureError(_SIG_FORMAT)
    untrusted, sig_line, trusted, global_line = lines
    if not untrusted.startswith(_UNTRUSTED_PREFIX.encode()) or not trusted.startswith(_TRUSTED_PREFIX.encode()):
        raise SignatureError(_SIG_FORMAT)
    sig_blob = _b64(sig_line, SignatureError(_SIG_FORMAT))
    global_signature = _b64(global_line, SignatureError(_SIG_FORMAT))
    if len(sig_blob) != 74 or len(global_signature) != 64:
        raise SignatureError(_SIG_FORMAT)
    algorithm = sig_blob[:2]
    if algorithm not in (SIG_ALG_PREHASHED, SIG_ALG):
        raise SignatureError(_SIG_FORMAT)
    return ParsedSignature(
        algorithm=algorithm,
        key_id=sig_blob[2:10],
        signature=sig_blob[10:74],
        untrusted_comment=untrusted[len(_UNTRUSTED_PREFIX) :].decode("utf-8", errors="replace"),
        trusted_comment_bytes=trusted[len(_TRUSTED_PREFIX) :],
        global_signature=global_signature,
    )


def verify(data: bytes, sig_text: Union[str, bytes], pub: Union[PublicKey, SigningKey, str]) -> str:
    """Check ``sig_text`` over ``data`` with ``pub``; return the trusted comment.

    Raises :class:`SignatureError` with 签名文件格式错误 / 签名密钥不符（签名者不是已登记的乡镇）/
    签名校验失败：文件被修改或损坏 / 可信注释被篡改 — checked in that order, as minisign does.
    """
    return verify_pieces((data,), sig_text, pub)


def verify_pieces(pieces: Iterable[bytes], sig_text: Union[str, bytes],
                  pub: Union[PublicKey, SigningKey, str]) -> str:
    """:func:`verify` over the bytes of ``pieces`` taken one after another (a file read a piece at a time): a
    prehashed signature, as this program and minisign write them, never needs the whole file in memory."""
    public_key = _as_public_key(pub)
    parsed = parse_signature(sig_text)
    if not hmac.compare_digest(parsed.key_id, public_key.key_id):
        raise SignatureError(_WRONG_KEY)
    try:
        ed = public_key.ed25519()
    except ValueError as exc:  # pragma: no cover - any 32 bytes load; kept for safety
        raise KeyFileError("不是有效的minisign公钥") from exc
    if parsed.algorithm != SIG_ALG_PREHASHED:  # a legacy signature covers the bytes themselves
        return _verified(parsed, ed, b"".join(pieces))
    digest = hashlib.blake2b()
    for piece in pieces:
        digest.update(piece)
    return _verified(parsed, ed, digest.digest())


def _verified(parsed: ParsedSignature, ed: Ed25519PublicKey, message: bytes) -> str:
    try:
        ed.verify(parsed.signature, message)
    except InvalidSignature as exc:
        raise SignatureError(_BAD_SIGNATURE) from exc
    try:
        ed.verify(parsed.global_signature, parsed.signature + parsed.trusted_comment_bytes)
    except InvalidSignature as exc:
        raise SignatureError(_BAD_TRUSTED_COMMENT) from exc
    try:
        return parsed.trusted_comment_bytes.decode("utf-8")
    except UnicodeDecodeError as exc:  # signed, but not by us: we only ever write UTF-8
        raise SignatureError(_SIG_FORMAT) from exc


# --- helpers -----------------------------------------------------------------------------------


def _check_comment(comment: str, limit: int) -> None:
    if not isinstance(comment, str) or "\n" in comment or "\r" in comment or "\x00" in comment:
        raise SignatureError("签名注释只能是一行文字（不能包含换行符）")
    if len(comment.encode("utf-8")) > limit:
        raise SignatureError(f"签名注释过长（最多{limit}字节）")


def _b64(line: bytes, error: Exception) -> bytes:
    try:
        return base64.b64decode(line.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise error from None


def _single_base64_line(text: str, error: Exception) -> bytes:
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise error from None
    if not isinstance(text, str):
        raise error
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line and not line.startswith("untrusted comment:")]
    if len(lines) != 1:
        raise error
    return _b64(lines[0].encode("ascii", errors="replace"), error)


__all__ = [
    "ParsedSignature",
    "PublicKey",
    "SigningKey",
    "generate_signing_key",
    "key_id_hex",
    "load_public_key",
    "load_secret_key",
    "parse_public_key",
    "parse_secret_key",
    "parse_signature",
    "public_key_fingerprint",
    "public_key_text",
    "save_secret_key",
    "secret_key_text",
    "sign",
    "verify",
]
