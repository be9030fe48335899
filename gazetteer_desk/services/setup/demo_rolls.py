"""The rolls every demo piece reads — the petitioners and the matters' days and numbers — held compactly.

As tuples of Python objects a county's 700,000 petitioners and 1,000,000 matters took hundreds of megabytes in the
main process, and each forked worker copied the pages it touched (reading an object writes its reference count).
Arrays of numbers and one text of names hold the same in a tenth of it, and a worker reading them copies nothing.
"""

from array import array
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from datetime import date


def uuid4_text(bits: int) -> str:
    """``str(uuid.UUID(int=bits, version=4))`` — the same key — without building a UUID object per row."""
    bits = (bits & ~(0xC000 << 48) | 0x8000 << 48) & ~(0xF000 << 64) | 4 << 76
    text = f"{bits:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


class _Roll(Sequence):
    """A sequence whose items are made from arrays on each look-up: by place (negative places from the end), or a
    list of them for a slice."""

    def __getitem__(self, n):
        if type(n) is not int:
            return [self._at(i) for i in range(*n.indices(len(self)))]
        return self._at(n + len(self) if n < 0 else n)

    def _at(self, n: int):
        raise NotImplementedError


class People(_Roll):
    """Petitioners as ``(key, name, serial)``: the key from 128 random bits, the serial makes the ID number."""

    def __init__(self, people: Iterable[tuple[int, str, int]] = ()):
        self._bits, self._serials, self._ends = array("Q"), array("Q"), array("L")
        names = []
        end = 0
        for bits, name, serial in people:
            self._bits.extend((bits >> 64, bits & 0xFFFF_FFFF_FFFF_FFFF))
            self._serials.append(serial)
            names.append(name)
            end += len(name)
            self._ends.append(end)
        self._names = "".join(names)

    def __len__(self) -> int:
        return len(self._serials)

    def _at(self, n: int) -> tuple[str, str, int]:
        bits, ends = self._bits, self._ends
        return (uuid4_text(bits[2 * n] << 64 | bits[2 * n + 1]), self._names[ends[n - 1] if n else 0:ends[n]],
                self._serials[n])  # the arrays raise IndexError beyond their end


class Received(_Roll):
    """The matters' days received and numbers, in the order of their days, as ``(day, number)``."""

    def __init__(self, code: str, days: Iterable[date], last_numbers: dict[int, int]):
        self._code = code
        self._days = array("l", sorted(day.toordinal() for day in days))
        # each year's first matter here and the sequence number it takes
        self._years: list[int] = []
        self._firsts: list[tuple[int, int]] = []
        for n, ordinal in enumerate(self._days):
            year = date.fromordinal(ordinal).year
            if not self._years or self._years[-1] != year:
                self._years.append(year)
                self._firsts.append((n, last_numbers.get(year, 0) + 1))
        self._year_starts = [first for first, _ in self._firsts]

    def __len__(self) -> int:
        return len(self._days)

    def _at(self, n: int) -> tuple[date, str]:
        day = date.fromordinal(self._days[n])
        place = bisect_right(self._year_starts, n) - 1
        first, number = self._firsts[place]
        return day, f"{self._code}-{self._years[place]}-{number + n - first:05d}"
