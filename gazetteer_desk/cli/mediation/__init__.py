"""Commands for 人民调解."""

from gazetteer_desk.cli.mediation import mediation

__all__ = ["mediation"]  # the command modules cli.main lists
