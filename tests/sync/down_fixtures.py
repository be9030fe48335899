"""The down direction's keys exchanged between the county and the townships of ``desk``, and a hostile county."""

from pathlib import Path

from gazetteer_desk.formats import age_keys, container, minisign
from gazetteer_desk.services.sync import down_keys
from gazetteer_desk.services.sync import down_payload as payload
from gazetteer_desk.services.sync.bundle_payload import sha256
from tests.sync.conftest import COUNTY_PASS


def exchange_down_keys(desk, folder: Path):
    """As set-up does: the county's signing key to each township, each township's recipient to the county."""
    pub = folder / "county.pub"
    down_keys.write_county_public_key(desk.county, pub)
    for code, store in desk.townships.items():
        down_keys.set_county_signing_key(store, pub)
        down_keys.set_township_recipient(desk.county, code, down_keys.township_recipient(store).public_key)
    return desk


def seal_down(desk, township: str, files: dict[str, bytes], name: str, *, sequence: int = 1,
              signer: minisign.SigningKey | None = None, county: str = "500235") -> Path:
    """Encrypt to ``township`` and sign as the county would: the tools of a hostile insider at the county."""
    sealed = age_keys.encrypt(container.pack(files),
                              [down_keys.township_recipient(desk.townships[township]).public_key])
    key = signer or down_keys.ensure_county_signing_key(desk.county, COUNTY_PASS)
    path = desk.stick / name
    path.write_bytes(sealed)
    comment = payload.trusted_comment(county, township, sequence, sha256(sealed))
    path.with_name(name + ".minisig").write_text(minisign.sign(sealed, key, comment))
    return path


def down_files(township: str, records: dict[str, list[dict]], *, sequence: int = 1, prev_hash: str = "",
               county: str = "500235") -> dict[str, bytes]:
    """A down bundle's files around ``records`` ({kind: rows}), with a manifest that matches them."""
    files = {payload.record_file(kind): payload.encode(rows) for kind, rows in records.items()}
    manifest = {"format": payload.FORMAT_NAME, "format_version": 1, "county_code": county, "county_name": "云阳县",
                "township_code": township, "sequence": sequence, "created_at": "2026-11-28 01:00:00.000000",
                "prev_hash": prev_hash, "counts": {kind: len(rows) for kind, rows in records.items()},
                "payload_hash": payload.payload_hash(files)}
    files[container.MANIFEST_NAME] = payload.manifest_bytes(manifest)
    return files
