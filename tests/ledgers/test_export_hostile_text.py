"""Whatever text the store holds (typed before the checks existed, or written by hand), the 台账 is written, and no
cell of it is a formula."""

import sqlite3
from datetime import date, datetime, time

from openpyxl import load_workbook

from gazetteer_desk.services.core.scope import Scope
from gazetteer_desk.services.ledgers import ledger_export
from gazetteer_desk.services.matters.registration import RegistrationInput, register


def test_formula_like_and_control_character_text_is_written_as_plain_text(store, tmp_path):
    number = register(store, RegistrationInput(
        name="王伟", request="=HYPERLINK(\"http://x\",\"点我\")", subject="@SUM(A1:A9)", village="青龙村",
        category="城乡建设", received_at=datetime.combine(date(2025, 3, 3), time(10)).astimezone())).number
    with sqlite3.connect(store.path) as connection:  # stored before today's input checks
        connection.execute("UPDATE petitioner SET name = '王\x07伟' WHERE name = '王伟'")
        connection.execute("UPDATE matter SET facts = '+1-2' WHERE number = ?", (number,))
    path = tmp_path / "台账.xlsx"
    ledger_export.export_ledgers(store, Scope.period("2025", as_of=date(2025, 12, 31)), path)
    cells = [c for ws in load_workbook(path).worksheets for row in ws.iter_rows() for c in row if c.value]
    assert not [c for c in cells if c.data_type == "f"]
    texts = {c.value for c in cells}
    assert "=HYPERLINK(\"http://x\",\"点我\")" in texts and "王\\u0007伟" in texts
    assert all(c.quotePrefix for c in cells if isinstance(c.value, str) and c.value[:1] in "=+-@")
