"""Commands for accounts, the audit trail, backups and restore."""

from gazetteer_desk.cli.accounts import accounts

__all__ = ["accounts"]  # the command modules cli.main lists
