"""The text checks of :mod:`gazetteer_desk.domain.text` at a service's boundary: the first field that may not be
stored (control characters, direction overrides, a name of invisible characters only, too long) is a
:class:`DeskError` naming it, before anything is written."""

from gazetteer_desk.domain import text as desk_text
from gazetteer_desk.domain.text import LONG, NAME, SHORT
from gazetteer_desk.errors import DeskError

__all__ = ["LONG", "NAME", "SHORT", "check_texts"]


def check_texts(fields: dict[str, tuple[str | None, str]]) -> None:
    """``{label: (value, NAME | SHORT | LONG)}``; LONG fields may hold line breaks and tabs."""
    try:
        desk_text.check_all(fields)
    except desk_text.TextError as error:
        raise DeskError(error.message) from error
