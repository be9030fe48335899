"""The township's keys: the county office's age public key (to encrypt to) and its own minisign signing key.

The signing key lives in ``HOME/keys/township.minisign.key`` (mode 0600, sealed with the key passphrase set at set-up,
see :mod:`key_store`); the county registers the public half from ``gazetteer-desk bundle pubkey``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gazetteer_desk.errors import DeskError
from gazetteer_desk.formats import FormatError, age_keys, minisign
from gazetteer_desk.formats.atomic import write_atomic
from gazetteer_desk.store.database import Store
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import require
from gazetteer_desk.services.sync import key_store

SIGNING_KEY_FILE = "township.minisign.key"
COUNTY_IDENTITY_FILE = "county.key"
COUNTY_KEY_SETTING = "county_public_key"
BACKUP_KEY_SETTING = "backup_public_key"


def keys_dir(home: Path) -> Path:
    return Path(home) / "keys"


def signing_key_path(home: Path) -> Path:
    return keys_dir(home) / SIGNING_KEY_FILE


def county_identity_path(home: Path) -> Path:
    return keys_dir(home) / COUNTY_IDENTITY_FILE


def _desk_error(error: FormatError) -> DeskError:
    return DeskError(error.message)


def ensure_signing_key(store: Store, passphrase: str | None = None) -> minisign.SigningKey:
    """The township's signing key, opened with ``passphrase`` when sealed; made on first use (sealed when a
    passphrase is given — set-up always gives one)."""
    path = signing_key_path(store.home)
    if path.exists():
        return key_store.load_signing_key(path, passphrase)
    if not passphrase and key_store.sealed(store.home):
        raise key_store.PassphraseNeeded()  # the other keys are sealed: this one will be too
    return key_store.new_signing_key(path, passphrase)


def create_township_keys(store: Store, passphrase: str | None, repeat: str | None = None) -> minisign.PublicKey:
    """Set-up: the township's signing key and its receiving identity (down bundles), both sealed with
    ``passphrase`` — or, when the clerk leaves it for later (None), kept plain until `keys protect` / the 同步 page
    seals them. Keys already there are kept (a second run of set-up never replaces a registered key)."""
    if passphrase is not None:
        passphrase = key_store.check_new_passphrase(passphrase, repeat)
    signing = signing_key_path(store.home)
    if not signing.exists():
        key_store.new_signing_key(signing, passphrase)
    identity = keys_dir(store.home) / "township.age.key"
    if not identity.exists():
        key_store.new_identity(identity, passphrase)
    return key_store.signing_public_key(signing)


def signing_public_key(store: Store, passphrase: str | None = None) -> minisign.PublicKey:
    """The public half of the township's signing key, without the passphrase; the key is made when missing (only
    a store set up before keys were sealed lacks one: ``passphrase`` seals it then)."""
    path = signing_key_path(store.home)
    if not path.exists():
        ensure_signing_key(store, passphrase)
    return key_store.signing_public_key(path)


@dataclass(frozen=True)
class CountyKey:
    public_key: str
    fingerprint: str
    backup_key: str = ""
    backup_fingerprint: str = ""


def set_county_key(store: Store, public_key: str, backup_key: str | None = None, *, actor="") -> CountyKey:
    """Record the county office's ``age1…`` key (and optionally an offline backup recipient) in one save.

    Whoever holds the matching private key can read every bundle: a signed-in ``actor`` needs ``edit_settings``,
    and the change (old and new fingerprints) is written to the audit trail in the same save."""
    require(actor, "edit_settings")
    if store.mode == "county":
        raise DeskError("县信访办的数据目录不需要设置县级公钥（它自己持有私钥）")
    try:
        county = str(age_keys.parse_recipient(public_key))
        backup = str(age_keys.parse_recipient(backup_key)) if backup_key else ""
    except FormatError as error:
        raise _desk_error(error) from error
    if backup == county:
        raise DeskError("备份公钥与县级公钥相同，请填写另一把备份密钥的公钥")
    old = county_key(store)
    with store.transaction() as session:
        store.set_setting(COUNTY_KEY_SETTING, county, session)
        store.set_setting(BACKUP_KEY_SETTING, backup, session)
        audit.record(session, actor, "county_key", "setting", COUNTY_KEY_SETTING, {"changes": audit.changes(
            {"county": old.fingerprint if old else "", "backup": old.backup_fingerprint if old else ""},
            {"county": age_keys.recipient_fingerprint(county),
             "backup": age_keys.recipient_fingerprint(backup) if backup else ""})})
    return county_key(store)


def county_key(store: Store) -> CountyKey | None:
    county = store.setting(COUNTY_KEY_SETTING)
    if not county:
        return None
    backup = store.setting(BACKUP_KEY_SETTING)
    return CountyKey(
        county, age_keys.recipient_fingerprint(county),
        backup, age_keys.recipient_fingerprint(backup) if backup else "",
    )


def recipients(store: Store) -> list[str]:
    key = county_key(store)
    if key is None:
        raise DeskError("尚未设置县信访办公钥：请先运行 gazetteer-desk bundle county-key age1…（向县信访办索取）")
    return [key.public_key] + ([key.backup_key] if key.backup_key else [])


@dataclass(frozen=True)
class OwnPublicKey:
    text: str  # the .pub file content
    fingerprint: str
    key_path: Path

    @property
    def key(self) -> str:
        """The key itself, the .pub file's base64 line (what ``minisign -P`` takes): its first line is an English
        comment for the minisign tool, not for the people comparing keys."""
        return self.text.strip().splitlines()[-1]


def own_public_key(store: Store, passphrase: str | None = None) -> OwnPublicKey:
    key = signing_public_key(store, passphrase)
    comment = f"minisign public key {key.key_id_hex} of township {store.township_code}"
    return OwnPublicKey(minisign.public_key_text(key, comment), minisign.public_key_fingerprint(key),
                        signing_key_path(store.home))


def write_public_key(store: Store, out: Path, passphrase: str | None = None) -> OwnPublicKey:
    """Write this township's minisign ``.pub`` file for the county to register."""
    pub = own_public_key(store, passphrase)
    try:
        write_atomic(Path(out), pub.text.encode("utf-8"))
    except FormatError as error:
        raise _desk_error(error) from error
    return pub
