"""File formats of the monthly sync bundle and safe file writing.

No database and no Qt here: only bytes in, bytes out, and files written so that
a full or pulled USB stick never leaves half a file behind.

Every error raised by this package is a :class:`FormatError` (or a subclass)
whose ``message`` is a Simplified Chinese sentence fit to show to the desk clerk.
"""

from __future__ import annotations


class FormatError(Exception):
    """A file could not be read, checked or written. ``str(e) == e.message`` (Chinese)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class WriteError(FormatError):
    """Writing a file failed; nothing (no half file) was left behind."""


class KeyFileError(FormatError):
    """A key file or public key text is missing, malformed or of the wrong kind."""


class DecryptError(FormatError):
    """An age file could not be decrypted (wrong recipient, truncated or altered)."""


class SignatureError(FormatError):
    """A minisign signature is malformed, from an unknown key, or does not match."""


class ContainerError(FormatError):
    """The tar container inside a bundle is malformed or hostile."""


__all__ = [
    "ContainerError",
    "DecryptError",
    "FormatError",
    "KeyFileError",
    "SignatureError",
    "WriteError",
]
