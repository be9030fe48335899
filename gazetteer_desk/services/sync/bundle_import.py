"""County import: check each township bundle to the last byte, then merge it in one transaction.

Order of checks (each failure names the file and the reason, and leaves the county store unchanged):
size → signature against the registered key (unknown or revoked signer refused) → decryption with the county
identity → container (paths, links, size, bombs) → manifest (format version, signer = township, trusted comment =
manifest, payload hash, record files) → sequence and previous-hash chain → records against the schema, merged as
they pass, a batch of lines at a time, in the one transaction that a failure anywhere (the last line too) undoes.

A bundle is never held whole — neither the file, nor what it decrypts to, nor all of its rows: it is read as a
stream, several times (:mod:`.bundle_stream`), so the county's memory does not follow the size of one bundle.

Merge rule: upsert by UUID, the higher ``revision`` wins, equal or lower is ignored. A tombstone (``deleted=1``)
is kept as a row with ``deleted=1``, exactly as the township keeps it, so a later edit with a higher revision still
finds its row and every county page already filters ``deleted = 0``. Real INSERT/UPDATE statements keep the
matter search index (``matter_fts``, maintained by triggers) right.

On PostgreSQL several clerks import at once: each merge first locks its township's registration row, so two imports
of the same township's bundles (the same bundle twice, say) run one after the other and the second finds the first's
``bundleimport`` row, while different townships merge side by side.

A bundle whose predecessor has not been imported is held (a copy in ``HOME/held/``) and imported automatically
once the missing one arrives.
"""

from __future__ import annotations

import functools
import contextlib
import hashlib
import shutil
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import DBAPIError
from sqlmodel import select

from gazetteer_desk.errors import DeskError
from gazetteer_desk.formats import FormatError, container, minisign
from gazetteer_desk.store import raw as store_raw
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import BundleImport, RegisteredTownship
from gazetteer_desk.store.search_index import bulk_matter_inserts
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.accounts import backup
from gazetteer_desk.services.sync import acknowledgements
from gazetteer_desk.services.sync import bundle_payload as payload
from gazetteer_desk.services.sync import order_answers
from gazetteer_desk.services.sync import bundle_stream
from gazetteer_desk.services.sync.bundle_rows import RowRules, stray_later, stray_reference
from gazetteer_desk.services.core.authz import require
from gazetteer_desk.services.sync import key_store
from gazetteer_desk.services.sync.bundle_keys import county_identity_path
from gazetteer_desk.services.core.mode import require_county
from gazetteer_desk.services.core.query_secret import keep_query_secret

BATCH_ROWS = payload.BATCH_ROWS  # lines of a record file checked and merged at once
MAX_BUNDLE_FILE = container.MAX_TOTAL + 16 * 1024 * 1024  # age adds 16 bytes per 64 KiB chunk and a header
SIGNATURE_SUFFIX = ".minisig"

IMPORTED, SKIPPED, HELD, REFUSED = "imported", "skipped", "held", "refused"
STATUS_LABELS = {IMPORTED: "已导入", SKIPPED: "已导入过，跳过", HELD: "暂存，等待缺少的数据包", REFUSED: "已拒绝"}


REFUSED_EXIT_BASE = 10


class BundleRefused(DeskError):
    pass


@dataclass
class FileReport:
    file: Path
    status: str
    message: str
    township_code: str = ""
    township_name: str = ""
    sequence: int | None = None
    period: str = ""
    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    warning: str = ""  # imported, but something to look into (the township's audit trail was rewritten …)

    @property
    def ok(self) -> bool:
        return self.status in (IMPORTED, SKIPPED)

    def line(self) -> str:
        head = f"{self.file.name}："
        if self.township_code:
            head += f"{self.township_name or self.township_code}（{self.township_code}）"
            head += f" 第{self.sequence}号" if self.sequence else ""
            head += f" {self.period}" if self.period else ""
            head += " — "
        return head + f"{STATUS_LABELS[self.status]}。{self.message}"


@dataclass
class ImportResult:
    reports: list[FileReport] = field(default_factory=list)
    backup: Path | None = None

    @property
    def exit_code(self) -> int:
        """0: all imported or already there; 1: some held for a missing bundle; 10 + n: n bundles refused (at most
        99 counted), so a script learns how many files to look at."""
        if self.refused:
            return REFUSED_EXIT_BASE + min(self.refused, 99)
        return 1 if any(r.status == HELD for r in self.reports) else 0

    @property
    def refused(self) -> int:
        return sum(r.status == REFUSED for r in self.reports)


@dataclass
class _Bundle:
    """A bundle that passed every check that does not depend on the county's import history, but for its rows:
    those are read, checked and merged a batch at a time (:func:`_merge_rows`)."""

    path: Path
    file_hash: str
    township: RegisteredTownship
    manifest: payload.Manifest
    sealed: bundle_stream.SealedFile
    files: dict[str, str]  # record file name → table, in the container's order
    identities: list
    columns: dict[str, list[str]]
    max_payload: int


def held_dir(home: Path) -> Path:
    return Path(home) / "held"


def held_name(township: str, sequence: int, file_hash: str) -> str:
    """Unique to signer, sequence and content: no other file, from another township or not, can take its place."""
    return f"{township}-seq{sequence:04d}-{file_hash[:32]}.gdb.age"


def signature_path(path: Path) -> Path:
    return path.with_name(path.name + SIGNATURE_SUFFIX)


def _refuse(message: str) -> BundleRefused:
    return BundleRefused(message)


def _read(path: Path) -> tuple[int, bytes]:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise _refuse("找不到文件") from None
    except OSError as error:
        raise _refuse(f"无法读取文件（{error.strerror or error}）") from error
    if size > MAX_BUNDLE_FILE:
        raise _refuse(f"文件过大（{size} 字节），不是本程序导出的数据包")
    if size == 0:
        raise _refuse("文件是空的")
    try:
        signature = signature_path(path).read_bytes()[: 16 * 1024 + 1]
    except FileNotFoundError:
        raise _refuse(f"缺少签名文件 {signature_path(path).name}（应与数据包放在同一文件夹）") from None
    except OSError as error:
        raise _refuse(f"无法读取签名文件（{error.strerror or error}）") from error
    return size, signature


def _signer(store: Store, signature: bytes) -> tuple[RegisteredTownship, minisign.PublicKey]:
    try:
        key_id = minisign.parse_signature(signature).key_id
    except FormatError as error:
        raise _refuse(error.message) from error
    with store.read() as session:
        for township in session.exec(select(RegisteredTownship)):
            pub = minisign.parse_public_key(township.public_key)
            if pub.key_id == key_id:
                if township.revoked:
                    raise _refuse(f"签名者 {township.name}（{township.code}）的密钥已吊销，拒绝导入")
                return township, pub
    shown = minisign.key_id_hex(key_id)
    raise _refuse(f"签名者未登记（密钥 {shown} 不属于任何已登记的乡镇），拒绝导入")


@dataclass
class _Signed:
    """A file whose signature, by a registered township, covers its every byte and a trusted comment naming it."""

    sealed: bundle_stream.SealedFile
    file_hash: str
    township: RegisteredTownship
    comment: payload.TrustedComment


def check_signature(store: Store, path: Path) -> _Signed:
    """The checks before decryption: size, signer, signature, trusted comment. Raises :class:`BundleRefused`.
    The file is read a piece at a time (signed and digested on the way), never held whole."""
    size, signature = _read(path)
    township, pub = _signer(store, signature)
    digest = hashlib.sha256()

    def digested(file):
        while piece := file.read(bundle_stream.PIECE):
            digest.update(piece)
            yield piece

    try:
        with path.open("rb") as file:
            comment_text = minisign.verify_pieces(digested(file), signature, pub)
    except FormatError as error:
        raise _refuse(error.message) from error
    except OSError as error:
        raise _refuse(f"无法读取文件（{error.strerror or error}）") from error
    file_hash = digest.hexdigest()
    comment = payload.parse_trusted_comment(comment_text)
    if comment is None or comment.file_hash != file_hash:
        raise _refuse("签名中的可信注释与文件不符")
    if comment.township != township.code:
        raise _refuse(f"签名注释中的乡镇（{comment.township}）与签名者 {township.name}（{township.code}）不符")
    return _Signed(bundle_stream.SealedFile(path, size, file_hash), file_hash, township, comment)


def check_bundle(store: Store, path: Path, identities, columns: dict[str, list[str]],
                 max_payload: int = container.MAX_TOTAL) -> _Bundle:
    """Every check on the file itself but its rows (read as they are merged, :func:`_merge_rows`): the signature, the
    container, the manifest, the payload hash and the record files' names; raises :class:`BundleRefused` with the
    reason."""
    signed = check_signature(store, path)
    file_hash, township, comment = signed.file_hash, signed.township, signed.comment
    surveyed = bundle_stream.survey(signed.sealed, identities, max_payload)
    manifest = payload.parse_manifest(surveyed.manifest)
    if manifest.township_code != township.code:
        raise _refuse(f"数据包清单中的乡镇（{manifest.township_code}）不是签名者 {township.name}（{township.code}）")
    if (comment.sequence, comment.period) != (manifest.sequence, manifest.period):
        raise _refuse("签名注释中的序号或期间与数据包清单不符")
    files = payload.record_names(surveyed.names, surveyed.payload_hash, manifest,
                                 {payload.record_file(name): name for name in columns})
    return _Bundle(path, file_hash, township, manifest, signed.sealed, files, list(identities), columns, max_payload)


@functools.cache
def _rules() -> RowRules:
    return RowRules(payload.synced_table_names())


def _columns(store: Store) -> dict[str, list[str]]:
    raw = store.engine.raw_connection()
    try:
        driver = store_raw.wrap(raw.driver_connection)
        return {table: payload.sent_columns(driver, table) for table in payload.synced_table_names()}
    finally:
        raw.close()


def _identities(store: Store, passphrase: str | None):
    path = county_identity_path(store.home)
    if not path.exists():
        raise DeskError(f"找不到县信访办私钥（应在 {path}，由 gazetteer-desk county init 生成）")
    return key_store.load_identities(path, passphrase)


def _raw(session, code: str):
    """The driver connection inside a transaction that holds the township's import lock: SQLite's one writer
    (BEGIN IMMEDIATE), PostgreSQL's lock on the township's registration row."""
    raw = store_raw.of_session(session)
    if store_raw.is_postgres(raw):
        raw.execute("SELECT code FROM registeredtownship WHERE code = ? FOR UPDATE", (code,))
    elif not raw.in_transaction:
        raw.execute("BEGIN IMMEDIATE")
    return raw


def _merge(store: Store, bundle: _Bundle, report: FileReport, actor="") -> str:
    """Sequence/chain checks and the merge, in one transaction. Returns the status."""
    manifest = bundle.manifest
    code = manifest.township_code
    with store.transaction() as session:
        raw = _raw(session, code)
        done = raw.execute("SELECT file_hash FROM bundleimport WHERE township_code = ? AND sequence = ?",
                           (code, manifest.sequence)).fetchone()
        if done is not None:
            if done[0] == bundle.file_hash:
                report.message = "此数据包以前已导入，未做任何改动"
                return SKIPPED
            raise _refuse(f"第{manifest.sequence}号数据包已导入过另一份不同的内容（重放或伪造），拒绝导入")
        last = raw.execute("SELECT sequence, file_hash FROM bundleimport WHERE township_code = ? "
                           "ORDER BY sequence DESC LIMIT 1", (code,)).fetchone()
        last_seq, last_hash = (last[0], last[1]) if last else (0, "")
        if manifest.sequence < last_seq:
            raise _refuse(f"序号 {manifest.sequence} 早于已导入的第{last_seq}号（重放的旧数据包），拒绝导入")
        if manifest.sequence > last_seq + 1:
            report.message = (f"缺少第{last_seq + 1}号数据包（已导入到第{last_seq}号）；"
                              "本包已暂存，导入缺少的数据包后将自动导入")
            return HELD
        if manifest.prev_hash != last_hash:
            raise _refuse(f"数据包的前一包校验值与已导入的第{last_seq}号不符（链条断开），拒绝导入")
        warning = _audit_warning(raw, code, manifest.audit)
        if store_raw.is_postgres(raw):  # the trigram indexes follow each row; no trigger to set aside
            bulk = contextlib.nullcontext()
        else:
            raw.execute("PRAGMA defer_foreign_keys = ON")
            bulk = _sqlite_bulk(raw)
        with bulk:
            _merge_rows(bundle, report, raw)
        keep_query_secret(session, code, manifest.raw.get("query_secret"), actor)
        head = manifest.audit
        session.add(BundleImport(township_code=code, sequence=manifest.sequence, period=manifest.period,
                                 file_hash=bundle.file_hash, record_count=sum(manifest.counts.values()),
                                 audit_seq=head.seq if head else None, audit_hash=head.hash if head else None))
        audit.record(session, actor, "import_bundle", "bundle", f"{code}-{manifest.sequence}",
                     {"period": manifest.period, "file": bundle.path.name, "inserted": report.inserted,
                      "updated": report.updated, "deleted": report.deleted, "audit_warning": warning})
    report.message = (f"新增 {report.inserted} 条，更新 {report.updated} 条，删除 {report.deleted} 条，"
                      f"未变 {report.unchanged} 条")
    if warning:
        report.warning = warning
        report.message += f"。注意：该乡镇的{warning}，请核查"
    return IMPORTED


MERGE_CACHE_KIB = 32 * 1024  # SQLite's page cache while a bundle is merged (2 MiB unless set)


@contextlib.contextmanager
def _sqlite_bulk(raw):
    """The matter search index filled once at the end (:func:`bulk_matter_inserts`), and a larger page cache while
    the rows go in: a large bundle's pages are written once instead of spilled and read back (a sixth less CPU for a
    bundle of 20,000 matters, ~30 MiB more memory)."""
    (before,) = raw.execute("PRAGMA cache_size").fetchone()
    raw.execute(f"PRAGMA cache_size = -{MERGE_CACHE_KIB}")
    try:
        with bulk_matter_inserts(raw):
            yield
    finally:
        raw.execute(f"PRAGMA cache_size = {int(before)}")


def _merge_rows(bundle: _Bundle, report: FileReport | None, raw=None) -> None:
    """Every row of the bundle read, checked and — with ``raw``, inside the merge's transaction — merged, a batch of
    lines at a time: only a batch's rows are ever held. Each table comes after the tables it refers to, so that a
    reference is found in the county store, merged from this bundle or earlier (a table's references to itself are
    looked up again once the whole table is in). Without ``raw`` the rows are only checked."""
    code = bundle.manifest.township_code
    rules = _rules()
    needs = {table: set(targets.values()) for table, targets in rules.references.items()}
    for name, table, member in bundle_stream.record_files(bundle.sealed, bundle.identities, bundle.max_payload,
                                                          bundle.files, needs):
        allowed = set(bundle.columns[table])
        later: dict[str, str] = {}
        count = 0
        for lines in payload.line_batches(member.read, BATCH_ROWS):
            rows = payload.decode_lines(lines, count + 1, name, table, allowed, code, rules)
            first, count = count + 1, count + len(lines)
            if raw is None:
                continue
            stray = stray_reference(raw, rules, table, rows, code, later)
            if stray:
                raise _refuse(stray)
            if table == order_answers.TABLE:  # the county's orders: only the township's answer is taken
                rows = order_answers.answers_only(raw, rows, code, name, first)
            if rows:
                _upsert(raw, table, code, rows, report)
        if count != bundle.manifest.counts.get(table, -1):
            raise payload.PayloadError(f"{name} 的记录数与清单不符")
        stray = stray_later(raw, table, code, later) if later else None
        if stray:
            raise _refuse(stray)


def _audit_warning(raw, code: str, head) -> str:
    """The township's audit trail must extend the head its last bundle carried; what is wrong, or ''."""
    if head is None:
        return ""
    held = raw.execute("SELECT audit_seq, audit_hash FROM bundleimport WHERE township_code = ? "
                       "AND audit_seq IS NOT NULL ORDER BY sequence DESC LIMIT 1", (code,)).fetchone()
    if held is None:
        return ""
    return audit.extends((held[0], held[1]), (head.seq, head.hash), head.links) or ""


def _upsert(raw, table: str, code: str, rows: list[dict], report: FileReport) -> None:
    existing: dict[str, tuple[str, int]] = {}
    ids = [row["id"] for row in rows]
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for row_id, owner, revision in raw.execute(
                f"SELECT id, township_code, revision FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            existing[row_id] = (owner, revision)
    inserts: dict[tuple, list[tuple]] = {}
    updates: dict[tuple, list[tuple]] = {}
    for row in rows:
        found = existing.get(row["id"])
        columns = tuple(row)
        if found is None:
            inserts.setdefault(columns, []).append(tuple(row.values()))
            report.inserted += 1
        elif found[0] != code:
            raise _refuse(f"{table} 中的记录 {row['id']} 属于其他乡镇（{found[0]}），拒绝导入")
        elif row["revision"] > found[1]:
            updates.setdefault(columns, []).append(tuple(row.values()) + (row["id"],))
            report.updated += 1
        else:
            report.unchanged += 1
            continue
        if row.get("deleted"):
            report.deleted += 1
        existing[row["id"]] = (code, row["revision"])  # a row repeated in one file: the first one counts
    if store_raw.is_postgres(raw):
        inserts = {columns: store_raw.typed(table, columns, values) for columns, values in inserts.items()}
        updates = {columns: store_raw.typed(table, columns, values) for columns, values in updates.items()}
    for columns, values in inserts.items():
        raw.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", values)
    for columns, values in updates.items():
        assignments = ", ".join(f"{c} = ?" for c in columns)
        raw.executemany(f"UPDATE {table} SET {assignments} WHERE id = ?", values)


def _hold(store: Store, bundle: _Bundle) -> None:
    folder = held_dir(store.home)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / held_name(bundle.manifest.township_code, bundle.manifest.sequence, bundle.file_hash)
    if target.resolve() != bundle.path.resolve():
        shutil.copyfile(bundle.path, target)
        shutil.copyfile(signature_path(bundle.path), signature_path(target))


@dataclass(frozen=True)
class HeldBundle:
    path: Path
    township_code: str
    sequence: int
    period: str


def held_bundles(store: Store) -> list[HeldBundle]:
    """Bundles waiting for a missing predecessor (their signed trusted comment says whose and which)."""
    folder = held_dir(store.home)
    found = []
    for path in sorted(folder.glob("*.age")) if folder.is_dir() else []:
        try:
            comment = payload.parse_trusted_comment(minisign.parse_signature(signature_path(path).read_bytes())
                                                    .trusted_comment)
        except (OSError, FormatError):
            continue
        if comment is not None:
            found.append(HeldBundle(path, comment.township, comment.sequence, comment.period))
    return sorted(found, key=lambda h: (h.township_code, h.sequence))


def import_bundles(store: Store, files: Iterable[Path | str], *, max_payload: int = container.MAX_TOTAL,
                   progress: Callable[[int, str], None] | None = None, actor="",
                   passphrase: str | None = None) -> ImportResult:
    """Import township bundles into the county store; a report per file (held ones imported later are reported
    too, under their held copy's path). ``passphrase`` opens the county's identity when it is sealed."""
    require_county(store)
    require(actor, "import_bundle")
    identities = _identities(store, passphrase)
    columns = _columns(store)
    progress = progress or (lambda _p, _t: None)
    paths = [Path(f) for f in files]
    # Whoever points at the signature instead of the bundle means the bundle.
    paths = [p.with_name(p.name[: -len(SIGNATURE_SUFFIX)]) if p.name.endswith(SIGNATURE_SUFFIX) else p for p in paths]
    result = ImportResult(backup=backup.before_import(store))
    # The signatures first: their trusted comments say each bundle's township and sequence, so the bundles can be
    # merged in order. Then each is read in full (signature again, decryption, manifest against the comment, every
    # row) as it is merged: a bundle at a time, and only a batch of its rows is ever held.
    signed: list[tuple[tuple[str, int], FileReport]] = []
    for n, path in enumerate(paths):
        progress(5 + 15 * n // max(len(paths), 1), f"正在校验签名 {path.name}")
        report = FileReport(path, REFUSED, "")
        result.reports.append(report)
        try:
            comment = check_signature(store, path).comment
        except DeskError as error:
            report.message = error.message
            continue
        signed.append(((comment.township, comment.sequence), report))
    signed.sort(key=lambda item: item[0])
    for n, (_order, report) in enumerate(signed):
        progress(20 + 75 * n // max(len(signed), 1), f"正在导入 {report.file.name}")
        try:
            bundle = check_bundle(store, report.file, identities, columns, max_payload)
        except DeskError as error:
            report.message = error.message
            continue
        _describe(report, bundle)
        _import_one(store, bundle, report, actor)
        if report.status == HELD:
            _hold(store, bundle)
        elif report.status == IMPORTED:
            _release_held(store, bundle.manifest.township_code, identities, columns, max_payload, result)
    for report in result.reports:
        if report.status == REFUSED:  # who brought which file, and why it was turned away
            audit.record_now(store, actor, "refuse_bundle", "bundle", report.file.name[:200],
                             {"township": report.township_code, "sequence": report.sequence,
                              "reason": report.message[:500]})
    acknowledgements.record_refusals(store, result.reports)  # told to the township in its next down bundle
    if any(report.status == IMPORTED for report in result.reports):
        store.refresh_statistics()
    progress(100, "导入完成")
    return result


def _describe(report: FileReport, bundle: _Bundle) -> None:
    report.township_code = bundle.manifest.township_code
    report.township_name = bundle.township.name
    report.sequence = bundle.manifest.sequence
    report.period = bundle.manifest.period


def _import_one(store: Store, bundle: _Bundle, report: FileReport, actor="") -> None:
    try:
        report.status = _merge(store, bundle, report, actor)
        if report.status == HELD:  # kept for later only when every row is sound
            _merge_rows(bundle, None)
    except DeskError as error:
        report.status, report.message = REFUSED, error.message
        report.inserted = report.updated = report.deleted = report.unchanged = 0
    except (DBAPIError, sqlite3.Error, *store_raw.driver_errors()) as error:  # the merge writes on the driver
        report.status = REFUSED
        report.message = f"数据无法写入县级数据库（{_short(error)}），已全部撤销"
        report.inserted = report.updated = report.deleted = report.unchanged = 0


def _short(error: Exception) -> str:
    cause = getattr(error, "orig", error)
    return str(cause).splitlines()[0][:120] if cause else "数据库错误"


def _release_held(store: Store, code: str, identities, columns, max_payload, result: ImportResult) -> None:
    """After an import, bring in held bundles of the same township that now follow on."""
    while True:
        with store.read() as session:
            last = session.exec(select(BundleImport.sequence).where(BundleImport.township_code == code)
                                .order_by(BundleImport.sequence.desc())).first() or 0
        waiting = [h for h in held_bundles(store) if h.township_code == code and h.sequence <= last + 1]
        if not waiting:
            return
        for held in waiting:
            report = FileReport(held.path, REFUSED, "")
            try:
                bundle = check_bundle(store, held.path, identities, columns, max_payload)
                _describe(report, bundle)
                _import_one(store, bundle, report)
            except DeskError as error:
                report.message = error.message
            if report.status in (IMPORTED, SKIPPED):
                report.message = "（暂存的数据包）" + report.message
                held.path.unlink(missing_ok=True)
                signature_path(held.path).unlink(missing_ok=True)
            result.reports.append(report)
            if report.status != IMPORTED and report.status != SKIPPED:
                return
