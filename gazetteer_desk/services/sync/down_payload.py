"""What is inside a down bundle (county → township): the manifest and one JSONL file per kind of content.

The same container as the monthly bundle (see docs/bundle-format.md); the content is not rows of synchronised
tables but what the county says to one township: acknowledgements of its bundles, orders (交办, 督办, 挂牌督办),
复查/复核 decisions, the holiday table and the keys. Every row is read as untrusted input: known fields only, each
of its type and within its bounds, before anything is written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from gazetteer_desk.domain.procedure import OUTCOMES
from gazetteer_desk.formats import FormatError, minisign
from gazetteer_desk.services.sync.bundle_payload import (TIMESTAMP_FORMAT, PayloadError, manifest_bytes, manifest_object,
                                                        payload_hash, read_record_files, record_file)

FORMAT_NAME = "gazetteer-desk-down-bundle"
FORMAT_VERSION = 1
KINDS = ("acknowledgement", "order", "decision", "holiday", "key")
ORDER_KINDS = ("交办", "督办", "挂牌督办")
DECISION_KINDS = {"review": "复查意见", "recheck": "复核意见"}
ACK_STATUSES = ("imported", "refused")
_TRUSTED = re.compile(r"gazetteer-desk down v(?P<version>\d+) county=(?P<county>\d{6}) township=(?P<township>\d{9}) "
                      r"seq=(?P<seq>\d+) sha256=(?P<sha>[0-9a-f]{64})")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?")
_HEX = re.compile(r"[0-9a-f]{64}")
__all__ = ["PayloadError", "manifest_bytes", "payload_hash", "record_file"]


def file_name(township: str, sequence: int) -> str:
    return f"{township}-down-seq{sequence:04d}.gdb.age"


def trusted_comment(county: str, township: str, sequence: int, file_hash: str) -> str:
    return f"gazetteer-desk down v{FORMAT_VERSION} county={county} township={township} seq={sequence} sha256={file_hash}"


@dataclass(frozen=True)
class TrustedComment:
    version: int
    county: str
    township: str
    sequence: int
    file_hash: str


def parse_trusted_comment(text: str) -> TrustedComment | None:
    match = _TRUSTED.fullmatch(text.strip())
    if not match:
        return None
    return TrustedComment(int(match["version"]), match["county"], match["township"], int(match["seq"]), match["sha"])


def encode(rows: list[dict]) -> bytes:
    lines = [json.dumps(row, ensure_ascii=False, separators=(",", ":"), default=str) for row in rows]
    return ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")


# --- reading, at the township ---------------------------------------------------------------------------------


@dataclass
class Manifest:
    county_code: str
    county_name: str
    township_code: str
    sequence: int
    created_at: str
    prev_hash: str
    counts: dict[str, int]
    payload_hash: str


def parse_manifest(data: bytes) -> Manifest:
    raw, _version = manifest_object(data, FORMAT_NAME, FORMAT_VERSION, "县信访办下发数据包")
    counts = raw.get("counts")
    try:
        manifest = Manifest(
            county_code=_str(raw.get("county_code"), 6, pattern=re.compile(r"\d{6}")),
            county_name=_str(raw.get("county_name", ""), 60),
            township_code=_str(raw.get("township_code"), 9, pattern=re.compile(r"\d{9}")),
            sequence=_int(raw.get("sequence"), 1),
            created_at=_str(raw.get("created_at"), 40),
            prev_hash=_str(raw.get("prev_hash", ""), 64, pattern=re.compile(r"([0-9a-f]{64})?")),
            counts={k: _int(v, 0) for k, v in counts.items()} if isinstance(counts, dict) else _bad(),
            payload_hash=_str(raw.get("payload_hash"), 64, pattern=_HEX),
        )
    except ValueError as exc:
        raise PayloadError("manifest.json 内容不完整或有误") from exc
    if set(manifest.counts) - set(KINDS):
        raise PayloadError("数据包清单中有本程序不认识的内容，请先升级信访接待台")
    return manifest


@dataclass
class Content:
    acknowledgements: list[dict] = field(default_factory=list)
    orders: list[dict] = field(default_factory=list)
    decisions: list[dict] = field(default_factory=list)
    holidays: list[dict] = field(default_factory=list)
    keys: list[dict] = field(default_factory=list)


def decode(files: dict[str, bytes], manifest: Manifest) -> Content:
    """Every record file checked against the manifest and its kind's fields; raises :class:`PayloadError`."""
    records = read_record_files(files, manifest.payload_hash, manifest.counts,
                                {record_file(kind): kind for kind in KINDS}, "内容",
                                lambda name, kind, data: _rows(name, data, _CHECKS[kind]))
    content = Content()
    for kind, rows in records.items():
        setattr(content, _FIELD[kind], rows)
    return content


def _rows(name: str, data: bytes, check: Callable[[dict], dict]) -> list[dict]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PayloadError(f"{name} 不是UTF-8文本") from exc
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ValueError("not an object")
            rows.append(check(row))
        except (ValueError, TypeError) as exc:
            raise PayloadError(f"{name} 第{number}行无效（{_why(exc)}），已拒绝整个数据包") from exc
    return rows


def _why(exc: Exception) -> str:
    return str(exc)[:80] or "格式错误"


def _bad():
    raise ValueError("missing")


def _only(row: dict, fields: set[str]) -> None:
    unknown = set(row) - fields
    if unknown:
        raise ValueError(f"不认识的字段 {'、'.join(sorted(unknown))[:40]}")


def _str(value, limit: int, *, pattern: re.Pattern | None = None, choices=None) -> str:
    if not isinstance(value, str) or len(value) > limit or any(ord(ch) < 32 and ch not in "\n\t" for ch in value):
        raise ValueError("文字字段无效")
    if pattern is not None and not pattern.fullmatch(value):
        raise ValueError("格式不符")
    if choices is not None and value not in choices:
        raise ValueError(f"取值“{value[:20]}”无效")
    return value


def _int(value, minimum: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum or value > 10**9:
        raise ValueError("数字字段无效")
    return value


def _bool(value) -> bool:
    if value not in (0, 1) or isinstance(value, float):
        raise ValueError("是否字段无效")
    return bool(value)


def _date(value, *, optional: bool = False) -> date | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("日期无效")
    day = date.fromisoformat(value)
    if not 2000 <= day.year <= 2100:
        raise ValueError("日期超出范围")
    return day


def _timestamp(value) -> datetime:
    text = _str(value, 32, pattern=_STAMP)
    return datetime.strptime(text, TIMESTAMP_FORMAT if "." in text else "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


def _id(value) -> str:
    return _str(value, 36, pattern=_UUID)


def _acknowledgement(row: dict) -> dict:
    _only(row, {"sequence", "status", "at", "reason", "file_hash"})
    return {"sequence": _int(row.get("sequence"), 1), "status": _str(row.get("status"), 16, choices=ACK_STATUSES),
            "at": _str(row.get("at"), 32, pattern=_STAMP), "reason": _str(row.get("reason", ""), 500),
            "file_hash": _str(row.get("file_hash", ""), 64, pattern=re.compile(r"([0-9a-f]{64})?"))}


_DRAFT_FIELDS = {"name": 50, "id_number": 32, "phone": 32, "address": 200, "request": 2000, "facts": 5000,
                 "category": 40, "purpose": 10}


def _order(row: dict) -> dict:
    _only(row, {"id", "kind", "matter_id", "matter_number", "instruction", "deadline", "issued_on", "draft",
                "created_at"})
    kind = _str(row.get("kind"), 8, choices=ORDER_KINDS)
    order = {"id": _id(row.get("id")), "kind": kind, "instruction": _str(row.get("instruction", ""), 2000),
             "created_at": _timestamp(row.get("created_at")),
             "deadline": _date(row.get("deadline")), "issued_on": _date(row.get("issued_on")),
             "matter_number": _str(row.get("matter_number", ""), 32)}
    if kind == "交办":
        draft = row.get("draft")
        if not isinstance(draft, dict):
            raise ValueError("交办件缺少事项内容")
        _only(draft, set(_DRAFT_FIELDS))
        order["draft"] = {k: _str(v, _DRAFT_FIELDS[k]) for k, v in draft.items() if v is not None}
        if not order["draft"].get("name", "").strip() or not order["draft"].get("request", "").strip():
            raise ValueError("交办件缺少信访人或信访请求")
        if row.get("matter_id") is not None:
            raise ValueError("交办件不应指向已有事项")
        order["matter_id"] = None
    else:
        if row.get("draft") not in (None, {}):
            raise ValueError("督办不应带有事项内容")
        order["matter_id"], order["draft"] = _id(row.get("matter_id")), {}
    if order["deadline"] < order["issued_on"]:
        raise ValueError("期限早于下达日期")
    return order


def _decision(row: dict) -> dict:
    _only(row, {"id", "matter_id", "matter_number", "kind", "requested_on", "decided_on", "outcome", "text"})
    decision = {"id": _id(row.get("id")), "matter_id": _id(row.get("matter_id")),
                "matter_number": _str(row.get("matter_number", ""), 32),
                "kind": _str(row.get("kind"), 8, choices=tuple(DECISION_KINDS)),
                "requested_on": _date(row.get("requested_on")), "decided_on": _date(row.get("decided_on")),
                "outcome": _str(row.get("outcome"), 8, choices=OUTCOMES), "text": _str(row.get("text", ""), 5000)}
    if decision["decided_on"] < decision["requested_on"]:
        raise ValueError("决定日期早于申请日期")
    return decision


def _holiday(row: dict) -> dict:
    _only(row, {"day", "is_holiday", "name"})
    return {"day": _date(row.get("day")), "is_holiday": _bool(row.get("is_holiday")),
            "name": _str(row.get("name", ""), 40)}


def _key(row: dict) -> dict:
    _only(row, {"township_key_fingerprint", "revoked", "county_signing_key"})
    key = {"township_key_fingerprint": _str(row.get("township_key_fingerprint"), 19,
                                            pattern=re.compile(r"[0-9A-F]{4}( [0-9A-F]{4}){3}")),
           "revoked": _bool(row.get("revoked")), "county_signing_key": ""}
    if row.get("county_signing_key") is not None:
        text = _str(row["county_signing_key"], 400)
        try:
            minisign.parse_public_key(text)
        except FormatError as error:
            raise ValueError("县信访办签名公钥无效") from error
        key["county_signing_key"] = text
    return key


_CHECKS = {"acknowledgement": _acknowledgement, "order": _order, "decision": _decision, "holiday": _holiday,
           "key": _key}
_FIELD = {"acknowledgement": "acknowledgements", "order": "orders", "decision": "decisions", "holiday": "holidays",
          "key": "keys"}
