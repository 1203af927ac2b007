"""Where this workstation keeps its data, computed without Qt (the command line needs it too).

The location is the one Qt's `QStandardPaths.AppDataLocation` gives the application
(organisation "RequestDesk", application "RequestDesk"), so the window and the
command line open the same store.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

# Points the application and the command line at another data folder: tests, and a
# supervisor's second profile.
DATA_DIR_VARIABLE = "REQUESTDESK_DATA_DIR"
ORGANIZATION = "RequestDesk"
APPLICATION = "RequestDesk"
STORE_FILE = "requests.sqlite3"


def default_data_dir(environ: Mapping[str, str] | None = None, platform: str | None = None, home: Path | None = None) -> Path:
    """Qt's AppDataLocation for this application on this platform."""
    environ = os.environ if environ is None else environ
    platform = platform or sys.platform
    home = home or Path.home()
    if platform.startswith("win"):
        base = Path(environ["APPDATA"]) if environ.get("APPDATA") else home / "AppData" / "Roaming"
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        # XDG: a relative XDG_DATA_HOME is invalid and ignored, as Qt does.
        xdg = environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / ORGANIZATION / APPLICATION


def data_dir(environ: Mapping[str, str] | None = None) -> Path:
    """The data folder in use: REQUESTDESK_DATA_DIR when set, else the default one."""
    environ = os.environ if environ is None else environ
    override = environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    return default_data_dir(environ)


def store_path(folder: Path | None = None) -> Path:
    return (folder or data_dir()) / STORE_FILE
