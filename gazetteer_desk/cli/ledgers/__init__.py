"""Commands for statistics and the 台账."""

from gazetteer_desk.cli.ledgers import stats

__all__ = ["stats"]  # the command modules cli.main lists
