"""Where the bundled data files are: inside an installed wheel, or in the source tree."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _data_root() -> Path:
    # A wheel carries resources/ and translations/ under requestdesk/_data; a source
    # checkout (and an editable install) has them beside the package; a PyInstaller
    # bundle unpacks them under sys._MEIPASS.
    candidates = [_PACKAGE_DIR / "_data", _PACKAGE_DIR.parent]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "requestdesk" / "_data")
    for root in candidates:
        if (root / "resources").is_dir():
            return root
    raise FileNotFoundError(
        "RequestDesk resources not found; looked in: " + ", ".join(str(c) for c in candidates)
    )


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, e.g. resource_path("directory.json")."""
    return _data_root().joinpath("resources", *parts)


def translations_dir() -> Path:
    return _data_root() / "translations"
