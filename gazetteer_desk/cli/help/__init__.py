"""The manual on the command line: ``manual --out FILE.pdf``."""

from gazetteer_desk.cli.help import manual

__all__ = ["manual"]  # the command modules cli.main lists
