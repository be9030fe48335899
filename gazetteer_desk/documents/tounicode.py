"""ToUnicode CMaps that give characters beyond the basic plane back as themselves.

reportlab (up to 5.1 at least) writes each destination of a TrueType subset's ToUnicode CMap as ``<%04X>`` of the
code point. For 𠮷 (U+20BB7) that is ``<20BB7>``: five hex digits where PDF wants UTF-16BE, so readers copy and
search it as U+20BB followed by garbage. This writes the destination in UTF-16BE (a surrogate pair,
``<D842DFB7>``), as the PDF reference asks (ISO 32000-1 §9.10.3); the rest is what reportlab writes, in blocks
of at most 100 entries as the reference allows. It replaces ``reportlab.pdfbase.ttfonts.makeToUnicodeCMap``, the
one function TTFont.addObjects calls to build the CMap.
"""

from __future__ import annotations

from reportlab.pdfbase import ttfonts

_CHUNK = 100  # the PDF reference allows at most 100 entries per beginbfchar block


def utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be").hex().upper()


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    entries = [f"<{i:02X}> <{utf16_hex(code)}>" for i, code in enumerate(subset)]
    blocks: list[str] = []
    for start in range(0, len(entries), _CHUNK):
        chunk = entries[start:start + _CHUNK]
        blocks += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        *blocks,
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ])


def install() -> None:
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
