"""Acknowledgements: the county tells each township which of its monthly bundles it imported or refused, and why.

At the county, imported bundles are the ``BundleImport`` rows. A refused bundle leaves the county store unchanged
(that is the import's promise), so its refusal is noted in ``HOME/refusals.jsonl`` instead — only when the signature
proved whose bundle it was: a file nobody signed cannot be acknowledged to anyone. On the township the
acknowledgements of the down bundle land in ``ExportAcknowledgement``, shown per exported bundle.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlmodel import Session, select

from gazetteer_desk.formats import FormatError
from gazetteer_desk.formats.atomic import write_atomic
from gazetteer_desk.services.sync.bundle_payload import TIMESTAMP_FORMAT, stamp
from gazetteer_desk.store.base import utcnow
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import BundleExport, BundleImport, ExportAcknowledgement

UNACKNOWLEDGED_WARNING_DAYS = 31
REFUSALS_FILE = "refusals.jsonl"


# --- county ---------------------------------------------------------------------------------------------------


def refusals_path(home: Path) -> Path:
    return Path(home) / REFUSALS_FILE


def record_refusals(store: Store, reports) -> None:
    """Note each refused bundle whose signer and sequence are known (reports of ``bundle_import``)."""
    refused = [r for r in reports if r.status == "refused" and r.township_code and r.sequence]
    if not refused:
        return
    path = refusals_path(store.home)
    known = _read_refusals(path)
    seen = {(r["township_code"], r["sequence"], r["reason"]) for r in known}
    for report in refused:
        key = (report.township_code, report.sequence, report.message[:500])
        if key not in seen:
            seen.add(key)
            known.append({"township_code": key[0], "sequence": key[1], "reason": key[2], "at": stamp(utcnow())})
    try:
        write_atomic(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in known).encode("utf-8"))
    except FormatError:
        pass  # the import itself is done; an unwritable note only means the township hears "not acknowledged"


def _read_refusals(path: Path) -> list[dict]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    rows = []
    for line in lines:
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if isinstance(row, dict) and {"township_code", "sequence", "reason", "at"} <= set(row):
            rows.append(row)
    return rows


def for_township(session: Session, home: Path, code: str) -> list[dict]:
    """Every bundle of ``code`` the county has seen: imported ones, and refused ones not imported since."""
    rows: dict[int, dict] = {}
    for refusal in _read_refusals(refusals_path(home)):
        if refusal["township_code"] == code:
            rows[refusal["sequence"]] = {"sequence": refusal["sequence"], "status": "refused", "at": refusal["at"],
                                         "reason": refusal["reason"], "file_hash": ""}
    for imported in session.exec(select(BundleImport).where(BundleImport.township_code == code)):
        rows[imported.sequence] = {"sequence": imported.sequence, "status": "imported",
                                   "at": stamp(imported.imported_at), "reason": "", "file_hash": imported.file_hash}
    return [rows[s] for s in sorted(rows)]


# --- township -------------------------------------------------------------------------------------------------


def apply(session: Session, rows: list[dict]) -> int:
    """Record what the county said; returns how many acknowledgements changed."""
    changed = 0
    for row in rows:
        at = datetime.strptime(row["at"], TIMESTAMP_FORMAT if "." in row["at"] else "%Y-%m-%d %H:%M:%S")
        at = at.replace(tzinfo=UTC)
        current = session.get(ExportAcknowledgement, row["sequence"])
        if current is None:
            current = ExportAcknowledgement(sequence=row["sequence"], status=row["status"])
            session.add(current)
        elif (current.status, current.reason) == (row["status"], row["reason"]):
            continue
        current.status, current.at, current.reason, current.file_hash = (row["status"], at, row["reason"],
                                                                        row["file_hash"])
        changed += 1
    return changed


@dataclass(frozen=True)
class ExportStatus:
    sequence: int
    period: str
    file_name: str
    exported_at: datetime
    status: str  # imported | refused | pending | mismatch
    text: str
    overdue: bool  # unacknowledged for more than a month: ask the county whether the stick arrived


def export_statuses(store: Store, today: date | None = None) -> list[ExportStatus]:
    """Each exported monthly bundle with what the county said about it, newest first."""
    today = today or date.today()
    with store.read() as session:
        exports = session.exec(select(BundleExport).order_by(BundleExport.sequence.desc())).all()
        acks = {a.sequence: a for a in session.exec(select(ExportAcknowledgement))}
    out = []
    for export in exports:
        ack = acks.get(export.sequence)
        created = export.created_at if export.created_at.tzinfo else export.created_at.replace(tzinfo=UTC)
        if ack is not None and ack.file_hash and ack.file_hash != export.file_hash:
            status, text = "mismatch", "县信访办收到的第%d号与本机导出的不是同一个文件，请联系县信访办" % export.sequence
        elif ack is not None and ack.status == "imported":
            status, text = "imported", f"已于 {_local(ack.at):%Y-%m-%d} 在县信访办导入"
        elif ack is not None:
            status, text = "refused", f"被县信访办拒绝：{ack.reason}"
        else:
            status, text = "pending", "尚未确认"
        overdue = status == "pending" and today - created.astimezone().date() > timedelta(days=UNACKNOWLEDGED_WARNING_DAYS)
        if overdue:
            text += "（导出已超过一个月仍未确认，请向县信访办核实是否收到）"
        out.append(ExportStatus(export.sequence, export.period, export.file_name, created, status, text, overdue))
    return out


def _local(value: datetime | None) -> datetime:
    if value is None:
        return datetime.now()
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone()
