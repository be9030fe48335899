"""Render the leaders' and mediation pages offscreen into docs/leaders/ with a small throw-away store.

    .venv/bin/python scripts/leaders_screenshots.py
"""
import os
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from gazetteer_desk.gui.app import create_app
from gazetteer_desk.services.leaders import case_assignments as ca
from gazetteer_desk.services.leaders import field_visits as fv
from gazetteer_desk.services.mediation import mediation as med
from gazetteer_desk.services.leaders import reception_days as rd
from gazetteer_desk.services.setup import setup
from gazetteer_desk.services.matters.registration import RegistrationInput, register

out = ROOT / "docs" / "leaders"
out.mkdir(parents=True, exist_ok=True)
app = create_app()
home = Path(tempfile.mkdtemp()) / "home"
store = setup.init_township(home, setup.TownshipSetup(
    township_code="500235101", township_name="双江镇", county_code="500235", county_name="云阳县",
    address="双江镇政府一楼信访接待室", phone="023-55123456", villages=("青龙村", "白鹤村", "柳树社区", "石门村"),
    staff=("李明", "张华"), leaders=(("陈国强", "党委书记"), ("刘芳", "镇长"))))
today = date.today()
day = rd.schedule(store, rd.ReceptionDayInput("陈国强", today, place="镇政府一楼信访接待室", liaison="李明", liaison_phone="023-55123456"))
rd.schedule(store, rd.ReceptionDayInput("刘芳", today + timedelta(days=7), place="白鹤村便民服务中心", form="带案下访"))
m1 = register(store, RegistrationInput(name="王大山", request="宅基地边界纠纷", category="城乡建设", reception_day_id=day.id, received_at=datetime.now(UTC)))
register(store, RegistrationInput(name="赵小梅", request="低保资格复核", category="民政", reception_day_id=day.id, received_at=datetime.now(UTC)))
rd.record_instruction(store, day.id, m1.number, "请国土所一周内现场测量")
visit = fv.log_field_visit(store, fv.FieldVisitInput("刘芳", today, "白鹤村", "村民代表8人", "灌溉渠堵塞"))
fv.open_matter(store, visit.id, RegistrationInput(name="周老三", request="灌溉渠年久失修，请求疏通", category="农村农业"))
ca.assign(store, ca.AssignmentInput(m1.number, "陈国强", today - timedelta(days=10), today + timedelta(days=20), "李明", "张华", "国土所"))
case = med.open_case(store, med.MediationInput(
    [med.Party(name="王大山", role="申请人", kind="个人", id_number="11010519491231002X", phone="13800001111", address="青龙村3组"),
     med.Party(name="李四", role="被申请人", kind="个人", address="青龙村4组")], ["张华"], today - timedelta(days=3), "application",
    None, "围墙越界约0.5米", "围墙位置及赔偿"))
med.add_session(store, case, today, "背靠背调解")

from gazetteer_desk.gui.leaders.reception_days_view import ReceptionDaysView
from gazetteer_desk.gui.leaders.field_visits_view import FieldVisitsView
from gazetteer_desk.gui.mediation.mediation_view import MediationView
from gazetteer_desk.gui.leaders.leader_view import LeaderView

def shot(widget, name, size=(1280, 820)):
    widget.resize(*size); widget.show(); app.processEvents(); widget.grab().save(str(out / f"{name}.png")); print(name, widget.size().toTuple())

v = ReceptionDaysView(store); v.show_day(day.id); shot(v, "reception-days")
v = FieldVisitsView(store); v.show_entry(visit.id); shot(v, "field-visits")
v = MediationView(store); v.show_case(case); shot(v, "mediation", (1280, 996))
v = LeaderView(store, "陈国强"); shot(v, "leader")
