import pytest

from gazetteer_desk.domain.routing import (
    GROUP_VISIT_THRESHOLD,
    MAX_REPRESENTATIVES,
    ROUTES,
    GroupVisitError,
    RoutingError,
    check_group_visit,
    is_group_visit,
    is_legal_channel,
    route_by_key,
    suggest_route,
)


def test_routes():
    assert [r.key for r in ROUTES] == [
        "petition", "litigation", "arbitration", "party_appeal", "administrative", "duty", "suggestion", "accusation",
    ]
    assert all(r.label and "第" in r.explanation and "\n" not in r.explanation for r in ROUTES)
    assert "处理意见书" in route_by_key("petition").explanation
    assert "诉访分离" in route_by_key("litigation").explanation
    assert "纪检监察" in route_by_key("accusation").label


def test_unknown_route():
    with pytest.raises(RoutingError) as info:
        route_by_key("nowhere")
    assert info.value.message == "未知的处理途径“nowhere”"
    with pytest.raises(RoutingError):
        is_legal_channel("nowhere")


def test_suggest_route():
    assert suggest_route("检举控告", True) == "accusation"
    assert suggest_route("建议意见", False) == "suggestion"
    assert suggest_route("申诉", True) == "litigation"
    assert suggest_route("求决", False) == "petition"
    assert suggest_route("", False) == "petition"


def test_legal_channels():
    assert {r.key for r in ROUTES if is_legal_channel(r.key)} == {
        "litigation", "arbitration", "party_appeal", "administrative"}


def test_group_visit_threshold():
    assert MAX_REPRESENTATIVES == GROUP_VISIT_THRESHOLD == 5
    assert not is_group_visit(4)
    assert is_group_visit(5)


def message_of(people, reps):
    with pytest.raises(GroupVisitError) as info:
        check_group_visit(people, reps)
    return info.value.message


def test_check_group_visit():
    check_group_visit(1, [])
    check_group_visit(30, ["甲", "乙", "丙", "丁", "戊"])
    check_group_visit(30, ["甲", " ", ""])  # blank rows in the form are ignored
    assert message_of(30, ["甲", "乙", "丙", "丁", "戊", "己"]) == "集体访代表不得超过5人（《信访工作条例》第二十条）"
    assert message_of(0, []) == "来访人数至少为1人"
    assert message_of(2, ["甲", "乙", "丙"]) == "代表人数（3人）不能多于来访人数（2人）"
    assert message_of(10, ["甲", "甲 "]) == "代表“甲”重复填写"
