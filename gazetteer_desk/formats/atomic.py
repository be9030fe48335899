"""Atomic file writing: the target holds either the old content or the complete new one.

Bundles go to USB sticks that fill up, are write-protected, or get pulled out
mid-write. We write a temporary file in the same folder, flush and fsync it,
rename it over the target and fsync the folder. On any failure the temporary
file is removed and a :class:`~gazetteer_desk.formats.WriteError` with a
Chinese message is raised: there is never a half-written bundle to carry to
the county.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from gazetteer_desk.formats import WriteError

_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY = {errno.EROFS}
_NO_PERMISSION = {errno.EACCES, errno.EPERM}
_DEVICE_GONE = {errno.EIO, errno.ENODEV, errno.ENXIO, getattr(errno, "ENOMEDIUM", errno.EIO)}
# Folder fsync is a best effort where the file system cannot do it (FAT on some kernels, Windows).
_DIR_FSYNC_UNSUPPORTED = {errno.EINVAL, errno.EBADF, errno.ENOTSUP, errno.EACCES, errno.EPERM}

_O_BINARY = getattr(os, "O_BINARY", 0)
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def _error_for(exc: OSError, path: Path) -> WriteError:
    code = exc.errno
    if code in _NO_SPACE:
        return WriteError(f"磁盘空间不足，未写入任何文件：{path}")
    if code in _READ_ONLY:
        return WriteError(f"无法写入：磁盘是只读的（U盘可能开启了写保护），未写入任何文件：{path}")
    if code in _NO_PERMISSION:
        return WriteError(f"无法写入：没有写入权限，未写入任何文件：{path}")
    if code == errno.ENOENT:
        return WriteError(f"无法写入：目标文件夹不存在（U盘可能已拔出），未写入任何文件：{path}")
    if code in _DEVICE_GONE:
        return WriteError(f"无法写入：磁盘读写出错（U盘可能已拔出或损坏），未写入任何文件：{path}")
    reason = exc.strerror or exc.__class__.__name__
    return WriteError(f"无法写入文件，未写入任何文件：{path}（{reason}）")


def _remove_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _temporary_name(path: Path) -> str:
    return f".{path.name}.{os.urandom(6).hex()}.tmp"  # what secrets.token_hex gives, without importing random


def _fsync_folder(folder: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):
        return  # Windows: a rename is already durable enough there and folders cannot be opened.
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | _O_CLOEXEC)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _DIR_FSYNC_UNSUPPORTED:
            raise
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes, *, mode: int | None = None, overwrite: bool = True) -> None:
    """Write ``data`` to ``path`` so that no reader ever sees a partial file.

    ``mode``: exact permission bits (e.g. ``0o600`` for secret keys); ``None`` gives the
    usual ``0o666`` minus the process umask. ``overwrite=False`` refuses an existing
    target with a :class:`WriteError` instead of replacing it.
    Raises :class:`WriteError` (a ``FormatError``) on any failure; the temporary file is gone then.
    """
    target = StreamingWrite(path, mode=mode, overwrite=overwrite)
    try:
        target.write(data)
        target.done()
    except BaseException:
        target.discard()
        raise


def _place(tmp: Path, path: Path, folder: Path, overwrite: bool = True) -> None:
    """``tmp`` (complete and synced) becomes ``path`` — replacing it, or refusing an existing one — and the folder is
    synced; after any failure ``tmp`` is gone and ``path`` as it was."""
    try:
        if overwrite:
            os.replace(tmp, path)
        else:
            _link_no_overwrite(tmp, path)
        _fsync_folder(folder)
    except WriteError:
        _remove_quietly(tmp)
        raise
    except OSError as exc:
        _remove_quietly(tmp)
        raise _error_for(exc, path) from exc
    except BaseException:
        _remove_quietly(tmp)
        raise


class StreamingWrite:
    """:func:`write_atomic` for a file made piece by piece: ``write(piece)`` as the pieces come, then ``done()``
    (fsync, rename, fsync the folder) or ``discard()`` (on any failure: nothing left behind). Write failures raise
    :class:`WriteError` with the same Chinese messages."""

    def __init__(self, path: Path, *, mode: int | None = None, overwrite: bool = True) -> None:
        self.path = Path(path)
        self._overwrite = overwrite
        self._folder = self.path.parent if str(self.path.parent) else Path(".")
        if not overwrite and self.path.exists():
            raise WriteError(f"文件已存在，为防止覆盖未写入：{self.path}")
        self._tmp = self._folder / _temporary_name(self.path)
        try:
            self._fd = os.open(self._tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY | _O_CLOEXEC,
                               0o666 if mode is None else 0o600)
        except OSError as exc:
            raise _error_for(exc, self.path) from exc
        if mode is not None and hasattr(os, "fchmod"):
            try:
                os.fchmod(self._fd, mode)
            except OSError as exc:
                self.discard()
                raise _error_for(exc, self.path) from exc

    def write(self, piece) -> int:
        view = memoryview(piece)
        try:
            while view:
                written = os.write(self._fd, view)
                if written <= 0:  # pragma: no cover - a write of 0 bytes means the device gave up
                    raise OSError(errno.EIO, "short write")
                view = view[written:]
        except OSError as exc:
            raise _error_for(exc, self.path) from exc
        return len(piece)

    def done(self) -> None:
        try:
            try:
                os.fsync(self._fd)
            finally:
                self._close()
        except OSError as exc:
            self.discard()
            raise _error_for(exc, self.path) from exc
        _place(self._tmp, self.path, self._folder, self._overwrite)

    def discard(self) -> None:
        self._close()
        _remove_quietly(self._tmp)

    def _close(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)


_COPY_CHUNK = 1 << 20


def write_copy(path: Path, written: Path) -> None:
    """Put the bytes of ``written`` (a file already written durably) at ``path`` as :func:`write_atomic` does: a hard
    link to it when both are on one file system — nothing written twice — else a copy.

    Two names of one file: the kept copy survives ``path`` being deleted, and a pulled stick was never linked."""
    path = Path(path)
    try:
        if os.path.samefile(path, written):  # already that very file (the folder given is the kept one)
            return
    except OSError:
        pass  # no such file yet
    folder = path.parent if str(path.parent) else Path(".")
    tmp = folder / _temporary_name(path)
    try:
        os.link(written, tmp)
    except OSError:  # another file system (a USB stick), or one without hard links (FAT): copy the bytes
        _copy(path, written)
        return
    _place(tmp, path, folder)


def one_file_system(folder: Path, other: Path) -> bool:
    """Whether two existing folders are on one file system — where :func:`write_copy` can link instead of copying.
    False when either cannot be looked at (the write there then says why)."""
    try:
        return os.stat(folder).st_dev == os.stat(other).st_dev
    except OSError:
        return False


def _copy(path: Path, written: Path) -> None:
    target = StreamingWrite(path)
    try:
        try:
            with open(written, "rb") as source:
                while piece := source.read(_COPY_CHUNK):
                    target.write(piece)
        except WriteError:
            raise
        except OSError as exc:  # the kept file itself could not be read
            raise _error_for(exc, path) from exc
        target.done()
    except BaseException:
        target.discard()
        raise


def _link_no_overwrite(tmp: Path, path: Path) -> None:
    """Move ``tmp`` to ``path`` only if ``path`` does not exist (race-free where hard links exist)."""
    try:
        os.link(tmp, path)
    except FileExistsError as exc:
        raise WriteError(f"文件已存在，为防止覆盖未写入：{path}") from exc
    except OSError:
        # FAT/exFAT sticks have no hard links: fall back to check-then-rename.
        if path.exists():
            raise WriteError(f"文件已存在，为防止覆盖未写入：{path}") from None
        os.replace(tmp, path)
        return
    os.unlink(tmp)


__all__ = ["StreamingWrite", "one_file_system", "write_atomic", "write_copy"]
