"""Make gazetteer_desk/resources/fonts/NotoSansCJKsc-Regular.otf, the bundled interface font, from Noto Sans CJK.

Input: ``NotoSansCJK-Regular.ttc`` of the Debian package ``fonts-noto-cjk`` (1:20220127+repack1-1). Output: its
Simplified Chinese face alone, without Hangul syllables and without the Japanese, Korean and Traditional glyph
variants (the ``locl`` feature): 9 MB instead of the collection's 19 MB, every Chinese character of the face kept.
fontTools is needed only here, not by the program:

    uv run --with fonttools==4.* python scripts/subset_interface_font.py NotoSansCJK-Regular.ttc
"""

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

TARGET = Path(__file__).resolve().parent.parent / "gazetteer_desk" / "resources" / "fonts" / "NotoSansCJKsc-Regular.otf"
SC_FACE = "Noto Sans CJK SC"
HANGUL = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7AF), (0xD7B0, 0xD7FF))
# the default shaping features, the CJK spacing and width ones, and no ``locl`` (other regions' glyph forms)
FEATURES = ["calt", "ccmp", "clig", "curs", "dnom", "frac", "kern", "liga", "mark", "mkmk", "numr", "rlig",
            "halt", "palt", "vert", "vrt2", "vhal", "vpal", "fwid", "hwid", "pwid"]


def main(collection: str) -> None:
    face = next(f for f in TTCollection(collection).fonts if f["name"].getDebugName(1) == SC_FACE)
    keep = sorted(u for u in face.getBestCmap() if not any(lo <= u <= hi for lo, hi in HANGUL))
    options = subset.Options()
    options.layout_features = FEATURES
    options.name_IDs, options.name_languages = ["*"], ["*"]
    options.notdef_outline, options.glyph_names, options.hinting = True, False, True
    options.drop_tables = ["DSIG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=keep)
    subsetter.subset(face)
    face.save(TARGET)
    print(f"{TARGET.name}: {len(keep)} characters, {TARGET.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main(sys.argv[1])
