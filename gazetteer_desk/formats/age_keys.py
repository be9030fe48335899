"""age encryption (X25519 recipients) of sync bundles, through ``pyrage``.

Files are plain age v1 (https://age-encryption.org/v1), binary (not armored),
so the county can always check a bundle by hand with the stock tool::

    age -d -i county.key BUNDLE.age | tar -x

Identity files use age-keygen's own layout (``# created:`` / ``# public key:``
comments, then one ``AGE-SECRET-KEY-1…`` line) and files written by
``age-keygen`` load here unchanged.
"""

from __future__ import annotations

import hashlib
import os
import queue
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator, Sequence, Union

import pyrage
from pyrage import x25519

from gazetteer_desk.formats import DecryptError, FormatError, KeyFileError
from gazetteer_desk.formats.atomic import write_atomic
from gazetteer_desk.formats.keyfiles import read_key_text

Identity = x25519.Identity
Recipient = x25519.Recipient

#: Largest identity file we agree to read (a real one is ~190 bytes).

_DECRYPT_FAILED = "解密失败：此文件不是发给本县信访办的，或已损坏"


def generate_identity() -> tuple[str, str]:
    """Return ``(identity file text, public key)`` for a new X25519 identity, in age-keygen's layout."""
    identity = x25519.Identity.generate()
    public_key = str(identity.to_public())
    created = datetime.now(timezone.utc).astimezone().replace(microsecond=0).isoformat()
    text = f"# created: {created}\n# public key: {public_key}\n{identity}\n"
    return text, public_key


def write_identity_file(path: Path) -> str:
    """Create a new identity file at ``path`` (mode 0600, atomic, never overwriting); return its public key."""
    path = Path(path)
    if path.exists():
        raise KeyFileError(f"密钥文件已存在，为防止覆盖旧密钥未生成新密钥：{path}")
    text, public_key = generate_identity()
    write_atomic(path, text.encode("ascii"), mode=0o600, overwrite=False)
    return public_key


def parse_identities(text: str) -> list[Identity]:
    """Parse identity file text: ``#`` comments and blank lines are skipped, every other line is a key."""
    identities: list[Identity] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not line.upper().startswith("AGE-SECRET-KEY-1"):
            raise KeyFileError("不是有效的age私钥文件：含有无法识别的内容（本程序只支持age-keygen生成的私钥）")
        try:
            identities.append(x25519.Identity.from_str(line))
        except pyrage.IdentityError as exc:
            raise KeyFileError("不是有效的age私钥文件：私钥已损坏") from exc
    if not identities:
        raise KeyFileError("不是有效的age私钥文件：文件中没有私钥")
    return identities


def load_identities(path: Path | str) -> list[Identity]:
    """All identities in an age identity file (age allows several; ours hold one)."""
    return parse_identities(read_key_text(path, "私钥", "age"))


def load_identity(path: Path | str) -> Identity:
    """The single identity in an identity file such as the one ``age-keygen -o county.key`` writes."""
    identities = load_identities(path)
    if len(identities) != 1:
        raise KeyFileError(f"私钥文件中有{len(identities)}个私钥，应只有一个：{path}")
    return identities[0]


def public_key_of(identity: Identity) -> str:
    """The ``age1…`` public key (recipient) belonging to an identity."""
    return str(identity.to_public())


def parse_recipient(text: str) -> Recipient:
    """Parse an ``age1…`` public key (surrounding blanks allowed)."""
    if not isinstance(text, str):
        raise KeyFileError("不是有效的age公钥：应为以 age1 开头的文本")
    cleaned = text.strip()
    shown = cleaned if len(cleaned) <= 80 else cleaned[:77] + "…"
    if not cleaned.lower().startswith("age1"):
        raise KeyFileError(f"不是有效的age公钥（应以 age1 开头）：{shown}")
    try:
        return x25519.Recipient.from_str(cleaned.lower())
    except pyrage.RecipientError as exc:
        raise KeyFileError(f"不是有效的age公钥（可能抄错了字符）：{shown}") from exc


def recipient_fingerprint(public_key: str) -> str:
    """Short fingerprint to read out over the phone: ``"3F2A 91C0 77DE 0B14"``.

    First 8 bytes of SHA-256 over the normalised public key text, as 4 groups of
    4 uppercase hex digits. The key is validated first.
    """
    normalised = str(parse_recipient(public_key))
    digest = hashlib.sha256(normalised.encode("ascii")).hexdigest().upper()[:16]
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def _recipients(recipients: Iterable[Union[str, Recipient]]) -> list[Recipient]:
    parsed = [parse_recipient(r) if isinstance(r, str) else r for r in recipients]
    if not parsed:
        raise FormatError("加密失败：没有指定接收方公钥")
    return parsed


def encrypt(data: bytes, recipients: Sequence[Union[str, Recipient]]) -> bytes:
    """Encrypt ``data`` to every recipient (``age1…`` strings or parsed recipients); binary age v1 output."""
    parsed = _recipients(recipients)
    try:
        return pyrage.encrypt(bytes(data), parsed)
    except pyrage.EncryptError as exc:  # pragma: no cover - X25519 encryption does not fail in practice
        raise FormatError("加密失败") from exc


class _Pieces:
    """A reader over pieces of bytes read one after another (the plaintext is never joined into one copy)."""

    def __init__(self, pieces: Iterable[bytes]) -> None:
        self._pieces = [memoryview(piece) for piece in pieces if len(piece)]
        self._pieces.reverse()  # taken from the end

    def read(self, size: int = -1) -> bytes:
        if not self._pieces:
            return b""
        if size < 0:
            whole = b"".join(reversed(self._pieces))
            self._pieces.clear()
            return whole
        first = self._pieces[-1]
        if size >= len(first):  # a short read: the rest of this piece (readers ask again)
            self._pieces.pop()
            return bytes(first)
        self._pieces[-1] = first[size:]
        return bytes(first[:size])


def encrypt_into(pieces: Iterable[bytes], recipients: Sequence[Union[str, Recipient]], sink) -> None:
    """:func:`encrypt` of the ``pieces`` one after another, the age file handed to ``sink.write`` 64 KiB at a time
    as it is made (written and hashed on the way: neither the plaintext nor the age file is ever held as one copy).
    An exception ``sink.write`` raises comes through as it is."""
    parsed = _recipients(recipients)
    failed: list[BaseException] = []

    class _Sink:
        def write(self, piece) -> int:
            try:
                return sink.write(piece)
            except BaseException as error:  # kept: the binding reports any failure of ours as its own error
                failed.append(error)
                raise

        def flush(self) -> None:
            pass

    try:
        pyrage.encrypt_io(_Pieces(pieces), _Sink(), parsed)
    except BaseException as exc:
        if failed:
            raise failed[0] from None
        if isinstance(exc, pyrage.EncryptError):  # pragma: no cover - X25519 encryption does not fail in practice
            raise FormatError("加密失败") from exc
        raise


def decrypt(
    data: bytes,
    identity: Union[Path, str, os.PathLike, Identity, Sequence[Identity]],
) -> bytes:
    """Decrypt an age file. ``identity``: path to an identity file, an identity, or a list of them.

    Wrong recipient, truncation and any altered byte all raise :class:`DecryptError`
    with the same message (age authenticates every 64 KiB chunk and the end of the stream).
    """
    if isinstance(identity, (str, os.PathLike)):
        identities = load_identities(identity)
    elif isinstance(identity, x25519.Identity):
        identities = [identity]
    else:
        identities = list(identity)
        if not identities:
            raise KeyFileError("解密失败：没有提供私钥")
    try:
        return pyrage.decrypt(bytes(data), identities)
    except (pyrage.DecryptError, ValueError) as exc:
        raise DecryptError(_DECRYPT_FAILED) from exc



_DONE = object()  # the end of a decryption running beside its reader


class _Stopped(Exception):
    """The reader of a decryption went away: the decryption stops."""


def decrypt_stream(source, identities: Sequence[Identity], piece: int = 128 * 1024) -> Iterator[bytes]:
    """:func:`decrypt` of the age file read from ``source`` (a reader), the plaintext handed out in pieces of about
    ``piece`` bytes as it is made: neither the age file nor its plaintext is ever held whole.

    The decryption runs on a thread of its own, a few pieces ahead of the reader. age authenticates each 64 KiB
    chunk as it goes and the end of the stream last, so the pieces of an altered or truncated file come out up to
    the point of damage and then :class:`DecryptError` (the same message as :func:`decrypt`); the caller must not
    keep anything from a stream that did not end. An error of ``source`` itself (an ``OSError`` reading the file)
    comes through as it is. Closing the iterator early stops the decryption."""
    identities = list(identities)
    if not identities:
        raise KeyFileError("解密失败：没有提供私钥")
    pieces: queue.Queue = queue.Queue(maxsize=4)
    stop = threading.Event()
    failed: list[BaseException] = []
    unread: list[BaseException] = []  # the source's own errors, told apart from the decryption's

    class _Source:
        def read(self, size: int = -1) -> bytes:
            try:
                return source.read(size)
            except BaseException as error:
                unread.append(error)
                raise

    class _Sink:
        def __init__(self) -> None:
            self.held: list[bytes] = []
            self.size = 0

        def write(self, data) -> int:
            if stop.is_set():
                raise _Stopped
            self.held.append(bytes(data))
            self.size += len(data)
            if self.size >= piece:
                self.flush()
            return len(data)

        def flush(self) -> None:
            if self.held:
                pieces.put(b"".join(self.held))
                self.held, self.size = [], 0

    def decrypt() -> None:
        sink = _Sink()
        try:
            pyrage.decrypt_io(_Source(), sink, identities)
            sink.flush()
        except BaseException as error:  # noqa: BLE001 - handed to the reader
            failed.append(error)
        finally:
            pieces.put(_DONE)

    worker = threading.Thread(target=decrypt, name="age-decrypt", daemon=True)
    worker.start()
    try:
        while (item := pieces.get()) is not _DONE:
            yield item
        if unread:
            raise unread[0]
        if failed:
            raise DecryptError(_DECRYPT_FAILED) from failed[0]
    finally:
        stop.set()
        while worker.is_alive():  # the decryption may wait for room: make it, so it sees the stop
            try:
                pieces.get(timeout=0.05)
            except queue.Empty:
                pass
        worker.join()


__all__ = [
    "Identity",
    "Recipient",
    "decrypt",
    "decrypt_stream",
    "encrypt",
    "generate_identity",
    "load_identities",
    "load_identity",
    "parse_identities",
    "parse_recipient",
    "public_key_of",
    "recipient_fingerprint",
    "write_identity_file",
]
