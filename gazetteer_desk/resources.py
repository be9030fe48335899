"""The one place that resolves paths of bundled resources (fonts, templates…).

Works from the source tree (``<repo>/resources``) and from a PyInstaller one-folder bundle, where the data files are
collected under ``sys._MEIPASS/resources``.
"""

from __future__ import annotations

import sys
from pathlib import Path

FONT_FILE = "LXGWWenKai-Regular.ttf"  # the default of font_path(); printed papers name their fonts


def resources_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Absolute path of a bundled resource, e.g. ``resource_path("fonts", "OFL.txt")``."""
    return resources_root().joinpath(*parts)


def font_path(file: str = FONT_FILE) -> Path:
    """A bundled TrueType font, by file name (see resources/fonts/README.md); LXGW WenKai by default."""
    return resource_path("fonts", file)
