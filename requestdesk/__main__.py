"""The `requestdesk` command: the desktop application, or a subcommand of the command line."""

from __future__ import annotations

import sys
import time

# The start of our own work; `--smoke` adds the interpreter's start-up before it.
STARTED = time.perf_counter()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    # `requestdesk FILE.requestpkg` (as a file manager opens a package): the window imports it.
    opens_files = bool(args) and all(a.lower().endswith(".requestpkg") for a in args)
    if not args or opens_files or args[0] == "--smoke" or args[0].startswith("-platform"):
        from requestdesk.ui.app import run

        return run(args, started=STARTED)
    from requestdesk.cli.main import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
