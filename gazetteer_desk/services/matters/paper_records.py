"""A paper is a record: what a notice said when it was issued is kept with its 送达记录 (the matter's history), so
a reprint says the same thing word for word even after the matter has moved on. Changed facts go on a new paper."""

from dataclasses import asdict, fields
from datetime import date
from enum import Enum

from gazetteer_desk.documents.kinds import DocumentKind
from gazetteer_desk.documents.model import NoticeData, Office, Person
from gazetteer_desk.store.records import Record

_DATE_FIELDS = frozenset(f.name for f in fields(NoticeData) if "date" in str(f.type))


def to_record(notice: NoticeData) -> dict:
    """The notice as JSON-ready data (dates as ISO text, enums as their values)."""
    def plain(value):
        if isinstance(value, Enum):
            return value.value
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        return value

    return {key: plain(value) for key, value in asdict(notice).items()}


def from_record(record: dict) -> NoticeData:
    values = dict(record)
    for name in _DATE_FIELDS:
        if values.get(name):
            values[name] = date.fromisoformat(values[name])
    values["office"] = Office(**values["office"])
    values["petitioner"] = Person(**values["petitioner"])
    known = {f.name for f in fields(NoticeData)}
    return NoticeData(**{k: v for k, v in values.items() if k in known})


def issued_notice(events: list[Record], kind: DocumentKind) -> NoticeData | None:
    """What the first paper of this kind said, if one was issued (papers of older releases kept no text)."""
    for event in events:
        if event.kind == "printed" and event.data.get("kind") == kind.value and event.data.get("notice"):
            return from_record(event.data["notice"])
    return None
