"""Compile every Qt Designer form in ui/ into gazetteer_desk/gui/forms/ui_<name>.py (deterministic output).

Run after editing a form: ``.venv/bin/python scripts/compile_ui.py``. A test checks the committed modules match.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "gazetteer_desk" / "gui" / "forms"


def uic() -> str:
    return str(Path(sys.executable).with_name("pyside6-uic"))


def compile_form(source: Path, target: Path) -> None:
    subprocess.run([uic(), str(source), "-o", str(target)], check=True)


def forms() -> list[tuple[Path, Path]]:
    return [(ui, FORMS_DIR / f"ui_{ui.stem}.py") for ui in sorted(UI_DIR.glob("*.ui"))]


def main() -> int:
    for source, target in forms():
        compile_form(source, target)
        print(f"{source.relative_to(ROOT)} -> {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
