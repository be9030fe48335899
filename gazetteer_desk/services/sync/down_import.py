"""Township mode: import the county's down bundle — the county import's checks, the other way round.

Order of checks (each failure names the reason and leaves the township store unchanged): size → signature by the
registered county signing key → trusted comment (hash, this township, this county) → decryption with the
township's own identity → container → manifest (= trusted comment) → every row of every kind as untrusted input
→ sequence, replay, gap and chain against the down bundles already imported → apply, all in one transaction.

Applying: acknowledgements of the township's own bundles; 交办件 registered as new matters (source 上级交办, the
date received, the county's limit as an order); 督办 orders on their matter; 复查/复核 decisions as steps of the
matter's procedure where the procedure allows them (always in its history); the county's holiday table, with every
running limit recomputed and the change audited.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlmodel import select

from gazetteer_desk.domain import procedure
from gazetteer_desk.errors import DeskError
from gazetteer_desk.formats import DecryptError, FormatError, age_keys, container, minisign
from gazetteer_desk.services.core import audit, history
from gazetteer_desk.services.core.authz import require
from gazetteer_desk.services.core.calendar import calendar_in
from gazetteer_desk.services.core.state import matter_state, write_state
from gazetteer_desk.services.matters.registration import RegistrationInput, register_in
from gazetteer_desk.services.setup.holidays import recompute_limits
from gazetteer_desk.services.sync import acknowledgements
from gazetteer_desk.services.sync import down_payload as payload
from gazetteer_desk.services.sync.bundle_keys import signing_public_key
from gazetteer_desk.services.sync.bundle_payload import sha256
from gazetteer_desk.services.sync.down_keys import county_signer, replace_county_signer, township_identities
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import CountyOrder, DownImport, Holiday, Matter

MAX_FILE = 64 * 1024 * 1024  # a down bundle is small: orders, decisions, a holiday table
MAX_PAYLOAD = 48 * 1024 * 1024
COUNTY_ACTOR = "县信访办"
ASSIGNED_SOURCE = "上级交办"


class DownRefused(DeskError):
    pass


@dataclass
class DownReport:
    file: Path
    status: str = "refused"  # imported | skipped | refused
    message: str = ""
    sequence: int | None = None
    acknowledgements: int = 0
    matters: list[str] = field(default_factory=list)  # numbers of the 交办件 registered
    orders: int = 0
    decisions: int = 0
    holidays_changed: int = 0
    limits_moved: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 0 if self.status in ("imported", "skipped") else 2

    def lines(self) -> list[str]:
        head = f"{self.file.name}：" + (f"第{self.sequence}号下发数据包 — " if self.sequence else "")
        if self.status == "refused":
            return [head + f"已拒绝。{self.message}"]
        if self.status == "skipped":
            return [head + "此数据包以前已导入，未做任何改动"]
        out = [head + f"已导入。回执 {self.acknowledgements} 条，交办件 {len(self.matters)} 件，督办 {self.orders} 件，"
                      f"复查复核意见 {self.decisions} 件，节假日变更 {self.holidays_changed} 天，期限重算 {self.limits_moved} 件"]
        out += [f"新交办件：{number}" for number in self.matters]
        return out + [f"注意：{w}" for w in self.warnings]


def _refuse(message: str) -> DownRefused:
    return DownRefused(message)


def import_down(store: Store, path: Path | str, *, actor="", today: date | None = None,
                passphrase: str | None = None) -> DownReport:
    """Check and apply one down bundle; the report says what happened (a refusal changes nothing).
    ``passphrase`` opens the township's receiving key when it is sealed."""
    require(actor, "export_bundle")  # whoever carries the monthly stick brings the county's answer back
    if store.mode == "county":
        raise DeskError("县信访办的数据目录不导入下发数据包（它自己导出）")
    path = Path(path)
    if path.name.endswith(".minisig"):
        path = path.with_name(path.name[: -len(".minisig")])
    signer = county_signer(store)  # a desk not set up yet is told so, not given a refused bundle
    if signer is None:
        raise DeskError("尚未登记县信访办签名公钥：请先运行 gazetteer-desk bundle county-signing-key county.pub"
                        "（向县信访办索取）")
    identities = township_identities(store, passphrase)  # a wrong passphrase is the clerk's error, not the bundle's
    report = DownReport(path)
    try:
        sealed, signature, comment = _verified(store, signer, path)
        report.sequence = comment.sequence
        content, manifest = _opened(store, sealed, comment, identities)
        _apply(store, path, sealed, manifest, content, report, actor, today or date.today())
    except DeskError as error:
        report.status, report.message = "refused", error.message
        report.acknowledgements = report.orders = report.decisions = report.holidays_changed = 0
        report.limits_moved, report.matters, report.warnings = 0, [], []
    return report


def _verified(store: Store, signer, path: Path):
    try:
        size = path.stat().st_size
        if size > MAX_FILE or size == 0:
            raise _refuse(f"文件大小（{size} 字节）不是下发数据包")
        sealed = path.read_bytes()
        signature = path.with_name(path.name + ".minisig").read_bytes()[: 16 * 1024 + 1]
    except FileNotFoundError as error:
        raise _refuse(f"找不到文件 {Path(error.filename or path).name}（数据包与 .minisig 签名文件应在同一文件夹）") from error
    except OSError as error:
        raise _refuse(f"无法读取文件（{error.strerror or error}）") from error
    try:
        key_id = minisign.parse_signature(signature).key_id
        if key_id != signer.public_key.key_id:
            raise _refuse(f"签名者不是本县信访办（签名密钥 {minisign.key_id_hex(key_id)}，已登记的是 "
                          f"{signer.fingerprint}），拒绝导入")
        comment_text = minisign.verify(sealed, signature, signer.public_key)
    except FormatError as error:
        raise _refuse(error.message) from error
    comment = payload.parse_trusted_comment(comment_text)
    if comment is None or comment.file_hash != sha256(sealed):
        raise _refuse("签名中的可信注释与文件不符")
    if comment.township != store.township_code:
        raise _refuse(f"此数据包是下发给乡镇 {comment.township} 的，不是本乡镇（{store.township_code}）的，拒绝导入")
    if comment.county != store.setting("county_code"):
        raise _refuse(f"此数据包来自县 {comment.county}，不是本县（{store.setting('county_code')}），拒绝导入")
    return sealed, signature, comment


def _opened(store: Store, sealed: bytes, comment: payload.TrustedComment, identities):
    try:
        files = container.unpack(age_keys.decrypt(sealed, identities), max_total=MAX_PAYLOAD)
    except DecryptError as error:
        raise _refuse("解密失败：此文件不是发给本乡镇的，或已损坏") from error
    except FormatError as error:
        raise _refuse(error.message) from error
    manifest = payload.parse_manifest(files[container.MANIFEST_NAME])
    if (manifest.township_code, manifest.county_code, manifest.sequence) != (comment.township, comment.county,
                                                                            comment.sequence):
        raise _refuse("数据包清单中的县、乡镇或序号与签名注释不符")
    return payload.decode(files, manifest), manifest


def _apply(store: Store, path: Path, sealed: bytes, manifest: payload.Manifest, content: payload.Content,
           report: DownReport, actor, today: date) -> None:
    file_hash = sha256(sealed)
    with store.transaction() as session:
        done = session.get(DownImport, manifest.sequence)
        if done is not None:
            if done.file_hash == file_hash:
                report.status = "skipped"
                return
            raise _refuse(f"第{manifest.sequence}号下发数据包已导入过另一份不同的内容（重放或伪造），拒绝导入")
        last = session.exec(select(DownImport).order_by(DownImport.sequence.desc())).first()
        last_seq, last_hash = (last.sequence, last.file_hash) if last else (0, "")
        if manifest.sequence < last_seq:
            raise _refuse(f"序号 {manifest.sequence} 早于已导入的第{last_seq}号（重放的旧数据包），拒绝导入")
        if manifest.sequence > last_seq + 1:
            raise _refuse(f"缺少第{last_seq + 1}号下发数据包（已导入到第{last_seq}号）：请先导入第{last_seq + 1}号，再导入本包")
        if manifest.prev_hash != last_hash:
            raise _refuse(f"数据包的前一包校验值与已导入的第{last_seq}号不符（链条断开），拒绝导入")
        code = store.township_code
        report.acknowledgements = acknowledgements.apply(session, content.acknowledgements)
        report.holidays_changed = _holidays(session, content.holidays)
        for order in content.orders:
            _order(session, store, code, order, report, today)
        for decision in content.decisions:
            _decision(session, code, decision, report)
        cal = calendar_in(session)
        report.limits_moved = recompute_limits(session, cal)
        for key in content.keys:
            if key["county_signing_key"]:
                changed = replace_county_signer(session, store, key["county_signing_key"])
                if changed:
                    report.warnings.append(f"县信访办已更换签名公钥，新指纹 {changed}（本包由原密钥签名，已自动启用新公钥；"
                                           "请电话核对）")
            own = minisign.public_key_fingerprint(signing_public_key(store))
            if key["township_key_fingerprint"] != own:
                report.warnings.append(f"县信访办登记的本乡镇签名公钥（{key['township_key_fingerprint']}）与本机的（{own}）"
                                       "不同：本乡镇的数据包会被拒绝，请与县信访办核对公钥")
        session.add(DownImport(sequence=manifest.sequence, file_hash=file_hash, prev_hash=manifest.prev_hash,
                               created_at=manifest.created_at, file_name=path.name,
                               record_count=sum(manifest.counts.values())))
        audit.record(session, actor, "import_down", "bundle", path.name,
                     {"sequence": manifest.sequence, "matters": report.matters, "orders": report.orders,
                      "decisions": report.decisions, "holidays_changed": report.holidays_changed,
                      "limits_moved": report.limits_moved})
        report.status = "imported"


def _holidays(session, rows: list[dict]) -> int:
    """Make the county's table the township's for every year it covers; returns how many days changed."""
    incoming = {row["day"]: row for row in rows}
    years = {day.year for day in incoming}
    changed = 0
    for current in session.exec(select(Holiday)).all():
        if current.day.year in years and current.day not in incoming:
            session.delete(current)
            changed += 1
    for day, row in incoming.items():
        current = session.get(Holiday, day)
        if current is None:
            session.add(Holiday(day=day, is_holiday=row["is_holiday"], name=row["name"]))
        elif (current.is_holiday, current.name) != (row["is_holiday"], row["name"]):
            current.is_holiday, current.name = row["is_holiday"], row["name"]
        else:
            continue
        changed += 1
    if changed:
        session.flush()
        audit.record(session, COUNTY_ACTOR, "setting", "holiday", "down-bundle",
                     {"years": sorted(years), "days_changed": changed})
    return changed


def _own_matter(session, code: str, matter_id: str, what: str) -> Matter:
    matter = session.get(Matter, matter_id)
    if matter is None or matter.deleted or matter.township_code != code:
        raise _refuse(f"{what}所指的事项不在本乡镇（记录 {matter_id}），拒绝导入")
    return matter


def _order(session, store: Store, code: str, row: dict, report: DownReport, today: date) -> None:
    if session.get(CountyOrder, row["id"]) is not None:
        raise _refuse(f"县信访办的{row['kind']}（记录 {row['id']}）已经收到过，拒绝重复导入")
    # created_at stays the county's: its next down bundle picks orders by it, and this row goes back up
    order = CountyOrder(id=row["id"], township_code=code, kind=row["kind"], instruction=row["instruction"],
                        created_at=row["created_at"],
                        deadline=row["deadline"], issued_on=row["issued_on"], draft=row["draft"], received_on=today,
                        revision=2)  # the county wrote revision 1; "received" is the township's first change
    if row["kind"] == "交办":
        draft = row["draft"]
        result = register_in(session, store, RegistrationInput(
            name=draft["name"], request=draft["request"], facts=draft.get("facts", ""),
            id_number=draft.get("id_number") or None, phone=draft.get("phone") or None,
            address=draft.get("address", ""), category=draft.get("category") or "其它",
            purpose=draft.get("purpose") or "求决", channel="书信",
            notes=f"县信访办交办（{row['issued_on']:%Y-%m-%d} 下达，限 {row['deadline']:%Y-%m-%d} 前办结）",
            # an order is a matter of its own with the county's deadline, even beside a running one of its kind
            new_matter_reason="县信访办交办件，按交办单独办理"),
            COUNTY_ACTOR, event_data={"county_order": row["id"]})
        matter = session.get(Matter, result.matter_id)
        matter.source = ASSIGNED_SOURCE
        report.matters.append(result.number)
    else:
        matter = _own_matter(session, code, row["matter_id"], row["kind"])
        history.append(session, matter, "supervise", f"{row['kind']}：{row['instruction']}（限 {row['deadline']:%Y-%m-%d} 前）",
                       actor=COUNTY_ACTOR, on_date=row["issued_on"], data={"county_order": row["id"]})
        report.orders += 1
    order.matter_id, order.matter_number = matter.id, matter.number
    session.add(order)


def _decision(session, code: str, row: dict, report: DownReport) -> None:
    """Steps the procedure when it allows; the decision is always written into the matter's history."""
    matter = _own_matter(session, code, row["matter_id"], payload.DECISION_KINDS[row["kind"]])
    cal = calendar_in(session)
    steps = {"review": (("request_review", row["requested_on"], {}), ("decide_review", row["decided_on"],
                                                                       {"outcome": row["outcome"]})),
             "recheck": (("request_recheck", row["requested_on"], {}), ("terminate", row["decided_on"],
                                                                         {"outcome": row["outcome"]}))}[row["kind"]]
    state = matter_state(matter)
    applied = False
    try:
        if state.status in ("replied", "reviewed"):
            state = procedure.apply(state, steps[0][0], steps[0][1], cal, **steps[0][2])
        state = procedure.apply(state, steps[1][0], steps[1][1], cal, **steps[1][2])
        applied = True
    except procedure.ProcedureError as error:
        note = f"（未套用到办理程序：{error.message}）"
    if applied:
        write_state(matter, state)
        matter.due_on = procedure.next_due(state, cal)
        note = ""
    matter.touch()
    label = payload.DECISION_KINDS[row["kind"]]
    history.append(session, matter, "county_decision",
                   f"县信访办{label}：{row['outcome']}" + (f"。{row['text']}" if row["text"] else "") + note,
                   actor=COUNTY_ACTOR, on_date=row["decided_on"],
                   data={"decision": row["id"], "kind": row["kind"], "outcome": row["outcome"], "applied": applied,
                         # what the desk's 复查/复核意见书 prints (services/matters/receipts.py)
                         "opinion": row["text"], "requested_on": row["requested_on"].isoformat()})
    if not applied:
        report.warnings.append(f"{matter.number} 的{label}未能套用到办理程序（当前状态：{procedure.STATUS_LABELS[matter.status]}），"
                               "已记入办理记录，请核对")
    report.decisions += 1
