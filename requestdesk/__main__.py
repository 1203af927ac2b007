"""The `requestdesk` command: the desktop application, or a subcommand of the command line."""

from __future__ import annotations

import gc
import sys
import time

# The start of our own work; `--smoke` adds the interpreter's start-up before it.
STARTED = time.perf_counter()

# Subcommands of the command line (requestdesk.cli.main); anything else that names a file
# (`requestdesk FILE.request.json`, as a desktop opens a double-clicked file) opens the window.
SUBCOMMANDS = ("check", "export", "find", "pack", "unpack", "log", "verify", "key", "trust")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    # Importing Qt's and our modules makes objects by the hundred thousand and hardly any
    # garbage cycle: the collector ran some fifty times over them before the first paint
    # (6 % of it, measured). It is on again once the window is painted, or once a
    # command's code is imported.
    gc.disable()
    from requestdesk.atomic import keep_journal
    from requestdesk.launch import wants_desktop
    from requestdesk.paths import data_dir

    keep_journal(data_dir() / "unfinished")  # removes what a killed export, pack or backup left half-written

    if wants_desktop(args, SUBCOMMANDS):
        from requestdesk.ui.app import run

        try:
            return run(args, started=STARTED, on_first_paint=gc.enable)
        finally:
            gc.enable()
    try:
        from requestdesk.cli.main import main as cli_main
    finally:
        gc.enable()
    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
