"""A receipt: one in a warm process (goal ≤ 20 ms), and the whole command a clerk's script runs —
``gazetteer-desk --home H receipt N --out r.pdf``, a fresh process that opens the store, draws the paper, writes its
送达记录 and the audit entry — beside reportlab alone drawing the same paper in a fresh process (goal: the command
≤ 0.6 s).

The baseline is what a person would write with reportlab for that paper: the same page size, the same fonts (the
body and title fonts, and the fallback font where the paper needs it), the same text as paragraphs, the same QR
code; no database, no checks. Both sides are whole processes timed by ``/usr/bin/time``, run in turn (ours, stock,
ours, stock …) the same number of times; the medians of wall and CPU seconds are printed with the median of the
paired ratios.

    .venv/bin/python bench/bench_receipt.py [--runs 5]
"""

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_bundle import DESK, compare  # noqa: E402

from gazetteer_desk.documents import fonts  # noqa: E402
from gazetteer_desk.documents.kinds import DocumentKind  # noqa: E402
from gazetteer_desk.documents.layout import qr_payload  # noqa: E402
from gazetteer_desk.resources import font_path  # noqa: E402
from gazetteer_desk.services.matters import receipts  # noqa: E402
from gazetteer_desk.services.matters.registration import RegistrationInput, register  # noqa: E402
from gazetteer_desk.services.setup import setup  # noqa: E402

# reportlab alone: argv[1] the paper's description (JSON), argv[2] the PDF to write
STOCK = r"""
import json, sys
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
from reportlab.graphics.barcode import qrencoder

paper = json.load(open(sys.argv[1], encoding="utf-8"))
faces = {}
for name, path in paper["fonts"].items():
    font = TTFont(name, path)
    pdfmetrics.registerFont(font)
    faces[name] = font.face.charToGlyph
body, title, fallback = paper["body"], paper["title"], paper.get("fallback")

def markup(text, font):
    out = []
    for ch in text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"):
        if fallback and ord(ch[0]) not in faces[font] and ord(ch[0]) in faces[fallback]:
            out.append(f'<font name="{fallback}">{ch}</font>')
        else:
            out.append(ch)
    return "".join(out)

styles = [ParagraphStyle("title", fontName=title, fontSize=18, leading=26, alignment=1),
          ParagraphStyle("body", fontName=body, fontSize=11, leading=17)]
story = [Paragraph(markup(line, title if n == 0 else body), styles[n > 0])
         for n, line in enumerate(paper["lines"]) if line.strip()]

def qr(canvas, _doc):
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(paper["qr"])
    code.make()
    n, size = code.getModuleCount(), 1.2
    for r in range(n):
        for c in range(n):
            if code.isDark(r, c):
                canvas.rect(40 + c * size, 40 + (n - r) * size, size, size, stroke=0, fill=1)

SimpleDocTemplate(sys.argv[2], pagesize=tuple(paper["size"])).build(story, onFirstPage=qr, onLaterPages=qr)
"""


def paper_of(pdf: Path, document: receipts.Document) -> dict:
    """What the stock script needs to draw the same paper: page size, text lines, fonts, QR payload."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    lines = []
    for page in doc:
        lines += page.get_textpage().get_text_range().splitlines()
    size = doc[0].get_size()
    data = pdf.read_bytes()
    used = {name: str(font_path(fonts.FONT_FILES[name])) for name in fonts.FONT_FILES if name.encode() in data}
    return {"size": list(size), "lines": lines, "fonts": used, "body": fonts.SONG, "title": fonts.SONG_BOLD,
            "fallback": fonts.FALLBACK if fonts.FALLBACK in used else None,
            "qr": qr_payload(document.number, document.notice.query_code)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="gd-bench-"))
    try:
        run(root, args.runs)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run(root: Path, runs_each: int) -> None:
    home = root / "home"
    store = setup.init_township(home, setup.TownshipSetup("500235101", "双江镇", address="镇政府一楼", phone="023-55123456"))
    number = register(store, RegistrationInput(name="王䶮堃", request="宅基地纠纷", id_number="11010519491231002X")).number
    document = receipts.render(store, number, DocumentKind.RECEIPT)
    runs = 50
    started = time.perf_counter()
    for _ in range(runs):
        receipts.render(store, number, DocumentKind.RECEIPT)
    warm = (time.perf_counter() - started) / runs
    store.close()
    print(f"receipt, warm process: {warm * 1000:.1f} ms (goal 20 ms, ratio {warm / 0.020:.2f})")

    ours_pdf, stock_pdf, spec, script = root / "ours.pdf", root / "stock.pdf", root / "paper.json", root / "stock.py"
    command = [*DESK, "--home", str(home), "receipt", number, "--out", str(ours_pdf)]
    subprocess.run(command, check=True, capture_output=True)
    spec.write_text(json.dumps(paper_of(ours_pdf, document), ensure_ascii=False), "utf-8")
    script.write_text(STOCK, "utf-8")
    print(f"the paper: {len(json.loads(spec.read_text('utf-8'))['lines'])} lines, fonts "
          f"{', '.join(json.loads(spec.read_text('utf-8'))['fonts'])}")
    compare("receipt, whole command in a fresh process vs. reportlab alone drawing the same paper", runs_each,
            lambda: command, lambda: [sys.executable, str(script), str(spec), str(stock_pdf)], "command ≤ 0.6 s")


if __name__ == "__main__":
    main()
