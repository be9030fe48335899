"""The printed 操作手册 beside the program in every installer: one PDF made from the manual's chapters and screenshots
(what `gazetteer-desk manual --out` writes). A PDF is the same on every system, so the Linux build machine makes it
for the Windows folder too."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MANUAL_NAME = "操作手册.pdf"


def add_manual(bundle: Path) -> Path:
    """Write the manual into the one-folder program ``bundle``; returns its path."""
    target = Path(bundle) / MANUAL_NAME
    subprocess.run([sys.executable, "-m", "gazetteer_desk", "manual", "--out", str(target)], cwd=ROOT, check=True,
                   capture_output=True)
    return target
