"""Keys of the down bundle (county → township): the mirror of :mod:`bundle_keys`.

The county signs with its own minisign key (``HOME/keys/county.minisign.key``, made at set-up, sealed with the key
passphrase like every secret key — see :mod:`key_store`) and encrypts to each township's own age recipient. A township
holds its age identity in ``HOME/keys/township.age.key`` (sealed too) and registers the county's signing public key
(``county.pub``) once, checked by phone like every other key.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gazetteer_desk.errors import DeskError, NotFound
from gazetteer_desk.formats import FormatError, age_keys, minisign
from gazetteer_desk.formats.atomic import write_atomic
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import require
from gazetteer_desk.services.core.mode import require_county
from gazetteer_desk.services.sync import key_store
from gazetteer_desk.services.sync.bundle_keys import keys_dir
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import RegisteredTownship

COUNTY_SIGNING_KEY_FILE = "county.minisign.key"
TOWNSHIP_IDENTITY_FILE = "township.age.key"
COUNTY_SIGNING_SETTING = "county_signing_key"  # township: the county's minisign public key text
ROTATED_SETTING = "county_signing_rotated_at"  # county: when the signing key was last replaced
PREVIOUS_SUFFIX = ".previous"


def county_signing_key_path(home: Path) -> Path:
    return keys_dir(home) / COUNTY_SIGNING_KEY_FILE


def township_identity_path(home: Path) -> Path:
    return keys_dir(home) / TOWNSHIP_IDENTITY_FILE


# --- county ---------------------------------------------------------------------------------------------------


def ensure_county_signing_key(store: Store, passphrase: str | None = None) -> minisign.SigningKey:
    """The county's signing key, opened with ``passphrase`` when sealed; made when missing."""
    require_county(store)
    path = county_signing_key_path(store.home)
    if path.exists():
        return key_store.load_signing_key(path, passphrase)
    if not passphrase and key_store.sealed(store.home):
        raise key_store.PassphraseNeeded()
    return key_store.new_signing_key(path, passphrase)


def county_signing_public_key(store: Store, passphrase: str | None = None) -> minisign.PublicKey:
    """The public half of the county's signing key, without the passphrase (made when missing)."""
    require_county(store)
    path = county_signing_key_path(store.home)
    if not path.exists():
        ensure_county_signing_key(store, passphrase)
    return key_store.signing_public_key(path)


def previous_signing_key_path(home: Path) -> Path:
    return county_signing_key_path(home).with_name(COUNTY_SIGNING_KEY_FILE + PREVIOUS_SUFFIX)


def rotate_county_signing_key(store: Store, *, actor="", passphrase: str | None = None) -> minisign.SigningKey:
    """Replace the county's signing key. Each township's next down bundle is still signed with the old key and
    carries the new public key (so the township can trust it); later ones are signed with the new key. Both are
    kept sealed with ``passphrase`` when the keys are sealed."""
    require_county(store)
    require(actor, "edit_settings")
    old = ensure_county_signing_key(store, passphrase)
    path = county_signing_key_path(store.home)
    new = minisign.generate_signing_key()
    seal_with = passphrase if key_store.sealed(store.home) else None
    try:
        previous = previous_signing_key_path(store.home)
        previous.unlink(missing_ok=True)  # a second change: townships still on the first key need a new county.pub
        key_store.save_signing_key(old, previous, seal_with)
        path.unlink()
        key_store.save_signing_key(new, path, seal_with)
    except (DeskError, OSError) as error:
        raise DeskError(f"更换签名密钥失败：{getattr(error, 'message', error)}") from error
    from gazetteer_desk.services.sync.bundle_payload import stamp
    from gazetteer_desk.store.base import utcnow

    with store.transaction() as session:
        store.set_setting(ROTATED_SETTING, stamp(utcnow()), session)
        audit.record(session, actor, "county_key", "setting", "county_signing_key", {"changes": audit.changes(
            {"signing": minisign.public_key_fingerprint(old)}, {"signing": minisign.public_key_fingerprint(new)})})
    return new


def previous_signing_key(store: Store, passphrase: str | None = None) -> minisign.SigningKey | None:
    path = previous_signing_key_path(store.home)
    if not path.exists():
        return None
    return key_store.load_signing_key(path, passphrase)


@dataclass(frozen=True)
class CountySigningKey:
    text: str  # the .pub file content
    fingerprint: str
    key_path: Path


def write_county_public_key(store: Store, out: Path, passphrase: str | None = None) -> CountySigningKey:
    """Write the county's minisign ``county.pub`` for every township to register (``bundle county-signing-key``)."""
    key = county_signing_public_key(store, passphrase)
    text = minisign.public_key_text(key, f"minisign public key {key.key_id_hex} of county {store.setting('county_code')}")
    try:
        write_atomic(Path(out), text.encode("utf-8"))
    except FormatError as error:
        raise DeskError(error.message) from error
    return CountySigningKey(text, minisign.public_key_fingerprint(key), county_signing_key_path(store.home))


def parse_township_recipient(recipient: str) -> str:
    try:
        return str(age_keys.parse_recipient(recipient.strip()))
    except FormatError as error:
        raise DeskError(error.message) from error


def set_township_recipient(store: Store, code: str, recipient: str, *, actor="") -> RegisteredTownship:
    """Register (or replace) a township's ``age1…`` recipient; its down bundles are encrypted to it."""
    require_county(store)
    require(actor, "edit_settings")
    recipient = parse_township_recipient(recipient)
    with store.transaction() as session:
        row = session.get(RegisteredTownship, code.strip())
        if row is None:
            raise NotFound(f"没有登记过乡镇 {code}")
        old = row.age_recipient
        row.age_recipient = recipient
        audit.record(session, actor, "township_key", "township", row.code, {"changes": audit.changes(
            {"age": age_keys.recipient_fingerprint(old) if old else ""},
            {"age": age_keys.recipient_fingerprint(recipient)})})
    return row


# --- township -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TownshipRecipient:
    public_key: str
    fingerprint: str
    key_path: Path


def township_recipient(store: Store, passphrase: str | None = None) -> TownshipRecipient:
    """The township's own ``age1…`` recipient for the county to register; the identity is made at set-up (or on
    first use in a store set up before, sealed with ``passphrase`` when the other keys are)."""
    if store.mode == "county":
        raise DeskError("县信访办的数据目录没有乡镇接收密钥")
    path = township_identity_path(store.home)
    if path.exists():
        public_key = key_store.identity_public_key(path)
    else:
        if not passphrase and key_store.sealed(store.home):
            raise key_store.PassphraseNeeded()
        public_key = key_store.new_identity(path, passphrase)
    return TownshipRecipient(public_key, age_keys.recipient_fingerprint(public_key), path)


def township_identities(store: Store, passphrase: str | None = None):
    path = township_identity_path(store.home)
    if not path.exists():
        raise DeskError(f"找不到本乡镇接收密钥（应在 {path}，由 gazetteer-desk bundle recipient 生成）")
    return key_store.load_identities(path, passphrase)


@dataclass(frozen=True)
class CountySigner:
    public_key: minisign.PublicKey
    fingerprint: str


def set_county_signing_key(store: Store, key_file: Path | str, *, actor="") -> CountySigner:
    """Register the county office's signing public key (``county.pub``): only bundles it signed are imported."""
    _township_only(store, actor)
    try:
        pub = minisign.load_public_key(key_file)
    except FormatError as error:
        raise DeskError(error.message) from error
    return register_county_signing_key(store, pub, actor=actor)


def parse_county_signing_key(text: str) -> minisign.PublicKey:
    """The county's signing public key as typed or pasted at set-up: the ``county.pub`` file's text, or its key
    line (what ``minisign -P`` takes). A file pasted into one line keeps its comment in front: the key is its last
    word."""
    text = text.strip()
    if "\n" not in text and text.startswith("untrusted comment:"):
        text = text.split()[-1]
    try:
        return minisign.parse_public_key(text)
    except FormatError as error:
        raise DeskError(f"{error.message}（应为县信访办 county.pub 文件中的公钥，RW 开头的一行）") from error


def register_county_signing_key(store: Store, pub: minisign.PublicKey, *, actor="") -> CountySigner:
    """Trust ``pub`` as the county's signing key from now on, in one save with its audit line (old and new
    fingerprints)."""
    _township_only(store, actor)
    old = county_signer(store)
    with store.transaction() as session:
        store.set_setting(COUNTY_SIGNING_SETTING, minisign.public_key_text(pub), session)
        audit.record(session, actor, "county_key", "setting", COUNTY_SIGNING_SETTING, {"changes": audit.changes(
            {"signing": old.fingerprint if old else ""}, {"signing": minisign.public_key_fingerprint(pub)})})
    return CountySigner(pub, minisign.public_key_fingerprint(pub))


def _township_only(store: Store, actor) -> None:
    require(actor, "edit_settings")
    if store.mode == "county":
        raise DeskError("县信访办的数据目录不需要登记县级签名公钥")


def replace_county_signer(session, store: Store, key_text: str) -> str:
    """A down bundle signed with the registered key announced a new one: trust it from now on (audited).
    Returns the new fingerprint, or "" when the key is the one registered already."""
    pub = minisign.parse_public_key(key_text)
    old = county_signer(store)
    if old is not None and old.public_key.key_id == pub.key_id:
        return ""
    store.set_setting(COUNTY_SIGNING_SETTING, minisign.public_key_text(pub), session)
    fingerprint = minisign.public_key_fingerprint(pub)
    audit.record(session, "县信访办", "county_key", "setting", COUNTY_SIGNING_SETTING, {"changes": audit.changes(
        {"signing": old.fingerprint if old else ""}, {"signing": fingerprint})})
    return fingerprint


def county_signer(store: Store) -> CountySigner | None:
    text = store.setting(COUNTY_SIGNING_SETTING)
    if not text:
        return None
    pub = minisign.parse_public_key(text)
    return CountySigner(pub, minisign.public_key_fingerprint(pub))
