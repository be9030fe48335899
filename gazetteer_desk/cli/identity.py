"""Who is acting: one answer for every command.

* ``--as USERNAME`` (before the command) signs in as that account — password from GAZETTEER_DESK_PASSWORD or a
  prompt — and the :class:`~gazetteer_desk.services.accounts.accounts.CurrentUser` goes to the services, which check its role.
* Without ``--as`` the actor is the operating-system login as a plain name, ``cli:<login>``: audited by name, not
  permission-checked by the services. It may do only what every desk account of this store's mode may do anyway
  (the 接待员 / 县级接待员 row of ``domain/permissions.py``) — or anything, while the store has no accounts yet.
  Everything else (accounts, restore, the audit trail, bundles, leaders' work …) needs ``--as``.
"""

import getpass
import os

from gazetteer_desk.domain.permissions import PERMISSIONS, can, roles_for_mode

PASSWORD_ENV = "GAZETTEER_DESK_PASSWORD"
CLI_PREFIX = "cli:"


def os_actor() -> str:
    """``cli:<login>``; just ``cli`` where the system has no user name to give."""
    try:
        login = getpass.getuser()
    except Exception:  # no login name (a service account, a bare container): still say where from
        return "cli"
    return f"{CLI_PREFIX}{login}"


def sign_in(store, username: str):
    from gazetteer_desk.services.accounts import accounts

    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        password = getpass.getpass(f"{username} 的密码：")
    user = accounts.login(store, username, password)
    if user.must_change_password:
        from gazetteer_desk.errors import DeskError

        raise DeskError(f"账户 {username} 须先修改初始密码：请运行 gazetteer-desk --home … account passwd {username}")
    return user


def sign_in_first(args, home) -> None:
    """``--as`` is checked before any command runs, also one that needs no permission: a wrong password is always
    an error, never silently ignored. The user is kept on ``args`` for :func:`acting`."""
    from gazetteer_desk.cli.output import opened_store
    from gazetteer_desk.paths import store_path

    username = getattr(args, "as_user", None)
    if not username or not store_path(home).exists():
        return
    with opened_store(home) as store:
        args.signed_in = sign_in(store, username)


def acting(store, args, permission: str | None = None):
    """The actor for this command: a CurrentUser with ``--as``, else ``cli:<login>`` where the rules above allow it.

    ``permission`` (a key of ``PERMISSIONS``) is what the command needs; None for commands anyone may run.
    Raises PermissionDenied (exit code 5) with a Chinese message when the command is not allowed.
    """
    from gazetteer_desk.services.accounts.current_user import CurrentUser, has_accounts  # light: no ORM
    from gazetteer_desk.services.core.authz import PermissionDenied, require

    username = getattr(args, "as_user", None)
    if username:
        user = getattr(args, "signed_in", None) or sign_in(store, username)
        if permission:
            require(user, permission)  # also for commands whose services take a plain name only
        return user
    if not has_accounts(store):
        return os_actor()
    if permission and not _base_role_may(store, permission):
        raise PermissionDenied(f"{PERMISSIONS[permission]}须以有此权限的账户执行：请在命令前加 --as 用户名"
                               f"（密码取自环境变量 {PASSWORD_ENV} 或随后输入）")
    # once the desk has accounts, the login acts with the least desk role: the services check it and, for reads,
    # leave out what that role may not see (检举控告) and mask what it may not read in full
    return CurrentUser(os_actor(), roles_for_mode(store.mode)[0])


def _base_role_may(store, permission: str) -> bool:
    """True when the least desk role of this store's mode holds ``permission``."""
    base = roles_for_mode(store.mode)[0]
    return can(base, permission)
