"""Commands for the sync bundle and the county store."""

from gazetteer_desk.cli.sync import bundles

__all__ = ["bundles"]  # the command modules cli.main lists
