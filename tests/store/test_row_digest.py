"""The digest a row is sealed with is part of the audit format: a store's seals must check the same after any change
of how it is computed (the fast encoder for plain rows, the standard one for the rest)."""

import hashlib
import json
import random

import pytest

from gazetteer_desk.services.core.audit_rows import row_digest


def by_the_format(values) -> str:
    """The format as written down: SHA-256 of the compact JSON array (UTF-8, not ASCII-escaped), first 128 bits."""
    text = json.dumps(list(values), ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


HOSTILE = ("a1b2", "500235101", 'line\nnext\t"q" \\ 王伟 \u2028 😀 \x00\x1f\x7f', 2**70, -2**63, 1e16, 0.1, None, 7)


def test_a_row_digests_as_it_always_has():
    assert row_digest(HOSTILE) == "c4f6636803382fb97d5e9073995832f8"  # taken before the fast encoder came


@pytest.mark.parametrize("row", [
    ("id", "文本", None, 0, -1, 2**63 - 1, -2**63),
    ("id", 2**64 - 1, 2**64, -2**63 - 1),  # beyond 64 bits: the standard encoder
    ("id", 1e16, 1e-7, 0.5, float("inf")),  # floats: the standard encoder
    tuple(chr(c) for c in range(0x20)) + ("\x7f", "\u2028\u2029", "\ufeff", "𠀀"),
])
def test_every_kind_of_value_digests_by_the_format(row):
    assert row_digest(row) == by_the_format(row)
    assert row_digest(list(row)) == by_the_format(row)


def test_any_text_digests_by_the_format():
    rng = random.Random(3)
    points = [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    for _ in range(300):
        row = ("k", "".join(chr(rng.choice(points)) for _ in range(rng.randrange(40))), rng.randrange(-10**6, 10**6))
        assert row_digest(row) == by_the_format(row)


def detail_by_the_format(detail) -> str:
    return json.dumps(detail, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


@pytest.mark.parametrize("detail", [
    {"upto": 12, "rows": {"matter": {"b-2": "d2", "a-1": "d1"}, "visit": {}}},
    {"键": "值", "\uffff": 1, "\U00010000": [1, "二", None, True, False], "\ue000": {"z": [], "a": {"q": -2**63}}},
    {"big": 2**64, "nested": {"bigger": -2**70}},  # beyond 64 bits: the standard encoder
    {"x": 0.1, "y": [1e16]},  # floats: the standard encoder
    {"text": "".join(chr(c) for c in range(0x20)) + "\x7f\u2028"},
    {},
])
def test_an_audit_detail_is_written_by_the_format(detail):
    from gazetteer_desk.services.core.audit import canonical_detail

    assert canonical_detail(detail) == detail_by_the_format(detail)


def test_any_detail_of_texts_is_written_by_the_format():
    from gazetteer_desk.services.core.audit import canonical_detail

    rng = random.Random(5)
    points = [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]

    def text():
        return "".join(chr(rng.choice(points)) for _ in range(rng.randrange(1, 5)))

    for _ in range(100):
        detail = {text(): rng.choice([text(), rng.randrange(-99, 99), None, [text(), 1], {text(): text()}])
                  for _ in range(20)}
        assert canonical_detail(detail) == detail_by_the_format(detail)
