"""Permission checks for services that are given a signed-in user.

Services keep ``actor: str`` for callers that have no account (the command line, scripts); when they are given a
:class:`~gazetteer_desk.services.accounts.accounts.CurrentUser` they check its role against the one table in
:mod:`gazetteer_desk.domain.permissions`.
"""

from gazetteer_desk.domain.permissions import PERMISSIONS, can, role_label, visible_purposes
from gazetteer_desk.errors import DeskError


class PermissionDenied(DeskError):
    exit_code = 5


def is_user(actor) -> bool:
    return hasattr(actor, "role") and hasattr(actor, "username")


def require(actor, permission: str) -> None:
    """Raise :class:`PermissionDenied` when a signed-in ``actor`` lacks ``permission`` (a plain string passes)."""
    if is_user(actor) and not can(actor.role, permission):
        raise PermissionDenied(f"当前账户（{role_label(actor.role)}）无权{PERMISSIONS[permission]}")


def purposes_for(actor) -> frozenset[str] | None:
    """The purposes ``actor`` may see, or None (no restriction) for a plain string actor."""
    return visible_purposes(actor.role) if is_user(actor) else None
