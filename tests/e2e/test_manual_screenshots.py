"""The manual PDF builds from fresh screenshots: the screenshot script drives the real program through its entry
point on a township with demo data for a few of the manual's screens, and the PDF is built with those pictures."""

import importlib.util
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from gazetteer_desk.services.help import manual, manual_pdf

ROOT = Path(__file__).resolve().parents[2]
SHOTS = {"registration", "receipt_dialog", "matter_list"}  # a few, to stay quick on a small machine


def load_script():
    spec = importlib.util.spec_from_file_location("manual_screenshots", ROOT / "scripts" / "manual_screenshots.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_manual_pdf_builds_from_fresh_screenshots(qtbot, tmp_path):
    shots = tmp_path / "shots"
    taken = load_script().take(shots, SHOTS, matters=40, work=tmp_path)
    assert sorted(taken) == sorted(SHOTS)
    for name in SHOTS:
        with Image.open(shots / f"{name}.png") as image:
            assert image.size == (1366, 768)
            assert len(image.getcolors(256) or ()) > 16  # a real screen, not a blank grab

    pdf, pages, images, fresh = manual_pdf.render(images=shots)
    out = tmp_path / "操作手册.pdf"
    out.write_bytes(pdf)
    named = manual.image_names(manual.chapters())
    assert fresh == sum(Path(name).stem in SHOTS for name in named) >= len(SHOTS)
    reader = PdfReader(out)
    assert len(reader.pages) == pages > 20
    assert sum(len(page.images) for page in reader.pages) == images == len(named)
    assert "登记来访" in "".join(page.extract_text() for page in reader.pages[3:12])
