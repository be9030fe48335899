"""The data home is its owner's alone: folders 0700, the store, its WAL and every backup 0600 (POSIX; on Windows the
user profile's own access list does this job). Also, at each start, removes the temporary copies an interrupted
backup left behind — each is a full plaintext copy of the store, ID numbers and all.
"""

import os
import stat
from pathlib import Path

from gazetteer_desk.paths import backups_dir, store_path

FOLDERS = ("backups", "keys", "bundles", "held")
TEMP_GLOB = ".*.tmp"  # what snapshot.online_copy writes before its rename


def _chmod(path: Path, mode: int) -> None:
    try:
        if stat.S_IMODE(path.stat().st_mode) != mode:
            path.chmod(mode)
    except FileNotFoundError:
        pass


def remove_leftover_copies(home: Path) -> list[Path]:
    """Temporary store copies of a backup that was killed before its rename; returns what was removed."""
    removed = []
    folder = backups_dir(home)
    for path in folder.glob(TEMP_GLOB) if folder.is_dir() else []:
        if path.is_file() and not path.is_symlink():
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def make_private(home: Path) -> None:
    remove_leftover_copies(home)
    if os.name != "posix":
        return
    home = Path(home)
    _chmod(home, 0o700)
    for name in FOLDERS:
        _chmod(home / name, 0o700)
    store = store_path(home)
    for path in (store, store.with_name(store.name + "-wal"), store.with_name(store.name + "-shm")):
        _chmod(path, 0o600)
    folder = backups_dir(home)
    for path in folder.glob("*.sqlite") if folder.is_dir() else []:
        _chmod(path, 0o600)
