"""County mode: the county office's identity, the townships whose bundles it accepts, and its overview pages.

A county home is a store with ``mode=county``. Its ``township_code`` setting holds the 6-digit county code, so that
"is this home set up" works the same in both modes; the county never registers matters of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import text
from sqlmodel import select

from gazetteer_desk.domain.masking import mask_id_number
from gazetteer_desk.domain.divisions import DivisionCodeError, validate_county_code, validate_township_code
from gazetteer_desk.domain.procedure import OPEN_STATUSES
from gazetteer_desk.services.core.mode import require_county
from gazetteer_desk.errors import DeskError, NotFound
from gazetteer_desk.formats import FormatError, age_keys, minisign
from gazetteer_desk.store.database import Store
from gazetteer_desk.paths import store_path
from gazetteer_desk.store.location import check_server_url, database_file, save_server_url, server_url
from gazetteer_desk.store.migrate import open_store
from gazetteer_desk.store.models import BundleImport, RegisteredTownship
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import PermissionDenied, is_user, require
from gazetteer_desk.services.sync.bundle_import import held_bundles
from gazetteer_desk.services.sync import key_store
from gazetteer_desk.services.sync.bundle_keys import county_identity_path
from gazetteer_desk.services.sync.down_keys import county_signing_key_path
from gazetteer_desk.services.core.overdue import overdue_condition


@dataclass(frozen=True)
class CountyIdentity:
    store: Store
    key_path: Path
    public_key: str
    fingerprint: str
    created: bool  # False when the home and key already existed


def store_location(home: Path) -> str:
    """Where the county store lives, for the clerk: the server's address or the SQLite file."""
    return server_url(home) or str(store_path(home))


def _use_server(home: Path, database: str) -> bool:
    """Write the home's ``database.json`` for ``database``; True when it was written now (undone on a failure)."""
    url = check_server_url(database)
    current = server_url(home)
    if current is not None:
        if current != url:
            raise DeskError(f"此数据目录已使用数据库 {current}，不能改为 {url}")
        return False
    if store_path(home).exists():
        raise DeskError(f"此数据目录已有本机数据库 {store_path(home)}；"
                        "要把它搬到服务器上，请用 gazetteer-desk county migrate-store --to 地址")
    save_server_url(home, url)
    return True


def init_county(home: Path, county_code: str | None = None, county_name: str = "",
                passphrase: str | None = None, *, database: str | None = None) -> CountyIdentity:
    """Create the county store (if needed), the county's age identity ``keys/county.key`` and its signing key
    (mode 0600), both sealed with ``passphrase`` (checked first: nothing is made with a poor one).

    ``database``: a PostgreSQL address (``postgresql://user@host:port/db``) to keep the store on a server."""
    if passphrase is not None:
        passphrase = key_store.check_new_passphrase(passphrase)
    written = _use_server(home, database) if database else False
    try:
        store = open_store(home, create=True)
    except BaseException:
        if written:
            database_file(home).unlink(missing_ok=True)
        raise
    try:
        created_store = False
        if store.is_initialised:
            if store.mode != "county":
                raise DeskError(f"此数据目录是乡镇（{store.setting('township_code')}）的，不能用作县信访办数据目录")
        else:
            if not county_code:
                raise DeskError("请用 --county-code 指定6位县级代码")
            try:
                code = validate_county_code(county_code.strip())
            except DivisionCodeError as error:
                raise DeskError(error.message) from error
            with store.transaction() as session:
                for key, value in {"mode": "county", "county_code": code, "county_name": county_name.strip(),
                                   "township_code": code}.items():
                    store.set_setting(key, value, session)
            store.forget_settings()
            created_store = True
        path = county_identity_path(home)
        created_key = not path.exists()
        shared = store.setting("county_public_key_own")
        if created_key and store.on_server and shared:
            # another PC of the office set this store up: a new key here could not open the townships' bundles
            raise DeskError(f"此县级数据库已有县信访办密钥（公钥 {shared[:16]}…）：请把第一台电脑数据目录中的 "
                            f"keys/county.key 和 keys/county.minisign.key 安全地复制到本机 {path.parent}，再运行 county init")
        if created_key:
            public_key = key_store.new_identity(path, passphrase)
        else:
            public_key = key_store.identity_public_key(path)
        if not county_signing_key_path(home).exists():
            key_store.new_signing_key(county_signing_key_path(home), passphrase if key_store.sealed(home) else None)
        store.set_setting("county_public_key_own", public_key)
    except BaseException:
        store.close()
        if written:
            database_file(home).unlink(missing_ok=True)
        raise
    return CountyIdentity(store, path, public_key, age_keys.recipient_fingerprint(public_key),
                          created_store or created_key)


def add_township(store: Store, code: str, name: str, key_file: Path | str) -> RegisteredTownship:
    """Register a township's minisign public key; a revoked township may be registered again with a new key."""
    require_county(store)
    county = store.setting("county_code")
    try:
        code = validate_township_code(code.strip(), county)
    except DivisionCodeError as error:
        raise DeskError(error.message) from error
    if not name.strip():
        raise DeskError("请填写乡镇名称")
    try:
        pub = minisign.load_public_key(key_file)
    except FormatError as error:
        raise DeskError(error.message) from error
    key_text = minisign.public_key_text(pub)
    fingerprint = minisign.public_key_fingerprint(pub)
    with store.transaction() as session:
        for other in session.exec(select(RegisteredTownship)):
            if other.code != code and minisign.parse_public_key(other.public_key).key_id == pub.key_id:
                raise DeskError(f"此公钥已登记给 {other.name}（{other.code}），不能重复使用")
        row = session.get(RegisteredTownship, code)
        if row is not None and not row.revoked:
            if row.key_fingerprint == fingerprint:
                return row
            raise DeskError(f"{row.name}（{code}）已登记了另一把公钥；如需换钥，请先运行 county revoke-township {code}")
        if row is None:
            row = RegisteredTownship(code=code, name=name.strip(), public_key=key_text, key_fingerprint=fingerprint)
            session.add(row)
        else:
            row.name, row.public_key, row.key_fingerprint, row.revoked = name.strip(), key_text, fingerprint, False
            row.registered_at = datetime.now().astimezone()
    return row


def revoke_township(store: Store, code: str) -> RegisteredTownship:
    require_county(store)
    with store.transaction() as session:
        row = session.get(RegisteredTownship, code.strip())
        if row is None:
            raise NotFound(f"没有登记过乡镇 {code}")
        row.revoked = True
    return row


def townships(store: Store) -> list[RegisteredTownship]:
    with store.read() as session:
        return list(session.exec(select(RegisteredTownship).order_by(RegisteredTownship.code)))


# --- overview pages ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TownshipRow:
    code: str
    name: str
    revoked: bool
    key_fingerprint: str
    last_sequence: int | None
    last_period: str
    last_imported_at: datetime | None
    matters: int
    open_matters: int
    overdue: int
    held: int = 0


def township_overview(store: Store, today: date | None = None) -> list[TownshipRow]:
    """One row per registered township: its last bundle and its matters (open, overdue) in the county store."""

    today = today or date.today()
    statuses = ", ".join(f"'{s}'" for s in sorted(OPEN_STATUSES))
    counts: dict[str, tuple[int, int, int]] = {}
    with store.read() as session:
        # three counts of index ranges per township (ix_matter_township_overview: township, deleted, status,
        # due_on): no matter row is read and nothing is worked out per matter, only index entries counted
        for code, total, open_, overdue in session.execute(text(
            "SELECT t.code, "
            "(SELECT COUNT(*) FROM matter m WHERE m.township_code = t.code AND m.deleted = 0), "
            "(SELECT COUNT(*) FROM matter m WHERE m.township_code = t.code AND m.deleted = 0 "
            f"AND m.status IN ({statuses})), "
            "(SELECT COUNT(*) FROM matter m WHERE m.township_code = t.code AND m.deleted = 0 "
            f"AND {overdue_condition('m')}) "
            "FROM registeredtownship t"), {"today": today.isoformat()}):
            counts[code] = (total, open_, overdue)
        last: dict[str, BundleImport] = {}
        for row in session.exec(select(BundleImport).order_by(BundleImport.sequence)):
            last[row.township_code] = row
    held: dict[str, int] = {}
    for item in held_bundles(store):
        held[item.township_code] = held.get(item.township_code, 0) + 1
    rows = []
    for township in townships(store):
        bundle = last.get(township.code)
        total, open_, overdue = counts.get(township.code, (0, 0, 0))
        rows.append(TownshipRow(
            township.code, township.name, township.revoked, township.key_fingerprint,
            bundle.sequence if bundle else None, bundle.period if bundle else "",
            bundle.imported_at if bundle else None, total, open_, overdue, held.get(township.code, 0),
        ))
    return rows


@dataclass(frozen=True)
class CrossPetitioner:
    """A person (same ID number) with matters in more than one township: 越级/重复访 early warning."""

    id_number: str
    names: list[str]
    townships: list[str]  # "双江镇（500235101）"
    matters: int
    open_matters: int
    last_received: date | None


def _day(value) -> date | None:
    """A date as SQLite (ISO text) or PostgreSQL (a date) hands it back."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def cross_township_petitioners(store: Store, *, viewer=None, full: bool = False) -> list[CrossPetitioner]:
    """ID numbers masked (个人信息保护法); ``full=True`` only for a signed-in ``viewer`` holding ``view_full_id``,
    and that view is written to the audit trail."""
    if full:
        if not is_user(viewer):
            raise PermissionDenied("查看完整证件号码请先登录")
        require(viewer, "view_full_id")
    names = {t.code: t.name for t in townships(store)}
    statuses = ", ".join(f"'{s}'" for s in sorted(OPEN_STATUSES))
    sql = text(
        "SELECT p.id_number, group_concat(DISTINCT p.name), group_concat(DISTINCT p.township_code), "
        f"COUNT(m.id), COALESCE(SUM(m.status IN ({statuses})), 0), MAX(m.received_on) "
        "FROM petitioner p LEFT JOIN matter m ON m.petitioner_id = p.id AND m.deleted = 0 "
        "WHERE p.deleted = 0 AND p.id_number IS NOT NULL AND p.id_number != '' "
        # the numbers held by more than one person, counted from the index alone (ix_petitioner_id_number_township)
        # with no per-number sort of townships; "more than one township" is then asked of those few only
        "AND p.id_number IN (SELECT id_number FROM petitioner WHERE deleted = 0 AND id_number IS NOT NULL "
        "AND id_number != '' GROUP BY id_number HAVING COUNT(*) > 1) "
        "GROUP BY p.id_number HAVING COUNT(DISTINCT p.township_code) > 1 "
        "ORDER BY COUNT(DISTINCT p.township_code) DESC, COUNT(m.id) DESC, p.id_number"
    )
    rows = []
    with store.read() as session:
        for id_number, people, codes, matters, open_, last in session.execute(sql):
            rows.append(CrossPetitioner(
                id_number if full else mask_id_number(id_number), sorted(set(people.split(","))),
                [f"{names.get(c, c)}（{c}）" for c in sorted(set(codes.split(",")))],
                matters, open_, _day(last),
            ))
    if full:
        audit.record_now(store, viewer, "reveal", "cross_petitioners", "",
                         {"field": "id_number", "count": len(rows)})
    return rows
