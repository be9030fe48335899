"""The committed form modules are exactly what pyside6-uic makes of the .ui files (nobody edited them by hand)."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("compile_ui", ROOT / "scripts" / "compile_ui.py")
compile_ui = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compile_ui)


def _body(text: str) -> list[str]:
    return [line for line in text.splitlines() if "Created by: Qt User Interface Compiler version" not in line]


@pytest.mark.parametrize("source,target", compile_ui.forms(), ids=lambda p: p.name)
def test_form_matches_fresh_compile(source, target, tmp_path):
    assert target.exists(), f"{target.name} is missing: run scripts/compile_ui.py"
    fresh = tmp_path / target.name
    compile_ui.compile_form(source, fresh)
    assert _body(fresh.read_text(encoding="utf-8")) == _body(target.read_text(encoding="utf-8")), (
        f"{target.name} differs from {source.name}: run scripts/compile_ui.py"
    )


def test_every_form_is_compiled():
    # every form compiled, and no compiled module left behind by a form that was removed
    assert {t.name for _s, t in compile_ui.forms()} == {p.name for p in compile_ui.FORMS_DIR.glob("ui_*.py")}
