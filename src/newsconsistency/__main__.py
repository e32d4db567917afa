"""``python -m newsconsistency`` is the command line."""

import sys

from newsconsistency.cli import main

sys.exit(main())
