"""The licence texts a one-folder build must carry: the program's own (GPL-3.0-or-later), and those of every Python
distribution it bundles, as their wheels ship them (``*.dist-info/licenses`` or ``LICENSE*``/``COPYING*`` files).

The spec collects them under ``licenses/<distribution>/`` beside the program; the fonts' OFL travels with the fonts
inside ``gazetteer_desk/resources/fonts/``.
"""

from __future__ import annotations

import re
import sysconfig
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement

_LICENCE_NAME = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.I)


def runtime_distributions(pyproject: Path) -> list[metadata.Distribution]:
    """The project's run-time dependencies and theirs, as installed in the building interpreter."""
    roots = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
    environment = {**default_environment(), "extra": ""}
    found: dict[str, metadata.Distribution] = {}
    pending = [Requirement(r) for r in roots]
    while pending:
        requirement = pending.pop()
        if requirement.marker is not None and not requirement.marker.evaluate(environment):
            continue
        key = re.sub(r"[-_.]+", "-", requirement.name).lower()
        if key in found:
            continue
        found[key] = dist = metadata.distribution(requirement.name)
        pending.extend(Requirement(r) for r in dist.requires or [])
    return [found[k] for k in sorted(found)]


def licence_files(dist: metadata.Distribution) -> list[tuple[Path, str]]:
    """(file, sub-folder) of each licence text in the distribution's metadata, keeping its layout (pypdfium2 ships
    several files of one name in different folders)."""
    files = []
    for entry in dist.files or []:
        parts = entry.parts
        if not parts[0].endswith(".dist-info"):
            continue
        if len(parts) > 2 and parts[1] in ("licenses", "license_files"):
            files.append((Path(dist.locate_file(entry)), "/".join(parts[2:-1])))
        elif len(parts) == 2 and _LICENCE_NAME.match(parts[1]):
            files.append((Path(dist.locate_file(entry)), ""))
    return files


# The licence the desk uses them under, kept in packaging/licenses/: Qt for Python's Linux wheels carry no licence
# text, and its Windows wheels only the commercial one (LicenseRef-Qt-Commercial.txt).
_USED_UNDER = {"PySide6_Essentials": "LGPL-3.0.txt", "shiboken6": "LGPL-3.0.txt"}


def datas(root: Path) -> list[tuple[str, str]]:
    """(file, folder) pairs for PyInstaller: the program's LICENSE at the top, each dependency's under licenses/."""
    pairs = [(str(root / "LICENSE"), ".")]
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if not python_licence.is_file():  # Windows keeps it beside python.exe
        python_licence = Path(sysconfig.get_config_var("installed_base") or "") / "LICENSE.txt"
    if python_licence.is_file():
        pairs.append((str(python_licence), "licenses/Python"))
    for dist in runtime_distributions(root / "pyproject.toml"):
        name = dist.metadata["Name"]
        found = [(path, sub) for path, sub in licence_files(dist) if path.is_file()]
        if name in _USED_UNDER:
            found.append((root / "packaging" / "licenses" / _USED_UNDER[name], ""))
        if not found:
            raise SystemExit(f"no licence text for the bundled distribution {name}")
        pairs += [(str(path), f"licenses/{name}/{sub}".rstrip("/")) for path, sub in found]
    return pairs
