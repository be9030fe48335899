"""A township bundle read as a stream, so that the county's memory does not follow the size of a bundle.

A bundle is never held whole, neither the age file nor what it decrypts to: each reading opens the file again,
decrypts it as it is read (:func:`~gazetteer_desk.formats.age_keys.decrypt_stream`) and hands out the files of its
container one after another (:func:`~gazetteer_desk.formats.container.members`). The signature covers the file,
so every reading also digests the bytes it read and, at its end, refuses a file that is not the one whose signature
was checked (changed on the stick meanwhile): nothing read in a reading that did not end is kept — the county import
merges in one transaction, committed only after its last reading ended.

The import reads a bundle several times: once to check the container, the manifest and the payload hash before any
row (:func:`survey`), then for the rows (:func:`record_files`), each table after the tables it refers to — a few
readings, as the container holds its files by name. Decryption is the cheap part of a reading.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from gazetteer_desk.formats import FormatError, age_keys, container
from gazetteer_desk.services.sync.bundle_payload import PayloadError

PIECE = 256 * 1024  # bytes read from the file, or from a file of the container, at a time


@dataclass(frozen=True)
class SealedFile:
    """A bundle on disk whose signature was checked: its path, size and SHA-256 as signed."""

    path: Path
    size: int
    file_hash: str


class _Digesting:
    """A reader of the file that digests what it hands out."""

    def __init__(self, file) -> None:
        self._file = file
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        piece = self._file.read(size)
        self.digest.update(piece)
        return piece


class _Joined:
    """A reader over pieces of bytes taken from an iterator as they are asked for."""

    def __init__(self, pieces: Iterator[bytes]) -> None:
        self._pieces = pieces
        self._piece = memoryview(b"")

    def read(self, size: int = -1) -> bytes:
        if not self._piece:
            self._piece = memoryview(next(self._pieces, b""))
        if size < 0 or size >= len(self._piece):
            out, self._piece = bytes(self._piece), memoryview(b"")
            return out
        out, self._piece = bytes(self._piece[:size]), self._piece[size:]
        return out


def _unreadable(error: OSError) -> PayloadError:
    return PayloadError(f"无法读取文件（{error.strerror or error}）")


class Member:
    """A file of the container being read (see :class:`~gazetteer_desk.formats.container.Member`); what goes wrong
    while its content is read raises :class:`PayloadError` with the reason, as for the container itself."""

    def __init__(self, member: container.Member) -> None:
        self.name = member.name
        self._member = member

    def read(self, size: int = PIECE) -> bytes:
        try:
            return self._member.read(size)
        except FormatError as error:
            raise PayloadError(error.message) from error
        except OSError as error:
            raise _unreadable(error) from error

    def read_all(self) -> bytes:
        parts = []
        while piece := self.read():
            parts.append(piece)
        return b"".join(parts)


def members(sealed: SealedFile, identities, max_payload: int) -> Iterator[Member]:
    """One reading of the bundle: the files of its container, one after another (each to be read before the next
    is asked for). Raises :class:`PayloadError` with the reason: decryption, the container, the file itself."""
    try:
        file = sealed.path.open("rb")
    except OSError as error:
        raise _unreadable(error) from error
    with file:
        source = _Digesting(file)
        pieces = age_keys.decrypt_stream(source, identities)
        try:
            for member in container.members(_Joined(pieces), sealed.size, max_total=max_payload):
                yield Member(member)
            for _rest in pieces:  # what follows the container: the age file authenticated to its end
                pass
            while source.read(PIECE):
                pass
        except FormatError as error:
            raise PayloadError(error.message) from error
        except OSError as error:
            raise _unreadable(error) from error
        finally:
            pieces.close()
    if source.digest.hexdigest() != sealed.file_hash:
        raise PayloadError("文件在读取过程中被改动，与签名时的内容不同，已拒绝")


@dataclass(frozen=True)
class Survey:
    manifest: bytes
    names: list[str]  # the record files, in the container's order
    payload_hash: str  # SHA-256 of the record files as the manifest's ``payload_hash`` counts it


def _feed(digest, member: Member) -> None:
    digest.update(member.name.encode("utf-8") + b"\n")
    while piece := member.read(PIECE):
        digest.update(piece)


def survey(sealed: SealedFile, identities, max_payload: int) -> Survey:
    """The first reading: every check of the container, its manifest, the names of its record files and their
    payload hash (:func:`~gazetteer_desk.services.sync.bundle_payload.payload_hash`), no row read yet."""
    manifest = b""
    names: list[str] = []
    digest = hashlib.sha256()
    ordered = True
    for member in members(sealed, identities, max_payload):
        if member.name == container.MANIFEST_NAME:
            manifest = member.read_all()
            continue
        ordered = ordered and (not names or names[-1] < member.name)
        names.append(member.name)
        if ordered:  # the hash runs over the files in name order, as this program packs them
            _feed(digest, member)
    if not ordered:  # a container packed by hand: a reading for each file, in name order
        digest = hashlib.sha256()
        for name in sorted(names):
            for member in members(sealed, identities, max_payload):
                if member.name == name:
                    _feed(digest, member)
    return Survey(manifest, names, digest.hexdigest())


def record_files(sealed: SealedFile, identities, max_payload: int, files: dict[str, str],
                 needs: dict[str, set[str]]) -> Iterator[tuple[str, str, Member]]:
    """Each of ``files`` (record file name → table, in the container's order) once, as ``(name, table, member)``,
    a file only after those of every table it refers to (``needs``: table → the tables it refers to), in as few
    readings as that order allows. The caller reads each member before asking for the next."""
    waiting = dict(files)
    present = set(files.values())
    done: set[str] = set()
    while waiting:
        before = len(waiting)
        for member in members(sealed, identities, max_payload):
            table = waiting.get(member.name)
            if table is None or (needs.get(table, set()) - {table}) & (present - done):
                continue
            yield member.name, table, member
            done.add(table)
            del waiting[member.name]
        if len(waiting) == before:  # tables referring to each other: cannot happen with the store's schema
            raise PayloadError("数据包中的数据表相互引用，无法导入")
