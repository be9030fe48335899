"""A secret key file sealed with a passphrase: scrypt derives the key, AES-256-GCM encrypts (``cryptography``).

Layout (text, so a person can see what the file is)::

    gazetteer-desk sealed key v1
    public: <the public half, one line: minisign base64 line or age1…>
    kdf: scrypt <log2 N> <r> <p> <salt, base64>
    cipher: aes-256-gcm <nonce, base64>
    <ciphertext of the original key file, base64>

The four header lines are the cipher's associated data: changing the public line or the cost parameters makes the
file fail to open, like a wrong passphrase. The public half is readable without the passphrase so that the program
can show fingerprints and check its own signatures without asking for it.

Not age's own passphrase mode (``pyrage.passphrase``): age calibrates scrypt to the machine at hand (here it chose
2^19, 512 MiB and four seconds on each opening), while this format fixes 2^17 (128 MiB, about a second on an old
desk PC) and records it, so a key sealed on a fast machine still opens on a slow one.
"""

from __future__ import annotations

import base64
import binascii
import os
import unicodedata

from gazetteer_desk.formats import KeyFileError

MAGIC = "gazetteer-desk sealed key v1"
WORK_FACTOR = 17  # log2 of scrypt's N; r=8: 128 MiB of memory per guess
_R, _P = 8, 1
_LOWEST, _HIGHEST = 14, 20  # what we agree to open: below is too cheap to guess, above costs over 1 GiB


class WrongPassphrase(KeyFileError):
    """The passphrase does not open the key (or the file was altered)."""


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC.encode("ascii") + b"\n")


def _passphrase_bytes(passphrase: str) -> bytes:
    # NFC: the same characters typed through another input method give the same bytes.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _derive(passphrase: str, salt: bytes, log_n: int) -> bytes:
    # the cipher's modules are imported by what seals or opens a key, not by every command that reads a public half
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=2**log_n, r=_R, p=_P).derive(_passphrase_bytes(passphrase))


def seal(secret: bytes, public: str, passphrase: str, *, log_n: int | None = None) -> bytes:
    """The sealed file's bytes for ``secret`` (the original key file), showing ``public`` (one line)."""
    if "\n" in public or "\r" in public:
        raise KeyFileError("公钥应为一行文字")
    if not passphrase:
        raise KeyFileError("密钥口令不能为空")
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    log_n = WORK_FACTOR if log_n is None else log_n
    salt, nonce = os.urandom(16), os.urandom(12)
    header = (f"{MAGIC}\npublic: {public}\n"
              f"kdf: scrypt {log_n} {_R} {_P} {base64.b64encode(salt).decode('ascii')}\n"
              f"cipher: aes-256-gcm {base64.b64encode(nonce).decode('ascii')}\n")
    sealed = AESGCM(_derive(passphrase, salt, log_n)).encrypt(nonce, bytes(secret), header.encode("utf-8"))
    return header.encode("utf-8") + base64.b64encode(sealed) + b"\n"


def _parts(data: bytes) -> tuple[str, str, list[str], list[str], str]:
    damaged = KeyFileError("加密保存的密钥文件已损坏")
    try:
        lines = data.decode("utf-8").split("\n")
    except UnicodeDecodeError as error:
        raise damaged from error
    if len(lines) < 5 or lines[0] != MAGIC:
        raise damaged
    public, kdf, cipher = lines[1], lines[2].split(" "), lines[3].split(" ")
    if not public.startswith("public: ") or kdf[:2] != ["kdf:", "scrypt"] or len(kdf) != 6 \
            or cipher[:2] != ["cipher:", "aes-256-gcm"] or len(cipher) != 3:
        raise damaged
    header = "\n".join(lines[:4]) + "\n"
    return header, public.removeprefix("public: "), kdf[2:], cipher[2:], lines[4]


def public_part(data: bytes) -> str:
    """The public half written in the header (not yet checked: :func:`unseal` checks it with the rest)."""
    return _parts(data)[1]


def unseal(data: bytes, passphrase: str) -> bytes:
    """The original key file. A wrong passphrase or any changed byte raises :class:`WrongPassphrase`."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header, _public, kdf, cipher, body = _parts(data)
    damaged = KeyFileError("加密保存的密钥文件已损坏")
    try:
        log_n, r, p = (int(v) for v in kdf[:3])
        salt = base64.b64decode(kdf[3], validate=True)
        nonce = base64.b64decode(cipher[0], validate=True)
        sealed = base64.b64decode(body, validate=True)
    except (ValueError, binascii.Error) as error:
        raise damaged from error
    if not _LOWEST <= log_n <= _HIGHEST or (r, p) != (_R, _P) or len(salt) != 16 or len(nonce) != 12:
        raise damaged
    try:
        return AESGCM(_derive(passphrase, salt, log_n)).decrypt(nonce, sealed, header.encode("utf-8"))
    except InvalidTag as error:
        raise WrongPassphrase("密钥口令不正确") from error
