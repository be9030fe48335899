"""Commands for setting up a store, its directory of villages, staff and leaders, its holidays and demo data."""

from gazetteer_desk.cli.setup import directory, holidays, setup

__all__ = ["directory", "holidays", "setup"]  # the command modules cli.main lists
