"""The national division code table (GB/T 2260) with history: which address codes exist, and until when.

Pure: the table is parsed from text the caller read (``gazetteer_desk.resources.division_table`` reads the shipped
``resources/divisions/gbt2260.tsv``). Each line is ``code<TAB>name<TAB>first<TAB>last``; ``first``/``last`` are the
first and last yearly lists carrying the code, empty for "since the first list" / "still listed".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    first_year: int | None  # first yearly list carrying the code; None: since the first list (1980)
    last_year: int | None  # last yearly list carrying it; None: still listed

    @property
    def retired_in(self) -> int | None:
        """The year the code was retired (it left the list during that year); None while it is listed."""
        return None if self.last_year is None else self.last_year + 1


class DivisionTable:
    """Look-ups by six-digit code; built once and shared (the registration form checks as the clerk types)."""

    def __init__(self, divisions: dict[str, Division]) -> None:
        self._divisions = divisions

    @classmethod
    def parse(cls, text: str) -> DivisionTable:
        divisions: dict[str, Division] = {}
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            fields = line.split("\t")
            if len(fields) != 4 or len(fields[0]) != 6 or not fields[0].isdigit():
                raise ValueError(f"区划代码表第{number}行格式不对：{line!r}")
            code, name, first, last = fields
            divisions[code] = Division(code, name, int(first) if first else None, int(last) if last else None)
        return cls(divisions)

    def __len__(self) -> int:
        return len(self._divisions)

    def get(self, code: str) -> Division | None:
        return self._divisions.get(code)

    def check_address_code(self, code: str, birth: date) -> str | None:
        """None when a person born on ``birth`` can carry ``code``; else the Chinese reason.

        A number keeps the code it was issued with, so a retired code is fine for anyone born by the year it was
        retired; a person born after that cannot have been given it.
        """
        division = self._divisions.get(code)
        if division is None:
            return f"地址码“{code}”不在国家行政区划代码表（GB/T 2260）中"
        retired = division.retired_in
        if retired is not None and birth.year > retired:
            return (f"地址码“{code}”（{division.name}）已于{retired}年撤销，"
                    f"{birth:%Y年%m月%d日}出生的人不会取得这个地址码")
        return None
