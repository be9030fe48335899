"""Draw the application icon: a seal-red square with 访 in the bundled font (LXGW WenKai), white like a seal's cut.

Writes gazetteer_desk/resources/icons/gazetteer-desk.svg (the glyph as a path, so no font is needed to show it), a 256 px PNG for
the Linux desktop entry and a multi-size .ico for the Windows installer and executable. Run it again only when the
design changes; the outputs are committed.

    .venv/bin/python scripts/make_icons.py
"""

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter, QPainterPath  # noqa: E402

from gazetteer_desk.resources import font_path, resource_path  # noqa: E402

SIZE = 256
RED = "#b22222"  # 印泥红: a seal's vermilion, dark enough for white to stand out
CHAR = "访"


def glyph_path(family: str) -> QPainterPath:
    """The character as an outline, scaled and centred in the square with a margin."""
    font = QFont(family)
    font.setPixelSize(200)
    path = QPainterPath()
    path.addText(QPointF(0, 0), font, CHAR)
    box = path.boundingRect()
    target = SIZE * 0.62
    scale = target / max(box.width(), box.height())
    from PySide6.QtGui import QTransform

    transform = QTransform()
    transform.translate(SIZE / 2, SIZE / 2)
    transform.scale(scale, scale)
    transform.translate(-box.center().x(), -box.center().y())
    return transform.map(path)


def svg_path_data(path: QPainterPath) -> str:
    parts = []
    i = 0
    while i < path.elementCount():
        e = path.elementAt(i)
        if e.type == QPainterPath.ElementType.MoveToElement:
            parts.append(f"M{e.x:.2f} {e.y:.2f}")
            i += 1
        elif e.type == QPainterPath.ElementType.LineToElement:
            parts.append(f"L{e.x:.2f} {e.y:.2f}")
            i += 1
        else:  # CurveToElement followed by two CurveToDataElements
            c2, end = path.elementAt(i + 1), path.elementAt(i + 2)
            parts.append(f"C{e.x:.2f} {e.y:.2f} {c2.x:.2f} {c2.y:.2f} {end.x:.2f} {end.y:.2f}")
            i += 3
    return "".join(parts) + "Z"


def draw(size: int, glyph: QPainterPath) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / SIZE, size / SIZE)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(RED))
    painter.drawRoundedRect(QRectF(8, 8, SIZE - 16, SIZE - 16), 28, 28)
    painter.setBrush(QColor("white"))
    painter.drawPath(glyph)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(images: list[QImage]) -> bytes:
    """A Windows .ico holding PNG-compressed images (allowed since Vista): small, and sharp at every shell size."""
    payloads = [png_bytes(image) for image in images]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for image, payload in zip(images, payloads, strict=False):
        side = image.width() % 256  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(payload), offset)
        offset += len(payload)
    return header + entries + b"".join(payloads)


def main() -> None:
    app = QGuiApplication([])  # noqa: F841  (fonts need the application)
    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(font_path())))[0]
    glyph = glyph_path(family)
    glyph.setFillRule(Qt.FillRule.WindingFill)
    out = resource_path("icons")
    out.mkdir(parents=True, exist_ok=True)
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{SIZE}" viewBox="0 0 {SIZE} {SIZE}">\n'
           f'  <title>信访接待台</title>\n'
           f'  <rect x="8" y="8" width="{SIZE - 16}" height="{SIZE - 16}" rx="28" fill="{RED}"/>\n'
           f'  <path fill="#fff" fill-rule="nonzero" d="{svg_path_data(glyph)}"/>\n</svg>\n')
    (out / "gazetteer-desk.svg").write_text(svg, encoding="utf-8")
    draw(SIZE, glyph).save(str(out / "gazetteer-desk.png"))
    (out / "gazetteer-desk.ico").write_bytes(ico([draw(size, glyph) for size in (16, 24, 32, 48, 64, 128, 256)]))
    print("wrote", ", ".join(p.name for p in sorted(out.iterdir())))


if __name__ == "__main__":
    main()
