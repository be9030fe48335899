"""Commands for matters: register, search, show, act, receipts, proposals."""

from gazetteer_desk.cli.matters import matters, proposals, query, receipts

__all__ = ["matters", "proposals", "query", "receipts"]  # the command modules cli.main lists
