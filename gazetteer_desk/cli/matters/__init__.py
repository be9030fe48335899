"""Commands for matters: register, search, show, act, receipts, proposals."""

from gazetteer_desk.cli.matters import matters, proposals, receipts

__all__ = ["matters", "proposals", "receipts"]  # the command modules cli.main lists
