"""Commands for leaders' work: reception days, 下访, 包案."""

from gazetteer_desk.cli.leaders import case_assignments, field_visits, reception_days  # noqa: F401 - the command modules cli.main lists
