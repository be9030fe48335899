"""The first-run wizard takes the county's signing public key beside its age recipient, each with its fingerprint,
and shows the desk's own receiving key: a new desk imports its first down bundle with no other command. A wrong key
keeps the page open and saves neither key."""

import pytest
from PySide6.QtWidgets import QWizard

from gazetteer_desk.formats import age_keys, minisign
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.sync import bundle_keys, county, down_export, down_import, down_keys
from tests.setup.test_setup_wizard_edits import fill_township, leader
from tests.typing_helpers import type_chinese

ADMIN_PASSWORD = "shuangjiang-admin-24"
KEY_PASSPHRASE = "shuangjiang-keys-26"


@pytest.fixture
def county_office(tmp_path):
    identity = county.init_county(tmp_path / "county", "500235", "云阳县")
    pub = down_keys.write_county_public_key(identity.store, tmp_path / "county.pub")
    yield identity, pub, tmp_path / "county.pub"
    identity.store.close()


def to_keys_page(qtbot, wizard):
    ui = wizard.ui
    fill_township(qtbot, ui)
    wizard.next()
    type_chinese(ui.villagesEdit, "青龙村")
    wizard.next()
    type_chinese(ui.staffEdit, "李明")
    leader(ui, 0, "陈国强", "党委书记")
    wizard.next()
    qtbot.keyClicks(ui.adminUsernameEdit, "admin")
    qtbot.keyClicks(ui.adminPasswordEdit, ADMIN_PASSWORD)
    qtbot.keyClicks(ui.adminRepeatEdit, ADMIN_PASSWORD)
    wizard.next()
    assert wizard.currentPage() is ui.keysPage
    qtbot.keyClicks(ui.keyPassphraseEdit, KEY_PASSPHRASE)  # seals the township's own keys, made on 完成
    qtbot.keyClicks(ui.keyRepeatEdit, KEY_PASSPHRASE)
    return ui


def test_the_wizard_registers_both_county_keys_and_the_first_down_bundle_imports(qtbot, wizard, county_office,
                                                                                   tmp_path):
    identity, pub, pub_file = county_office
    ui = to_keys_page(qtbot, wizard)
    store = wizard.store
    qtbot.keyClicks(ui.countyKeyEdit, identity.public_key)
    assert identity.fingerprint in ui.countyKeyFingerprint.text()
    wizard.load_signing_key_file(pub_file)  # what 从文件读取… does with the chosen file
    assert ui.countySigningKeyEdit.text() == pub.text.splitlines()[-1]
    assert f"签名公钥指纹：{pub.fingerprint}" in ui.countySigningFingerprint.text()
    wizard.button(QWizard.FinishButton).click()
    assert wizard.result() == QWizard.Accepted
    own = down_keys.township_recipient(store, KEY_PASSPHRASE)
    assert own.public_key in ui.ownKeyFingerprint.text()  # shown on the page, to hand to the county with the .pub

    assert bundle_keys.county_key(store).public_key == identity.public_key
    assert down_keys.county_signer(store).fingerprint == pub.fingerprint
    assert any(e.action == "county_key" and e.entity_id == down_keys.COUNTY_SIGNING_SETTING and e.actor == "admin"
               for e in audit.entries(store))

    # the county registers the new desk; its first down bundle imports with no other command on the desk
    bundle_keys.write_public_key(store, tmp_path / "town.pub")
    county.add_township(identity.store, "500235101", "双江镇", tmp_path / "town.pub")
    down_keys.set_township_recipient(identity.store, "500235101", own.public_key)
    (tmp_path / "stick").mkdir()
    down = down_export.export_down(identity.store, "500235101", tmp_path / "stick")
    report = down_import.import_down(store, down.bundle_path, passphrase=KEY_PASSPHRASE)
    assert report.status == "imported", report.lines()


def test_a_pasted_county_pub_is_read_and_its_fingerprint_shown(qtbot, wizard, county_office):
    _identity, pub, _file = county_office
    ui = to_keys_page(qtbot, wizard)
    ui.countySigningKeyEdit.setText(pub.text.replace("\n", " "))  # the whole file pasted into one line
    assert pub.fingerprint in ui.countySigningFingerprint.text()
    wizard.button(QWizard.FinishButton).click()
    assert wizard.result() == QWizard.Accepted
    assert down_keys.county_signer(wizard.store).fingerprint == pub.fingerprint


def test_a_wrong_signing_key_keeps_the_page_and_saves_neither_key(qtbot, wizard, county_office, tmp_path):
    identity, pub, _file = county_office
    ui = to_keys_page(qtbot, wizard)
    qtbot.keyClicks(ui.countyKeyEdit, identity.public_key)
    qtbot.keyClicks(ui.countySigningKeyEdit, "RWnotakey")
    assert "不是有效的minisign公钥" in ui.countySigningFingerprint.text()
    wizard.button(QWizard.FinishButton).click()
    assert wizard.currentPage() is ui.keysPage and "不是有效的minisign公钥" in ui.keysProblem.text()
    assert bundle_keys.county_key(wizard.store) is None and down_keys.county_signer(wizard.store) is None

    (tmp_path / "age.txt").write_text(age_keys.generate_identity()[1], encoding="utf-8")
    wizard.load_signing_key_file(tmp_path / "age.txt")  # an age key chosen by mistake: said, the field untouched
    assert ui.keysProblem.text() and ui.countySigningKeyEdit.text() == "RWnotakey"

    ui.countySigningKeyEdit.clear()
    assert ui.keysProblem.text() == ""  # the message goes once the field changes
    qtbot.keyClicks(ui.countySigningKeyEdit, minisign.public_key_text(pub.text).splitlines()[-1])
    wizard.button(QWizard.FinishButton).click()
    assert wizard.result() == QWizard.Accepted
    assert down_keys.county_signer(wizard.store).fingerprint == pub.fingerprint
    assert bundle_keys.county_key(wizard.store).public_key == identity.public_key
