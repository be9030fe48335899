"""A clerk's morning through the real window: set up on first start (with the county's key), log in, register a
walk-in, save the receipt as PDF, find the person by a two-character name, 受理, 延期, 答复, and the monthly bundle.
"""

import json
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pypdf import PdfReader

from gazetteer_desk.cli.main import main
from gazetteer_desk.gui.matters.matter_dialogs import ActionDialog
from gazetteer_desk.gui.matters.receipt_dialog import ReceiptDialog
from gazetteer_desk.services.sync import bundle_export, key_store
from gazetteer_desk.services.matters import matters
from gazetteer_desk.store.migrate import open_store
from tests.e2e.driver import (Clerk, answer_file_dialog, answer_passphrase, passphrase_dialog, file_dialog, go_to_area, main_window, press, replace_text,
                              run_desk, top_level, type_text)
from tests.e2e.test_start import ADMIN_PASSWORD, SETUP_ANSWERS

WALK_IN = "王伟"
REQUEST = "要求解决青龙村道路硬化问题"


def test_a_clerks_morning_through_the_window(qtbot, tmp_path, capsys, monkeypatch):
    county_home, home, stick = tmp_path / "county", tmp_path / "home", tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setenv("GAZETTEER_KEY_PASSPHRASE", "yunyang-county-keys")  # the county's, for its command line
    assert main(["--home", str(county_home), "county", "init", "--county-code", "500235", "--json"]) == 0
    county_key = json.loads(capsys.readouterr().out)["public_key"]
    receipt_pdf = tmp_path / "receipt.pdf"
    seen = {}

    def register_walk_in(window):
        view = go_to_area(window, "registration")
        ui = view.ui
        type_text(ui.nameEdit, WALK_IN)
        type_text(ui.requestEdit, REQUEST)
        press(ui.nameEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter saves
        qtbot.waitUntil(lambda: ui.pages.currentWidget() is ui.resultPage, timeout=10000)
        seen["number"] = ui.numberLabel.text()
        press(ui.printButton)  # 打印回执: the receipt dialog opens beside the window

    def save_receipt(dialog):
        seen["kinds"] = [dialog.kind_box.itemText(i) for i in range(dialog.kind_box.count())]
        press(dialog.save_button)  # 另存为PDF: the file dialog runs its own loop; the next step answers it
        seen["saved"] = dialog.message.text()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    def find_and_handle(window):
        view = go_to_area(window, "matters")
        type_text(view.ui.searchEdit, WALK_IN[:2])
        qtbot.waitUntil(lambda: view.ui.searchEdit.text() == WALK_IN[:2] and not view.model.loading
                        and view.model.total == 1 and view.model.rowCount() == 1, timeout=10000)
        seen["found"] = view.model.index(0, 1).data()
        table = view.ui.table
        table.setFocus()
        table.setCurrentIndex(view.model.index(0, 0))
        press(table, Qt.Key.Key_Return)  # opens the matter's page
        qtbot.waitUntil(lambda: window.matter_page is not None and window.matter_page.isVisible())
        page = window.matter_page
        seen["page"] = page.number

        def step(key, fill=lambda dialog: None):
            press(page.action_buttons[key])
            qtbot.waitUntil(lambda: top_level(ActionDialog) is not None)
            dialog = top_level(ActionDialog)
            fill(dialog)
            QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: not dialog.isVisible())

        step("accept")

        def extension(dialog):
            spin = dialog.fields["days"]
            replace_text(spin.findChild(QLineEdit), "20")
            type_text(dialog.fields["approver"].lineEdit(), "陈国强")
            type_text(dialog.fields["reason"], "需现场勘查")
            dialog.fields["approver"].setFocus()

        step("extend", extension)

        def opinion(dialog):  # Art. 32: a written opinion states its 处理意见 and basis
            type_text(dialog.fields["opinion"], "经核实，拖欠工资属实，已责成用工单位七日内支付")
            type_text(dialog.fields["basis"], "《保障农民工工资支付条例》第三条")
            dialog.fields["outcome"].setFocus()

        step("reply", opinion)
        seen["after_reply"] = {k for k, b in page.action_buttons.items() if b.isEnabled()}

    def export_bundle(window):
        view = go_to_area(window, "sync")
        press(view.export_button)  # the folder dialog runs its own loop; the next step answers it
        qtbot.waitUntil(lambda: "已导出" in view.status.text() or "失败" in view.status.text(), timeout=30000)
        seen["export"] = view.status.text()

    clerk = (Clerk().fill_wizard({**SETUP_ANSWERS, "县信访办公钥": county_key}).log_in("admin", ADMIN_PASSWORD)
             .at_window(register_walk_in, close=False)
             .then("回执", lambda: top_level(ReceiptDialog), save_receipt)
             .then("另存为PDF", file_dialog, answer_file_dialog(receipt_pdf))
             .then("查找与办理", lambda: None if top_level(ReceiptDialog) else main_window(), find_and_handle)
             .at_window(export_bundle, close=False)
             .then("选择U盘", file_dialog, answer_file_dialog(stick))
             .then("密钥口令", passphrase_dialog, answer_passphrase(SETUP_ANSWERS["密钥口令"]))
             .then("下班", lambda: main_window() if "export" in seen else None, lambda w: w.close()))
    assert run_desk(clerk, "--home", str(home)) == 0
    assert not clerk.failure, clerk.failure

    number = seen["number"]
    assert number.startswith("500235101-") and seen["page"] == number and seen["found"] == WALK_IN
    assert seen["kinds"][0] == "来访登记回执" and seen["saved"] == f"✓ 已保存：{receipt_pdf}"
    text = PdfReader(receipt_pdf).pages[0].extract_text()
    assert number in text and WALK_IN in text
    assert seen["after_reply"] == {"request_review", "close"}
    assert "已导出第1号数据包" in seen["export"], seen["export"]
    store = open_store(home)
    try:
        detail = matters.get_matter(store, number)
        assert detail.matter.status == "replied" and detail.matter.extension_days == 20
        assert [e.kind for e in detail.events if e.kind == "printed"]  # the receipt saved is on the record
        exported = bundle_export.exports(store)
        assert len(exported) == 1 and exported[0].period == f"{date.today():%Y-%m}"
        assert (stick / exported[0].file_name).is_file()
        assert key_store.sealed(home) and key_store.plain_keys(home) == []  # sealed with the wizard's passphrase
    finally:
        store.close()
    # The county registers the township and opens the bundle with its own key, sealed with its own passphrase.
    assert main(["--home", str(home), "bundle", "pubkey", "--out", str(tmp_path / "t.pub")]) == 0
    assert main(["--home", str(county_home), "county", "add-township", "--code", "500235101", "--name", "高阳镇",
                 "--key", str(tmp_path / "t.pub")]) == 0
    capsys.readouterr()
    assert main(["--home", str(county_home), "county", "import", str(stick / exported[0].file_name)]) == 0
    assert "已导入" in capsys.readouterr().out
