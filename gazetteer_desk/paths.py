"""Where this installation keeps its data: ``--home``, else ``GAZETTEER_DESK_HOME``, else the user data folder."""

import os
from pathlib import Path

APP_NAME = "GazetteerDesk"
HOME_ENV = "GAZETTEER_DESK_HOME"
STORE_FILE = "desk.sqlite"


def resolve_home(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs  # only for the default folder: a command given --home does without it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def store_path(home: Path) -> Path:
    return home / STORE_FILE


def backups_dir(home: Path) -> Path:
    return home / "backups"
