"""A receipt or notice for a complaint as long as the desk accepts flows onto further pages; it never fails."""

import re

import pytest

from gazetteer_desk.documents.kinds import DocumentKind
from gazetteer_desk.documents.model import Paper
from gazetteer_desk.domain.text import MAX_LONG
from gazetteer_desk.services.matters import receipts
from tests.accounts.helpers import register


@pytest.mark.parametrize("paper", list(Paper))
def test_receipt_for_the_longest_complaint(store, paper):
    number = register(store, request="村道损坏，请求修复。" * (MAX_LONG // 10))
    document = receipts.render(store, number, DocumentKind.RECEIPT, paper)
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", document.pdf))
    assert document.pdf.startswith(b"%PDF") and pages >= (1 if paper is Paper.THERMAL_80 else 2)
