"""Build the Song (宋体) fonts of the printed papers from Noto Serif CJK SC: subset, TrueType outlines, renamed.

reportlab embeds only TrueType (``glyf``) fonts, and Noto Serif CJK ships CFF outlines in a 26 MB collection. This
script takes the Simplified Chinese face of the Regular and Bold collections, keeps the characters the papers need,
converts the cubic CFF outlines to quadratic TrueType ones (fontTools' cu2qu) and renames the result, because the
font is modified and "Noto" is a trademark (OFL 1.1, condition 3 and the FAQ on derivatives). The output is
committed under gazetteer_desk/resources/fonts/; run this again only to change the character sets.

- DeskSerifSC-Regular.ttf (body): every character of GBK in the font (21 885: the usual name characters such as
  堃 昇 喆 print in Song). Rarer ones (Extension A such as 䶮, beyond the basic plane such as 𠮷) are drawn per
  character in the bundled LXGW WenKai, which covers them; the whole Noto face would add 6 MB for them.
- DeskSerifSC-Bold.ttf (titles): GB 2312 (7 540 characters); a title character beyond it falls back per character
  to the Regular (see gazetteer_desk/documents/fonts.py).

Input: Debian's fonts-noto-cjk (``apt-get install fonts-noto-cjk``), version 2.001 of Noto Serif CJK.
Usage:  uv run --no-project --with fonttools==4.68.0 python scripts/build_print_fonts.py [NOTO_DIR]
The output is the same byte for byte on every run (the source's timestamps are kept).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, TTFont, newTable

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "gazetteer_desk" / "resources" / "fonts"
NOTO_DIR = Path("/usr/share/fonts/opentype/noto")
FAMILY = "Desk Serif SC"
SOURCE_FACE = "Noto Serif CJK SC"
MAX_ERR = 1.0  # font units (of 1000 per em) a quadratic curve may deviate from the cubic one: invisible in print


def _encodable(codec: str) -> set[int]:
    chars = set()
    for cp in range(0x20, 0x10000):
        if 0xD800 <= cp < 0xF900:  # surrogates and the private use area (GBK maps its user area there)
            continue
        try:
            chr(cp).encode(codec)
        except UnicodeEncodeError:
            continue
        chars.add(cp)
    return chars


def body_chars(cmap: dict[int, str]) -> set[int]:
    return _encodable("gbk") & set(cmap)


def title_chars(cmap: dict[int, str]) -> set[int]:
    return _encodable("gb2312") & set(cmap)


def sc_face(collection: Path) -> TTFont:
    for font in TTCollection(collection).fonts:
        if font["name"].getDebugName(1) == SOURCE_FACE:
            return font
    raise SystemExit(f"{collection}: no {SOURCE_FACE} face")


def subset(font: TTFont, chars: set[int]) -> None:
    options = Options()
    options.layout_features = []  # reportlab does no shaping: no vertical forms or ligatures
    options.drop_tables += ["GSUB", "GPOS", "BASE", "VORG", "vhea", "vmtx", "DSIG"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    options.notdef_outline = True
    options.hinting = False
    sub = Subsetter(options)
    sub.populate(unicodes=chars)
    sub.subset(font)


def to_truetype(font: TTFont) -> None:
    """Replace the CFF table by glyf/loca with quadratic outlines (the approach of fontTools' otf2ttf snippet)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 2.0  # keep glyph names out of the way of reportlab's parser but valid
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font: TTFont, style: str) -> None:
    name = font["name"]
    ps_name = f"{FAMILY.replace(' ', '')}-{style}"
    version = name.getDebugName(5)
    for rec in list(name.names):
        if rec.nameID in (1, 3, 4, 6, 16, 17):
            name.removeNames(nameID=rec.nameID)
    for name_id, value in ((1, FAMILY), (2, style), (3, f"{version.split(';')[0]};{ps_name}"),
                           (4, f"{FAMILY} {style}"), (6, ps_name)):
        name.setName(value, name_id, 3, 1, 0x409)
        name.setName(value, name_id, 1, 0, 0)


def build(collection: Path, style: str, pick) -> Path:
    font = sc_face(collection)
    chars = pick(font.getBestCmap())
    subset(font, chars)
    to_truetype(font)
    rename(font, style)
    font.recalcTimestamp = False  # keep head.modified of the source: a rebuild gives the same bytes
    out = OUT / f"{FAMILY.replace(' ', '')}-{style}.ttf"
    font.save(out)
    print(f"{out.name}: {len(chars)} characters, {out.stat().st_size / 1e6:.1f} MB")
    return out


def main() -> None:
    noto = Path(sys.argv[1]) if len(sys.argv) > 1 else NOTO_DIR
    build(noto / "NotoSerifCJK-Regular.ttc", "Regular", body_chars)
    build(noto / "NotoSerifCJK-Bold.ttc", "Bold", title_chars)


if __name__ == "__main__":
    main()
