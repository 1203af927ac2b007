"""What the `requestdesk` command line asks for: the desktop application (with files to
open, as a desktop passes a double-clicked file) or a subcommand. Plain Python, no Qt."""

from __future__ import annotations

from pathlib import Path

REQUEST_SUFFIX = ".request.json"
PACKAGE_SUFFIX = ".requestpkg"
OPENED_SUFFIXES = (REQUEST_SUFFIX, PACKAGE_SUFFIX)

# Options Qt reads from the command line that take a value (`-platform offscreen`).
_QT_OPTIONS_WITH_VALUE = {"-platform", "-style", "-stylesheet", "-qwindowgeometry", "-qwindowtitle",
                          "-qwindowicon", "-display", "-geometry", "-title", "-name", "-session"}


def opened_files(args: list[str]) -> list[Path]:
    """The files among the arguments: request files and packages, or any other existing file."""
    files = []
    after_option = False
    for arg in args:
        if after_option:
            after_option = False
            continue
        if arg.startswith("-"):
            after_option = arg in _QT_OPTIONS_WITH_VALUE
            continue
        if arg.lower().endswith(OPENED_SUFFIXES) or Path(arg).is_file():
            files.append(Path(arg))
    return files


def wants_desktop(args: list[str], subcommands: tuple[str, ...]) -> bool:
    """True when the arguments open the desktop application rather than run a subcommand."""
    if not args:
        return True
    first = args[0]
    if first in subcommands:
        return False
    if first.startswith("-"):
        return first == "--smoke" or first.lstrip("-") in {o.lstrip("-") for o in _QT_OPTIONS_WITH_VALUE}
    return bool(opened_files(args))
