"""Entry point of the frozen program (PyInstaller): the same as the `ksdesk` command."""

import sys

from ksdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
