"""The payload container inside an encrypted bundle: a plain (uncompressed) POSIX ustar tar.

Layout::

    manifest.json
    records/<name>.jsonl      (zero or more; <name> is [A-Za-z0-9][A-Za-z0-9._-]*)

Why uncompressed: GNU tar does not recognise compression when it reads from a
pipe, so the county's hand check ``age -d -i county.key FILE | tar -x`` only
works on a plain tar; a plain tar is also byte-for-byte reproducible (no
dependence on the zlib version) and has no decompression bomb. age encrypts in
64 KiB chunks either way, and a month of JSONL records from a township is a few
megabytes — small next to a USB stick.

:func:`unpack` still reads gzip-compressed tars (``tar -czf``), decompressing in
a bounded stream, so a bundle repacked by hand can be read back safely.

:func:`unpack` works entirely in memory and never writes to disk (:func:`members` reads the same files one after
another from a stream, for a bundle too large to hold). It refuses,
with a :class:`~gazetteer_desk.formats.ContainerError` naming the reason,
absolute paths, ``..``, links, devices and every other non-regular member,
duplicate names, names outside ``manifest.json`` / ``records/*.jsonl``, too many
members and too much data (counted while reading, not taken from headers).
"""

from __future__ import annotations

import io
import re
import tarfile
import zlib
from collections.abc import Iterator
from typing import Mapping

from gazetteer_desk.formats import ContainerError, FormatError

MANIFEST_NAME = "manifest.json"
RECORDS_DIR = "records"
MAX_TOTAL = 512 * 1024 * 1024
MAX_MEMBERS = 10_000
# A gzip container may inflate to at most this many times its own size: JSONL records compress about tenfold, a
# bomb a thousandfold. With it, memory follows the size of the file on the stick, not what its headers claim.
MAX_GZIP_RATIO = 40

_RECORD_NAME = re.compile(r"records/[A-Za-z0-9][A-Za-z0-9._-]{0,90}\.jsonl")
_GZIP_MAGIC = b"\x1f\x8b"
_FILE_TYPES = (tarfile.REGTYPE, tarfile.AREGTYPE)
# Fixed metadata so that the same content always gives the same bytes.
_FIXED_MTIME = 0
_FIXED_MODE = 0o644


def is_allowed_name(name: str) -> bool:
    """Whether ``name`` may be a file in the container."""
    return name == MANIFEST_NAME or _RECORD_NAME.fullmatch(name) is not None


def _shown(name: str) -> str:
    """A member name made safe to show in a message (no control characters, bounded length)."""
    cleaned = "".join(ch if ch.isprintable() else "?" for ch in name)
    return cleaned if len(cleaned) <= 80 else cleaned[:77] + "…"


# --- writing -----------------------------------------------------------------------------------


def pack(files: Mapping[str, bytes], *, max_total: int = MAX_TOTAL) -> bytes:
    """Build the tar from ``{name: content}``. Deterministic: sorted names, fixed mtime/owner/mode.

    ``manifest.json`` is required; other names must be ``records/<name>.jsonl``.
    """
    return b"".join(pack_pieces(files, max_total=max_total))


def pack_pieces(files: Mapping[str, bytes], *, max_total: int = MAX_TOTAL) -> list[bytes]:
    """:func:`pack`'s tar as the pieces that make it, in order (headers, the contents themselves, padding): for a
    writer that takes them one after another, without a joined copy of the whole."""
    if MANIFEST_NAME not in files:
        raise ContainerError("数据包中缺少 manifest.json")
    total = 0
    for name, content in files.items():
        if not isinstance(name, str) or not is_allowed_name(name):
            raise ContainerError(f"数据包中不允许的文件名：{_shown(str(name))}（只允许 manifest.json 和 records/*.jsonl）")
        if not isinstance(content, (bytes, bytearray, memoryview)):
            raise TypeError(f"content of {name!r} must be bytes")
        total += len(content)
    if total > max_total:
        raise ContainerError(f"数据量超过上限（{total} 字节，上限 {max_total} 字节）")

    # tarfile's own layout, joined once (by pack): its writer copies each member through a growing buffer 16 KiB at a time
    parts = []
    for name in sorted(files):
        content = bytes(files[name])
        info = tarfile.TarInfo(name)
        info.size = len(content)
        info.mtime = _FIXED_MTIME
        info.mode = _FIXED_MODE
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        info.type = tarfile.REGTYPE
        parts += [info.tobuf(tarfile.USTAR_FORMAT, tarfile.ENCODING, "surrogateescape"), content,
                  tarfile.NUL * (-len(content) % tarfile.BLOCKSIZE)]
    size = sum(map(len, parts)) + 2 * tarfile.BLOCKSIZE  # the two empty blocks that end the archive
    parts.append(tarfile.NUL * (2 * tarfile.BLOCKSIZE + -size % tarfile.RECORDSIZE))
    return parts


# --- reading -----------------------------------------------------------------------------------


class _BoundedReader(io.RawIOBase):
    """File-like view of the container's bytes, read from ``source`` (a reader), that stops with an error after
    ``cap`` bytes.

    Gzip input is inflated incrementally, never more than asked for, so a
    decompression bomb is caught after at most ``cap`` bytes of output.
    """

    _CHUNK = 64 * 1024

    def __init__(self, source, cap: int, gzip_cap: int) -> None:
        super().__init__()
        self._source = source
        self._delivered = 0
        head = self._take(2)
        self.compressed = head == _GZIP_MAGIC
        self._cap = min(cap, gzip_cap) if self.compressed else cap
        self._inflater = zlib.decompressobj(wbits=31) if self.compressed else None
        self._pending = head if self.compressed else b""  # input handed to the inflater but not yet consumed
        self._head = b"" if self.compressed else head  # plain bytes already taken from the source

    def _take(self, size: int) -> bytes:
        """Up to ``size`` bytes of the source (fewer only at its end)."""
        parts, wanted = [], size
        while wanted > 0:
            piece = self._source.read(wanted)
            if not piece:
                break
            parts.append(piece)
            wanted -= len(piece)
        return b"".join(parts)

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            size = self._cap + 1
        if self._inflater is None:
            head, self._head = self._head[:size], self._head[size:]
            out = head + self._take(size - len(head)) if len(head) < size else head
        else:
            out = self._inflate(size)
        self._delivered += len(out)
        if self._delivered > self._cap:
            raise ContainerError("数据包解压后超过大小上限，已拒绝（可能是恶意构造的压缩包）")
        return out

    def _inflate(self, size: int) -> bytes:
        parts: list[bytes] = []
        wanted = size
        while wanted > 0:
            assert self._inflater is not None
            if self._inflater.eof:
                rest = self._inflater.unused_data + self._pending
                self._pending = b""
                if len(rest) < 2:
                    rest += self._take(2 - len(rest))
                if not rest.strip(b"\x00"):
                    rest = self._take(self._CHUNK)
                    while rest and not rest.strip(b"\x00"):
                        rest = self._take(self._CHUNK)
                    if not rest:
                        break  # end of the gzip stream (trailing zero padding is tolerated)
                    raise ContainerError("数据包已损坏：压缩数据后有多余内容")
                if rest[:2] != _GZIP_MAGIC:
                    raise ContainerError("数据包已损坏：压缩数据后有多余内容")
                self._inflater = zlib.decompressobj(wbits=31)  # concatenated gzip members
                self._pending = rest
            if not self._pending:
                self._pending = self._take(self._CHUNK)
                if not self._pending:
                    raise ContainerError("数据包不完整：压缩数据被截断")
            try:
                piece = self._inflater.decompress(self._pending, wanted)
            except zlib.error as exc:
                raise ContainerError("数据包已损坏：压缩数据无法解开") from exc
            self._pending = self._inflater.unconsumed_tail
            parts.append(piece)
            wanted -= len(piece)
        return b"".join(parts)


def _check_member(member: tarfile.TarInfo) -> None:
    name = member.name
    shown = _shown(name)
    if not name:
        raise ContainerError("数据包中有没有名字的文件，已拒绝")
    if name.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", name):
        raise ContainerError(f"数据包中含有绝对路径，已拒绝：{shown}")
    parts = re.split(r"[/\\]", name)
    if ".." in parts:
        raise ContainerError(f"数据包中含有“..”路径（试图写到目录之外），已拒绝：{shown}")
    if member.issym():
        raise ContainerError(f"数据包中含有符号链接，已拒绝：{shown}")
    if member.islnk():
        raise ContainerError(f"数据包中含有硬链接，已拒绝：{shown}")
    if member.ischr() or member.isblk():
        raise ContainerError(f"数据包中含有设备文件，已拒绝：{shown}")
    if member.isfifo():
        raise ContainerError(f"数据包中含有管道文件，已拒绝：{shown}")
    if member.isdir():
        if name != RECORDS_DIR:
            raise ContainerError(f"数据包中含有不允许的文件夹，已拒绝：{shown}")
        return
    if member.type not in _FILE_TYPES or member.issparse():
        raise ContainerError(f"数据包中含有非普通文件，已拒绝：{shown}")
    if not is_allowed_name(name):
        raise ContainerError(f"数据包中含有不允许的文件，已拒绝：{shown}（只允许 manifest.json 和 records/*.jsonl）")


def unpack(data: bytes, max_total: int = MAX_TOTAL, max_members: int = MAX_MEMBERS) -> dict[str, bytes]:
    """Read the container into ``{name: content}`` (files only), in memory, refusing anything hostile."""
    return {member.name: member.read_all() for member in members(io.BytesIO(bytes(data)), len(data),
                                                                 max_total=max_total, max_members=max_members)}


_READ_SIZE = 256 * 1024
_BROKEN = (tarfile.TarError, EOFError, zlib.error, ValueError, UnicodeError, OverflowError)  # what tarfile raises


class Member:
    """A file of the container while it is being read: its content comes from the stream, ``read(n)`` at a time."""

    def __init__(self, name: str, size: int, stream) -> None:
        self.name, self.size, self._stream, self.taken = name, size, stream, 0

    def read(self, size: int = _READ_SIZE) -> bytes:
        try:
            piece = self._stream.read(size) if self._stream is not None else b""
        except FormatError:
            raise
        except _BROKEN as exc:
            raise ContainerError("数据包已损坏，无法读取其中的内容") from exc
        self.taken += len(piece)
        return piece

    def read_all(self) -> bytes:
        parts = []
        while piece := self.read():
            parts.append(piece)
        return b"".join(parts)


def members(source, size: int, max_total: int = MAX_TOTAL, max_members: int = MAX_MEMBERS) -> Iterator[Member]:
    """The container's files one after another, read from ``source`` (a reader of ``size`` bytes, or about that many:
    the bound on what a gzip container may inflate to) as they are consumed, refusing anything hostile as it comes.
    Each :class:`Member` must be read before the next is asked for (what is left of it is read and counted then);
    the checks of the whole (no file at all, no manifest) come after the last one."""
    # Header blocks, padding and the end-of-archive record on top of the file contents.
    cap = max_total + (max_members + 2) * 2048 + 20 * 1024
    reader = _BoundedReader(source, cap, max(size * MAX_GZIP_RATIO, 1024 * 1024))
    seen: set[str] = set()
    total = 0
    count = 0
    try:
        # read 256 KiB at a time, not tarfile's 10 KiB: a large bundle is read several times over
        with tarfile.open(fileobj=reader, mode="r|", bufsize=_READ_SIZE) as archive:  # type: ignore[arg-type]
            for member in archive:
                count += 1
                if count > max_members:
                    raise ContainerError(f"数据包中的文件过多（超过 {max_members} 个），已拒绝")
                _check_member(member)
                if member.name in seen:
                    raise ContainerError(f"数据包中有重名文件，已拒绝：{_shown(member.name)}")
                seen.add(member.name)
                if member.isdir():
                    continue
                if member.size < 0 or total + member.size > max_total:
                    raise ContainerError(f"数据包内容超过大小上限（{max_total} 字节），已拒绝")
                found = Member(member.name, member.size, archive.extractfile(member))
                yield found
                while found.read():  # what the reader left
                    pass
                if found.taken != member.size:
                    raise ContainerError("数据包不完整：文件被截断")
                total += found.taken
    except FormatError:
        raise
    except _BROKEN as exc:
        raise ContainerError("数据包已损坏，无法读取其中的内容") from exc
    if count == 0:
        raise ContainerError("数据包是空的或已损坏")
    if MANIFEST_NAME not in seen:
        raise ContainerError("数据包中缺少 manifest.json")


__all__ = ["MANIFEST_NAME", "MAX_MEMBERS", "MAX_TOTAL", "Member", "is_allowed_name", "members", "pack", "unpack"]
