"""The desk's log file, ``<home>/logs/desk.log``: where an error nobody caught is written down instead of lost.

A frozen windowed build has no console, so a traceback printed to stderr goes nowhere. ``open_log(home)`` attaches a
rotating file to the ``gazetteer_desk`` logger; ``install_excepthooks(log, on_error)`` routes uncaught exceptions of
the main thread and of other threads to it and then calls ``on_error`` (the window shows a message there). No Qt here:
the command line may use it as it is.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path

LOGGER = "gazetteer_desk"
LOG_FILE = "desk.log"
MAX_BYTES = 1_000_000  # about a year of ordinary warnings; five old files kept beside it
BACKUPS = 5


def log_path(home: Path) -> Path:
    return home / "logs" / LOG_FILE


def open_log(home: Path) -> logging.Logger:
    """The desk's logger writing to ``<home>/logs/desk.log`` (once per file, however often it is called)."""
    path = log_path(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    logger = logging.getLogger(LOGGER)
    logger.setLevel(logging.INFO)
    if not any(getattr(h, "baseFilename", None) == str(path) for h in logger.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8", delay=True)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s [%(threadName)s] %(message)s"))
        logger.addHandler(handler)
    return logger


def close_log(home: Path) -> None:
    logger = logging.getLogger(LOGGER)
    for handler in [h for h in logger.handlers if getattr(h, "baseFilename", None) == str(log_path(home))]:
        logger.removeHandler(handler)
        handler.close()


class ExceptHooks:
    """``sys.excepthook`` and ``threading.excepthook`` writing to ``logger``; ``uninstall()`` puts the old ones back."""

    def __init__(self, logger: logging.Logger, on_error: Callable[[BaseException], None] | None = None):
        self.logger, self.on_error = logger, on_error
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> ExceptHooks:
        sys.excepthook = self._main_thread
        threading.excepthook = self._other_thread
        return self

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def _main_thread(self, kind, error, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous[0](kind, error, trace)
            return
        self._record("未处理的异常", (kind, error, trace), error)

    def _other_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        self._record(f"线程 {name} 中未处理的异常", (args.exc_type, args.exc_value, args.exc_traceback),
                     args.exc_value)

    def _record(self, what: str, exc_info, error) -> None:
        self.logger.error(what, exc_info=exc_info)
        if sys.stderr is not None:  # a console (source runs, the command line): say it there too
            try:
                traceback.print_exception(*exc_info, file=sys.stderr)
            except (OSError, ValueError):
                pass
        if self.on_error is not None:
            self.on_error(error)


def install_excepthooks(logger: logging.Logger,
                        on_error: Callable[[BaseException], None] | None = None) -> ExceptHooks:
    return ExceptHooks(logger, on_error).install()
