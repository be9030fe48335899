"""Reading a small key file (age identity, minisign key): bounded, UTF-8, with the exact Chinese reason it failed."""

from pathlib import Path

from gazetteer_desk.formats import KeyFileError

MAX_KEY_FILE = 64 * 1024  # far above any real key file; a bigger one is not a key


def read_key_bytes(path: Path | str, what: str, kind: str = "") -> bytes:
    """A key file's bytes, never more than :data:`MAX_KEY_FILE`; ``what``: 私钥 / 公钥 (named when the file is missing);
    ``kind``: the format's name when it is not one."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_KEY_FILE + 1)
    except FileNotFoundError as exc:
        raise KeyFileError(f"找不到{what}文件：{path}") from exc
    except OSError as exc:
        raise KeyFileError(f"无法读取{what}文件：{path}（{exc.strerror or exc}）") from exc
    if len(raw) > MAX_KEY_FILE:
        raise KeyFileError(f"不是有效的{kind}{what}文件（文件过大）：{path}")
    return raw


def read_key_text(path: Path | str, what: str, kind: str) -> str:
    """The key file's text (see :func:`read_key_bytes`)."""
    path = Path(path)
    raw = read_key_bytes(path, what, kind)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KeyFileError(f"不是有效的{kind}{what}文件：{path}") from exc
