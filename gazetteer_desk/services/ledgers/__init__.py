"""台账 and statistics: the figures, the ledger workbook export and import, the annual report."""
