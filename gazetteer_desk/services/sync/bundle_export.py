"""Monthly export of a township: every synchronised record changed since the last export, encrypted to the county
office and signed by the township, written to a USB stick.

Everything happens inside one write transaction: the sequence number (a :class:`BundleExport` row) is only
consumed when the bundle and its signature are both safely on the stick. The encrypted file is also kept under
``HOME/bundles/`` because age encryption is randomised: a lost stick is replaced by copying the same bytes again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from gazetteer_desk.errors import DeskError, NotFound
from gazetteer_desk.formats import FormatError, age_keys, container, minisign
from gazetteer_desk.formats.atomic import StreamingWrite, one_file_system, write_atomic, write_copy
from gazetteer_desk.services.core.query_secret import OWN_KEY
from gazetteer_desk.store.database import Store
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.sync import bundle_payload as payload
from gazetteer_desk.services.core.authz import require
from gazetteer_desk.services.sync.bundle_chain import chain_state, highest_numbers, numbers_path
from gazetteer_desk.services.sync.bundle_keys import ensure_signing_key, recipients

if TYPE_CHECKING:
    from gazetteer_desk.store.models import BundleExport

Progress = Callable[[int, str], None]  # (percent 0-100, what is happening, Chinese)


def bundles_dir(home: Path) -> Path:
    return Path(home) / "bundles"


def bundle_file_name(township: str, period: str, sequence: int) -> str:
    return f"{township}-{period}-seq{sequence:04d}.gdb.age"


@dataclass(frozen=True)
class ExportResult:
    sequence: int
    period: str
    bundle_path: Path
    signature_path: Path
    record_count: int
    counts: dict[str, int]
    file_hash: str
    again: bool = False
    notice: str = ""  # said plainly to the user: e.g. bundles the county has that a restored store does not know


def _quiet(_percent: int, _text: str) -> None:
    pass


class _Sealed:
    """The age file as it is made: written to the kept copy and hashed on the way (SHA-256 for the chain, BLAKE2b-512
    for the signature), so the bundle is never held whole in memory nor read twice. :meth:`also` writes the same
    pieces to a second file (the stick's copy), so that copy does not read the kept one back."""

    def __init__(self, path: Path) -> None:
        self.file = StreamingWrite(path)
        self.sha256 = hashlib.sha256()
        self.blake2b = hashlib.blake2b()
        self._files = [self.file]

    def also(self, path: Path) -> StreamingWrite:
        copy = StreamingWrite(path)
        self._files.append(copy)
        return copy

    def write(self, piece) -> int:
        self.sha256.update(piece)
        self.blake2b.update(piece)
        for file in self._files:
            file.write(piece)
        return len(piece)


def export_bundle(store: Store, out_dir: Path | str, period: str | None = None,
                  progress: Progress | None = None, *, actor="", passphrase: str | None = None) -> ExportResult:
    """``actor``: a signed-in user (``export_bundle`` is checked) or a name; the export is audited.
    ``passphrase`` opens the signing key when it is sealed (:class:`key_store.PassphraseNeeded` without it)."""
    require(actor, "export_bundle")
    if store.mode == "county":
        raise DeskError("县信访办的数据目录不导出数据包（导出在乡镇进行）")
    progress = progress or _quiet
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise DeskError(f"导出文件夹不存在（U盘可能未插好）：{out_dir}")
    period = payload.check_period(period or date.today().strftime("%Y-%m"))
    to = recipients(store)
    key = ensure_signing_key(store, passphrase)
    township = store.township_code
    township_name = store.setting("township_name")
    written: list[Path] = []
    streams: list[StreamingWrite] = []
    try:
        # on the driver connection alone: the whole command runs without loading the ORM (see store/database.py)
        with store.raw_transaction() as raw:
            progress(5, "正在读取变更记录…")
            chain = chain_state(store.home, township, raw)
            last = raw.execute("SELECT until FROM bundleexport ORDER BY sequence DESC LIMIT 1").fetchone()
            sequence = chain.sequence + 1
            since = last[0] if last else None
            prev_hash = chain.file_hash
            (until_change,) = raw.execute("SELECT value FROM changecounter WHERE id = 1").fetchone()
            now = datetime.now(UTC)
            until = payload.stamp(now)
            files: dict[str, bytes] = {}
            counts: dict[str, int] = {}
            tables = payload.synced_table_names()
            for n, table in enumerate(tables):
                # By the change counter, not the clock: a row written while the PC's clock was wrong still goes.
                files[payload.record_file(table)], counts[table] = payload.select_records(
                    raw, table, payload.sent_columns(raw, table), "change_seq > ? AND change_seq <= ?",
                    (chain.until_change, until_change))
                progress(5 + 50 * (n + 1) // len(tables), f"正在读取变更记录：{table}")
            audit_head = audit.head(raw)
            previous = raw.execute("SELECT audit_seq FROM bundleexport WHERE audit_seq IS NOT NULL "
                                   "ORDER BY sequence DESC LIMIT 1").fetchone()
            manifest = {
                "format": payload.FORMAT_NAME,
                "format_version": payload.FORMAT_VERSION,
                "township_code": township,
                "township_name": township_name,
                "county_code": store.setting("county_code"),
                "sequence": sequence,
                "period": period,
                "created_at": now.isoformat(),
                "since": since,
                "until": until,
                "prev_hash": prev_hash,
                "counts": counts,
                "payload_hash": payload.payload_hash(files),
                # inside the encryption: lets the county answer a petitioner's 查询 with the codes on the receipts
                "query_secret": store.setting(OWN_KEY),
                # The county keeps this head and checks the next one extends it (links since the last bundle).
                "audit": {"seq": audit_head[0], "hash": audit_head[1],
                          "links": audit.links(raw, previous[0]) if previous else []},
            }
            files[container.MANIFEST_NAME] = payload.manifest_bytes(manifest)
            progress(60, "正在加密…")
            keep = bundles_dir(store.home)
            keep.mkdir(parents=True, exist_ok=True)
            name = bundle_file_name(township, period, sequence)
            sealed = _Sealed(keep / name)
            streams.append(sealed.file)
            # a folder on another file system (a USB stick) gets its copy written from the same pieces; on this
            # disk it gets a link to the kept copy afterwards (write_copy), nothing written twice
            stick = None if one_file_system(out_dir, keep) else sealed.also(out_dir / name)
            if stick is not None:
                streams.append(stick)
            age_keys.encrypt_into(container.pack_pieces(files), to, sealed)
            files.clear()
            file_hash = sealed.sha256.hexdigest()
            progress(80, "正在签名…")
            signature = minisign.sign_digest(
                sealed.blake2b.digest(), key, payload.trusted_comment(township, sequence, period, file_hash),
                f"gazetteer-desk bundle {name} from {township}",
            ).encode("utf-8")
            progress(85, "正在写入…")
            numbers = json.dumps(highest_numbers(raw, township)).encode()
            write_atomic(numbers_path(keep / name), numbers)
            written.append(numbers_path(keep / name))
            written.append(keep / name)
            sealed.file.done()
            write_atomic(keep / (name + ".minisig"), signature)
            written.append(keep / (name + ".minisig"))
            if stick is not None:
                stick.done()
            else:
                write_copy(out_dir / name, keep / name)  # a link (or, where links cannot be made, a copy)
            written.append(out_dir / name)
            write_atomic(out_dir / (name + ".minisig"), signature)
            written.append(out_dir / (name + ".minisig"))
            raw.execute(
                "INSERT INTO bundleexport (sequence, period, created_at, since, until, file_hash, prev_hash, "
                "record_count, file_name, until_change, audit_seq, audit_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (sequence, period, until, since, until, file_hash, prev_hash, sum(counts.values()), name,
                 until_change, audit_head[0], audit_head[1]))
            audit.record_raw(raw, actor, "export_bundle", "bundle", name,
                             {"period": period, "sequence": sequence, "records": sum(counts.values()),
                              "continued_after": [k.sequence for k in chain.unknown_to_store]})
    except BaseException as error:
        for stream in streams:
            stream.discard()
        for path in written:  # a bundle without its row (or signature) must not be carried to the county
            path.unlink(missing_ok=True)
        if isinstance(error, FormatError):
            raise DeskError(error.message) from error
        raise
    progress(100, "导出完成")
    return ExportResult(sequence, period, out_dir / name, out_dir / (name + ".minisig"),
                        sum(counts.values()), counts, file_hash, notice=chain.message)


def export_again(store: Store, sequence: int, out_dir: Path | str, progress: Progress | None = None, *,
                 actor="") -> ExportResult:
    """Write an already exported bundle again, byte for byte (the stick was lost or broken)."""
    require(actor, "export_bundle")
    progress = progress or _quiet
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise DeskError(f"导出文件夹不存在（U盘可能未插好）：{out_dir}")
    from gazetteer_desk.store.models import BundleExport

    with store.read() as session:
        row = session.get(BundleExport, sequence)
    if row is None:
        raise NotFound(f"没有导出过第{sequence}号数据包")
    keep = bundles_dir(store.home) / row.file_name
    try:
        sealed = keep.read_bytes()
        signature = keep.with_name(row.file_name + ".minisig").read_bytes()
    except OSError as error:
        raise DeskError(f"本机保存的第{sequence}号数据包已丢失，无法重新导出：{keep}") from error
    if payload.sha256(sealed) != row.file_hash:
        raise DeskError(f"本机保存的第{sequence}号数据包已损坏（校验值不符），无法重新导出：{keep}")
    progress(50, "正在写入…")
    target = out_dir / row.file_name
    try:
        write_atomic(target, sealed)
        try:
            write_atomic(target.with_name(row.file_name + ".minisig"), signature)
        except FormatError:
            target.unlink(missing_ok=True)
            raise
    except FormatError as error:
        raise DeskError(error.message) from error
    audit.record_now(store, actor, "export_bundle", "bundle", row.file_name, {"sequence": row.sequence, "kind": "again"})
    progress(100, "导出完成")
    return ExportResult(row.sequence, row.period, target, target.with_name(row.file_name + ".minisig"),
                        row.record_count, {}, row.file_hash, again=True)


def exports(store: Store) -> list[BundleExport]:
    from sqlmodel import select

    from gazetteer_desk.store.models import BundleExport

    with store.read() as session:
        return list(session.exec(select(BundleExport).order_by(BundleExport.sequence.desc())))
