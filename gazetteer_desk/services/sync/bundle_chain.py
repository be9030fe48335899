"""Where this township's chain of bundles stands: the store's own record, and the signed copies in ``HOME/bundles``.

A restored backup remembers only the bundles exported before it was made; the county may have imported later ones.
Every exported bundle is also kept, signed, in ``HOME/bundles`` — outside the store, so a restore does not take it
back. The next export continues after the newest of these that carries this township's valid signature, so the
county's sequence and chain go on unbroken; the bundles the restored store does not know of are named plainly, as
their records are at the county but no longer on this desk.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from gazetteer_desk.errors import DeskError
from gazetteer_desk.formats import FormatError, minisign
from gazetteer_desk.services.sync import bundle_payload as payload
from gazetteer_desk.services.sync import key_store
from gazetteer_desk.services.sync.bundle_keys import signing_key_path
from gazetteer_desk.store import raw as store_raw

SIGNATURE_GLOB = "*.gdb.age.minisig"


@dataclass(frozen=True)
class KeptBundle:
    sequence: int
    period: str
    file_hash: str
    path: Path
    numbers: tuple[str, ...] = ()  # the highest matter number of each year the store held at that export


@dataclass(frozen=True)
class ChainState:
    sequence: int  # the last bundle exported (0: none)
    file_hash: str
    until_change: int  # the change counter the store's last recorded bundle reached
    unknown_to_store: list[KeptBundle] = field(default_factory=list)  # exported, but not in this (restored) store

    @property
    def message(self) -> str:
        """Plain words for the bundles the county has and this store does not (empty when there are none)."""
        if not self.unknown_to_store:
            return ""
        numbers = "、".join(f"第{k.sequence}号（{k.period}）" for k in self.unknown_to_store)
        return (f"本机曾导出 {numbers} 数据包，但当前数据库（由备份恢复）中没有这些导出的记录："
                "这些数据包中的来访和办理记录已在县信访办，本机却可能没有，请与县信访办核对后补录。"
                f"下一个数据包将接着第{self.sequence}号编号，县信访办可以照常导入。")


def numbers_path(bundle: Path) -> Path:
    return bundle.with_name(bundle.name + ".numbers.json")


def highest_numbers(raw, township: str) -> list[str]:
    """The highest matter number of each year (of each first 15 characters: ``500235101-2026-``), in order: kept
    beside each exported bundle, for a later restore."""
    if store_raw.is_postgres(raw):  # its collation need not keep a prefix's numbers together
        return [row[0] for row in raw.execute(
            "SELECT max(number) FROM matter WHERE township_code = ? GROUP BY substr(number, 1, 15) "
            "ORDER BY substr(number, 1, 15)", (township,))]
    # From the top of the (township, number) index down, one look-up per year instead of a pass over every matter:
    # in SQLite's byte order the numbers sharing a prefix lie together, below none of the prefix's own numbers.
    found: list[str] = []
    (top,) = raw.execute("SELECT max(number) FROM matter WHERE township_code = ?", (township,)).fetchone()
    while top is not None:
        found.append(top)
        (top,) = raw.execute("SELECT max(number) FROM matter WHERE township_code = ? AND number < ?",
                             (township, top[:15])).fetchone()
    return found[::-1]


def _numbers(path: Path) -> tuple[str, ...]:
    try:
        value = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return ()
    return tuple(n for n in value if isinstance(n, str) and len(n) <= 32) if isinstance(value, list) else ()


def kept_bundles(home: Path, township: str, known: frozenset[str] = frozenset()) -> list[KeptBundle]:
    """The signed bundles in ``HOME/bundles`` that this township's key really signed, by sequence; ``known``: file
    names passed over unread (the store records them, their hashes in its rows)."""
    folder = Path(home) / "bundles"
    try:
        public = key_store.signing_public_key(signing_key_path(home))
    except (DeskError, OSError):
        return []
    found: dict[int, KeptBundle] = {}
    for signature in sorted(folder.glob(SIGNATURE_GLOB)) if folder.is_dir() else []:
        bundle = signature.with_name(signature.name.removesuffix(".minisig"))
        if bundle.name in known:
            continue
        try:
            data = bundle.read_bytes()
            comment = payload.parse_trusted_comment(minisign.verify(data, signature.read_bytes(), public))
        except (OSError, FormatError):
            continue
        if comment is None or comment.township != township or comment.file_hash != payload.sha256(data):
            continue
        found[comment.sequence] = KeptBundle(comment.sequence, comment.period, comment.file_hash, bundle,
                                             _numbers(numbers_path(bundle)))
    return [found[n] for n in sorted(found)]


def chain_state(home: Path, township: str, raw) -> ChainState:
    """``raw``: the store's sqlite3 connection (inside the export's transaction)."""
    last = raw.execute("SELECT sequence, file_hash, until_change FROM bundleexport "
                       "ORDER BY sequence DESC LIMIT 1").fetchone()
    sequence, file_hash, until_change = last if last else (0, "", 0)
    # Only a bundle the store does not record can be later than its last: the ones it records (every earlier month)
    # are not read, so an export does not re-verify the whole history kept beside the store, month after month.
    known = frozenset(name for (name,) in raw.execute("SELECT file_name FROM bundleexport"))
    later = [k for k in kept_bundles(home, township, known) if k.sequence > sequence]
    if later:
        return ChainState(later[-1].sequence, later[-1].file_hash, until_change, later)
    return ChainState(sequence, file_hash, until_change)


def restore_notice(store) -> str:
    """After a restore: what the county has that this store does not (empty when the chain is whole).

    The matter numbers those bundles used are remembered, so that new matters do not take them again."""
    if store.mode == "county":
        return ""
    from gazetteer_desk.services.core.numbering import ISSUED_KEY

    raw = store.engine.raw_connection()
    try:
        state = chain_state(store.home, store.township_code, raw)
    finally:
        raw.close()
    issued = sorted({n for kept in state.unknown_to_store for n in kept.numbers})
    if issued:
        store.set_setting(ISSUED_KEY, json.dumps(issued))
    return state.message
