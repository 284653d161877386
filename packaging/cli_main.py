"""The packaged command line (carecenter-cli): the same commands as ``carecenter`` with a console attached."""

import sys

from carecenter.cli import main

if __name__ == "__main__":
    sys.exit(main())
