"""Stored text as a spreadsheet cell: never a formula, never a character that breaks the workbook.

Text beginning with ``=``, ``+``, ``-`` or ``@`` (or their full-width forms, or a tab or carriage return) is what Excel
and WPS would run as a formula — a petitioner's name can be ``=HYPERLINK(…)``. Such text is written as a string cell
with Excel's quote prefix, so it shows exactly as typed and is never evaluated. Characters XML 1.0 cannot hold
(control characters) would make the whole workbook fail to save; they are written as visible ``\\uXXXX``.
"""

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_STARTS = frozenset("=+-@\t\r＝＋－＠")


def cell_value(ws, value):
    """``value`` ready for ``ws.append`` (a write-only sheet): non-text unchanged."""
    if not isinstance(value, str):
        return value
    text = ILLEGAL_CHARACTERS_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", value)
    if text[:1] in FORMULA_STARTS:
        cell = WriteOnlyCell(ws, value=text)
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell
    return text


def row_values(ws, row) -> list:
    return [cell_value(ws, value) for value in row]
