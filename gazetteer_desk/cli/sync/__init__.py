"""Commands for the sync bundle and the county store."""

from gazetteer_desk.cli.sync import bundles  # noqa: F401 - the command modules cli.main lists
