"""The layer table of docs/architecture.md, read from the code's own imports: a new import that climbs a layer fails.

Every import statement counts, including those inside functions (lazy imports are still dependencies)."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "gazetteer_desk"
QT = ("PySide6", "shiboken6")
SQL = ("sqlalchemy", "sqlmodel", "alembic", "sqlite3")

# layer -> prefixes of modules it must never import (ours as gazetteer_desk.<layer>, or third-party)
NEVER = {
    "domain": ("gazetteer_desk.store", "gazetteer_desk.services", "gazetteer_desk.documents", "gazetteer_desk.formats",
               "gazetteer_desk.gui", "gazetteer_desk.cli", *QT, *SQL),
    "store": ("gazetteer_desk.services", "gazetteer_desk.documents", "gazetteer_desk.formats", "gazetteer_desk.gui",
              "gazetteer_desk.cli", *QT),
    "documents": ("gazetteer_desk.store", "gazetteer_desk.services", "gazetteer_desk.gui", "gazetteer_desk.cli", *QT,
                  *SQL),
    "formats": ("gazetteer_desk.store", "gazetteer_desk.services", "gazetteer_desk.documents", "gazetteer_desk.gui",
                "gazetteer_desk.cli", *QT, *SQL),
    "services": ("gazetteer_desk.gui", "gazetteer_desk.cli", *QT),
    "cli": ("gazetteer_desk.gui", *QT),
    "gui": ("gazetteer_desk.cli", *SQL),
}

# the one door from the command line into the window: `gazetteer-desk` without a command starts it
ALLOWED = {("gazetteer_desk/cli/main.py", "gazetteer_desk.gui.app"),
           ("gazetteer_desk/cli/main.py", "gazetteer_desk.gui.app.run_gui")}


def imports(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def violations(layer: str) -> list[str]:
    banned = NEVER[layer]
    bad = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        if "forms" in path.relative_to(PACKAGE).parts:
            continue  # generated from ui/*.ui
        for line, name in imports(path):
            where = str(path.relative_to(PACKAGE.parent))
            if (where, name) not in ALLOWED and any(name == b or name.startswith(b + ".") for b in banned):
                bad.append(f"{where}:{line} imports {name}")
    return bad


@pytest.mark.parametrize("layer", sorted(NEVER))
def test_no_layer_imports_what_the_table_forbids(layer):
    assert violations(layer) == []


def test_the_check_sees_a_violation(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from gazetteer_desk.gui.app import run_gui\n", encoding="utf-8")
    assert (2, "gazetteer_desk.gui.app") in imports(sample)


def test_the_feature_packages_match_across_layers():
    """A feature's service, view and command are found under one name."""
    features = {p.name for p in (PACKAGE / "services").iterdir() if (p / "__init__.py").exists()} - {"core"}
    for layer in ("gui", "cli"):
        there = {p.name for p in (PACKAGE / layer).iterdir() if (p / "__init__.py").exists()} - {"forms"}
        assert there <= features, f"{layer}/ has packages no service feature has: {there - features}"
    tests = Path(__file__).resolve().parents[1]
    assert features <= {p.name for p in tests.iterdir() if p.is_dir()}
