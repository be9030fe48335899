"""Whose secret makes a matter's 查询码: always its own township's, so a paper reprinted at the county, after a
restore or on a new PC prints the same code, and the county can check a code a petitioner reads out on the phone."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from gazetteer_desk.services.core import audit

from gazetteer_desk.store.database import Store

if TYPE_CHECKING:
    from sqlmodel import Session

OWN_KEY = "query_secret"


def county_key(township_code: str) -> str:
    """Where the county keeps a township's secret (it arrives inside the township's encrypted bundle)."""
    return f"query_secret:{township_code}"


def query_secret_in(session: Session, store: Store, township_code: str) -> str:
    from gazetteer_desk.store import raw as store_raw

    session.flush()
    return query_secret_of(store_raw.of_session(session), store, township_code)


def query_secret_of(raw, store: Store, township_code: str) -> str:
    """The same on the driver connection (see :mod:`gazetteer_desk.store.raw`)."""
    key = county_key(township_code) if store.mode == "county" else OWN_KEY
    row = raw.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    # a store set up before the secret existed printed codes made with the township code: they stay valid
    return row[0] if row and row[0] else township_code


def keep_query_secret(session: Session, township_code: str, secret, actor) -> None:
    """At the county, inside a bundle's import: keep the township's secret (a bundle's content is untrusted: only a
    well-formed secret is taken; a changed one — a township set up anew — is audited)."""
    if not isinstance(secret, str) or not re.fullmatch(r"[0-9a-f]{32}", secret):
        return
    from gazetteer_desk.store.models import Setting

    row = session.get(Setting, county_key(township_code))
    if row is not None and row.value == secret:
        return
    if row is not None:
        audit.record(session, actor, "query_secret_changed", "township", township_code, {})
    row = row or Setting(key=county_key(township_code))
    row.value = secret
    session.add(row)
