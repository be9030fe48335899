"""Commands for statistics and the 台账."""

from gazetteer_desk.cli.ledgers import stats  # noqa: F401 - the command modules cli.main lists
