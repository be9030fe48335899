"""Write the store fixture of a release: a small store as that release's code writes it, kept in
``tests/fixtures/stores/release-<version>.sqlite`` so that every later release proves it opens it with every row
intact (tests/packaging/test_release_stores.py).

Run once per release, on the release's own code, before the version number moves on:

    .venv/bin/python scripts/make_release_fixture.py            # -> tests/fixtures/stores/release-<version>.sqlite

It holds a township with villages, clerks and leaders, an administrator and a clerk account, three matters (one
accepted, one rejected, one with a repeat visit) with their visits and history, a leader's reception day with a visit
linked to it, and a mediation case with a session and an agreement. Dates are fixed, so the rows read the same
whenever the script runs (ids, salts and timestamps of writing differ).
"""

import shutil
import sqlite3
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gazetteer_desk import __version__  # noqa: E402
from gazetteer_desk.paths import store_path  # noqa: E402
from gazetteer_desk.services.accounts import accounts
from gazetteer_desk.services.matters import matters
from gazetteer_desk.services.mediation import mediation
from gazetteer_desk.services.leaders import reception_days
from gazetteer_desk.services.setup import setup  # noqa: E402
from gazetteer_desk.services.matters.registration import RegistrationInput, register  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "stores"


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def fill(home: Path) -> None:
    store = setup.init_township(home, setup.TownshipSetup(
        township_code="500235101", township_name="双江镇", county_code="500235", county_name="云阳县",
        address="双江镇政府一楼信访接待室", phone="023-55123456", villages=("青龙村", "白鹤村", "柳树社区"),
        staff=("李明", "张华"), leaders=(("陈国强", "党委书记"), ("刘芳", "镇长"))))
    try:
        admin = accounts.create_first_admin(store, "admin", "Shuangjiang#2026", staff_name="李明")
        accounts.create_account(store, admin, "zhanghua", "clerk", "Zhanghua#2026", staff_name="张华")

        first = register(store, RegistrationInput(
            name="王䶮", request="要求解决青龙村道路硬化问题", id_number="11010519491231002X", phone="13800001111",
            village="青龙村", category="城乡建设", receiver="李明", received_at=at(date(2026, 3, 2)))).number
        matters.take_action(store, first, "accept", on=date(2026, 3, 4), actor="李明")
        second = register(store, RegistrationInput(
            name="赵德明", request="反映邻里宅基地纠纷", village="白鹤村", category="城乡建设", receiver="张华",
            received_at=at(date(2026, 3, 3)))).number
        matters.take_action(store, second, "reject", on=date(2026, 3, 5), actor="张华",
                            reason="属于民事纠纷，已告知通过人民调解或诉讼途径解决")
        day = reception_days.schedule(store, reception_days.ReceptionDayInput(
            "陈国强", date(2026, 3, 10), "09:00", "12:00", "镇信访接待室", "定点接访"))
        third = register(store, RegistrationInput(
            name="孙桂兰", request="要求处理村道积水", village="柳树社区", category="城乡建设", receiver="李明",
            reception_day_id=day.id, received_at=at(date(2026, 3, 10), 10))).number
        register(store, RegistrationInput(name="孙桂兰", request="再次反映村道积水", repeat_of=third, receiver="李明",
                                          received_at=at(date(2026, 3, 12))))
        case = mediation.open_case(store, mediation.MediationInput(
            parties=[mediation.Party("王大山", role="申请人", phone="13800001111", address="双江镇青龙村3组"),
                     mediation.Party("李四", role="被申请人", phone="13900002222", address="双江镇青龙村4组")],
            mediators=["张华"], applied_on=date(2026, 3, 2), facts="两家宅基地相邻，围墙越界约0.5米",
            issues="围墙位置及赔偿"))
        mediation.add_session(store, case, date(2026, 3, 3), "背靠背调解，双方陈述")
        mediation.record_agreement(store, case, mediation.AgreementInput(
            terms="一、李四于3月31日前拆除越界围墙；二、王大山不再追究其他损失", performance_manner="当场拆除，村委监督",
            performance_due=date(2026, 3, 31), agreed_on=date(2026, 3, 7)))
    finally:
        store.close()


def main() -> int:
    target = FIXTURES / f"release-{__version__}.sqlite"
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        fill(home)
        with sqlite3.connect(store_path(home)) as connection:  # one self-contained file, no -wal beside it
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("PRAGMA journal_mode=DELETE")
            connection.execute("VACUUM")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(store_path(home), target)
    print(f"wrote {target.relative_to(ROOT)} ({target.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
