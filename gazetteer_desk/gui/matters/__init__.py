"""The desk's matter screens: registration, the matter list and page, receipts, dialogs, the due banner."""
