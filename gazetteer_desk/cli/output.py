"""Printing results — readable Chinese text, or JSON (UTF-8, not escaped) with ``--json`` — and the one way a
command opens (and closes) the store."""

import dataclasses
import json
import sys
from contextlib import contextmanager
from datetime import date, datetime

from gazetteer_desk.domain.text import for_terminal


def _default(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if dataclasses.is_dataclass(value):
        return dataclasses.asdict(value)
    if hasattr(value, "model_dump"):
        return value.model_dump()
    raise TypeError(type(value))


def emit_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")


def emit(line: str = "") -> None:
    """One line of text for the terminal: stored text cannot move the cursor, recolour or reorder what follows."""
    print(for_terminal(line))


def fail(message: str) -> None:
    print(f"错误：{for_terminal(message)}", file=sys.stderr)


@contextmanager
def opened_store(home, *, create: bool = False):
    """``with opened_store(home) as store:`` — the store is closed when the command is done, also on an error."""
    from gazetteer_desk.store.migrate import open_store  # imported here: parsing the command line needs no database code

    store = open_store(home, create=create)
    try:
        yield store
    finally:
        store.close()


def read_with_store(home, read, *, county: bool = False):
    """``read(store)`` on a store opened and closed around it; with ``county`` the store must be a county's."""
    with opened_store(home) as store:
        if county:
            from gazetteer_desk.services.core.mode import require_county

            require_county(store)
        return read(store)


def write_file(path: str, data: bytes) -> None:
    """Write a produced file (a PDF) atomically and say where it went."""
    from pathlib import Path

    from gazetteer_desk.errors import DeskError
    from gazetteer_desk.formats import FormatError
    from gazetteer_desk.formats.atomic import write_atomic

    try:
        write_atomic(Path(path), data)
    except FormatError as error:
        raise DeskError(str(error)) from error
    emit(f"已生成 {path}")
