"""查询码 printed on the receipt: lets a petitioner check progress without exposing the matter to guessing.

HMAC-SHA256 of the matter number with the township's secret, written in 8 characters of a 32-letter alphabet
that avoids 0/O and 1/I (read aloud over the phone and typed from paper).
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
CODE_LENGTH = 8


def _require_secret(secret: str) -> bytes:
    if not secret:
        raise ValueError("未设置查询码密钥")
    return secret.encode("utf-8")


def query_code(matter_number: str, secret: str) -> str:
    number = matter_number.strip()
    if not number:
        raise ValueError("信访件编号为空")
    digest = hmac.new(_require_secret(secret), number.encode("utf-8"), hashlib.sha256).digest()
    bits = int.from_bytes(digest[:5], "big")  # 40 bits = 8 x 5 bits
    return "".join(ALPHABET[(bits >> (5 * i)) & 31] for i in reversed(range(CODE_LENGTH)))


def format_query_code(code: str) -> str:
    """``ABCD-EFGH`` for printing."""
    return f"{code[:4]}-{code[4:]}"


def normalise_query_code(code: str) -> str:
    text = unicodedata.normalize("NFKC", code or "").upper()
    return "".join(c for c in text if c not in " -_\t")


def verify_query_code(matter_number: str, code: str, secret: str) -> bool:
    """Case-insensitive; spaces and hyphens are ignored."""
    if not matter_number or not matter_number.strip():
        return False
    expected = query_code(matter_number, secret)
    return hmac.compare_digest(normalise_query_code(code).encode("utf-8"), expected.encode("utf-8"))
