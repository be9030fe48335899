"""What a statistic covers: a period (month, quarter, year or a custom range) and optional filters.

Shared by the figures, the 台账 export, the annual report, the command line and the statistics window, so that
``2025-Q1`` means the same days everywhere.
"""

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from gazetteer_desk.errors import DeskError

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_RANGE = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2})\s*\.\.\s*(\d{4}-\d{1,2}-\d{1,2})$")


def month_end(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)


@dataclass(frozen=True)
class Scope:
    """Matters received from ``start`` to ``end`` (both included), narrowed by the optional filters.

    ``as_of`` is the day the "now" figures (overdue, limits still running) are judged on; default today.
    """

    start: date
    end: date
    label: str = ""
    township_code: str | None = None
    village_code: str | None = None
    leader_id: str | None = None  # Staff.id of a leader
    category: str | None = None  # first-level category
    as_of: date = field(default_factory=date.today)

    def __post_init__(self):
        if self.end < self.start:
            raise DeskError(f"统计期间的结束日期 {self.end:%Y-%m-%d} 早于开始日期 {self.start:%Y-%m-%d}")
        if not self.label:
            object.__setattr__(self, "label", f"{self.start:%Y-%m-%d}至{self.end:%Y-%m-%d}")

    @classmethod
    def period(cls, text: str, **filters) -> "Scope":
        start, end, label = parse_period(text)
        return cls(start=start, end=end, label=label, **filters)

    def narrowed(self, **filters) -> "Scope":
        return replace(self, **filters)

    def months(self) -> list[str]:
        """``YYYY-MM`` of every month the period touches, in order (the trend chart's x axis)."""
        out, y, m = [], self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out


def parse_period(text: str) -> tuple[date, date, str]:
    """``2025-03`` · ``2025-Q1`` · ``2025`` · ``2025-01-15..2025-02-14`` → (start, end, Chinese label)."""
    value = (text or "").strip()
    try:
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), month_end(y, mo), f"{y}年{mo}月"
        if m := _QUARTER.match(value):
            y, q = int(m[1]), int(m[2])
            return date(y, 3 * q - 2, 1), month_end(y, 3 * q), f"{y}年第{'一二三四'[q - 1]}季度"
        if m := _YEAR.match(value):
            y = int(m[1])
            return date(y, 1, 1), date(y, 12, 31), f"{y}年"
        if m := _RANGE.match(value):
            start, end = date.fromisoformat(_pad(m[1])), date.fromisoformat(_pad(m[2]))
            if end < start:
                raise DeskError(f"统计期间的结束日期 {end:%Y-%m-%d} 早于开始日期 {start:%Y-%m-%d}")
            return start, end, f"{start:%Y-%m-%d}至{end:%Y-%m-%d}"
    except ValueError:
        raise DeskError(f"统计期间中的日期不存在：{value}") from None
    raise DeskError(f"无法识别的统计期间“{value}”（例：2025-03、2025-Q1、2025、2025-01-01..2025-03-31）")


def _pad(text: str) -> str:
    y, m, d = text.split("-")
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"
