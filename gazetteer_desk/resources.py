"""The one place that resolves paths of the files the program reads at run time (fonts, style sheets, icons).

They live in the package (``gazetteer_desk/resources/``) and are found with :mod:`importlib.resources`, so the same
code serves the source tree, an installed wheel and a PyInstaller one-folder bundle (whose importer answers for the
data files collected under ``gazetteer_desk/resources``).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from gazetteer_desk.domain.division_table import DivisionTable

FONT_FILE = "LXGWWenKai-Regular.ttf"  # the default of font_path(); printed papers name their fonts


def resources_root() -> Path:
    root = resources.files(__package__) / "resources"
    # Qt and reportlab open files by name, so the package must be installed unpacked (as pip, uv and PyInstaller do).
    if not isinstance(root, Path):
        raise RuntimeError(f"资源文件不在文件系统中：{root}")
    return root


def resource_path(*parts: str) -> Path:
    """Absolute path of a bundled resource, e.g. ``resource_path("fonts", "OFL.txt")``."""
    return resources_root().joinpath(*parts)


def font_path(file: str = FONT_FILE) -> Path:
    """A bundled TrueType font, by file name (see resources/fonts/README.md); LXGW WenKai by default."""
    return resource_path("fonts", file)


@cache
def division_table() -> DivisionTable:
    """The GB/T 2260 address codes with their years (resources/divisions/README.md), read once per process."""
    return DivisionTable.parse(resource_path("divisions", "gbt2260.tsv").read_text(encoding="utf-8"))
