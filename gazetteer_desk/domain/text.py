"""What text may be stored: no control characters (tab and line breaks only in long fields), no bidirectional
overrides, and no name made only of invisible characters.

A stored control character breaks the 台账 workbook and forges terminal output; a bidirectional override makes a
name read differently from what is stored. Used at the service boundary and on every row a bundle brings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Explicit embeddings/overrides/isolates (U+202A-U+202E, U+2066-U+2069) and the marks that reorder text.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
_LINE_BREAKS = frozenset("\t\n\r")
# Characters that print nothing: a name made only of these looks empty.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me"})
_INVISIBLE_EXTRA = frozenset("\u3164\u115f\u1160\uffa0\u2800")  # Hangul fillers, braille blank

MAX_NAME = 100
MAX_SHORT = 500
MAX_LONG = 20_000


# Every character :func:`problem` may object to: the control characters (category Cc is fixed by Unicode's
# stability policy: U+0000-U+001F and U+007F-U+009F), lone surrogates (Cs), the line and paragraph separators and the
# bidirectional controls. One scan in C finds the clean text — nearly all of it — without a look at each character.
_SUSPECT = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029" + "".join(sorted(_BIDI_CONTROLS)) + "]")
_SUSPECT_BEYOND_BREAKS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029"
                                    + "".join(sorted(_BIDI_CONTROLS)) + "]")


def problem(value: str, *, multiline: bool = False) -> str | None:
    """Why ``value`` may not be stored (Chinese), or None when it may."""
    if (_SUSPECT_BEYOND_BREAKS if multiline else _SUSPECT).search(value) is None:
        return None
    for ch in value:
        if ch in _BIDI_CONTROLS:
            return f"含有改变文字方向的控制字符（U+{ord(ch):04X}）"
        if ch in _LINE_BREAKS:
            if not multiline:
                return "不能含有换行或制表符"
            continue
        category = unicodedata.category(ch)
        if category == "Cc" or category == "Cs" or ch in ("\u2028", "\u2029"):
            return f"含有控制字符（U+{ord(ch):04X}）"
    return None


def all_clean(values: Iterable[str], *, multiline: bool = False) -> bool:
    """True when :func:`problem` finds nothing in any of ``values``: one scan over them all (a space between two
    values is nothing it objects to)."""
    return (_SUSPECT_BEYOND_BREAKS if multiline else _SUSPECT).search(" ".join(values)) is None


def is_invisible(value: str) -> bool:
    """True for a non-empty text whose every character prints nothing."""
    return bool(value) and all(unicodedata.category(ch) in _INVISIBLE_CATEGORIES or ch in _INVISIBLE_EXTRA
                               for ch in value)


def check(value: str | None, label: str, *, multiline: bool = False, name: bool = False,
          limit: int | None = None) -> str | None:
    """``value`` unchanged when it may be stored, else :class:`TextError` naming the field (``label``)."""
    if value is None:
        return None
    reason = problem(value, multiline=multiline)
    if reason:
        raise TextError(f"{label}{reason}，请删除后重新输入")
    if name and is_invisible(value):
        raise TextError(f"{label}只有不可见的字符，请填写实际内容")
    limit = limit or (MAX_LONG if multiline else MAX_NAME if name else MAX_SHORT)
    if len(value) > limit:
        raise TextError(f"{label}过长（{len(value)} 字，最多 {limit} 字）")
    return value


NAME, SHORT, LONG = "name", "short", "long"


def check_all(fields: dict[str, tuple[str | None, str]]) -> None:
    """``{label: (value, NAME | SHORT | LONG)}``: the first field that may not be stored raises :class:`TextError`."""
    for label, (value, kind) in fields.items():
        check(value, label, multiline=kind == LONG, name=kind == NAME)


def shown(value: object) -> str:
    """``value`` made safe to print on a terminal: control and direction characters become visible escapes."""
    text = str(value)
    if problem(text) is None:
        return text
    return "".join(ch if problem(ch) is None else f"\\u{ord(ch):04x}" for ch in text)


def for_terminal(value: object) -> str:
    """Like :func:`shown`, but line breaks and tabs kept: for whole lines of output the program composes itself."""
    text = str(value)
    if problem(text, multiline=True) is None:
        return text
    return "".join(ch if problem(ch, multiline=True) is None else f"\\u{ord(ch):04x}" for ch in text)


class TextError(ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
