"""The secret key files of a home at rest: sealed with the key passphrase set at set-up, opened when needed.

A home holds up to four secret keys in ``HOME/keys``: the township's minisign signing key and age identity (down
bundles), the county's age identity and its minisign signing key (plus the one it replaced). Each is sealed on its
own (:mod:`gazetteer_desk.formats.sealed_key`) with the same passphrase; its public half stays readable, so
fingerprints and the desk's own signature checks never ask for the passphrase.

Stores set up before keys were sealed keep plain key files, mode 0600; they work as before and are offered
:func:`protect` (``keys protect``, the 同步 page), which seals them all or none.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from gazetteer_desk.errors import DeskError
from gazetteer_desk.formats import FormatError, KeyFileError, age_keys, keyfiles, minisign, sealed_key
from gazetteer_desk.formats.atomic import write_atomic
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import require
from gazetteer_desk.store.database import Store

KEYS_FOLDER = "keys"
# File names of every secret key a home may hold; public keys and other files in keys/ are not secret.
SECRET_KEY_FILES = ("township.minisign.key", "township.age.key", "county.key", "county.minisign.key",
                    "county.minisign.key.previous")
MIN_PASSPHRASE = 8

NEEDED = "本机的密钥已用口令保护，请输入密钥口令"
WRONG = "密钥口令不正确，未做任何更改。请重新输入（忘记口令时请联系县信访办重新登记密钥）"


class PassphraseNeeded(DeskError):
    """A sealed key must be opened and no passphrase was given: the window or the command line asks for one."""

    def __init__(self) -> None:
        super().__init__(NEEDED)


def secret_key_paths(home: Path) -> list[Path]:
    folder = Path(home) / KEYS_FOLDER
    return [folder / name for name in SECRET_KEY_FILES if (folder / name).is_file()]


def _read(path: Path) -> bytes:
    try:
        return keyfiles.read_key_bytes(path, "私钥")
    except KeyFileError as error:
        raise DeskError(error.message) from error


def is_sealed(path: Path) -> bool:
    return path.is_file() and sealed_key.is_sealed(_read(path))


def sealed(home: Path) -> bool:
    """True when this home's keys are sealed: whoever uses them is asked for the passphrase."""
    return any(is_sealed(path) for path in secret_key_paths(home))


def plain_keys(home: Path) -> list[Path]:
    """Secret key files of this home still stored without a passphrase."""
    return [path for path in secret_key_paths(home) if not is_sealed(path)]


def check_new_passphrase(passphrase: str | None, repeat: str | None = None) -> str:
    """A passphrase fit to seal the keys with, or :class:`DeskError` saying why not."""
    passphrase = passphrase or ""
    if not passphrase.strip():
        raise DeskError("请设置密钥口令：签名密钥和解密密钥用它加密保存，导出、导入数据包时需要输入")
    if len(passphrase) < MIN_PASSPHRASE:
        raise DeskError(f"密钥口令太短（{len(passphrase)} 个字符），至少 {MIN_PASSPHRASE} 个字符")
    if any(unicodedata.category(ch) == "Cc" for ch in passphrase):
        raise DeskError("密钥口令不能含有控制字符")
    if repeat is not None and repeat != passphrase:
        raise DeskError("两次输入的密钥口令不一致")
    return passphrase


def _open(path: Path, passphrase: str | None) -> bytes:
    data = _read(path)
    if not sealed_key.is_sealed(data):
        return data
    if not passphrase:
        raise PassphraseNeeded()
    try:
        return sealed_key.unseal(data, passphrase)
    except sealed_key.WrongPassphrase as error:
        raise DeskError(WRONG) from error
    except FormatError as error:
        raise DeskError(f"{error.message}：{path}") from error


def _write(path: Path, secret: bytes, public: str, passphrase: str | None) -> None:
    data = sealed_key.seal(secret, public, passphrase) if passphrase else secret
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_atomic(path, data, mode=0o600, overwrite=False)
    except (FormatError, OSError) as error:
        raise DeskError(f"无法写入私钥文件：{path}（{getattr(error, 'message', error)}）") from error


def _key_text(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DeskError(f"私钥文件已损坏：{path}") from error


# --- minisign signing keys -------------------------------------------------------------------------------------


def load_signing_key(path: Path, passphrase: str | None) -> minisign.SigningKey:
    try:
        return minisign.parse_secret_key(_key_text(_open(path, passphrase), path))
    except FormatError as error:
        raise DeskError(f"{error.message}：{path}") from error


def signing_public_key(path: Path) -> minisign.PublicKey:
    """The public half, without the passphrase."""
    data = _read(path)
    try:
        if sealed_key.is_sealed(data):
            return minisign.parse_public_key(sealed_key.public_part(data))
        return minisign.parse_secret_key(_key_text(data, path)).public_key
    except FormatError as error:
        raise DeskError(f"{error.message}：{path}") from error


def _signing_public_line(key: minisign.SigningKey) -> str:
    return minisign.public_key_text(key).strip().splitlines()[-1]


def new_signing_key(path: Path, passphrase: str | None) -> minisign.SigningKey:
    """A new signing key saved at ``path`` (never over an existing one), sealed when ``passphrase`` is given."""
    key = minisign.generate_signing_key()
    _write(path, minisign.secret_key_text(key).encode("ascii"), _signing_public_line(key), passphrase)
    return key


def save_signing_key(key: minisign.SigningKey, path: Path, passphrase: str | None) -> None:
    _write(path, minisign.secret_key_text(key).encode("ascii"), _signing_public_line(key), passphrase)


# --- age identities --------------------------------------------------------------------------------------------


def load_identities(path: Path, passphrase: str | None) -> list[age_keys.Identity]:
    try:
        return age_keys.parse_identities(_key_text(_open(path, passphrase), path))
    except FormatError as error:
        raise DeskError(f"{error.message}：{path}") from error


def identity_public_key(path: Path) -> str:
    """The ``age1…`` recipient of the identity at ``path``, without the passphrase."""
    data = _read(path)
    try:
        if sealed_key.is_sealed(data):
            return str(age_keys.parse_recipient(sealed_key.public_part(data)))
        identities = age_keys.parse_identities(_key_text(data, path))
    except FormatError as error:
        raise DeskError(f"{error.message}：{path}") from error
    if len(identities) != 1:
        raise DeskError(f"私钥文件中有{len(identities)}个私钥，应只有一个：{path}")
    return age_keys.public_key_of(identities[0])


def new_identity(path: Path, passphrase: str | None) -> str:
    """A new age identity saved at ``path`` (age-keygen's layout inside), sealed when ``passphrase`` is given."""
    text, public_key = age_keys.generate_identity()
    _write(path, text.encode("ascii"), public_key, passphrase)
    return public_key


# --- sealing the keys of an older store ------------------------------------------------------------------------


def _public_of(path: Path) -> str:
    if path.name.endswith(".age.key") or path.name == "county.key":
        return identity_public_key(path)
    return minisign.public_key_text(signing_public_key(path)).strip().splitlines()[-1]


def _reseal(keys: list[tuple[Path, bytes]], passphrase: str) -> None:
    """Seal each ``(path, original key file)`` with ``passphrase``: every sealed file is written and opened again
    beside the old one first, then each is moved into place with one rename (a key is always either its old file
    or its new one, never half of either). On any failure before the renames nothing has changed."""
    staged: list[tuple[Path, Path]] = []
    try:
        for path, data in keys:
            sealed = sealed_key.seal(data, _public_of(path), passphrase)
            if sealed_key.unseal(sealed, passphrase) != data:  # pragma: no cover - AES-GCM round trip
                raise DeskError(f"加密私钥失败：{path}")
            temporary = path.with_name(path.name + ".sealing")
            temporary.unlink(missing_ok=True)
            write_atomic(temporary, sealed, mode=0o600, overwrite=False)
            staged.append((temporary, path))
    except (FormatError, OSError) as error:
        for temporary, _path in staged:
            temporary.unlink(missing_ok=True)
        raise DeskError(f"加密私钥失败，未做任何更改：{getattr(error, 'message', error)}") from error
    except BaseException:
        for temporary, _path in staged:
            temporary.unlink(missing_ok=True)
        raise
    for temporary, path in staged:
        temporary.replace(path)


def protect(store: Store, passphrase: str, repeat: str | None = None, *, actor="") -> list[Path]:
    """Seal every plain key of this home with ``passphrase`` (see :func:`_reseal`), audited. Refused when some keys
    are sealed already with another passphrase (they could not all be opened with one)."""
    require(actor, "edit_settings")
    passphrase = check_new_passphrase(passphrase, repeat)
    home = Path(store.home)
    plain = plain_keys(home)
    if not plain:
        raise DeskError("本机的密钥都已用口令保护，无需再设置")
    for path in secret_key_paths(home):
        if path not in plain:
            _open(path, passphrase)  # the one passphrase must open the keys sealed already
    _reseal([(path, _read(path)) for path in plain], passphrase)
    with store.transaction() as session:
        audit.record(session, actor, "keys_protected", "setting", "keys",
                     {"files": [path.name for path in plain]})
    return plain


def change_passphrase(store: Store, old: str, new: str, repeat: str | None = None, *, actor="") -> list[Path]:
    """Seal every key of this home with ``new`` instead of ``old`` (plain keys too), audited.

    A key that ``new`` opens already is left as it is: a change interrupted between two renames is finished by
    running it again with the same two passphrases. A wrong ``old`` changes nothing."""
    require(actor, "edit_settings")
    new = check_new_passphrase(new, repeat)
    if new == old:
        raise DeskError("新的密钥口令与原口令相同")
    keys: list[tuple[Path, bytes]] = []
    for path in secret_key_paths(store.home):
        data = _read(path)
        if not sealed_key.is_sealed(data):
            keys.append((path, data))
            continue
        try:
            keys.append((path, sealed_key.unseal(data, old)))
        except sealed_key.WrongPassphrase:
            try:
                sealed_key.unseal(data, new)  # changed already by an interrupted run
            except sealed_key.WrongPassphrase as error:
                raise DeskError(WRONG) from error
        except FormatError as error:
            raise DeskError(f"{error.message}：{path}") from error
    if not keys:
        raise DeskError("本机尚无需要更改口令的私钥" if not secret_key_paths(store.home) else "密钥口令已是新口令")
    _reseal(keys, new)
    with store.transaction() as session:
        audit.record(session, actor, "keys_passphrase", "setting", "keys", {"files": [path.name for path, _ in keys]})
    return [path for path, _ in keys]
