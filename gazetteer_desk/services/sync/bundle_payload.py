"""What is inside a sync bundle: the manifest and one JSONL file of records per synchronised table.

Records travel as the raw column values SQLite holds (text, numbers, NULL; dates and times as the same text the
store keeps), so the county writes back exactly what the township had. See docs/bundle-format.md.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from gazetteer_desk.domain.text import shown
from gazetteer_desk.errors import DeskError
from gazetteer_desk.formats.container import MANIFEST_NAME
from gazetteer_desk.store import raw as store_raw
from gazetteer_desk.store.synced_tables import SYNCED_TABLE_NAMES

FORMAT_NAME = "gazetteer-desk-bundle"
FORMAT_VERSION = 1
TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # how the store keeps UTC datetimes (naive UTC text)
_PERIOD = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_TRUSTED = re.compile(
    r"gazetteer-desk bundle v(?P<version>\d+) township=(?P<township>\d{9}) seq=(?P<seq>\d+) "
    r"period=(?P<period>\d{4}-\d{2}) sha256=(?P<sha>[0-9a-f]{64})"
)


def synced_table_names() -> list[str]:
    """Synchronised tables in foreign-key order (parents first), so inserts satisfy references and the matter search
    index trigger finds the petitioner already there."""
    return list(SYNCED_TABLE_NAMES)


LOCAL_COLUMNS = frozenset({"change_seq"})  # bookkeeping of the store that wrote the row, never sent


def sent_columns(raw, table: str) -> list[str]:
    """The columns of ``table`` a bundle carries, in the store's order (``raw``: see :mod:`gazetteer_desk.store.raw`)."""
    return [name for name in store_raw.columns(raw, table) if name not in LOCAL_COLUMNS]


def record_file(table: str) -> str:
    return f"records/{table}.jsonl"


def stamp(value: datetime) -> str:
    return value.astimezone(UTC).strftime(TIMESTAMP_FORMAT)


def check_period(period: str) -> str:
    period = period.strip()
    if not _PERIOD.fullmatch(period):
        raise DeskError(f"期间格式应为 YYYY-MM（如 2026-11）：{period}")
    return period


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def payload_hash(files: dict[str, bytes]) -> str:
    """SHA-256 over every record file in name order, each as ``name LF content``."""
    digest = hashlib.sha256()
    for name in sorted(files):
        if name == MANIFEST_NAME:
            continue
        digest.update(name.encode("utf-8") + b"\n")
        digest.update(files[name])
    return digest.hexdigest()


def trusted_comment(township: str, sequence: int, period: str, file_hash: str) -> str:
    return f"gazetteer-desk bundle v{FORMAT_VERSION} township={township} seq={sequence} period={period} sha256={file_hash}"


@dataclass(frozen=True)
class TrustedComment:
    version: int
    township: str
    sequence: int
    period: str
    file_hash: str


def parse_trusted_comment(text: str) -> TrustedComment | None:
    match = _TRUSTED.fullmatch(text.strip())
    if not match:
        return None
    return TrustedComment(int(match["version"]), match["township"], int(match["seq"]), match["period"], match["sha"])


def encode_records(columns: list[str], rows) -> tuple[bytes, int]:
    """JSONL, one object per row with keys in column order; UTF-8, no ASCII escaping, LF line ends."""
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # one encoder for every row
    lines = [encode(dict(zip(columns, row, strict=False))) for row in rows]
    body = "\n".join(lines) + ("\n" if lines else "")
    return body.encode("utf-8"), len(lines)


_OBJECT_PAIRS = 50  # SQLite allows 127 arguments to a function before 3.48: a wide table is built in parts


def json_object_sql(columns: list[str], table: str = "") -> str:
    """An SQL expression making a row's JSONL line in SQLite itself — the object :func:`encode_records` makes, keys
    in column order (its text may differ where JSON allows, e.g. a real number's exponent; it reads back the same).
    ``table``: qualifies the values (the keys stay the bare column names)."""
    prefix = f"{table}." if table else ""
    pairs = [f"'{name}', {prefix}{name}" for name in columns]  # column names are the schema's own, never outside text
    parts = [f"json_object({', '.join(pairs[i:i + _OBJECT_PAIRS])})" for i in range(0, len(pairs), _OBJECT_PAIRS)]
    if len(parts) == 1:
        return parts[0]
    return "'{' || " + " || ',' || ".join(f"rtrim(ltrim({part}, '{{'), '}}')" for part in parts) + " || '}'"


def select_records(raw, table: str, columns: list[str], where: str, params: tuple) -> tuple[bytes, int]:
    """The JSONL of ``table``'s rows matching ``where``, by id (see :func:`encode_records`); on SQLite the lines are
    made by SQLite and handed over as one UTF-8 blob (a few times faster than Python's json for a month's rows)."""
    if store_raw.is_postgres(raw):
        return encode_records(columns, raw.execute(
            f"SELECT {', '.join(columns)} FROM {table} WHERE {where} ORDER BY id", params))
    # the ids are sorted, then each row is made in that order: sorting the made lines would sort megabytes. The
    # LIMIT keeps SQLite from folding the sorted subquery into the join (and dropping its order); CROSS JOIN keeps
    # it the outer loop. tests/sync/test_bundle_lines.py checks the order against ORDER BY id.
    line = f"{json_object_sql(columns, table)} || char(10)"
    rows = (f"FROM (SELECT rowid AS sorted_rowid FROM {table} WHERE {where} ORDER BY id LIMIT -1) AS sorted "
            f"CROSS JOIN {table} ON {table}.rowid = sorted.sorted_rowid")
    try:  # the lines joined by SQLite in the loop's order: no Python object per row (a quarter less time)
        count, body = raw.execute(f"SELECT count(*), CAST(group_concat({line}, '') AS BLOB) {rows}", params).fetchone()
        return body or b"", count
    except sqlite3.DataError:  # longer than SQLite's longest text (1 GB unless built otherwise): line by line
        lines = [made for (made,) in raw.execute(f"SELECT CAST({line} AS BLOB) {rows}", params)]
        return b"".join(lines), len(lines)


def manifest_bytes(manifest: dict) -> bytes:
    return (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --- reading, at the county -------------------------------------------------------------------------------------


class PayloadError(DeskError):
    """The decrypted content is not a bundle this program accepts; the message says why (Chinese)."""


@dataclass
class Manifest:
    version: int
    township_code: str
    township_name: str
    sequence: int
    period: str
    created_at: str
    since: str | None
    until: str
    prev_hash: str
    counts: dict[str, int]
    payload_hash: str
    raw: dict = field(repr=False, default_factory=dict)
    audit: AuditHead | None = None  # absent in bundles of desks before the audit head travelled


@dataclass(frozen=True)
class AuditHead:
    seq: int
    hash: str
    links: list  # [[seq, prev_hash, hash], ...] since the previous bundle's head


def manifest_object(data: bytes, format_name: str, format_version: int, label: str) -> tuple[dict, int]:
    """The manifest's JSON object and format version, once it is a manifest of ``format_name`` this program can
    read (either direction's: ``label`` names the bundle in the message). Raises :class:`PayloadError`."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PayloadError("manifest.json 不是有效的JSON") from exc
    if not isinstance(raw, dict) or raw.get("format") != format_name:
        raise PayloadError(f"manifest.json 不是{label}的清单")
    version = raw.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PayloadError("manifest.json 中的格式版本无效")
    if version > format_version:
        raise PayloadError(f"数据包格式版本较新（第{version}版，本程序只支持到第{format_version}版），请先升级信访接待台")
    return raw, version


def read_record_files(files: dict[str, bytes], expected_hash: str, counts: dict[str, int], known: dict[str, str],
                      what: str, read: Callable[[str, str, bytes], list]) -> dict[str, list]:
    """The record files of either direction's bundle, each read by ``read(name, kind, content)`` into its rows:
    the payload hash, no unknown file (``known``: file name → table or kind; ``what`` names them in the message),
    each file's row count and no file missing, all as the manifest says. Raises :class:`PayloadError`."""
    if payload_hash(files) != expected_hash:
        raise PayloadError("数据包内容与清单中的校验值不符（payload_hash）")
    records: dict[str, list] = {}
    for name in list(files):
        if name == MANIFEST_NAME:
            continue
        kind = known.get(name)
        if kind is None:
            raise PayloadError(f"数据包中有本程序不认识的{what}：{name}，请先升级信访接待台")
        rows = read(name, kind, files[name])
        files[name] = b""  # the parsed rows replace the text: one copy of a large bundle in memory, not two
        if len(rows) != counts.get(kind, -1):
            raise PayloadError(f"{name} 的记录数与清单不符")
        records[kind] = rows
    for kind, count in counts.items():
        if count and kind not in records:
            raise PayloadError(f"数据包中缺少 {record_file(kind)}")
    return records


def record_names(names: list[str], found_hash: str, manifest: Manifest, known: dict[str, str]) -> dict[str, str]:
    """The checks of :func:`read_record_files` that need no row, for a bundle read as a stream: the payload hash
    (``found_hash``, of the files ``names`` in the container's order), no unknown file, no file missing.
    Returns ``{file name: table}`` in the container's order; each file's row count is checked as it is read."""
    if found_hash != manifest.payload_hash:
        raise PayloadError("数据包内容与清单中的校验值不符（payload_hash）")
    files: dict[str, str] = {}
    for name in names:
        kind = known.get(name)
        if kind is None:
            raise PayloadError(f"数据包中有本程序不认识的数据表：{name}，请先升级信访接待台")
        files[name] = kind
    for kind, count in manifest.counts.items():
        if count and kind not in files.values():
            raise PayloadError(f"数据包中缺少 {record_file(kind)}")
    return files


def parse_manifest(data: bytes) -> Manifest:
    raw, version = manifest_object(data, FORMAT_NAME, FORMAT_VERSION, "信访接待台数据包")
    try:
        manifest = Manifest(
            version=version,
            township_code=_text(raw, "township_code"),
            township_name=str(raw.get("township_name", "")),
            sequence=_int(raw, "sequence"),
            period=_text(raw, "period"),
            created_at=_text(raw, "created_at"),
            since=raw.get("since") if isinstance(raw.get("since"), str) else None,
            until=_text(raw, "until"),
            prev_hash=str(raw.get("prev_hash") or ""),
            counts={str(k): int(v) for k, v in dict(raw.get("counts") or {}).items()},
            payload_hash=_text(raw, "payload_hash"),
            raw=raw,
            audit=_audit_head(raw.get("audit")),
        )
    except (TypeError, ValueError) as exc:
        raise PayloadError("manifest.json 内容不完整或有误") from exc
    if not re.fullmatch(r"\d{9}", manifest.township_code) or manifest.sequence < 1 or not _PERIOD.fullmatch(manifest.period):
        raise PayloadError("manifest.json 中的乡镇代码、序号或期间无效")
    return manifest


_HASH = re.compile(r"[0-9a-f]{64}|")


def _audit_head(value) -> AuditHead | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ValueError("audit")
    seq, digest, links = value.get("seq"), value.get("hash"), value.get("links", [])
    if (not isinstance(seq, int) or isinstance(seq, bool) or seq < 0 or not isinstance(digest, str)
            or not _HASH.fullmatch(digest) or not isinstance(links, list)):
        raise ValueError("audit")
    for link in links:
        if (not isinstance(link, list) or len(link) != 3 or not isinstance(link[0], int)
                or not all(isinstance(h, str) and _HASH.fullmatch(h) for h in link[1:])):
            raise ValueError("audit")
    return AuditHead(seq, digest, links)


def _text(raw: dict, key: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value:
        raise ValueError(key)
    return value


def _int(raw: dict, key: str) -> int:
    value = raw.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(key)
    return value


_SCALARS = (str, int, float, type(None))


MAX_RECORD_LINE = 256 * 1024  # one record: the longest texts the desk accepts, with room to spare


def decode_records(files: dict[str, bytes], manifest: Manifest, columns: dict[str, list[str]],
                   rules=None) -> dict[str, list[dict]]:
    """Every record file checked against the manifest and the county's schema; ``{table: [record, ...]}``.

    ``rules`` (a :class:`~gazetteer_desk.services.sync.bundle_rows.RowRules`) checks every value of every row.
    With ``rules``, a file is first read and checked whole (:func:`_sound_file`); only a file that does not pass is
    read again line by line, which names its first problem. (The county import reads a bundle's files in batches
    of lines instead, :func:`line_batches` and :func:`decode_lines`: the same checks, a batch at a time.)"""
    def read(name: str, table: str, content: bytes) -> list[dict]:
        allowed = set(columns[table])
        if rules is not None:
            rows = _sound_file(content, table, allowed, manifest.township_code, rules)
            if rows is not None:
                return rows
        return _read_lines(content.splitlines(), 1, name, table, allowed, manifest.township_code, rules)

    return read_record_files(files, manifest.payload_hash, manifest.counts,
                             {record_file(name): name for name in columns}, "数据表", read)


BATCH_ROWS = 2000  # lines of a record file checked and merged at once by the county import
BATCH_BYTES = 2 * 1024 * 1024  # … and at most about this many bytes of them (their rows take ten times as much)


def line_batches(read: Callable[[], bytes], rows: int = BATCH_ROWS, size: int = BATCH_BYTES) -> Iterator[list[bytes]]:
    """The lines of a record file read a piece at a time (``read()``: the next piece, ``b""`` at the end), in lists
    of at most ``rows`` lines and about ``size`` bytes: together, the lines ``content.splitlines()`` gives of the whole
    file. A line longer than :data:`MAX_RECORD_LINE` is handed out cut after its first ``MAX_RECORD_LINE + 1`` bytes
    (enough to be refused for its length) and ends the lines: the file is refused there or before."""
    batch: list[bytes] = []
    held = 0
    rest = b""
    while piece := read():
        data = rest + piece if rest else piece
        # the end of the last whole line: after a LF, or after a CR that is not the piece's last byte (CR LF is one end)
        cut = max(data.rfind(b"\n"), data.rfind(b"\r", 0, len(data) - 1)) + 1
        rest = data[cut:]
        for line in data[:cut].splitlines() if cut else ():
            batch.append(line)
            held += len(line)
            if len(batch) >= rows or held >= size:
                yield batch
                batch, held = [], 0
        if len(rest) > MAX_RECORD_LINE:  # a line too long to be a record: no need to hold the rest of it
            yield [*batch, rest[:MAX_RECORD_LINE + 1]]
            return
    for line in rest.splitlines():
        batch.append(line)
        if len(batch) >= rows:
            yield batch
            batch = []
    if batch:
        yield batch


def decode_lines(lines: list[bytes], first: int, name: str, table: str, allowed: set[str], township: str,
                 rules) -> list[dict]:
    """The records of a batch of a record file's lines (``first``: the number of its first line in the file), every
    check of :func:`decode_records` made: judged all at once (:func:`_sound_lines`) and, when that does not pass,
    line by line, naming the first problem. Raises :class:`PayloadError`."""
    rows = _sound_lines(lines, table, allowed, township, rules) if rules is not None else None
    if rows is not None:
        return rows
    return _read_lines(lines, first, name, table, allowed, township, rules)


def _read_lines(lines: list[bytes], first: int, name: str, table: str, allowed: set[str], township: str,
                rules) -> list[dict]:
    """The records of ``lines`` read and checked one by one; the first problem is raised, named by its line."""
    rows = []
    for number, line in enumerate(lines, start=first):
        if len(line) > MAX_RECORD_LINE:
            raise PayloadError(f"{name} 第{number}行过长（超过 {MAX_RECORD_LINE // 1024} KB），已拒绝")
        try:
            row = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise PayloadError(f"{name} 不是UTF-8文本") from exc
        except (ValueError, RecursionError) as exc:  # RecursionError: nested deeper than the parser goes
            raise PayloadError(f"{name} 第{number}行不是有效的JSON") from exc
        if not isinstance(row, dict):
            raise PayloadError(f"{name} 第{number}行不是一条记录")
        unknown = set(row) - allowed
        if unknown:
            raise PayloadError(f"{name} 含有本程序不认识的字段：{'、'.join(sorted(unknown))}，请先升级信访接待台")
        if not all(isinstance(v, _SCALARS) for v in row.values()):
            raise PayloadError(f"{name} 第{number}行含有无效的值")
        if not isinstance(row.get("id"), str) or not row["id"] or len(row["id"]) > 36:
            raise PayloadError(f"{name} 第{number}行缺少记录编号")
        if not isinstance(row.get("revision"), int) or isinstance(row.get("revision"), bool):
            raise PayloadError(f"{name} 第{number}行缺少修订号")
        if row.get("township_code") != township:
            raise PayloadError(f"{name} 第{number}行属于其他乡镇（{shown(row.get('township_code'))}），已拒绝")
        if rules is not None:
            rules.check(table, row, township, f"{name} 第{number}行")
        rows.append(row)
    return rows


def _sound_file(content: bytes, table: str, allowed: set[str], township: str, rules) -> list[dict] | None:
    """The records of one file when every line passes every check of :func:`decode_records`, judged all at once
    (``rules.all_sound``: column by column, each distinct value once); None when any line does not, or may not."""
    return _sound_lines(content.splitlines(), table, allowed, township, rules)


def _sound_lines(lines: list[bytes], table: str, allowed: set[str], township: str, rules) -> list[dict] | None:
    """:func:`_sound_file` of a file's lines, or of a batch of them."""
    if lines and max(map(len, lines)) > MAX_RECORD_LINE:
        return None
    try:
        rows = [json.loads(line.decode("utf-8")) for line in lines]
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return None
    if not all(type(row) is dict for row in rows):
        return None
    return rows if rules.all_sound(table, rows, township, allowed) else None
