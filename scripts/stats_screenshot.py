"""Render docs/screenshots/statistics.png: the 统计 page over a year of demo-like matters.

The data is made the way a desk makes it — services.registration.register and services.matters.take_action with
explicit dates — so the picture shows what the real procedure produces.
"""

import os
import random
import sys
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from gazetteer_desk.domain.categories import CATEGORY_WEIGHTS, DEFAULT_SUBCATEGORIES  # noqa: E402
from gazetteer_desk.domain.idnumber import make_id_number  # noqa: E402
from gazetteer_desk.errors import DeskError  # noqa: E402
from gazetteer_desk.services.matters import matters
from gazetteer_desk.services.setup import setup  # noqa: E402
from gazetteer_desk.services.matters.registration import RegistrationInput, register  # noqa: E402

VILLAGES = ("青龙村", "白鹤村", "柳树社区", "石门村", "桂花村", "三合村", "新民社区", "龙泉村")
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高"
GIVEN = "明华芳强军平秀英兰建国玉梅德福桂珍志红海燕"
UNITS = ("镇规划建设办", "镇社会事务办", "镇农业服务中心", "镇劳动保障所", "县自然资源局", "县人社局")


def build(home: Path, n: int = 420, seed: int = 7):
    rng = random.Random(seed)
    store = setup.init_township(home, setup.TownshipSetup(
        township_code="500235101", township_name="双江镇", county_code="500235", county_name="云阳县",
        villages=VILLAGES, staff=("李明", "张华"), leaders=(("陈国强", "党委书记"), ("刘芳", "镇长"))))
    cats = list(CATEGORY_WEIGHTS)
    weights = [CATEGORY_WEIGHTS[c] for c in cats]
    people_seen: list[tuple[str, str, str]] = []
    for i in range(n):
        day = date(2025, 1, 2) + timedelta(days=int(rng.triangular(0, 362, 200)))
        cat = rng.choices(cats, weights)[0]
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else "")
        id_number = make_id_number("500235", date(1950 + rng.randint(0, 50), rng.randint(1, 12), rng.randint(1, 28)),
                                   rng.randint(0, 999))
        if people_seen and rng.random() < 0.12:  # the same person back with the same kind of problem: 重件
            name, id_number, cat = rng.choice(people_seen)
        people_seen.append((name, id_number, cat))
        people = 1 if rng.random() < 0.93 else rng.randint(5, 12)
        number = register(store, RegistrationInput(
            name=name, request=f"反映{rng.choice(DEFAULT_SUBCATEGORIES[cat])}问题", category=cat,
            id_number=id_number,
            village=rng.choices(VILLAGES, (8, 6, 5, 5, 3, 3, 2, 2))[0], people_count=people,
            representatives=[name] if people >= 5 else [],
            channel=rng.choices(("走访", "电话", "信息网络", "书信"), (6, 2, 2, 1))[0],
            received_at=datetime.combine(day, time(9 + i % 7, 0)).astimezone(), receiver="李明")).number
        r = rng.random()
        try:
            if r < 0.08:
                continue  # still waiting for a decision
            on = day + timedelta(days=rng.randint(0, 12 if rng.random() < 0.9 else 20))
            if r < 0.14:
                matters.take_action(store, number, "transfer", on=on, unit=rng.choice(UNITS))
                continue
            matters.take_action(store, number, "assign" if r < 0.4 else "accept", on=on,
                                **({"unit": rng.choice(UNITS)} if r < 0.4 else {}))
            if rng.random() < 0.12:
                matters.take_action(store, number, "extend", on=on + timedelta(days=40), days=30, approver="刘芳",
                                    reason="需现场核实")
            if rng.random() < 0.85:
                reply = on + timedelta(days=rng.randint(10, 66))
                if reply <= date(2025, 12, 31):
                    matters.take_action(store, number, "reply", on=reply,
                                        outcome=rng.choice(("予以支持", "解释说明", "不予支持")))
                    matters.record_satisfaction(store, number, office=rng.choices(("满意", "基本满意", "不满意"),
                                                                                  (7, 2, 1))[0],
                                                reason="办理时间长")
        except DeskError:
            pass
    return store


def main() -> None:
    """The window's 统计 area, as a clerk sees it after choosing 年度 2025 and pressing 统计."""
    out = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / "statistics.png"
    from gazetteer_desk.gui.app import build_main_window, create_app

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = tmp  # the clerk's own settings stay untouched
        store = build(Path(tmp) / "home")
        app = create_app([])
        window = build_main_window(store)
        window.resize(1440, 900)
        window.show()
        view = window.show_area("statistics")
        window.ctx.runner.wait()
        app.processEvents()
        view.set_period("year", 2025)
        done = []
        view.figures_ready.connect(done.append)
        view.refresh_button.click()
        while not done or not view.refresh_button.isEnabled():
            app.processEvents()
        app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
        window.ctx.runner.wait()
        window.close()
        store.close()
    print(out)


if __name__ == "__main__":
    main()
