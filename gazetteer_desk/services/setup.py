"""First-run set-up of a township (or county) home: codes, villages, staff — all in one transaction."""

import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import select

from ..domain.divisions import DivisionCodeError, validate_county_code, validate_township_code, village_code
from ..errors import DeskError
from ..store.database import Store
from ..store.migrate import open_store
from ..store.models import Staff, Township, Village


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


def init_township(home: Path, setup: TownshipSetup) -> Store:
    """Create the store in ``home`` and record the township; refuses a home that is already set up."""
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


def township(store: Store) -> Township:
    with store.read() as session:
        row = session.exec(select(Township).where(Township.code == store.township_code)).first()
    if row is None:
        raise DeskError("找不到本乡镇的设置，请重新初始化")
    return row


def villages(store: Store, include_retired: bool = False) -> list[Village]:
    """Villages offered for new records; ``include_retired`` adds retired ones (filters over old matters)."""
    with store.read() as session:
        query = select(Village).where(Village.deleted == False)  # noqa: E712
        if not include_retired:
            query = query.where(Village.active == True)  # noqa: E712
        return list(session.exec(query.order_by(Village.code)))


def staff(store: Store, leaders_only: bool = False, include_retired: bool = False) -> list[Staff]:
    """Staff (or leaders) offered for new records; ``include_retired`` adds retired ones (filters over old records)."""
    with store.read() as session:
        query = select(Staff).where(Staff.deleted == False)  # noqa: E712
        if not include_retired:
            query = query.where(Staff.active == True)  # noqa: E712
        if leaders_only:
            query = query.where(Staff.is_leader == True)  # noqa: E712
        return list(session.exec(query.order_by(Staff.created_at)))
