"""Columns every synchronised record carries, so the monthly bundle can move changes and deletions."""

import uuid
from datetime import UTC, datetime

from sqlmodel import Field, SQLModel


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class Synced(SQLModel):
    """UUID key, owning township, UTC timestamps, a revision counter and a tombstone.

    A change bumps ``revision`` and ``updated_at``; a deletion sets ``deleted`` instead of removing the row,
    so the county store learns of it from the next bundle. Which bundle is decided by ``change_seq``, not by the
    clock.
    """

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    township_code: str = Field(index=True, max_length=9)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow, index=True)
    revision: int = 1
    deleted: bool = False
    # Local only, never sent: the store's change counter at this row's last write, set by triggers (migration 0002).
    change_seq: int = Field(default=0, index=True)

    def touch(self) -> None:
        self.revision += 1
        self.updated_at = utcnow()
