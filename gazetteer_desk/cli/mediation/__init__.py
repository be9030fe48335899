"""Commands for 人民调解."""

from gazetteer_desk.cli.mediation import mediation  # noqa: F401 - the command modules cli.main lists
