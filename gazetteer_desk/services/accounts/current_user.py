"""Who is acting, and whether the store has accounts at all — what every command asks before its work, answered
without loading the ORM (see store/database.py). :mod:`.accounts` holds the rest of the accounts' work."""

from dataclasses import dataclass

from gazetteer_desk.domain.permissions import can, role_label


@dataclass(frozen=True)
class CurrentUser:
    """The signed-in person; services accept it as ``actor``."""

    username: str
    role: str
    staff_id: str | None = None
    must_change_password: bool = False

    @property
    def role_label(self) -> str:
        return role_label(self.role)

    def can(self, permission: str) -> bool:
        return can(self.role, permission)


def has_accounts(store) -> bool:
    with store.raw_read() as raw:
        return raw.execute("SELECT 1 FROM account LIMIT 1").fetchone() is not None
