"""The 操作日志 in Chinese: action names, fields and coded values, in the window and on the command line."""

import re
from datetime import date

import pytest

from gazetteer_desk.cli.main import main
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.core import audit_labels
from gazetteer_desk.services.accounts import accounts
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.matters import matters

from tests.conftest import ADMIN_PASSWORD
from tests.accounts.helpers import register

# what the stored detail holds and a clerk must never have to read
CODES = re.compile(r"\b(reply|accept|extend|None|True|False|extension_days|status|accepted|replied|bad_password|"
                   r"must_change_password|changes|params)\b")


@pytest.fixture
def worked(store, admin_user):
    """A matter accepted, extended and answered; a mistyped password; a password reset."""
    number = register(store, name="王伟")
    accepted = date.today()
    matters.take_action(store, number, "accept", on=accepted, actor=admin_user)
    matters.take_action(store, number, "extend", on=accepted, actor=admin_user, days=30, approver="陈国强",
                        reason="需现场勘查")
    matters.take_action(store, number, "reply", on=date.today(), actor=admin_user, outcome="予以支持",
                        opinion="同意支付拖欠工资", basis="《保障农民工工资支付条例》")
    with pytest.raises(DeskError):
        accounts.login(store, "admin", "not-the-password")
    accounts.create_account(store, admin_user, "zhanghua", "clerk", "temporary-12345", staff_name="张华")
    return store


def test_every_entry_reads_in_chinese(worked, admin_user):
    lines = {}  # the newest entry of each action
    for row in audit.entries(worked, viewer=admin_user):
        lines.setdefault(row.action, (row.action_label, audit_labels.describe(row.detail)))
    for action, (label, text) in lines.items():
        assert not CODES.search(text), (action, text)
        assert label != action, action
    reply = next(text for row in audit.entries(worked, action="act") if row.detail["action"] == "reply"
                 for text in [audit_labels.describe(row.detail)])
    assert reply.startswith(f"操作：答复；日期：{date.today().isoformat()}；法律法规政策依据：《保障农民工工资支付条例》；处理意见：同意支付拖欠工资；处理结果：予以支持；")
    assert "状态：办理中 → 已答复" in reply and "处理结果：（空） → 予以支持" in reply
    extend = next(audit_labels.describe(row.detail) for row in audit.entries(worked, action="act")
                  if row.detail["action"] == "extend")
    assert "延期天数：0 → 30" in extend and "批准人：陈国强" in extend
    assert lines["login_failed"] == ("登录失败", "连续失败次数：1；原因：密码错误")
    assert lines["account_create"] == ("新建账户", "角色：接待员；对应工作人员：张华")


def test_values_read_as_words():
    assert audit_labels.value_text("must_change_password", True) == "是"
    assert audit_labels.value_text("active", False) == "否"
    assert audit_labels.value_text("outcome", None) == "（空）"
    assert audit_labels.value_text("status", "in_progress") == "调解中"
    assert audit_labels.value_text("kind", "daily") == "每日自动备份"
    assert audit_labels.value_text("unknown_field", "as-stored") == "as-stored"  # never hidden
    assert audit_labels.describe({"changes": {"active": [True, False]}}) == "启用：是 → 否"


def test_command_line_lists_chinese_details(worked, home, capsys, monkeypatch):
    worked.close()
    monkeypatch.setenv("GAZETTEER_DESK_PASSWORD", ADMIN_PASSWORD)
    assert main(["--home", str(home), "--as", "admin", "audit", "list", "--action", "act"]) == 0
    out = capsys.readouterr().out
    assert "办理操作" in out and "操作：答复" in out and "状态：办理中 → 已答复" in out
    assert not CODES.search(out.replace("cli:", ""))


def test_window_shows_chinese_details(qtbot, worked, admin_user):
    from gazetteer_desk.gui.app import create_app
    from gazetteer_desk.gui.accounts.audit_view import AuditView

    create_app([])
    view = AuditView(worked, admin_user)
    qtbot.addWidget(view)
    details = [view.table.item(r, 5).text() for r in range(view.table.rowCount())]
    actions = [view.table.item(r, 3).text() for r in range(view.table.rowCount())]
    assert "新建账户" in actions and "登录失败" in actions and "办理操作" in actions
    assert any("状态：办理中 → 已答复" in d for d in details)
    assert not [d for d in details if CODES.search(d)]
