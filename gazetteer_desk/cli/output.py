"""Printing results: readable Chinese text, or JSON (UTF-8, not escaped) with ``--json``."""

import dataclasses
import json
import sys
from datetime import date, datetime


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
    print(line)


def fail(message: str) -> None:
    print(f"错误：{message}", file=sys.stderr)
