import shutil

import pytest


def require_tool(name: str) -> str:
    """Path of a stock command-line tool, or skip the interoperability test with the reason."""
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"stock `{name}` is not on PATH (Debian: apt-get install age minisign tar); interoperability with it not checked")
    return path
