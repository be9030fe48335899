"""A small streaming .xlsx writer for big, plainly formatted tables (the 台账 workbook).

openpyxl builds an XML element per cell; a year of 137k matters is 5.5 million cells and spent ~45 s there, even in
write-only mode and with lxml. Here a row becomes one formatted string and rows are written straight into the zip
entry, with a handful of fixed cell styles and a shared-string table (repeated values — categories, statuses,
villages — are stored once, as Excel itself does). What we need and nothing more: column widths, a frozen header,
real dates and numbers, print setup (landscape, fit to width, header repeated on every page).

Usage::

    with XlsxWriter(path) as book:
        sheet = book.sheet("台账", widths=[7, 22], freeze_row=1, print_title_row=1, paper="A4")
        sheet.append([Cell("序号", HEAD), Cell("事项编号", HEAD)])
        sheet.append([1, "双信〔2025〕1号"])
"""

import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from xml.sax.saxutils import escape

from openpyxl.utils import get_column_letter

# cell styles (index into cellXfs of styles.xml below)
PLAIN, DATE, DATETIME, PERCENT, HEAD, TITLE, NOTE, BOLD = range(8)

_EPOCH = datetime(1899, 12, 30)
_EPOCH_ORDINAL = _EPOCH.toordinal()
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in XML 1.0: dropped
_PAPER = {"A4": 9, "A3": 8}
_NS = ('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


@dataclass(frozen=True, slots=True)
class Cell:
    """A value with a style other than the one its type gets (dates → DATE, datetimes → DATETIME)."""

    value: object
    style: int = PLAIN


def _text(value: str) -> str:
    return escape(_ILLEGAL.sub("", value))


class Sheet:
    def __init__(self, book: "XlsxWriter", index: int, name: str, widths, freeze_row: int, print_title_row: int,
                 paper: str):
        self.book, self.index, self.name = book, index, name
        self.print_title_row = print_title_row
        self.rows = 0
        self._letters = [get_column_letter(i) for i in range(1, len(widths) + 1)]
        self._stream = book.zip.open(f"xl/worksheets/sheet{index}.xml", "w", force_zip64=True)
        self._buffer: list[str] = []
        pane = (f'<pane ySplit="{freeze_row}" topLeftCell="A{freeze_row + 1}" activePane="bottomLeft" state="frozen"/>'
                f'<selection pane="bottomLeft" activeCell="A{freeze_row + 1}" sqref="A{freeze_row + 1}"/>'
                if freeze_row else "")
        cols = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(widths, 1))
        self._paper = _PAPER[paper]
        selected = ' tabSelected="1"' if index == 1 else ""
        self._write(f'{_HEAD}<worksheet {_NS}><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
                    f'<sheetViews><sheetView workbookViewId="0"{selected}>'
                    f'{pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
                    f'<cols>{cols}</cols><sheetData>')

    def _write(self, text: str) -> None:
        self._stream.write(text.encode("utf-8"))

    def append(self, values) -> None:
        """One row; ``None`` and ``""`` leave the cell empty."""
        self.rows += 1
        r = self.rows
        strings = self.book.strings
        parts = [f'<row r="{r}">']
        add = parts.append
        for letter, value in zip(self._letters, values):
            style = PLAIN
            if type(value) is Cell:
                value, style = value.value, value.style
            if value is None or value == "":
                if style:
                    add(f'<c r="{letter}{r}" s="{style}"/>')
                continue
            kind = type(value)
            s = f' s="{style}"' if style else ""
            if kind is str:
                index = strings.get(value)
                if index is None:
                    index = strings[value] = len(strings)
                add(f'<c r="{letter}{r}"{s} t="s"><v>{index}</v></c>')
            elif kind is int or kind is float:
                add(f'<c r="{letter}{r}"{s}><v>{value!r}</v></c>')
            elif kind is date:
                add(f'<c r="{letter}{r}" s="{style or DATE}"><v>{value.toordinal() - _EPOCH_ORDINAL}</v></c>')
            elif kind is datetime:
                serial = (value.replace(tzinfo=None) - _EPOCH).total_seconds() / 86400
                add(f'<c r="{letter}{r}" s="{style or DATETIME}"><v>{serial!r}</v></c>')
            elif kind is bool:
                add(f'<c r="{letter}{r}"{s} t="b"><v>{int(value)}</v></c>')
            else:  # Decimal, a str subclass, …: as text
                value = str(value)
                index = strings.setdefault(value, len(strings))
                add(f'<c r="{letter}{r}"{s} t="s"><v>{index}</v></c>')
        add("</row>")
        self._buffer.append("".join(parts))
        if len(self._buffer) >= 2000:
            self._flush()

    def _flush(self) -> None:
        if self._buffer:
            self._write("".join(self._buffer))
            self._buffer.clear()

    def close(self) -> None:
        self._flush()
        self._write(f'</sheetData><pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" '
                    f'footer="0.3"/><pageSetup paperSize="{self._paper}" orientation="landscape" fitToWidth="1" '
                    f'fitToHeight="0"/></worksheet>')
        self._stream.close()


class XlsxWriter:
    """Sheets are written one after another (each is closed when the next one starts or the book closes)."""

    def __init__(self, path, *, compresslevel: int = 1):
        # level 1: the XML compresses almost as well as at 6, in a third of the time
        self.zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel)
        self.sheets: list[Sheet] = []
        self.strings: dict[str, int] = {}

    def sheet(self, name: str, widths, *, freeze_row: int = 0, print_title_row: int = 0, paper: str = "A4") -> Sheet:
        if self.sheets:
            self.sheets[-1].close()
        sheet = Sheet(self, len(self.sheets) + 1, name, widths, freeze_row, print_title_row, paper)
        self.sheets.append(sheet)
        return sheet

    def close(self) -> None:
        if self.sheets:
            self.sheets[-1].close()
        self._parts()
        self.zip.close()

    def __enter__(self) -> "XlsxWriter":
        return self

    def __exit__(self, kind, *_):
        if kind is None:
            self.close()
        else:
            self.zip.close()

    # --- the fixed parts ------------------------------------------------------------------------------------------
    def _parts(self) -> None:
        n = len(self.sheets)
        z = self.zip
        sheet_types = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
            f'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, n + 1))
        z.writestr("[Content_Types].xml", (
            f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            f'{sheet_types}'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '</Types>'))
        z.writestr("_rels/.rels", (
            f'{_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>'))
        rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        z.writestr("xl/_rels/workbook.xml.rels", (
            f'{_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rId{i}" Type="{rel}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                      for i in range(1, n + 1))
            + f'<Relationship Id="rId{n + 1}" Type="{rel}/styles" Target="styles.xml"/>'
            + f'<Relationship Id="rId{n + 2}" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
            + '</Relationships>'))
        names = "".join(
            f'<definedName name="_xlnm.Print_Titles" localSheetId="{s.index - 1}">'
            f"{_text(_quoted(s.name))}!${s.print_title_row}:${s.print_title_row}</definedName>"
            for s in self.sheets if s.print_title_row)
        z.writestr("xl/workbook.xml", (
            f'{_HEAD}<workbook {_NS}><bookViews><workbookView activeTab="0"/></bookViews><sheets>'
            + "".join(f'<sheet name="{_text(s.name)}" sheetId="{s.index}" r:id="rId{s.index}"/>' for s in self.sheets)
            + "</sheets>" + (f"<definedNames>{names}</definedNames>" if names else "") + "</workbook>"))
        z.writestr("xl/styles.xml", _STYLES)
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as out:
            count = len(self.strings)
            out.write(f'{_HEAD}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                      f'count="{count}" uniqueCount="{count}">'.encode())
            chunk = []
            for value in self.strings:  # dicts keep insertion order = index order
                space = ' xml:space="preserve"' if value[:1].isspace() or value[-1:].isspace() else ""
                chunk.append(f"<si><t{space}>{_text(value)}</t></si>")
                if len(chunk) >= 5000:
                    out.write("".join(chunk).encode("utf-8"))
                    chunk.clear()
            out.write(("".join(chunk) + "</sst>").encode("utf-8"))


def _quoted(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


# Fonts: 0 宋体 11, 1 宋体 11 bold, 2 宋体 14 bold. Fills 0/1 are required by Excel; 2 is the header's light blue.
_STYLES = (
    f'{_HEAD}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>'
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/><numFmt numFmtId="166" formatCode="0.0%"/></numFmts>'
    '<fonts count="3"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font>'
    '<font><b/><sz val="11"/><name val="宋体"/><charset val="134"/></font>'
    '<font><b/><sz val="14"/><name val="宋体"/><charset val="134"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>'
    '</fills>'
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
    '<border><left style="thin"><color rgb="FF9BA7B4"/></left><right style="thin"><color rgb="FF9BA7B4"/></right>'
    '<top style="thin"><color rgb="FF9BA7B4"/></top><bottom style="thin"><color rgb="FF9BA7B4"/></bottom>'
    '<diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="8">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'  # PLAIN
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'  # DATE
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'  # DATETIME
    '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'  # PERCENT
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" '
    'applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>'  # HEAD
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>'  # TITLE
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'  # NOTE
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'  # BOLD
    '</cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>'
    '</styleSheet>'
)
