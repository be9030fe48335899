"""初件/重件: finding a petitioner's earlier matters so the clerk can mark a repeat visit.

The clerk decides whether it is the same matter; this only finds the same person's recent or still open matters.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from gazetteer_desk.domain._text import clean_code
from gazetteer_desk.domain.idnumber import IdNumberError, parse_id_number


@dataclass(frozen=True)
class PriorMatter:
    id: str
    number: str
    petitioner_id_number: str | None
    petitioner_name: str
    petitioner_phone: str | None
    category: str | None
    status: str
    received_on: date
    closed: bool


def normalise_id_number(value: str | None) -> str:
    """Canonical 18-character form when valid (so a 15-digit number matches its upgrade), else cleaned text."""
    if not value or not value.strip():
        return ""
    try:
        return parse_id_number(value, today=date.max).value
    except IdNumberError:
        return clean_code(value)


def _name(value: str | None) -> str:
    return "".join((value or "").split())


def _phone(value: str | None) -> str:
    digits = "".join(c for c in clean_code(value) if c.isdigit())
    if len(digits) == 13 and digits.startswith("86"):
        digits = digits[2:]
    return digits


def same_person(
    a_id: str | None, a_name: str | None, a_phone: str | None,
    b_id: str | None, b_name: str | None, b_phone: str | None,
) -> bool:
    """Same ID number; when either side has none, same name and same phone (both filled in)."""
    a_key, b_key = normalise_id_number(a_id), normalise_id_number(b_id)
    if a_key and b_key:
        return a_key == b_key
    name_a, phone_a = _name(a_name), _phone(a_phone)
    return bool(name_a and phone_a) and name_a == _name(b_name) and phone_a == _phone(b_phone)


def find_repeats(
    priors: Iterable[PriorMatter],
    id_number: str | None,
    name: str | None,
    phone: str | None,
    today: date,
    recent_days: int = 365,
) -> list[PriorMatter]:
    """The person's open matters plus those received within ``recent_days``, newest first."""
    since = today - timedelta(days=recent_days)
    hits = [
        p for p in priors
        if same_person(id_number, name, phone, p.petitioner_id_number, p.petitioner_name, p.petitioner_phone)
        and (not p.closed or p.received_on >= since)
    ]
    return sorted(hits, key=lambda p: (p.received_on, p.number), reverse=True)
