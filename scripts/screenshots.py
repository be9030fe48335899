"""Render the registration form and the matter list offscreen at 1280×800 into docs/screenshots/.

Builds a throw-away store with about fifty matters registered through ``services.registration`` (the same path the
window takes), some of them old enough to be overdue, a few carried through the procedure.
"""

import os
import random
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gazetteer_desk.domain.idnumber import make_id_number  # noqa: E402
from gazetteer_desk.errors import DeskError  # noqa: E402
from gazetteer_desk.services.accounts import accounts
from gazetteer_desk.services.matters import matters
from gazetteer_desk.services.setup import setup  # noqa: E402
from gazetteer_desk.services.matters.registration import RegistrationInput, register  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
VILLAGES = ("青龙村", "白鹤村", "柳树社区", "石门村", "桂花村", "红岩村")
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马胡朱郭何罗高林"
GIVEN = ("伟", "芳", "秀英", "建国", "丽", "强", "敏", "军", "桂兰", "明", "春华", "德福", "玉梅", "志刚", "小红")
CASES = (
    ("宅基地", "要求处理与邻居的宅基地界线纠纷", "邻居建房占用自家宅基地约两米", "持有1998年宅基地使用证"),
    ("农民工工资", "要求支付拖欠的务工工资", "在某工地务工三个月，工资约2.4万元未结清", "有考勤记录和欠条"),
    ("低保", "申请重新核定低保", "家中老人患病，收入下降", "符合低保条件却被取消"),
    ("征地拆迁", "要求落实征地补偿款", "承包地被征用修路，补偿款未全部到位", "补偿标准公示与实际不符"),
    ("农村道路", "要求修复村道", "暴雨后村道塌方，车辆无法通行", "影响数十户出行"),
    ("环境污染", "反映养殖场污水直排", "养殖场污水流入灌溉渠", "影响农田灌溉和饮水安全"),
    ("惠农补贴", "要求发放耕地地力保护补贴", "今年补贴未到账", "承包面积与登记一致"),
    ("物业管理", "反映小区物业乱收费", "物业公司擅自提高停车费", "未经业主大会同意"),
    ("医疗保障", "咨询大病医疗报销", "住院费用报销比例低于预期", "希望说明政策"),
    ("村务公开", "要求公开村集体收支", "村集体土地出租收入去向不明", "村务公开栏长期未更新"),
)


def build_store(home: Path):
    store = setup.init_township(home, setup.TownshipSetup(
        township_code="500235101", township_name="双江镇", county_code="500235", county_name="云阳县",
        address="双江镇人民政府一楼信访接待室", phone="023-55123456", villages=VILLAGES, staff=("李明", "张华"),
        leaders=(("陈国强", "党委书记"), ("刘芳", "镇长"))))
    rng = random.Random(7)
    now = datetime.now(UTC)
    for i in range(50):
        category, request, facts, reasons = CASES[i % len(CASES)]
        birth = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 60 * 365))
        people = 1 if rng.random() > 0.15 else rng.randrange(5, 30)
        reps = [rng.choice(SURNAMES) + rng.choice(GIVEN) for _ in range(min(3, people - 1))] if people > 1 else []
        data = RegistrationInput(
            name=rng.choice(SURNAMES) + rng.choice(GIVEN), id_number=make_id_number("500235", birth, rng.randrange(1000)),
            phone=f"13{rng.randrange(10**8, 10**9)}", request=request, facts=facts, reasons=reasons,
            category=category, village=rng.choice(VILLAGES), people_count=people, representatives=list(dict.fromkeys(reps)),
            received_at=now - timedelta(days=rng.randrange(0, 90)), receiver=rng.choice(("李明", "张华")),
            address=f"{rng.choice(VILLAGES)}{rng.randrange(1, 9)}组", urgent=rng.random() < 0.05,
        )
        try:
            number = register(store, data).number
            received = data.received_at.astimezone().date()
            if rng.random() < 0.5:
                matters.take_action(store, number, "accept", on=received + timedelta(days=rng.randrange(0, 5)))
        except DeskError as error:
            print("skipped:", error.message)
    return store


def _known_petitioner(store):
    from sqlmodel import select

    from gazetteer_desk.store.models import Petitioner

    with store.read() as session:
        return session.exec(select(Petitioner).order_by(Petitioner.name)).first()


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from gazetteer_desk.gui.app import build_main_window, create_app
    from tests.typing_helpers import type_chinese

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = tmp  # the clerk's own settings stay untouched
        store = build_store(Path(tmp) / "home")
        app = create_app([])
        # the window needs a signed-in person: the installation's first administrator (staff member 李明)
        user = accounts.create_first_admin(store, "admin", "screenshots-admin-2024", staff_name="李明")
        window = build_main_window(store, user)
        window.resize(1280, 800)
        window.show()

        def settle(ms=400):
            QTimer.singleShot(ms, app.quit)
            app.exec()
            window.ctx.runner.wait()
            QApplication.processEvents()

        view = window.show_area("registration")
        ui = view.ui
        known = _known_petitioner(store)
        ui.receiverCombo.setCurrentIndex(ui.receiverCombo.findData("李明"))
        type_chinese(ui.nameEdit, known.name)
        ui.idNumberEdit.setText(known.id_number)
        ui.phoneEdit.setText(known.phone)
        type_chinese(ui.addressEdit, "青龙村三组")
        ui.peopleSpin.setValue(6)
        view.reps.add()
        ui.repTable.item(0, 0).setText(known.name)
        view.reps.add()
        ui.repTable.item(1, 0).setText("李德福")
        ui.villageCombo.setCurrentText("青龙村")
        ui.categoryEdit.setText("国土资源水利林业/宅基地")
        type_chinese(ui.requestEdit, "要求处理与邻居的宅基地界线纠纷")
        type_chinese(ui.factsEdit, "邻居建房占用自家宅基地约两米，多次协商未果")
        ui.nameEdit.setFocus()
        settle()
        window.grab().save(str(OUT / "registration.png"))
        window.show_area("matters")
        settle(600)
        window.grab().save(str(OUT / "matter_list.png"))
        first = window.show_area("matters").model.number(0)
        window.ctx.open_matter_requested.emit(first)
        settle()
        window.grab().save(str(OUT / "matter_page.png"))
        window.ctx.runner.wait()
        window.close()
        store.close()
    print(f"saved to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
