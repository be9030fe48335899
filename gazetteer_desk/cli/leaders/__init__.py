"""Commands for leaders' work: reception days, 下访, 包案."""

from gazetteer_desk.cli.leaders import case_assignments, field_visits, reception_days

__all__ = ["case_assignments", "field_visits", "reception_days"]  # the command modules cli.main lists
