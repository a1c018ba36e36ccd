"""Entry script of the PyInstaller bundle: the same as ``python -m ipt_desktop``.

``freeze_support()`` comes first: a re-index of many documents from the window starts its worker processes
as fresh copies of this executable (multiprocessing's "spawn"), and in a frozen app it is this call that
turns such a copy into a worker instead of a second app.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from ipt_desktop.cli import main

    sys.exit(main())
