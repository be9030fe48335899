"""County mode: the down bundle for one township (or every one) — the monthly bundle's container the other way.

Signed with the county's signing key, encrypted to the township's own age recipient, numbered and chained per
township. One write transaction per township: the sequence number (a ``DownExport`` row) is consumed only when
the bundle and its signature are both on the stick; a copy is kept in ``HOME/down/``.
Orders and decisions travel once, in the first bundle written after they were made (``created_at`` after the
previous bundle's ``until``); acknowledgements, the holiday table and the keys are sent whole every time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import select

from gazetteer_desk.errors import DeskError, NotFound
from gazetteer_desk.formats import FormatError, age_keys, container, minisign
from gazetteer_desk.formats.atomic import write_atomic
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import require
from gazetteer_desk.services.core.mode import require_county
from gazetteer_desk.services.sync import acknowledgements
from gazetteer_desk.services.sync import down_payload as payload
from gazetteer_desk.services.sync.bundle_payload import TIMESTAMP_FORMAT, sha256, stamp
from gazetteer_desk.services.sync.down_keys import ROTATED_SETTING, ensure_county_signing_key, previous_signing_key
from gazetteer_desk.store.base import utcnow
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import CountyDecision, CountyOrder, DownExport, Holiday, RegisteredTownship


def kept_dir(home: Path) -> Path:
    return Path(home) / "down"


@dataclass(frozen=True)
class DownResult:
    township_code: str
    township_name: str
    sequence: int
    bundle_path: Path
    signature_path: Path
    counts: dict[str, int]
    file_hash: str

    def line(self) -> str:
        shown = "，".join(f"{_LABELS[k]} {n}" for k, n in self.counts.items() if n) or "无新内容"
        return f"{self.township_name}（{self.township_code}） 第{self.sequence}号下发数据包：{self.bundle_path.name}（{shown}）"


_LABELS = {"acknowledgement": "回执", "order": "交办/督办", "decision": "复查复核意见", "holiday": "节假日",
           "key": "密钥"}


def export_down(store: Store, township_code: str, out_dir: Path | str, *, actor="",
                passphrase: str | None = None) -> DownResult:
    """One township's down bundle, signed with the county's key (opened with ``passphrase`` when sealed)."""
    require_county(store)
    require(actor, "import_bundle")
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise DeskError(f"导出文件夹不存在（U盘可能未插好）：{out_dir}")
    current = ensure_county_signing_key(store, passphrase)
    county_code = store.setting("county_code")
    written: list[Path] = []
    try:
        with store.transaction() as session:
            township = session.get(RegisteredTownship, township_code.strip())
            if township is None:
                raise NotFound(f"没有登记过乡镇 {township_code}")
            if township.revoked:
                raise DeskError(f"{township.name}（{township.code}）的密钥已吊销，不再给它下发数据包")
            if not township.age_recipient:
                raise DeskError(f"尚未登记{township.name}（{township.code}）的接收公钥：请运行 "
                                f"gazetteer-desk county township-recipient {township.code} age1…（向乡镇索取）")
            last = session.exec(select(DownExport).where(DownExport.township_code == township.code)
                                .order_by(DownExport.sequence.desc())).first()
            sequence = last.sequence + 1 if last else 1
            now = utcnow()
            key = _signing_key(store, session, township.code, current, passphrase)
            records = _content(session, store.home, township, last.until if last else None, now)
            records["key"][0]["county_signing_key"] = minisign.public_key_text(current)
            files = {payload.record_file(kind): payload.encode(rows) for kind, rows in records.items()}
            counts = {kind: len(rows) for kind, rows in records.items()}
            manifest = {"format": payload.FORMAT_NAME, "format_version": payload.FORMAT_VERSION,
                        "county_code": county_code, "county_name": store.setting("county_name"),
                        "township_code": township.code, "sequence": sequence, "created_at": stamp(now),
                        "prev_hash": last.file_hash if last else "", "counts": counts,
                        "payload_hash": payload.payload_hash(files)}
            files[container.MANIFEST_NAME] = payload.manifest_bytes(manifest)
            sealed = age_keys.encrypt(container.pack(files), [township.age_recipient])
            file_hash = sha256(sealed)
            name = payload.file_name(township.code, sequence)
            signature = minisign.sign(sealed, key, payload.trusted_comment(county_code, township.code, sequence,
                                                                           file_hash),
                                      f"gazetteer-desk down bundle {name} from county {county_code}").encode("utf-8")
            keep = kept_dir(store.home)
            keep.mkdir(parents=True, exist_ok=True)
            for folder in (keep, out_dir):
                for target, data in ((folder / name, sealed), (folder / (name + ".minisig"), signature)):
                    write_atomic(target, data)
                    written.append(target)
            session.add(DownExport(township_code=township.code, sequence=sequence, created_at=now, until=now,
                                   file_hash=file_hash, prev_hash=last.file_hash if last else "", file_name=name,
                                   record_count=sum(counts.values())))
            audit.record(session, actor, "export_down", "bundle", name, {"sequence": sequence, "counts": counts})
            result = DownResult(township.code, township.name, sequence, out_dir / name,
                                out_dir / (name + ".minisig"), counts, file_hash)
    except BaseException as error:
        for path in written:
            path.unlink(missing_ok=True)
        if isinstance(error, FormatError):
            raise DeskError(error.message) from error
        raise
    return result


def export_all(store: Store, out_dir: Path | str, *, actor="", passphrase: str | None = None) -> list[DownResult]:
    """A down bundle for every registered township that is not revoked and has a recipient (see
    :func:`without_recipient` for those left out)."""
    require_county(store)
    with store.read() as session:
        codes = [t.code for t in session.exec(select(RegisteredTownship).order_by(RegisteredTownship.code))
                 if not t.revoked and t.age_recipient]
    if not codes:
        raise DeskError("没有可下发的乡镇：请先登记乡镇及其接收公钥（county township-recipient）")
    return [export_down(store, code, out_dir, actor=actor, passphrase=passphrase) for code in codes]


def without_recipient(store: Store) -> list[RegisteredTownship]:
    """Registered townships (not revoked) whose receiving key the county does not have yet."""
    with store.read() as session:
        return [t for t in session.exec(select(RegisteredTownship).order_by(RegisteredTownship.code))
                if not t.revoked and not t.age_recipient]


def _signing_key(store: Store, session, code: str, current: minisign.SigningKey,
                 passphrase: str | None) -> minisign.SigningKey:
    """After a key change, the first bundle to each township is signed with the previous key (which it trusts)
    and announces the new one; every later bundle is signed with the new key."""
    previous = previous_signing_key(store, passphrase)
    rotated = store.setting(ROTATED_SETTING)
    if previous is None or not rotated:
        return current
    since = datetime.strptime(rotated, TIMESTAMP_FORMAT).replace(tzinfo=UTC)
    announced = session.exec(select(DownExport).where(DownExport.township_code == code,
                                                      DownExport.created_at > since)).first()
    return current if announced is not None else previous


def _content(session, home: Path, township: RegisteredTownship, since, until) -> dict[str, list[dict]]:
    def window(model):
        query = select(model).where(model.township_code == township.code, model.created_at <= until)
        return query.where(model.created_at > since) if since is not None else query

    orders = [{"id": o.id, "kind": o.kind, "matter_id": o.matter_id, "matter_number": o.matter_number,
               "instruction": o.instruction, "deadline": o.deadline.isoformat(), "issued_on": o.issued_on.isoformat(),
               "draft": o.draft or {}, "created_at": stamp(o.created_at)}
              for o in session.exec(window(CountyOrder).where(CountyOrder.deleted.is_(False))
                                    .order_by(CountyOrder.created_at))]
    decisions = [{"id": d.id, "matter_id": d.matter_id, "matter_number": d.matter_number, "kind": d.kind,
                  "requested_on": d.requested_on.isoformat(), "decided_on": d.decided_on.isoformat(),
                  "outcome": d.outcome, "text": d.text}
                 for d in session.exec(window(CountyDecision).order_by(CountyDecision.created_at))]
    holidays = [{"day": h.day.isoformat(), "is_holiday": int(h.is_holiday), "name": h.name}
                for h in session.exec(select(Holiday).order_by(Holiday.day))]
    keys = [{"township_key_fingerprint": township.key_fingerprint, "revoked": 0}]
    return {"acknowledgement": acknowledgements.for_township(session, home, township.code), "order": orders,
            "decision": decisions, "holiday": holidays, "key": keys}
