"""First-run set-up of a township (or county) home: codes, villages, staff — all in one transaction."""

import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import select

from gazetteer_desk.domain.divisions import DivisionCodeError, validate_county_code, validate_township_code, village_code
from gazetteer_desk.errors import DeskError
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.migrate import open_store
from gazetteer_desk.store.models import Staff, Township, Village
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.text_input import NAME, SHORT, check_texts


@dataclass
class TownshipSetup:
    township_code: str
    township_name: str
    county_code: str | None = None
    county_name: str = ""
    office_name: str = ""
    address: str = ""
    phone: str = ""
    villages: Sequence[str] = ()
    staff: Sequence[str] = ()
    leaders: Sequence[tuple[str, str]] = ()  # (name, post)
    extra: dict[str, str] = field(default_factory=dict)


def parse_villages(text: str) -> list[str]:
    """Villages pasted one per line (or separated by 、，, spaces); blanks and repeats dropped, order kept."""
    names: list[str] = []
    for chunk in text.replace("、", "\n").replace("，", "\n").replace(",", "\n").splitlines():
        for name in chunk.split():
            if name and name not in names:
                names.append(name)
    return names


def check_setup_text(data: TownshipSetup) -> None:
    """The names and details set-up stores, checked like every typed text (they are printed on every paper)."""
    def named(value: str) -> str | None:  # a blank name gets the page's own 请填写 message, not this one
        return value if value and value.strip() else None

    check_texts({
        "乡镇（街道）名称": (named(data.township_name), NAME), "县（区）名称": (data.county_name, SHORT),
        "信访工作机构名称": (data.office_name, SHORT), "接待场所地址": (data.address, SHORT), "接待电话": (data.phone, SHORT),
        # by position: a name that may not be stored is not repeated in the message
        **{f"第{i}个村（社区）名称": (named(v), NAME) for i, v in enumerate(data.villages, start=1)},
        **{f"第{i}位工作人员姓名": (named(s), NAME) for i, s in enumerate(data.staff, start=1)},
        **{f"第{i}位领导姓名": (named(n), NAME) for i, (n, _post) in enumerate(data.leaders, start=1)},
        **{f"第{i}位领导的职务": (post, SHORT) for i, (_n, post) in enumerate(data.leaders, start=1)},
    })


def init_township(home: Path, setup: TownshipSetup) -> Store:
    """Create the store in ``home`` and record the township; refuses a home that is already set up."""
    check_setup_text(setup)
    try:
        code = validate_township_code(setup.township_code)  # first: its own message names the 9-digit code
        county = validate_county_code(setup.county_code or code[:6])
        code = validate_township_code(code, county)
    except DivisionCodeError as error:
        raise DeskError(error.message) from error
    name = setup.township_name.strip()
    if not name:
        raise DeskError("请填写乡镇（街道）名称")
    store = open_store(home, create=True)
    if store.is_initialised:
        existing = store.setting("township_code")
        store.close()
        raise DeskError(f"此数据目录已初始化（{existing}），不能重复初始化")
    with store.transaction() as session:
        session.add(
            Township(
                township_code=code,
                code=code,
                name=name,
                county_code=county,
                county_name=setup.county_name,
                office_name=setup.office_name or f"{name}人民政府信访办公室",
                address=setup.address,
                phone=setup.phone,
            )
        )
        for n, village in enumerate(setup.villages, start=1):
            session.add(Village(township_code=code, code=village_code(code, n), name=village))
        for person in setup.staff:
            session.add(Staff(township_code=code, name=person))
        for person, post in setup.leaders:
            session.add(Staff(township_code=code, name=person, is_leader=True, post=post))
        for key, value in {
            "mode": "township",
            "township_code": code,
            "township_name": name,
            "county_code": county,
            "query_secret": secrets.token_hex(16),
            **setup.extra,
        }.items():
            store.set_setting(key, value, session)
    store.forget_settings()
    return store


def revise_township(store: Store, data: TownshipSetup, actor: str = "首次设置") -> None:
    """The wizard's pages edited again after 上一步, once the store exists: the township's details, villages, staff
    and leaders follow what the pages now say, in one transaction. The codes are fixed once the store exists.

    Names no longer listed are retired, not deleted (nothing refers to them yet, but retiring is the one way out)."""
    check_setup_text(data)
    code = store.township_code
    if data.township_code.strip() != code:
        raise DeskError(f"乡镇区划代码已保存为{code}，不能再修改")
    name = data.township_name.strip()
    if not name:
        raise DeskError("请填写乡镇（街道）名称")
    with store.transaction() as session:
        row = session.exec(select(Township).where(Township.code == code)).one()
        before = {k: getattr(row, k) for k in ("name", "county_name", "address", "phone")}
        row.name, row.county_name, row.address, row.phone = name, data.county_name, data.address, data.phone
        if row.office_name == f"{before['name']}人民政府信访办公室":  # the default follows a corrected name
            row.office_name = data.office_name or f"{name}人民政府信访办公室"
        changed = audit.changes(before, {k: getattr(row, k) for k in before})
        if changed:
            row.touch()
            session.add(row)
            store.set_setting("township_name", name, session)
        villages = list(session.exec(select(Village).where(Village.township_code == code, Village.deleted == False)))  # noqa: E712
        last = max((int(v.code[-3:]) for v in villages if v.code[-3:].isdigit()), default=0)
        _follow(session, villages, list(data.villages),
                lambda n, i: Village(township_code=code, code=village_code(code, last + i), name=n))
        people = list(session.exec(select(Staff).where(Staff.township_code == code, Staff.deleted == False)))  # noqa: E712
        _follow(session, [p for p in people if not p.is_leader], list(data.staff),
                lambda n, _i: Staff(township_code=code, name=n))
        posts = dict(data.leaders)
        leaders = [p for p in people if p.is_leader]
        _follow(session, leaders, list(posts),
                lambda n, _i: Staff(township_code=code, name=n, is_leader=True, post=posts[n]))
        for leader in leaders:
            if leader.name in posts and leader.post != posts[leader.name]:
                leader.post = posts[leader.name]
                leader.touch()
                session.add(leader)
        audit.record(session, actor, "setup_revise", "township", code,
                     {**changed, "villages": list(data.villages), "staff": list(data.staff), "leaders": list(posts)})
    store.forget_settings()


def _follow(session, rows: list, names: list[str], make) -> None:
    """Make the active ``rows`` be exactly ``names``: reinstate, retire, or add — ``make(name, n)``, n = 1, 2 …"""
    by_name = {r.name: r for r in rows}
    for row in rows:
        active = row.name in names
        if row.active != active:
            row.active = active
            row.touch()
            session.add(row)
    count = 0
    for name in names:
        if name not in by_name:
            count += 1
            session.add(make(name, count))
    session.flush()


def township(store: Store) -> Township:
    with store.read() as session:
        row = session.exec(select(Township).where(Township.code == store.township_code)).first()
    if row is None:
        raise DeskError("找不到本乡镇的设置，请重新初始化")
    return row


def villages(store: Store, include_retired: bool = False) -> list[Village]:
    """Villages offered for new records; ``include_retired`` adds retired ones (filters over old matters)."""
    with store.read() as session:
        query = select(Village).where(Village.deleted.is_(False))
        if not include_retired:
            query = query.where(Village.active.is_(True))
        return list(session.exec(query.order_by(Village.code)))


def staff(store: Store, leaders_only: bool = False, include_retired: bool = False) -> list[Staff]:
    """Staff (or leaders) offered for new records; ``include_retired`` adds retired ones (filters over old records)."""
    with store.read() as session:
        query = select(Staff).where(Staff.deleted.is_(False))
        if not include_retired:
            query = query.where(Staff.active.is_(True))
        if leaders_only:
            query = query.where(Staff.is_leader.is_(True))
        return list(session.exec(query.order_by(Staff.created_at)))
