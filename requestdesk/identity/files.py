"""Reading the small JSON files of keys and trust: bounded, never a FIFO or a device."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from requestdesk.identity.problems import KeyFileError

KEY_FILE_LIMIT = 64 * 1024
TRUST_FILE_LIMIT = 16 * 1024 * 1024  # about 20,000 changes: far beyond any authority's staff


def read_json(path: Path, limit: int = KEY_FILE_LIMIT) -> Any:
    path = Path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise KeyFileError(path, "missing") from None
    except OSError as exc:
        raise KeyFileError(path, "unreadable", detail=exc.strerror or type(exc).__name__) from None
    if not stat.S_ISREG(info.st_mode):
        raise KeyFileError(path, "unreadable", detail="not a regular file")
    if info.st_size > limit:
        raise KeyFileError(path, "too_large", limit=limit // 1024)
    try:
        with path.open("rb") as fh:
            raw = fh.read(limit + 1)
    except OSError as exc:
        raise KeyFileError(path, "unreadable", detail=exc.strerror or type(exc).__name__) from None
    if len(raw) > limit:
        raise KeyFileError(path, "too_large", limit=limit // 1024)
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise KeyFileError(path, "not_json") from None


def check_format(path: Path, data: Any, expected: str, not_kind: str, version: int) -> dict[str, Any]:
    if not isinstance(data, dict) or data.get("format") != expected:
        raise KeyFileError(path, not_kind)
    found = data.get("version")
    if not isinstance(found, int) or isinstance(found, bool):
        raise KeyFileError(path, "damaged_field", field="version")
    if found > version:
        raise KeyFileError(path, "newer_version", version=found)
    return data


def private_folder(folder: Path) -> Path:
    """The folder, made if missing, readable by the user only (0700)."""
    from requestdesk.atomic import write_error

    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix" and stat.S_IMODE(folder.stat().st_mode) != 0o700:
            folder.chmod(0o700)
    except OSError as exc:
        raise write_error(folder / ".", exc) from None
    return folder


def write_private_json(path: Path, data: Any) -> None:
    """Written whole or not at all, readable by the user only: the temporary file
    `atomic_writer` makes is 0600, and the rename keeps its mode."""
    from requestdesk.atomic import write_atomically

    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    write_atomically(path, text.encode("utf-8"))
