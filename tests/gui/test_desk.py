"""The desk window driven as a clerk drives it, against a real temporary store."""

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlmodel import select

from gazetteer_desk.domain import limits
from gazetteer_desk.services.accounts import accounts
from gazetteer_desk.services.matters import listing, matters
from gazetteer_desk.services.setup import setup
from gazetteer_desk.services.core.calendar import calendar_for
from gazetteer_desk.services.matters.registration import RegistrationInput, register
from gazetteer_desk.store.models import Matter, Visit
from tests.typing_helpers import type_chinese

VALID_ID = "11010519491231002X"

# A Qt warning fails the test, except the offscreen platform's note that it cannot propagate size hints.
pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("propagateSizeHints")]


def _registration(desk):
    return desk.show_area("registration")


def _press(qtbot, widget, key, times=1):
    for _ in range(times):
        qtbot.keyClick(widget.window().focusWidget() or widget, key)


def test_first_run_wizard_creates_the_store(qtbot, home):
    from gazetteer_desk.formats import age_keys
    from gazetteer_desk.services.sync import bundle_keys, key_store
    from gazetteer_desk.gui.setup.setup_wizard import SetupWizard

    wizard = SetupWizard(home)
    qtbot.addWidget(wizard)
    wizard.show()
    ui = wizard.ui
    type_chinese(ui.townshipNameEdit, "双江镇")
    qtbot.keyClicks(ui.townshipCodeEdit, "50023510")
    wizard.next()
    assert wizard.currentPage() is ui.townshipPage  # 8 digits: refused, the message under the field
    assert "9位" in ui.townshipCodeProblem.text()
    qtbot.keyClicks(ui.townshipCodeEdit, "1")
    assert ui.countyCodeEdit.text() == "500235"  # prefilled from the code
    wizard.next()
    assert wizard.currentPage() is ui.villagesPage
    type_chinese(ui.villagesEdit, "青龙村、白鹤村\n柳树社区")
    assert "识别到3个" in ui.villagesPreview.text()
    wizard.next()
    type_chinese(ui.staffEdit, "李明\n张华")
    ui.leadersTable.setCurrentCell(0, 0)
    from PySide6.QtWidgets import QTableWidgetItem

    ui.leadersTable.setItem(0, 0, QTableWidgetItem("陈国强"))
    ui.leadersTable.setItem(0, 1, QTableWidgetItem("党委书记"))
    wizard.next()  # the store is created here; then the first administrator
    assert wizard.currentPage() is ui.adminPage and wizard.store is not None
    assert [ui.adminStaffCombo.itemData(i) for i in range(ui.adminStaffCombo.count())] == [None, "李明", "张华", "陈国强"]
    qtbot.keyClicks(ui.adminUsernameEdit, "admin")
    qtbot.keyClicks(ui.adminPasswordEdit, "admin")
    qtbot.keyClicks(ui.adminRepeatEdit, "admin")
    wizard.next()
    assert wizard.currentPage() is ui.adminPage and "8" in ui.adminProblem.text()  # too short: refused
    for edit in (ui.adminPasswordEdit, ui.adminRepeatEdit):
        edit.clear()
    qtbot.keyClicks(ui.adminPasswordEdit, "shuangjiang-2024")
    qtbot.keyClicks(ui.adminRepeatEdit, "shuangjiang-2025")
    wizard.next()
    assert wizard.currentPage() is ui.adminPage and ui.adminProblem.text() == "两次输入的密码不一致"
    ui.adminRepeatEdit.clear()
    qtbot.keyClicks(ui.adminRepeatEdit, "shuangjiang-2024")
    ui.adminStaffCombo.setCurrentIndex(ui.adminStaffCombo.findData("李明"))
    wizard.next()
    assert wizard.currentPage() is ui.keysPage  # the last page: the county's key and the key passphrase
    assert "密钥口令" in ui.ownKeyFingerprint.text()
    qtbot.keyClicks(ui.keyPassphraseEdit, "short")  # may be left empty (sealed later in 同步), never weak
    wizard.button(QWizard.FinishButton).click()
    assert wizard.currentPage() is ui.keysPage and "密钥口令太短" in ui.keysProblem.text()
    ui.keyPassphraseEdit.clear()
    qtbot.keyClicks(ui.keyPassphraseEdit, "sj-key-passphrase")
    qtbot.keyClicks(ui.keyRepeatEdit, "sj-key-passphrase!")
    wizard.button(QWizard.FinishButton).click()
    assert wizard.currentPage() is ui.keysPage and ui.keysProblem.text() == "两次输入的密钥口令不一致"
    assert key_store.secret_key_paths(wizard.store.home) == []  # nothing made before the passphrase is right
    ui.keyRepeatEdit.clear()
    qtbot.keyClicks(ui.keyRepeatEdit, "sj-key-passphrase")
    qtbot.keyClicks(ui.countyKeyEdit, "age1notakey")
    assert "age" in ui.countyKeyFingerprint.text() and "指纹" not in ui.countyKeyFingerprint.text()
    wizard.button(QWizard.FinishButton).click()
    assert wizard.currentPage() is ui.keysPage  # a wrong key is not saved
    ui.countyKeyEdit.clear()
    county_public = age_keys.generate_identity()[1]
    qtbot.keyClicks(ui.countyKeyEdit, county_public)
    assert age_keys.recipient_fingerprint(county_public) in ui.countyKeyFingerprint.text()
    wizard.button(QWizard.FinishButton).click()
    assert wizard.result() == QWizard.Accepted
    store = wizard.store
    try:
        assert bundle_keys.county_key(store).public_key == county_public
        assert key_store.sealed(store.home) and key_store.plain_keys(store.home) == []
        bundle_keys.ensure_signing_key(store, "sj-key-passphrase")  # opens with the passphrase typed
        assert store.township_code == "500235101"
        assert [v.name for v in setup.villages(store)] == ["青龙村", "白鹤村", "柳树社区"]
        assert [(s.name, s.post) for s in setup.staff(store, leaders_only=True)] == [("陈国强", "党委书记")]
        user = accounts.login(store, "admin", "shuangjiang-2024")
        assert user.role == "admin" and not user.must_change_password
        assert user.staff_id == next(s.id for s in setup.staff(store) if s.name == "李明")
    finally:
        store.close()


def test_register_by_keyboard_only(qtbot, desk, store):
    view = _registration(desk)
    ui = view.ui
    desk.activateWindow()
    type_chinese(ui.nameEdit, "王秀英")
    qtbot.keyClick(ui.nameEdit, Qt.Key_Tab)  # 证件类型
    qtbot.keyClick(desk.focusWidget(), Qt.Key_Tab)
    assert desk.focusWidget() is ui.idNumberEdit
    qtbot.keyClicks(ui.idNumberEdit, VALID_ID.lower())
    assert "号码有效" in ui.idProblemLabel.text()
    assert ui.birthDateEdit.text() == "1949-12-31" and ui.sexCombo.currentText() == "女"
    qtbot.keyClick(ui.idNumberEdit, Qt.Key_Return)  # Enter moves on like Tab
    assert desk.focusWidget() is ui.sexCombo
    for _ in range(3):  # 性别 → 民族 → 出生日期 → 联系电话
        qtbot.keyClick(desk.focusWidget(), Qt.Key_Return)
    assert desk.focusWidget() is ui.phoneEdit
    qtbot.keyClicks(ui.phoneEdit, "13812345678")
    qtbot.keyClick(ui.phoneEdit, Qt.Key_Tab)
    type_chinese(ui.addressEdit, "青龙村三组")
    for _ in range(5):  # 住址 → 信访形式 → 来访人数 → 问题属地 → 问题类别 → 信访目的
        qtbot.keyClick(desk.focusWidget(), Qt.Key_Tab)
    assert desk.focusWidget() is ui.purposeCombo
    qtbot.keyClick(ui.purposeCombo, Qt.Key_Tab)
    assert desk.focusWidget() is ui.sourceCombo  # 来源: a visit; the unit and date received stay hidden
    qtbot.keyClick(ui.sourceCombo, Qt.Key_Tab)
    assert desk.focusWidget() is ui.requestEdit
    type_chinese(ui.requestEdit, "要求解决宅基地纠纷")
    for _ in range(9):  # 事实 理由 被反映对象, five flags, 处理途径
        qtbot.keyClick(desk.focusWidget(), Qt.Key_Tab)
    assert desk.focusWidget() is ui.routeCombo
    qtbot.keyClick(ui.routeCombo, Qt.Key_Return)  # Enter on the last field saves
    qtbot.waitUntil(lambda: ui.pages.currentWidget() is ui.resultPage, timeout=5000)
    number = ui.numberLabel.text()
    assert number.startswith("500235101-")
    qtbot.keyClick(ui.printButton, Qt.Key_Space)  # 打印回执 opens the papers of this matter
    qtbot.waitUntil(lambda: getattr(desk, "receipt_dialog", None) is not None and desk.receipt_dialog.isVisible())
    assert desk.receipt_dialog.number == number and desk.receipt_dialog.print_button.isEnabled()
    desk.receipt_dialog.reject()
    detail = matters.get_matter(store, number)
    assert detail.petitioner.name == "王秀英" and detail.petitioner.id_number == VALID_ID
    assert detail.matter.request == "要求解决宅基地纠纷"
    qtbot.keyClick(ui.continueButton, Qt.Key_Return)  # 继续登记
    assert ui.pages.currentWidget() is ui.formPage and ui.nameEdit.text() == ""


def test_ctrl_enter_saves_and_errors_show_in_chinese(qtbot, desk):
    ui = _registration(desk).ui
    desk.activateWindow()
    type_chinese(ui.nameEdit, "赵")
    qtbot.keyClick(ui.nameEdit, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: "请填写信访请求" in ui.formProblemLabel.text(), timeout=5000)
    qtbot.keyClicks(ui.idNumberEdit, "110105194912310021")
    assert ui.idProblemLabel.text() == "身份证号码有误：校验位错误（应为X）"


def test_repeat_panel_records_a_visit_on_the_earlier_matter(qtbot, desk, store):
    first = register(store, RegistrationInput(name="刘大明", id_number=VALID_ID, request="低保申请未批", category="低保"))
    view = _registration(desk)
    ui = view.ui
    type_chinese(ui.nameEdit, "刘大明")
    qtbot.keyClicks(ui.idNumberEdit, VALID_ID)
    qtbot.waitUntil(lambda: ui.priorList.count() == 1, timeout=5000)
    assert first.number in ui.priorList.item(0).text()
    assert ui.sameMatterButton.isVisible()
    qtbot.mouseClick(ui.sameMatterButton, Qt.LeftButton)
    assert view.repeat_of == first.number and "同一事项再次来访" in ui.repeatChoiceLabel.text()
    view.save()
    qtbot.waitUntil(lambda: ui.pages.currentWidget() is ui.resultPage, timeout=5000)
    assert ui.numberLabel.text() == first.number
    with store.read() as session:
        matter = session.exec(select(Matter).where(Matter.number == first.number)).one()
        assert len(session.exec(select(Visit).where(Visit.matter_id == matter.id)).all()) == 2
        assert len(session.exec(select(Matter)).all()) == 1
        assert matter.is_repeat


def test_sixth_representative_is_refused(qtbot, desk, store):
    view = _registration(desk)
    ui = view.ui
    ui.peopleSpin.setValue(30)
    assert ui.repTable.isVisible()
    for i in range(5):
        assert view.reps.add()
        ui.repTable.item(i, 0).setText(f"代表{i + 1}")
    qtbot.mouseClick(ui.addRepButton, Qt.LeftButton)
    assert ui.repTable.rowCount() == 5
    assert ui.repProblemLabel.text() == "集体访代表不得超过5人（《信访工作条例》第二十条）"
    assert ui.repProblemLabel.accessibleName()
    assert view.collect().representatives == [f"代表{i}" for i in range(1, 6)]


def _click_ok(qtbot, dialog):
    from PySide6.QtWidgets import QDialogButtonBox

    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)


def test_accept_extend_reply_through_the_page(qtbot, desk, store):
    number = register(store, RegistrationInput(name="孙丽", request="道路损毁要求修复", category="农村道路")).number
    desk.ctx.open_matter_requested.emit(number)
    page = desk.matter_page
    assert page is not None and page.number == number
    enabled = {k for k, b in page.action_buttons.items() if b.isEnabled()}
    assert enabled == {"accept", "reject", "transfer", "assign"}
    page.action_buttons["accept"].click()
    _click_ok(qtbot, page.dialog)
    today, cal = date.today(), calendar_for(store)
    rows = page.deadline_texts()
    assert rows[1] == ("办理期限", f"{limits.handling_due(today, 0, cal):%Y-%m-%d}",
                       limits.describe_days_left(limits.handling_due(today, 0, cal), today))
    assert {k for k, b in page.action_buttons.items() if b.isEnabled()} == {"extend", "reply"}

    page.action_buttons["extend"].click()
    dialog = page.dialog
    dialog.fields["days"].setValue(31)  # the spin box stops at 30 (Art. 34)
    assert dialog.fields["days"].value() == 30
    dialog.fields["days"].setValue(20)
    _click_ok(qtbot, dialog)
    assert dialog.isVisible() and "需要填写" in dialog.problem.text()  # approver and reason missing
    dialog.fields["approver"].setCurrentText("陈国强")
    type_chinese(dialog.fields["reason"], "需现场勘查")
    _click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    due = limits.handling_due(today, 20, cal)
    assert page.deadline_texts()[1] == ("办理期限（已延期20日）", f"{due:%Y-%m-%d}", limits.describe_days_left(due, today))
    assert not page.action_buttons["extend"].isEnabled()

    page.action_buttons["reply"].click()
    dialog = page.dialog
    dialog.fields["outcome"].setCurrentIndex(1)
    _click_ok(qtbot, dialog)
    assert dialog.isVisible() and "处理意见" in dialog.problem.text()  # an empty opinion is not an opinion (Art. 32)
    type_chinese(dialog.fields["facts"], "道路确因暴雨损毁")
    type_chinese(dialog.fields["opinion"], "已列入明年村道维修计划")
    type_chinese(dialog.fields["basis"], "《农村公路养护管理办法》第十条")
    _click_ok(qtbot, dialog)
    detail = matters.get_matter(store, number)
    assert detail.matter.status == "replied" and detail.matter.outcome == "解释说明"
    assert detail.events[-1].data["opinion"] == "已列入明年村道维修计划"
    rows = page.deadline_texts()
    assert rows[1][2] == f"已于{today:%Y-%m-%d}完成"
    assert rows[2][0] == "复查申请期限"
    assert "答复" in page.history.item(page.history.rowCount() - 1, 2).text()
    assert {k for k, b in page.action_buttons.items() if b.isEnabled()} == {"request_review", "close"}


def test_page_masks_numbers_until_asked(qtbot, desk, store):
    number = register(store, RegistrationInput(name="周强", id_number=VALID_ID, phone="13812345678",
                                               request="工资拖欠")).number
    desk.ctx.open_matter_requested.emit(number)
    page = desk.matter_page
    assert "110105********002X" in page.id_label.text()
    page.reveal_button.click()
    assert VALID_ID in page.id_label.text()


def test_satisfaction_requires_a_reason_for_dissatisfied(qtbot, desk, store):
    number = register(store, RegistrationInput(name="吴刚", request="噪音扰民")).number
    desk.ctx.open_matter_requested.emit(number)
    page = desk.matter_page
    dialog = page.open_satisfaction()
    dialog.office.setCurrentIndex(dialog.office.findData("不满意"))
    _click_ok(qtbot, dialog)
    assert dialog.problem.text() == "评价为“不满意”时请填写原因"
    type_chinese(dialog.reason, "答复太慢")
    _click_ok(qtbot, dialog)
    assert matters.get_matter(store, number).matter.satisfaction_office == "不满意"


def test_list_search_finds_a_two_character_name(qtbot, desk, store):
    for name, request in (("王伟", "拖欠工资"), ("李娜", "宅基地纠纷"), ("王伟明", "低保")):
        register(store, RegistrationInput(name=name, request=request, phone="13900001111"))
    view = desk.show_area("matters")
    model = view.model
    qtbot.waitUntil(lambda: model.total == 3, timeout=5000)
    type_chinese(view.ui.searchEdit, "王伟")
    qtbot.waitUntil(lambda: model.total == 2 and not model.loading, timeout=5000)
    names = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert names == {"王伟", "王伟明"}
    assert model.index(0, 3).data() == "139****1111"  # phones masked in the list


def test_due_banner_counts_and_shows_the_overdue(qtbot, desk, store):
    old = datetime.now(UTC) - timedelta(days=40)
    for name in ("郑一", "郑二"):
        register(store, RegistrationInput(name=name, request="积水", received_at=old))
    register(store, RegistrationInput(name="郑三", request="新问题"))
    desk.banner.refresh()
    expected = listing.due_counts(store)
    assert expected.overdue == 2
    qtbot.waitUntil(lambda: desk.banner.counts == expected, timeout=5000)
    assert "已超期 <b>2</b> 件" in desk.banner.text()
    desk.banner.linkActivated.emit("overdue")
    view = desk.show_area("matters")
    qtbot.waitUntil(lambda: view.model.total == 2 and not view.model.loading, timeout=5000)
    assert all("已超期" in view.model.index(r, 8).data() for r in range(2))


def test_areas_switch_with_ctrl_number(qtbot, desk):
    assert desk.area_keys() == ["registration", "matters", "reception_days", "field_visits", "mediation",
                                "statistics", "sync", "settings"]
    desk.activateWindow()
    qtbot.keyClick(desk, Qt.Key_3, Qt.ControlModifier)
    assert desk.navigation.currentRow() == 2
    assert type(desk.current_page()).__name__ == "QTabWidget"  # 接访日: schedule and the leader's desk
    desk.add_area("reception_days", "接访日", lambda ctx: __import__("PySide6.QtWidgets").QtWidgets.QLabel("排班"))
    qtbot.keyClick(desk, Qt.Key_8, Qt.ControlModifier)
    assert desk.navigation.currentRow() == 7
