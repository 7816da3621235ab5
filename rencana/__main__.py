"""``python -m rencana`` runs the command line."""

import sys

from rencana.cli import main

sys.exit(main())
