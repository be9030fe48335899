"""A store with known content for 2025, built through the services with explicit dates.

Hand count (as of 2025-12-31), used by the figure, export and CLI tests:

=== ========== ======== ============== ========= ===== ================================================
    received   village  category       channel   ppl   procedure
=== ========== ======== ============== ========= ===== ================================================
A   2025-03-03 青龙村   城乡建设/征地拆迁 走访      1     accept 03-05, reply 04-10 (on time); 满意/基本满意
B   2025-03-03 白鹤村   劳动社保/农民工工资 电话    1     accept 03-03, extend 20 on 04-20, reply 05-15
                                                         (after day 60, inside the extension: on time); 不满意
C   2025-03-10 青龙村   城乡建设        走访      1     assign 03-10, reply 05-10 = day 61, no extension: late
D   2025-03-12 石门村   农村农业        走访      6     never decided (ack late, overdue); repeat visit 06-03
                                                         with 2 people; 包案 by 陈国强 03-15..10-10 settled
E   2025-04-01 —        政法            走访      1     litigation route; transfer 04-25 (ack due 04-16: late)
F   2025-05-06 —        其它            书信      1     建议意见; accept 05-06, reply 05-20; proposals
                                                         改进工作 (adopted), 完善政策 (not adopted)
G   2025-06-02 青龙村   城乡建设        走访      1     same person as A, A still open → 重件, found new (reason); never decided
H   2025-07-01 柳树社区 民政/低保       走访      2     leader reception day of 陈国强; accept 07-02, no reply
=== ========== ======== ============== ========= ===== ================================================
Mediation: success (已履行) 04-01, failed 05-01, in progress 06-01. Field visit 08-08. Reception days 2025-07-01 and
2026-01-05 (outside 2025).
"""

from datetime import date, datetime, time

import pytest

from gazetteer_desk.domain.idnumber import make_id_number
from gazetteer_desk.services.matters import matters, proposals
from gazetteer_desk.services.setup import setup
from gazetteer_desk.services.matters.registration import RegistrationInput, register
from gazetteer_desk.store.models import CaseAssignment, FieldVisit, MediationCase, ReceptionDay

AS_OF = date(2025, 12, 31)

OPINION = dict(opinion="依法予以答复", basis="《信访工作条例》第三十二条")  # Art. 32: a reply states both


def at(day: date) -> datetime:
    return datetime.combine(day, time(10, 0)).astimezone()


def build_known_store(store) -> dict:
    code = store.township_code
    leaders = {s.name: s.id for s in setup.staff(store, leaders_only=True)}
    chen = leaders["陈国强"]
    with store.transaction() as session:
        day = ReceptionDay(township_code=code, leader_id=chen, day=date(2025, 7, 1), place="镇信访接待室")
        later = ReceptionDay(township_code=code, leader_id=chen, day=date(2026, 1, 5))
        session.add_all([day, later])
        session.add(FieldVisit(township_code=code, leader_id=chen, day=date(2025, 8, 8), village_name="石门村",
                               people_met="村民12人", problems="灌溉渠损坏"))
        session.add_all([
            MediationCase(township_code=code, number="调2025-001", applied_on=date(2025, 4, 1), status="success",
                          agreement_kind="written", agreed_on=date(2025, 4, 10), performance="已履行",
                          parties=[{"name": "赵甲"}, {"name": "钱乙"}], facts="宅基地界址纠纷"),
            MediationCase(township_code=code, number="调2025-002", applied_on=date(2025, 5, 1), status="failed"),
            MediationCase(township_code=code, number="调2025-003", applied_on=date(2025, 6, 1)),
        ])
        reception_day_id = day.id
    wang_id = make_id_number("500235", date(1968, 5, 4), 131)

    def reg(name, on, **kw):
        kw.setdefault("request", f"{name}反映的问题")
        return register(store, RegistrationInput(name=name, received_at=at(on), receiver="李明", **kw)).number

    n = {}
    n["A"] = reg("王一", date(2025, 3, 3), id_number=wang_id, village="青龙村", category="城乡建设/征地拆迁")
    matters.take_action(store, n["A"], "accept", on=date(2025, 3, 5))
    matters.take_action(store, n["A"], "reply", on=date(2025, 4, 10), outcome="解释说明",
                        **OPINION)
    matters.record_satisfaction(store, n["A"], office="满意", unit="基本满意")

    n["B"] = reg("李二", date(2025, 3, 3), village="白鹤村", category="农民工工资", channel="电话",
                 id_number=make_id_number("500235", date(1980, 2, 2), 22))
    matters.take_action(store, n["B"], "accept", on=date(2025, 3, 3))
    matters.take_action(store, n["B"], "extend", on=date(2025, 4, 20), days=20, approver="刘芳", reason="需现场核实")
    matters.take_action(store, n["B"], "reply", on=date(2025, 5, 15), outcome="予以支持",
                        **OPINION)
    matters.record_satisfaction(store, n["B"], office="不满意", reason="等待时间长")

    n["C"] = reg("张三", date(2025, 3, 10), village="青龙村", category="城乡建设", phone="13800000003")
    matters.take_action(store, n["C"], "assign", on=date(2025, 3, 10), unit="镇规划建设办")
    matters.take_action(store, n["C"], "reply", on=date(2025, 5, 10), outcome="不予支持",
                        **OPINION)

    n["D"] = reg("孙四", date(2025, 3, 12), village="石门村", category="农村农业", people_count=6,
                 representatives=["孙四", "周五", "吴六"], phone="13800000004", subject="石门村村委会")
    reg("孙四", date(2025, 6, 3), repeat_of=n["D"], people_count=2, phone="13800000004")

    n["E"] = reg("郑七", date(2025, 4, 1), category="政法", purpose="申诉", litigation=True, phone="13800000005")
    matters.take_action(store, n["E"], "transfer", on=date(2025, 4, 25), unit="县人民法院")

    n["F"] = reg("冯八", date(2025, 5, 6), category="其它", purpose="建议意见", channel="书信",
                 phone="13800000006")
    matters.take_action(store, n["F"], "accept", on=date(2025, 5, 6))
    matters.take_action(store, n["F"], "reply", on=date(2025, 5, 20), outcome="解释说明",
                        **OPINION)
    proposals.record_proposal(store, n["F"], "改进工作", adopted=True, on=date(2025, 5, 20))
    proposals.record_proposal(store, n["F"], "完善政策", adopted=False, on=date(2025, 5, 21))

    n["G"] = reg("王一", date(2025, 6, 2), id_number=wang_id, village="青龙村", category="城乡建设",
                 new_matter_reason="另有一处房屋漏雨，与征地拆迁无关")

    n["H"] = reg("陈九", date(2025, 7, 1), village="柳树社区", category="低保", people_count=2,
                 leader_id=chen, reception_day_id=reception_day_id, phone="13800000009")
    matters.take_action(store, n["H"], "accept", on=date(2025, 7, 2))

    with store.transaction() as session:
        from gazetteer_desk.services.core.lookup import find_matter

        d = find_matter(session, code, n["D"])
        session.add(CaseAssignment(township_code=code, matter_id=d.id, lead_id=chen, start_on=date(2025, 3, 15),
                                   end_on=date(2025, 10, 10), status="settled", result="修复灌溉渠，群众息访"))
    return {"numbers": n, "chen": chen}


@pytest.fixture
def known(store):
    info = build_known_store(store)
    return store, info
