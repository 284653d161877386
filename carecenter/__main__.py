"""``python -m carecenter`` behaves like the ``carecenter`` command."""

import sys

from carecenter.cli import main

sys.exit(main())
