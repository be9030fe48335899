"""Normalisation shared by the code validators: clerks type on Chinese IMEs, which produce full-width characters."""

import unicodedata


def clean_code(raw: object) -> str:
    """Full-width digits/letters -> ASCII (NFKC), all whitespace removed, letters upper-cased."""
    text = unicodedata.normalize("NFKC", "" if raw is None else str(raw))
    return "".join(text.split()).upper()
