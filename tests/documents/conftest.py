from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

# A full ID number that exists only in the test: the data classes carry masked numbers alone, and the paper must never
# show this one.
FULL_ID = "50023519680409123X"
FULL_PHONE = "13812345678"
RARE = "堃䶮燊赟"


def pdf_text(pdf: bytes) -> str:
    """All page text with whitespace removed (extraction inserts line breaks at wrap points)."""
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in reader.pages))


def pdf_pages(pdf: bytes):
    return PdfReader(io.BytesIO(pdf)).pages


def _poppler(tool: str, pdf: bytes, *args: str) -> str:
    exe = shutil.which(tool)
    if not exe:
        pytest.skip(f"{tool} (poppler-utils) not installed")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(pdf)
        return subprocess.run([exe, str(path), *args], check=True, capture_output=True, text=True).stdout


def pdffonts(pdf: bytes) -> str:
    return _poppler("pdffonts", pdf)


def pdftotext(pdf: bytes) -> str:
    """The text a reader copies or searches, as poppler extracts it (UTF-8), whitespace removed."""
    return re.sub(r"\s+", "", _poppler("pdftotext", pdf, "-enc", "UTF-8", "-"))
