"""Between a stored matter and the pure procedure: read its state, write a new one back."""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import TYPE_CHECKING

from gazetteer_desk.domain.procedure import MatterState

if TYPE_CHECKING:  # a model or a record (store/records.py) alike
    from gazetteer_desk.store.models import Matter

_STATE_FIELDS = [f.name for f in fields(MatterState)]


def matter_state(matter: Matter) -> MatterState:
    return MatterState(**{name: getattr(matter, name) for name in _STATE_FIELDS})


def write_state(matter: Matter, state: MatterState) -> None:
    for name, value in asdict(state).items():
        setattr(matter, name, value)
