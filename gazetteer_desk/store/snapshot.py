"""The one way a store file is copied: SQLite's online backup API into a temporary file, flushed, then renamed.

A plain file copy of a live WAL store can be torn (pages still in the -wal file, a write half done); the backup API
reads one consistent snapshot. Writing to a temporary name and renaming means a pulled USB stick or a crash leaves
either the old file or the complete new one, never a half-written backup under the final name.
"""

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A temporary file beside ``target`` to write; once the block ends, it is flushed and renamed over ``target``
    (after an error it is removed, and ``target`` is as it was)."""
    import tempfile  # only for a copy being made: opening the store needs none

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    temp = Path(temp_name)
    try:
        yield temp
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
        _fsync_dir(target.parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def online_copy(source: Path, target: Path) -> Path:
    """Copy the store at ``source`` to ``target`` atomically; the copy is a self-contained (non-WAL) file."""
    with replacing(target) as temp:
        src = sqlite3.connect(source)
        try:
            src.execute("PRAGMA busy_timeout=10000")
            dst = sqlite3.connect(temp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # one file, readable without its -wal
                dst.commit()
            finally:
                dst.close()
        finally:
            src.close()
    return Path(target)
