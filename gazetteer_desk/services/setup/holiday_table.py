"""A year's holiday table from a text file, in one save: how the county office enters next year's national table
(published each winter by the State Council) and its own days at once, before sending them down to every township.

One day a line: ``2027-01-01,节假日,元旦`` or ``2027-02-06,调休上班`` (comma, tab or spaces between the fields;
``#`` starts a comment). Every line is checked before anything is saved; running limits are recomputed and the
import is audited in the same save.
"""

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.core import audit
from gazetteer_desk.services.core.authz import require
from gazetteer_desk.services.core.calendar import calendar_in
from gazetteer_desk.services.setup.holidays import recompute_limits
from gazetteer_desk.store.database import Store
from gazetteer_desk.store.models import Holiday

KINDS = {"节假日": True, "休息": True, "放假": True, "调休上班": False, "上班": False, "工作日": False}
MAX_LINES = 2000


@dataclass(frozen=True)
class TableResult:
    days: int
    years: list[int]
    limits_moved: int


def parse_table(text: str) -> dict[date, tuple[bool, str]]:
    days: dict[date, tuple[bool, str]] = {}
    lines = text.splitlines()
    if len(lines) > MAX_LINES:
        raise DeskError(f"节假日表过长（{len(lines)} 行）")
    for number, line in enumerate(lines, start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        fields = [f for f in re.split(r"[,，\t ]+", line) if f]
        try:
            day = date.fromisoformat(fields[0])
        except ValueError:
            raise DeskError(f"第{number}行的日期无效：{fields[0][:20]}（应为 YYYY-MM-DD）") from None
        kind = fields[1] if len(fields) > 1 else "节假日"
        if kind not in KINDS:
            raise DeskError(f"第{number}行的类别“{kind[:10]}”无效（应为 节假日 或 调休上班）")
        if day in days:
            raise DeskError(f"第{number}行：{day:%Y-%m-%d} 重复出现")
        days[day] = (KINDS[kind], " ".join(fields[2:])[:40] or ("调休上班" if not KINDS[kind] else ""))
    if not days:
        raise DeskError("节假日表中没有任何日期")
    return days


def import_table(store: Store, path: Path | str, *, actor="") -> TableResult:
    """Set every day of the file as the county's own entry (replacing that day's earlier entry)."""
    require(actor, "edit_settings")
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise DeskError(f"无法读取节假日表：{path}（应为UTF-8文本）") from error
    days = parse_table(text)
    with store.transaction() as session:
        for day, (is_holiday, name) in days.items():
            row = session.get(Holiday, day)
            if row is None:
                session.add(Holiday(day=day, is_holiday=is_holiday, name=name))
            else:
                row.is_holiday, row.name = is_holiday, name
        session.flush()
        moved = recompute_limits(session, calendar_in(session))
        years = sorted({d.year for d in days})
        audit.record(session, actor, "setting", "holiday", Path(path).name,
                     {"days": len(days), "years": years, "limits_moved": moved})
    return TableResult(len(days), years, moved)
