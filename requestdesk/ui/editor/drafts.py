"""Crash-recovery drafts: the request being edited, written beside the store on every change.

A draft is `<data folder>/drafts/<id>.request.json`, a whole request file written
atomically; it is removed when its window closes after a successful save.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from requestdesk.atomic import write_error
from requestdesk.domain.requestfile import SUFFIX, RequestFileError, load_request_file, save_request_file

FOLDER = "drafts"


def drafts_dir(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


def draft_path(data_dir: Path, request_id: str) -> Path:
    # The id is a UUID in every request this program makes; anything else is kept to a safe file name.
    safe = "".join(c for c in request_id if c.isalnum() or c in "-_") or "request"
    return drafts_dir(data_dir) / f"{safe}{SUFFIX}"


def place_path(data_dir: Path, request_id: str) -> Path:
    """Where the officer was in the editor (the step's key), beside the draft."""
    return draft_path(data_dir, request_id).with_name(draft_path(data_dir, request_id).name.removesuffix(SUFFIX) + ".place")


def write_place(data_dir: Path, request_id: str, step: str) -> None:
    """Remembers the step shown, so that a recovery reopens there; a failure costs only that."""
    path = place_path(data_dir, request_id)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        path.write_text(step, encoding="utf-8")


def read_place(data_dir: Path, request_id: str) -> str:
    try:
        return place_path(data_dir, request_id).read_text(encoding="utf-8").strip()[:64]
    except (OSError, UnicodeDecodeError):
        return ""


def write_draft(data_dir: Path, doc: dict[str, Any]) -> Path:
    """Writes the draft whole; a WriteError says why it could not be."""
    path = draft_path(data_dir, str(doc.get("id", "")))
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise write_error(path, exc) from None
    save_request_file(doc, path)
    return path


def remove_draft(data_dir: Path, request_id: str) -> None:
    # Called once the request is safe in the store: a draft that cannot be removed (or a
    # drafts "folder" that is a file) is only offered again at the next start, so closing
    # the window must not fail over it.
    with contextlib.suppress(OSError):
        draft_path(data_dir, request_id).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        place_path(data_dir, request_id).unlink(missing_ok=True)


def read_drafts(data_dir: Path) -> tuple[list[tuple[Path, dict[str, Any]]], list[tuple[Path, RequestFileError]]]:
    """The drafts that can be read, and those that cannot (each with the reason)."""
    readable, broken = [], []
    folder = drafts_dir(data_dir)
    if not folder.is_dir():
        return [], []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            readable.append((path, load_request_file(path)))
        except RequestFileError as exc:
            broken.append((path, exc))
    return readable, broken
