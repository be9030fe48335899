"""The one exception type the command line and the window show to a person: its message is Chinese and exact."""


class DeskError(Exception):
    """An expected failure: bad input, a refused action, a missing store. ``exit_code`` is for the command line."""

    exit_code = 2

    def __init__(self, message: str, *, exit_code: int | None = None):
        super().__init__(message)
        self.message = message
        if exit_code is not None:
            self.exit_code = exit_code

    def __str__(self) -> str:
        return self.message


class NotFound(DeskError):
    exit_code = 3


class StoreError(DeskError):
    """The store is missing, not initialised, damaged or from a newer version."""

    exit_code = 4
