"""Regenerate docs/documents/*.png (and the PDFs they come from, in a temp dir) from the sample data.

Usage: .venv/bin/python scripts/render_document_samples.py [--pdf]   (needs pdftoppm from poppler-utils)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gazetteer_desk.documents import DocumentKind, Paper, render_mediation_agreement, render_notice  # noqa: E402
from gazetteer_desk.documents.kinds import NOTICE_KINDS  # noqa: E402
from gazetteer_desk.documents.samples import sample_mediation, sample_notice  # noqa: E402

OUT = ROOT / "docs" / "documents"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    jobs: list[tuple[str, bytes]] = []
    for kind in NOTICE_KINDS:
        jobs.append((f"{kind.value}-a4", render_notice(sample_notice(kind), Paper.A4)))
    jobs.append(("receipt-a5", render_notice(sample_notice(DocumentKind.RECEIPT), Paper.A5)))
    jobs.append(("receipt-thermal80", render_notice(sample_notice(DocumentKind.RECEIPT), Paper.THERMAL_80)))
    jobs.append(("mediation-a4", render_mediation_agreement(sample_mediation(), Paper.A4)))
    keep_pdf = "--pdf" in sys.argv
    with tempfile.TemporaryDirectory() as tmp:
        for stem, pdf in jobs:
            src = (OUT if keep_pdf else Path(tmp)) / f"{stem}.pdf"
            src.write_bytes(pdf)
            for old in OUT.glob(f"{stem}*.png"):
                old.unlink()
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(src), str(OUT / stem)], check=True)
            print(stem, len(pdf), "bytes ->", ", ".join(p.name for p in sorted(OUT.glob(f"{stem}*.png"))))


if __name__ == "__main__":
    main()
