from datetime import date

import pytest

from gazetteer_desk.domain import procedure
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.ledgers import figures
from gazetteer_desk.services.matters import matters
from gazetteer_desk.services.core.calendar import calendar_for
from gazetteer_desk.services.ledgers.figures import Rate
from gazetteer_desk.services.core.scope import Scope, parse_period

from tests.ledgers.conftest import AS_OF


def values(store, period="2025", **filters):
    return figures.as_dict(figures.compute(store, Scope.period(period, as_of=AS_OF, **filters)))


def test_every_figure_has_label_and_definition():
    keys = [f.key for f in figures.FIGURES]
    assert len(keys) == len(set(keys))
    for f in figures.FIGURES:
        assert f.label and len(f.definition) > 10


def test_counts_match_the_hand_count(known):
    store, _ = known
    v = values(store)
    assert v["matters"] == 8
    assert (v["first_matters"], v["repeat_matters"]) == (6, 2)
    assert dict(v["matters_by_channel"]) == {"走访": 6, "书信": 1, "电话": 1, "传真": 0, "信息网络": 0}
    assert dict(v["matters_by_village"]) == {"青龙村": 3, "未填写": 2, "白鹤村": 1, "石门村": 1, "柳树社区": 1}
    assert dict(v["matters_by_category"])["城乡建设"] == 3
    assert dict(v["matters_by_subcategory"])["城乡建设/征地拆迁"] == 1
    assert dict(v["matters_by_subcategory"])["民政/低保"] == 1
    assert dict(v["matters_by_purpose"])["建议意见"] == 1
    assert dict(v["matters_by_month"]) == {f"2025-{m:02d}": c for m, c in
                                           zip(range(1, 13), (0, 0, 4, 1, 1, 1, 1, 0, 0, 0, 0, 0), strict=False)}
    status = dict(v["matters_by_status"])
    assert (status["已答复"], status["已登记待受理"], status["已转送"], status["办理中"]) == (4, 2, 1, 1)
    assert (v["visits"], v["visit_people"]) == (9, 16)
    assert (v["group_visits"], v["group_visit_people"]) == (1, 6)
    assert v["legal_routed"] == 1


def test_rates_follow_the_procedure(known):
    store, _ = known
    v = values(store)
    # A B C F H decided in time; D and G never decided, E transferred on day 24
    assert v["timely_acceptance"] == Rate(5, 8)
    # A on time, B inside its extension, F on time; C replied on day 61 without extension, H never replied
    assert v["on_time_handling"] == Rate(3, 5)
    assert v["overdue"] == 3
    assert dict(v["overdue_by_village"]) == {"石门村": 1, "青龙村": 1, "柳树社区": 1}


def test_extension_and_day_61_edge_cases(known):
    store, info = known
    n = info["numbers"]
    for key, expected in (("B", 1), ("C", 0)):
        detail = matters.get_matter(store, n[key])
        # the procedure's own deadline agrees with the statistic
        handling = [d for d in detail.deadlines if d.label.startswith("办理期限")][0]
        assert handling.was_late() is (expected == 0)
    b = figures.as_dict(figures.compute(store, Scope.period("2025-03", as_of=AS_OF, village_code=_village(store, "白鹤村"))))
    assert b["on_time_handling"] == Rate(1, 1)
    day61 = procedure.deadlines(procedure.MatterState("accepted", date(2025, 3, 10), date(2025, 3, 10)),
                                calendar_for(store))[-1].due
    assert (date(2025, 5, 10) - date(2025, 3, 10)).days == 61 and day61 == date(2025, 5, 9)


def _village(store, name):
    from gazetteer_desk.services.setup import setup

    return next(v.code for v in setup.villages(store) if v.name == name)


def test_satisfaction_mediation_leaders_events(known):
    store, _ = known
    v = values(store)
    assert dict(v["satisfaction_office"]) == {"满意": 1, "基本满意": 0, "不满意": 1}
    assert v["satisfaction_office_rate"] == Rate(1, 2)
    assert v["satisfaction_unit_rate"] == Rate(1, 1)
    assert (v["mediation_cases"], v["mediation_success"]) == (3, 1)
    assert v["mediation_success_rate"] == Rate(1, 2)
    assert dict(v["mediation_performance"])["已履行"] == 1
    assert (v["reception_days"], v["reception_people"], v["field_visits"]) == (1, 2, 1)
    assert (v["case_assignments"], v["case_assignments_settled"]) == (1, 1)
    assert (v["transfers"], v["assignments"], v["supervisions"]) == (1, 1, 0)
    assert v["suggestion_matters"] == 1
    assert dict(v["proposals"]) == {"改进工作": 1, "完善政策": 1, "追究责任": 0}
    assert v["proposals_adopted"] == 1


def test_scope_filters(known):
    store, info = known
    assert values(store, "2025-03")["matters"] == 4
    assert values(store, "2025-Q2")["matters"] == 3
    assert values(store, "2025-03-03..2025-03-03")["matters"] == 2
    assert values(store, "2024")["matters"] == 0
    qinglong = values(store, village_code=_village(store, "青龙村"))
    assert qinglong["matters"] == 3 and qinglong["visits"] == 3
    assert values(store, category="城乡建设")["matters"] == 3
    leader = values(store, leader_id=info["chen"])
    assert leader["matters"] == 2  # H received on his day, D taken in charge (包案)
    assert leader["reception_days"] == 1 and leader["visits"] == 1
    assert values(store, township_code="500235999")["matters"] == 0


def test_rates_with_nothing_to_judge(store):
    v = values(store)
    assert v["timely_acceptance"] == Rate(0, 0) and str(v["timely_acceptance"]).startswith("—")


@pytest.mark.parametrize("text,start,end", [
    ("2025-02", date(2025, 2, 1), date(2025, 2, 28)),
    ("2024-Q4", date(2024, 10, 1), date(2024, 12, 31)),
    ("2025", date(2025, 1, 1), date(2025, 12, 31)),
    ("2025-1-5..2025-02-01", date(2025, 1, 5), date(2025, 2, 1)),
])
def test_parse_period(text, start, end):
    assert parse_period(text)[:2] == (start, end)


@pytest.mark.parametrize("text", ["2025-13", "2025-Q5", "明年", "2025-02-30..2025-03-01", "2025-03-01..2025-01-01"])
def test_bad_period(text):
    with pytest.raises(DeskError):
        parse_period(text)
