"""Commands for setting up a store, its holidays and demo data."""

from gazetteer_desk.cli.setup import holidays, setup  # noqa: F401 - the command modules cli.main lists
