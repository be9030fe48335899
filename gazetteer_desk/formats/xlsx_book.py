"""A workbook of plain tables, written fast: one call, every sheet streamed from its rows in constant memory.

The cells are written by rust_xlsxwriter (through the ``rustpy-xlsxwriter`` binding): about ten times faster than
openpyxl's write-only mode on the 台账, which is what brings a county's year into seconds. The binding takes rows as
mappings and styles by column, so a sheet here is described by its columns, each with a kind:

- text: every text cell carries Excel's quote prefix, so text that looks like a formula (``=HYPERLINK(…)``, ``+1``)
  stays text when opened and when edited; cells are always written as strings, never as formulas. Characters XML
  1.0 cannot hold are written as visible ``\\uXXXX``.
- date / datetime: real date cells shown as ``yyyy-mm-dd`` (``yyyy-mm-dd hh:mm``).
- number: as it is.
- plain: no format of the column's own, so a row's format (``row_kinds``: percent, bold) decides how it shows.

Kept to this one module so that the writer underneath can be exchanged without touching the ledgers.
"""

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import rustpy_xlsxwriter as rx

TEXT, NOTE, DATE, DATETIME, NUMBER = "text", "note", "date", "datetime", "number"
PLAIN = "plain"  # no column format: a row's format (PERCENT, BOLD) reaches it; every other column's format wins
PERCENT, BOLD = "percent", "bold"
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")  # control characters XML 1.0 forbids
CELL_LIMIT = 32767  # characters Excel holds in one cell; a longer text would make the file unreadable


@dataclass
class Sheet:
    name: str
    columns: Sequence[tuple[str, float]]  # (header, width in characters)
    rows: Iterable[Sequence]
    kinds: dict[str, str] = field(default_factory=dict)  # header -> kind; text when absent
    title: str | None = None  # a bold row above the header, across all columns
    wide_paper: bool = False  # printed on A3 instead of A4
    row_kinds: dict[int, str] = field(default_factory=dict)  # data row (0-based) -> PERCENT or BOLD


def clean_text(value: str) -> str:
    text = _ILLEGAL.sub(lambda m: f"\\u{ord(m.group()):04x}", value)
    return text if len(text) <= CELL_LIMIT else text[:CELL_LIMIT - 6] + "…（已截断）"


def _records(headers: tuple[str, ...], rows: Iterable[Sequence]) -> Iterator[dict]:
    search, is_text = _ILLEGAL.search, str.__instancecheck__
    written = False
    for row in rows:
        written = True
        # one look at the row's text as a whole (most rows need nothing), each cell only when something is found
        joined = "\n".join(filter(is_text, row))
        if len(joined) > CELL_LIMIT or search(joined):
            row = [clean_text(v) if type(v) is str and (len(v) > CELL_LIMIT or search(v)) else v for v in row]
        yield dict(zip(headers, row, strict=True))
    if not written:  # the binding writes the header from the first row: an empty ledger still gets its header
        yield dict.fromkeys(headers)


def _column_format(kind: str):
    if kind == DATE:
        return rx.Format().set_num_format("yyyy-mm-dd")
    if kind == DATETIME:
        return rx.Format().set_num_format("yyyy-mm-dd hh:mm")
    if kind == NUMBER:
        return rx.Format().set_num_format("General")
    if kind == NOTE:
        return rx.Format().set_quote_prefix().set_text_wrap().set_align("top")
    return rx.Format().set_quote_prefix()


def _header_format():
    return (rx.Format().set_font_name("宋体").set_bold().set_background_color("DDEBF7").set_pattern("solid")
            .set_border("thin").set_border_color("9BA7B4").set_align("center").set_align("vcenter").set_text_wrap())


def write(path: str | Path, sheets: Sequence[Sheet]) -> None:
    """Write ``sheets`` to ``path`` (which should be a temporary file: a failure may leave part of it)."""
    options: dict[str, dict] = {key: {} for key in (
        "column_widths", "column_formats", "header_format", "header_row", "merge_ranges", "row_formats",
        "page_setup", "freeze_panes")}
    entries = []
    for sheet in sheets:
        headers = tuple(name for name, _ in sheet.columns)
        top = 1 if sheet.title else 0
        options["column_widths"][sheet.name] = [width for _, width in sheet.columns]
        options["column_formats"][sheet.name] = {h: _column_format(sheet.kinds.get(h, TEXT)) for h in headers
                                                 if sheet.kinds.get(h) != PLAIN}
        options["header_format"][sheet.name] = _header_format()
        options["header_row"][sheet.name] = top
        options["freeze_panes"][sheet.name] = {"row": top + 1, "col": 0}
        options["page_setup"][sheet.name] = {"landscape": True, "paper_size": 8 if sheet.wide_paper else 9,
                                             "fit_to_pages": (1, 0), "repeat_rows": (top, top)}
        if sheet.title:
            title = rx.Format().set_font_name("宋体").set_bold().set_font_size(14).set_align("vcenter")
            options["merge_ranges"][sheet.name] = [(0, 0, 0, max(len(headers) - 1, 1), clean_text(sheet.title), title)]
        if sheet.row_kinds:
            formats = {PERCENT: rx.Format().set_num_format("0.0%"), BOLD: rx.Format().set_bold()}
            options["row_formats"][sheet.name] = {top + 1 + n: formats[kind] for n, kind in sheet.row_kinds.items()}
        entries.append((sheet.name, _records(headers, sheet.rows)))
    freeze = options.pop("freeze_panes")
    rx.write_worksheets(entries, str(path), freeze_panes=freeze,
                        **{key: value for key, value in options.items() if value})
