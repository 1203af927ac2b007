"""Entry point of the PyInstaller bundle: the same `requestdesk` command as the installed script."""

import sys

from requestdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
