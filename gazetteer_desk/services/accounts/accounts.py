"""Accounts of the people who use this PC: set-up of the first administrator, log-in, passwords, deactivation.

Passwords are hashed with scrypt (memory-hard, in the standard library) and stored as ``scrypt$n$r$p$salt$hash``
(salt and hash in hex); comparison is constant-time. A new account's first password is set by the administrator
and must be changed at first log-in.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from gazetteer_desk.domain.permissions import ADMIN_ROLE, ROLES, role_label, roles_for_mode
from gazetteer_desk.domain import text as desk_text
from gazetteer_desk.errors import DeskError, NotFound
from gazetteer_desk.services.core.text_input import NAME, check_texts
from gazetteer_desk.store import records
from gazetteer_desk.store.database import Store
from gazetteer_desk.services.accounts import login_guard
from gazetteer_desk.services.accounts.current_user import CurrentUser, has_accounts  # noqa: F401  (their home is light)
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import require

if TYPE_CHECKING:  # the ORM loads where an account is changed, not for a log-in (see store/database.py)
    from gazetteer_desk.store.models import Account

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
IDLE_KEY = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 10
MAX_IDLE_MINUTES = 240
SALT_BYTES = 16
MIN_PASSWORD = 8


UserSession = CurrentUser


@dataclass(frozen=True)
class AccountView:
    username: str
    role: str
    role_label: str
    staff_name: str
    active: bool
    must_change_password: bool
    created_at: datetime


# --- password hashing -----------------------------------------------------------------------------------------------


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(SALT_BYTES)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, expected = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                                dklen=len(bytes.fromhex(expected)))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, bytes.fromhex(expected))


@functools.cache
def _dummy_hash() -> str:
    """Checked against when no such account exists, so a wrong name costs what a wrong password does. Made on first
    use, not on import: every command imports this module, and a scrypt is tens of milliseconds."""
    return hash_password("gazetteer-desk-dummy", salt=b"\0" * SALT_BYTES)


def check_new_password(username: str, password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise DeskError(f"密码至少需要 {MIN_PASSWORD} 个字符")
    if password.strip().casefold() == username.strip().casefold():
        raise DeskError("密码不能与用户名相同")
    if not password.strip():
        raise DeskError("密码不能全为空格")


def check_username(username: str) -> str:
    check_texts({"用户名": (username, NAME)})  # a name that forges output or reads reversed in the audit trail
    username = username.strip()
    if not username:
        raise DeskError("请填写用户名")
    if len(username) > 64 or any(c.isspace() for c in username) or ":" in username:
        raise DeskError("用户名不能含空格或冒号，且不超过 64 个字符")
    return username


def _user(account: Account) -> CurrentUser:
    return CurrentUser(account.username, account.role, account.staff_id, account.must_change_password)


def _find(session, username: str) -> Account | None:
    from sqlmodel import select

    from gazetteer_desk.store.models import Account

    return session.exec(select(Account).where(Account.username == username.strip())).first()


def _staff_id(session, name: str | None) -> str | None:
    from sqlmodel import select

    from gazetteer_desk.store.models import Staff

    if not name:
        return None
    staff = session.exec(select(Staff).where(Staff.name == name.strip(), Staff.deleted.is_(False))).first()
    if staff is None:
        raise DeskError(f"工作人员“{name}”不在名单中")
    return staff.id


# --- set-up and administration --------------------------------------------------------------------------------------


def create_first_admin(store: Store, username: str, password: str, *, staff_name: str | None = None) -> CurrentUser:
    """First-run wizard: the administrator types their own password, so no forced change follows."""
    from sqlmodel import select

    from gazetteer_desk.store.models import Account

    username = check_username(username)
    check_new_password(username, password)
    role = ADMIN_ROLE.get(store.mode, "admin")
    with store.transaction() as session:
        if session.exec(select(Account).limit(1)).first() is not None:
            raise DeskError("已有账户，管理员账户只能在首次设置时创建；请由管理员新建账户")
        account = Account(username=username, role=role, staff_id=_staff_id(session, staff_name),
                          password_hash=hash_password(password), must_change_password=False)
        session.add(account)
        audit.record(session, username, "account_create", "account", username, {"role": role, "first_admin": True})
        session.flush()
        return _user(account)


def create_account(store: Store, actor, username: str, role: str, initial_password: str, *,
                   staff_name: str | None = None) -> AccountView:

    from gazetteer_desk.store.models import Account

    require(actor, "manage_accounts")
    username = check_username(username)
    allowed = roles_for_mode(store.mode)
    if role not in allowed:
        raise DeskError(f"未知的角色“{role}”（可选：{'、'.join(f'{r}（{ROLES[r]}）' for r in allowed)}）")
    check_new_password(username, initial_password)
    with store.transaction() as session:
        if _find(session, username) is not None:
            raise DeskError(f"用户名“{username}”已存在")
        account = Account(username=username, role=role, staff_id=_staff_id(session, staff_name),
                          password_hash=hash_password(initial_password), must_change_password=True)
        session.add(account)
        audit.record(session, actor, "account_create", "account", username, {"role": role, "staff": staff_name or ""})
    return _view(store, username)


def reset_password(store: Store, actor, username: str, temporary_password: str) -> None:
    """An administrator sets a temporary password; the person must change it at the next log-in."""
    require(actor, "manage_accounts")
    check_new_password(username, temporary_password)
    with store.transaction() as session:
        account = _find(session, username)
        if account is None:
            raise NotFound(f"找不到账户“{username}”")
        account.password_hash = hash_password(temporary_password)
        account.must_change_password = True
        audit.record(session, actor, "account_reset", "account", account.username, {"must_change_password": True})


def deactivate(store: Store, actor, username: str) -> None:
    from sqlmodel import select

    from gazetteer_desk.store.models import Account

    require(actor, "manage_accounts")
    with store.transaction() as session:
        account = _find(session, username)
        if account is None:
            raise NotFound(f"找不到账户“{username}”")
        if not account.active:
            raise DeskError(f"账户“{username}”已停用")
        if account.role in ADMIN_ROLE.values():
            admins = session.exec(select(Account).where(Account.role == account.role, Account.active.is_(True))).all()
            if len(admins) <= 1:
                raise DeskError("不能停用唯一的管理员账户")
        account.active = False
        audit.record(session, actor, "account_disable", "account", account.username,
                     {"changes": audit.changes({"active": True}, {"active": False})})


def list_accounts(store: Store) -> list[AccountView]:
    from sqlmodel import select

    from gazetteer_desk.store.models import Account, Staff

    with store.read() as session:
        names = {s.id: s.name for s in session.exec(select(Staff))}
        return [
            AccountView(a.username, a.role, role_label(a.role), names.get(a.staff_id, ""), a.active,
                        a.must_change_password, a.created_at)
            for a in session.exec(select(Account).order_by(Account.id))
        ]


def _view(store: Store, username: str) -> AccountView:
    return next(a for a in list_accounts(store) if a.username == username)


# --- log-in, unlock and passwords -----------------------------------------------------------------------------------

LOGIN_FAILED = "用户名或密码不正确"


def login(store: Store, username: str, password: str, *, now: float | None = None) -> CurrentUser:
    """Check the password (constant time, a hash is computed even for an unknown name); every attempt is audited.

    Repeated wrong passwords make the next attempt wait, then lock the account for a while (:mod:`login_guard`)."""
    username = username.strip()
    if desk_text.problem(username) or len(username) > 64:
        # never a user's name: recorded escaped, so a forged name cannot rewrite what the audit list prints
        audit.record_now(store, desk_text.shown(username)[:80], "login_failed", "account", "", {"reason": "bad_name"})
        raise DeskError(LOGIN_FAILED)
    try:
        login_guard.check(store, username, now)
    except login_guard.LoginThrottled:
        audit.record_now(store, username, "login_failed", "account", username, {"reason": "throttled"})
        raise
    # on the driver connection: a command given --as signs in without loading the ORM (see store/database.py)
    with store.raw_read() as raw:
        account = records.first(raw, "account", "username = ?", (username,)) if username else None
    ok = check_password(password, account.password_hash if account else _dummy_hash()) and account is not None
    if not ok or not account.active:
        reason = "inactive" if ok else ("unknown_user" if account is None else "bad_password")
        with store.raw_transaction() as raw:
            failures = login_guard.failed(raw, username, now) if not ok else 0
            audit.record_raw(raw, username, "login_failed", "account", username,
                             {"reason": reason, **({"failures": failures} if failures else {})})
        raise DeskError("此账户已停用，请联系管理员" if ok else LOGIN_FAILED)
    with store.raw_transaction() as raw:
        login_guard.succeeded(raw, account.username)
        audit.record_raw(raw, account.username, "login", "account", account.username, {"role": account.role})
    return _user(account)


def unlock(store: Store, user: CurrentUser, password: str) -> bool:
    """The idle lock asks for the password again; failures are audited."""
    with store.read() as session:
        account = _find(session, user.username)
    if account is not None and account.active and check_password(password, account.password_hash):
        return True
    audit.record_now(store, user.username, "unlock_failed", "account", user.username, {})
    return False


def change_password(store: Store, username: str, old_password: str, new_password: str) -> CurrentUser:
    with store.read() as session:
        account = _find(session, username)
    if account is None or not check_password(old_password, account.password_hash):
        raise DeskError("原密码不正确")
    check_new_password(account.username, new_password)
    if new_password == old_password:
        raise DeskError("新密码不能与原密码相同")
    with store.transaction() as session:
        account = _find(session, username)
        account.password_hash = hash_password(new_password)
        account.must_change_password = False
        audit.record(session, account.username, "account_password", "account", account.username,
                     {"must_change_password": False})
        session.flush()
        return _user(account)


# --- the idle lock --------------------------------------------------------------------------------------------------


def idle_lock_minutes(store: Store) -> int:
    """Minutes without input before the window locks (0: never)."""
    try:
        return max(0, int(store.setting(IDLE_KEY, str(DEFAULT_IDLE_MINUTES))))
    except ValueError:
        return DEFAULT_IDLE_MINUTES


def set_idle_lock_minutes(store: Store, actor, minutes: int) -> int:
    require(actor, "edit_settings")
    if not 0 <= int(minutes) <= MAX_IDLE_MINUTES:
        raise DeskError(f"自动锁定时间应在 0 到 {MAX_IDLE_MINUTES} 分钟之间（0 表示不自动锁定）")
    before = idle_lock_minutes(store)
    with store.transaction() as session:
        store.set_setting(IDLE_KEY, str(int(minutes)), session=session)
        audit.record(session, actor, "setting", "setting", IDLE_KEY,
                     {"changes": audit.changes({IDLE_KEY: before}, {IDLE_KEY: int(minutes)})})
    return int(minutes)
