"""Entry script of the PyInstaller bundle: the same as ``python -m ipt_desktop``."""

import sys

from ipt_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
