"""The 统计 screens: figures, charts and the ledger import wizard."""
