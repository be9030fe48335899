"""Commands for setting up a store, its holidays and demo data."""

from gazetteer_desk.cli.setup import holidays, setup

__all__ = ["holidays", "setup"]  # the command modules cli.main lists
