import sys

from gazetteer_desk.cli.main import main

sys.exit(main())
