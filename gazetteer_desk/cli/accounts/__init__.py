"""Commands for accounts, the audit trail, backups and restore."""

from gazetteer_desk.cli.accounts import accounts  # noqa: F401 - the command modules cli.main lists
