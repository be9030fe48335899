"""导入台账… in the 统计 area: the wizard reads, maps, checks and — only when the clerk accepts — imports."""

from datetime import date

import pytest

from gazetteer_desk.services.accounts import accounts
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.ledgers import figures, ledger_import
from gazetteer_desk.services.core.authz import PermissionDenied
from gazetteer_desk.services.core.scope import Scope
from tests.ledgers.test_import import write_xlsx


def matters(store) -> int:
    scope = Scope.period("2025", as_of=date(2025, 12, 31))
    return figures.as_dict(figures.compute(store, scope, ["matters"]))["matters"]


def open_wizard(qtbot, desk, path):
    view = desk.show_area("statistics")
    assert view.import_button.isVisible() and view.import_button.isEnabled()
    wizard = view.open_import()
    assert wizard.runner is desk.ctx.runner
    with qtbot.waitSignal(wizard.table_loaded, timeout=10000):
        wizard.choose_file(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.ui.mappingPage
    return wizard


def to_preview(qtbot, wizard):
    wizard.next()  # checks the rows on the runner, then moves on by itself
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.ui.previewPage, timeout=10000)


def import_now(qtbot, wizard):
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.ui.donePage, timeout=10000)


def bad_rows(wizard) -> dict[str, str]:
    t = wizard.ui.badTable
    return {t.item(r, 0).text(): t.item(r, 1).text() for r in range(t.rowCount())}


def test_wizard_imports_only_after_acceptance_and_shows_exactly_the_bad_rows(qtbot, desk, store, tmp_path):
    path = write_xlsx(tmp_path / "双江镇台账.xlsx")
    wizard = open_wizard(qtbot, desk, path)
    mapping = wizard.mapping()  # prefilled from the Chinese headers
    assert mapping["name"] == "信访人" and mapping["id_number"] == "身份证号" and mapping["date"] == "来访日期"
    assert mapping["village"] == "村" and mapping["status"] == ""
    assert "第2行" in wizard.ui.headerInfo.text() and "序号" in wizard.ui.unusedInfo.text()

    to_preview(qtbot, wizard)
    bad = bad_rows(wizard)
    assert sorted(bad) == ["第4行", "第6行", "第7行", "第8行"]
    assert "校验位" in bad["第4行"] and "日期不存在" in bad["第6行"]
    assert "未知的问题类别" in bad["第7行"] and "月亮村" in bad["第8行"]
    good = wizard.ui.goodTable
    assert good.rowCount() == 3 and [good.item(r, 0).text() for r in range(3)] == ["3", "5", "9"]
    assert good.item(0, 1).text() == "赵大" and good.item(0, 6).text() == "青龙村" and good.item(0, 7).text() == "走访"
    assert "可导入3行，已导入过0行，有误4行" in wizard.ui.summary.text()
    assert matters(store) == 0  # nothing saved by reading and checking

    wizard.next()  # 导入 without ticking the box: refused, still nothing saved
    assert wizard.currentPage() is wizard.ui.previewPage
    assert "4行有误" in wizard.ui.previewProblem.text() and matters(store) == 0

    wizard.ui.skipBad.setChecked(True)
    import_now(qtbot, wizard)
    text = wizard.ui.result.text()
    assert "已导入 3 件事项" in text and "已导入过而跳过：0 行" in text and "有误未导入：4 行（第4、6、7、8行）" in text
    assert matters(store) == 3
    entry = audit.entries(store, action="import_ledger")[0]
    assert entry.actor == "admin" and entry.entity_id == "双江镇台账.xlsx"
    assert (entry.detail["imported"], entry.detail["duplicates"], entry.detail["bad"]) == (3, 0, 4)
    assert audit.verify(store).ok

    again = open_wizard(qtbot, desk, path)  # the same ledger once more: nothing new
    to_preview(qtbot, again)
    assert again.ui.goodTable.rowCount() == 0
    assert "已导入过3行" in again.ui.summary.text() and "第3、5、9行将跳过" in again.ui.summary.text()
    again.ui.skipBad.setChecked(True)
    import_now(qtbot, again)
    assert "已导入 0 件事项" in again.ui.result.text() and "已导入过而跳过：3 行" in again.ui.result.text()
    assert matters(store) == 3


def test_the_mapping_chosen_is_the_mapping_checked(qtbot, desk, store, tmp_path):
    wizard = open_wizard(qtbot, desk, write_xlsx(tmp_path / "t.xlsx"))
    wizard.set_mapping("village", "")  # 不导入 the village column: row 8's unknown village no longer matters
    to_preview(qtbot, wizard)
    assert sorted(bad_rows(wizard)) == ["第4行", "第6行", "第7行"]
    wizard.back()
    wizard.set_mapping("notes", "反映问题")
    wizard.set_mapping("request", "反映问题")  # one column for two fields is refused with the reason
    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.ui.mappingProblem.text()), timeout=10000)
    assert "一列只能对应一项" in wizard.ui.mappingProblem.text()
    assert wizard.currentPage() is wizard.ui.mappingPage


def test_a_file_that_cannot_be_read_says_why(qtbot, desk, tmp_path):
    view = desk.show_area("statistics")
    wizard = view.open_import()
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    wizard.choose_file(str(tmp_path / "old.xls"))
    qtbot.waitUntil(lambda: bool(wizard.ui.fileProblem.text()), timeout=10000)
    assert "不支持旧版 .xls 文件" in wizard.ui.fileProblem.text()
    wizard.next()
    qtbot.waitUntil(lambda: not wizard._busy, timeout=10000)
    assert wizard.currentPage() is wizard.ui.filePage


def test_only_clerks_and_administrators_import(qtbot, store, admin_user, clerk_user, tmp_path):
    from tests.conftest import open_desk

    accounts.create_account(store, admin_user, "chenguoqiang", "leader", "temporary-12345", staff_name="陈国强")
    accounts.change_password(store, "chenguoqiang", "temporary-12345", "leader-password-1")
    leader = accounts.login(store, "chenguoqiang", "leader-password-1")
    window = open_desk(qtbot, store, leader)
    button = window.show_area("statistics").import_button
    assert not button.isEnabled() and "无权导入已有台账" in button.toolTip()
    window.ctx.runner.wait()
    preview = ledger_import.preview(store, write_xlsx(tmp_path / "t.xlsx"))
    with pytest.raises(PermissionDenied):
        ledger_import.accept(store, preview, skip_bad=True, actor=leader)
    assert ledger_import.accept(store, preview, skip_bad=True, actor=clerk_user).imported == 3
