"""Entry point for ``python -m ipt_desktop``."""

import sys

from ipt_desktop.cli import main

sys.exit(main())
