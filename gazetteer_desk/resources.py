"""The one place that knows where run-time resources live: the source tree, or a PyInstaller one-folder bundle."""

import sys
from pathlib import Path


def resources_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


def font_path() -> Path:
    """LXGW WenKai (SIL OFL 1.1): TrueType outlines, so reportlab can embed it; used by the window too."""
    return resource_path("fonts", "LXGWWenKai-Regular.ttf")
