"""Start CareCenter from a source checkout: ``python main.py`` opens the app, ``python main.py --help`` lists the
commands."""

import sys

from carecenter.app import main

if __name__ == "__main__":
    sys.exit(main())
