"""The audit trail in words: Chinese names for the fields and coded values of an entry's detail.

Entries keep keys and codes (``reply``, ``extension_days``, ``True``), so the hash chain never depends on wording;
the 操作日志 window and ``gazetteer-desk audit list`` both show them through :func:`describe`. The labels are data:
a field or a code that has none yet shows as it is stored, never hidden.
"""

from collections.abc import Mapping
from datetime import date, datetime

from gazetteer_desk.domain import procedure
from gazetteer_desk.domain.permissions import ROLES
from gazetteer_desk.domain.routing import ROUTES
from gazetteer_desk.services.mediation.mediation import STATUS_LABELS as MEDIATION_STATUS_LABELS
from gazetteer_desk.services.mediation.mediation_input import AGREEMENT_KINDS, SOURCES

EMPTY = "（空）"

FIELD_LABELS = {
    # a matter and its procedure steps
    "status": "状态", "handling_unit": "承办单位", "accepted_on": "受理日期", "extension_days": "延期天数",
    "extension_reason": "延期理由", "replied_on": "答复日期", "outcome": "处理结果", "opinion": "处理意见", "basis": "法律法规政策依据",
    "review_requested_on": "复查申请日期", "reviewed_on": "复查日期", "recheck_requested_on": "复核申请日期",
    "rechecked_on": "复核日期", "closed_on": "办结日期", "due_on": "期限", "route": "处理途径",
    "satisfaction_office": "对信访部门的评价", "satisfaction_unit": "对责任单位的评价", "satisfaction_reason": "不满意原因",
    "action": "操作", "on": "日期", "params": "内容", "unit": "单位", "days": "延期天数", "approver": "批准人",
    "reason": "原因", "failures": "连续失败次数", "locked_until": "锁定至", "until": "截至", "note": "备注", "method": "方式",
    # registration, events, views
    "new_matter": "新事项", "visit_id": "来访记录", "purpose": "信访目的", "channel": "信访形式", "people_count": "人数",
    "kind": "类型", "detail": "内容", "field": "查看项", "petitioner_id": "来访人记录", "count": "人数",
    # accounts and settings
    "role": "角色", "first_admin": "首个管理员", "staff": "对应工作人员", "must_change_password": "须修改密码",
    "active": "启用", "idle_lock_minutes": "自动锁定分钟数", "is_holiday": "放假", "name": "名称",
    "limits_moved": "期限随之变动的事项", "removed": "删除的设置", "county": "县信访办公钥指纹", "backup": "备份公钥指纹",
    # backups, bundles, ledgers
    "kept_aside": "原库另存为", "revision": "数据库版本", "matters": "事项数", "rotated": "清理的旧备份",
    "period": "期间", "files": "密钥文件", "sequence": "序号", "records": "记录数", "file": "文件", "inserted": "新增", "updated": "更新",
    "deleted": "删除", "sheet": "工作表", "rows": "行数", "imported": "导入", "duplicates": "重复", "bad": "有误",
    "first": "第一件", "last": "最后一件", "start": "起", "end": "止", "township": "乡镇", "masked": "号码已遮蔽",
    # mediation
    "source": "调解来源", "applied_on": "申请日期", "mediators": "调解员", "parties": "当事人", "notes": "记录",
    "facts": "事实", "issues": "争议焦点", "responsibilities": "责任", "agreement_kind": "协议形式", "terms": "协议内容",
    "performance_manner": "履行方式", "performance_due": "履行期限", "agreed_on": "达成日期", "performance": "履行情况",
    "failure_route": "告知的途径", "satisfaction": "满意度", "court": "人民法院", "matter": "信访事项",
    "sex": "性别", "ethnicity": "民族", "birth": "出生", "id_number": "证件号码", "phone": "联系电话", "address": "住址",
    "representative": "代表人",
    # leaders' work
    "leader": "领导", "day": "日期", "time": "时间", "place": "地点", "form": "形式", "village": "村（社区）",
    "people_met": "接触群众", "problems": "发现的问题",
}

VALUE_LABELS: dict[str, Mapping[str, str]] = {
    "status": {**procedure.STATUS_LABELS, **MEDIATION_STATUS_LABELS},
    "action": {key: action.label for key, action in procedure.ACTIONS.items()},
    "role": ROLES,
    "route": {route.key: route.label for route in ROUTES},
    "source": SOURCES,
    "agreement_kind": AGREEMENT_KINDS,
    "reason": {"bad_password": "密码错误", "unknown_user": "无此用户名", "inactive": "账户已停用"},
    "field": {"id_number": "证件号码", "phone": "联系电话", "parties": "当事人"},
    "kind": {
        "daily": "每日自动备份", "manual": "手动备份", "again": "重新导出",
        "registered": "登记", "visit": "再次来访", "printed": "出具文书", "instruction": "领导批示",
        "field_visit": "领导下访", "assignment": "包案", "assignment_progress": "包案进展",
        "assignment_settled": "包案化解", "proposal": "建议意见办理", "mediation": "调解", "satisfaction": "满意度评价",
        **{key: action.label for key, action in procedure.ACTIONS.items()},
    },
}


def field_label(key: str) -> str:
    return FIELD_LABELS.get(key, key)


def value_text(key: str, value) -> str:
    """One value as a person reads it: codes by their label, yes/no, dates, lists and nested details."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return "（" + "，".join(f"{field_label(k)}：{value_text(k, v)}" for k, v in value.items()
                               if v not in (None, "")) + "）"
    if isinstance(value, (list, tuple)):
        return "、".join(value_text(key, item) for item in value) or EMPTY
    return VALUE_LABELS.get(key, {}).get(str(value), str(value))


def describe(detail: Mapping) -> str:
    """An entry's detail in one line: ``字段：值；…；字段：旧 → 新 …`` — what was done first, then what it changed.
    Empty values are left out; a procedure step's parameters read as fields of their own."""
    parts, changes = [], []
    for key, value in detail.items():
        if key == "changes" and isinstance(value, Mapping):
            changes = [f"{field_label(field)}：{value_text(field, old)} → {value_text(field, new)}"
                       for field, (old, new) in value.items()]
        elif key == "params" and isinstance(value, Mapping):
            parts += [f"{field_label(k)}：{value_text(k, v)}" for k, v in value.items() if v not in (None, "")]
        elif value not in (None, "", {}, []):
            parts.append(f"{field_label(key)}：{value_text(key, value)}")
    return "；".join(parts + changes).replace("\n", " ")
