"""A county office and two townships (双江镇, 龙角镇) with keys exchanged and registered, ready to export/import."""

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from gazetteer_desk.domain.idnumber import make_id_number
from gazetteer_desk.formats import age_keys, container, minisign
from gazetteer_desk.services.sync import bundle_export, bundle_keys, county, key_store
from gazetteer_desk.services.setup import setup
from gazetteer_desk.services.sync import bundle_payload as payload
from gazetteer_desk.services.matters.registration import RegistrationInput, register
from gazetteer_desk.store.database import Store

SAME_PERSON = make_id_number("500235", date(1968, 3, 9), 21)
# The keys are sealed as set-up seals them; each side opens its own with its passphrase.
TOWN_PASS = "乡镇密钥口令-2026"
COUNTY_PASS = "县信访办密钥口令-2026"


@dataclass
class Desk:
    county: Store
    county_key: str
    townships: dict[str, Store]
    stick: Path

    def export(self, code: str, period: str = "2026-11") -> bundle_export.ExportResult:
        return bundle_export.export_bundle(self.townships[code], self.stick, period, passphrase=TOWN_PASS)


def dump(store: Store) -> dict[str, list]:
    """Every table of the store (search index included), rows sorted: equal dumps mean an unchanged store.

    The audit trail is left out: a refused bundle is recorded there, and only there."""
    if store.on_server:
        return _dump_server(store)
    with sqlite3.connect(store.path) as connection:
        names = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'auditentry' ORDER BY name")]
        return {name: sorted(map(repr, connection.execute(
            f"SELECT * FROM \"{name}\"" + (" WHERE key != 'audit_head'" if name == "setting" else ""))))
            for name in names}


def _dump_server(store: Store) -> dict[str, list]:
    from sqlalchemy import inspect, text

    with store.engine.connect() as connection:
        names = sorted(n for n in inspect(connection).get_table_names() if n != "auditentry")
        return {name: sorted(map(repr, connection.execute(text(
            f"SELECT * FROM \"{name}\"" + (" WHERE key != 'audit_head'" if name == "setting" else "")))))
            for name in names}


def make_township(home: Path, code: str, name: str) -> Store:
    return setup.init_township(home, setup.TownshipSetup(
        township_code=code, township_name=name, county_code="500235", county_name="云阳县",
        villages=("青龙村", "白鹤村"), staff=("李明",), leaders=(("陈国强", "党委书记"),)))


def petition(store: Store, name: str, id_number: str | None = None, request: str = "要求解决道路硬化问题") -> str:
    return register(store, RegistrationInput(name=name, request=request, id_number=id_number, village="青龙村",
                                             category="城乡建设", receiver="李明")).number


@pytest.fixture
def desk(tmp_path, county_store) -> Desk:
    """``county_store``: the county's store on SQLite, or on PostgreSQL for tests marked ``BOTH_STORES``."""
    identity = county.init_county(tmp_path / "county", "500235", "云阳县", COUNTY_PASS, database=county_store)
    towns = {}
    for code, name in (("500235101", "双江镇"), ("500235102", "龙角镇")):
        store = make_township(tmp_path / code, code, name)
        bundle_keys.create_township_keys(store, TOWN_PASS)
        bundle_keys.set_county_key(store, identity.public_key)
        bundle_keys.write_public_key(store, tmp_path / f"{code}.pub")
        county.add_township(identity.store, code, name, tmp_path / f"{code}.pub")
        towns[code] = store
    stick = tmp_path / "stick"
    stick.mkdir()
    yield Desk(identity.store, identity.public_key, towns, stick)
    identity.store.close()
    for store in towns.values():
        store.close()


def seal(desk: Desk, code: str, files: dict[str, bytes] | bytes, name: str, *, sequence: int = 1,
         period: str = "2026-11", comment_township: str | None = None, signer: minisign.SigningKey | None = None,
         recipient: str | None = None) -> Path:
    """Encrypt and sign arbitrary content as township ``code`` would: the tools of a hostile insider."""
    tar = files if isinstance(files, bytes) else container.pack(files)
    sealed = age_keys.encrypt(tar, [recipient or desk.county_key])
    key = signer or bundle_keys.ensure_signing_key(desk.townships[code], TOWN_PASS)
    comment = payload.trusted_comment(comment_township or code, sequence, period, payload.sha256(sealed))
    path = desk.stick / name
    path.write_bytes(sealed)
    path.with_name(name + ".minisig").write_text(minisign.sign(sealed, key, comment))
    return path


def unpack_export(desk: Desk, result) -> dict[str, bytes]:
    identities = key_store.load_identities(bundle_keys.county_identity_path(desk.county.home), COUNTY_PASS)
    return container.unpack(age_keys.decrypt(result.bundle_path.read_bytes(), identities))


def answer_passphrase(*answers: str | None) -> list[str]:
    """Answers the window's next key-passphrase questions in turn (None: 取消); returns what each question said."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    from gazetteer_desk.gui.sync.key_passphrase import DIALOG_NAME

    pending, asked = list(answers), []

    def look():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QInputDialog) and w.objectName() == DIALOG_NAME and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        asked.append(dialog.labelText())
        answer = pending.pop(0)
        if answer is None:
            dialog.reject()
        else:
            dialog.setTextValue(answer)
            dialog.accept()
        if pending:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return asked


def opened_key(sealed_path, passphrase: str, folder):
    """The age-keygen file inside a sealed identity, opened with its passphrase into ``folder`` (mode 0600): what
    a person checking by hand gives stock ``age -i``."""
    import os

    from gazetteer_desk.formats import sealed_key

    plain = folder / sealed_path.name
    plain.write_bytes(sealed_key.unseal(sealed_path.read_bytes(), passphrase))
    os.chmod(plain, 0o600)
    return plain
