"""Commands for matters: register, search, show, act, receipts, proposals."""

from gazetteer_desk.cli.matters import matters, proposals, receipts  # noqa: F401 - the command modules cli.main lists
