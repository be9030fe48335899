"""Entry point of the frozen program (PyInstaller needs a script, not a console_scripts entry)."""

import sys

from gazetteer_desk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
