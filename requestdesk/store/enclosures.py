"""Enclosure files kept with a request: content stored once per SHA-256 in the store."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO

from requestdesk.atomic import atomic_writer
from requestdesk.domain.text import _
from requestdesk.domain.timeutil import iso_instant
from requestdesk.filetypes import ACCEPTED, ArchiveScan, archive_of, kind_of
from requestdesk.input_files import NotAFileError, open_regular
from requestdesk.store.events import Event, append_event
from requestdesk.store.requests import RequestStore, StoreError, StoreRefusal

MAX_ENCLOSURE_BYTES = 200 * 1024 * 1024
# What one request may carry in all: what a request package can move (requestdesk.packages).
MAX_ENCLOSURES = 1000
MAX_TOTAL_ENCLOSURE_BYTES = 1900 * 1024 * 1024
CHUNK = 1024 * 1024

_PROBLEMS = {
    "unreadable": _("{name}: the file cannot be read: {detail}"),
    "too_large": _("{name}: the file is too large to enclose ({size} MB, the limit is {limit} MB)"),
    "empty": _("{name}: the file is empty"),
    "not_a_file": _("{name}: this is not a regular file (a pipe, a device or a socket); it is not read"),
    "archive": _("{name}: this is an archive ({archive}) or a file with an archive joined to it; enclose the documents themselves"),
    "kind": _("{name}: only PDF, DOCX and image files (PNG, JPEG, TIFF) can be enclosed"),
    "total_too_large": _("{name}: with the files already enclosed this makes {size} MB, above the {limit} MB one request may carry"),
    "too_many": _("{name}: the request already has {count} files, the limit"),
    "changed": _("{name}: the file changed while it was being read"),
    "no_request": _("Request {name} is not in the register"),
}


class EnclosureError(StoreRefusal):
    """A file that cannot be enclosed; message(lang) says why."""

    TEXTS = _PROBLEMS


@dataclass(frozen=True)
class Enclosure:
    request_id: str
    sha256: str
    position: int
    name: str
    media_type: str
    size: int
    pages: int | None
    added_at: datetime
    added_by: str

    def to_json(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "name": self.name,
            "media_type": self.media_type,
            "size": self.size,
            "pages": self.pages,
            "added_at": iso_instant(self.added_at),
            "added_by": self.added_by,
        }


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}"


def display_name(name: str) -> str:
    """A file name fit to show and to offer when saving a copy: no folders, no control
    characters (names also arrive in packages from other workstations)."""
    last = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(ch for ch in last if ch.isprintable()).strip().lstrip(".")
    return cleaned[:200] or "file"


def list_enclosures(db: sqlite3.Connection, request_id: str) -> list[Enclosure]:
    rows = db.execute(
        "SELECT request_id, sha256, position, name, media_type, size, pages, added_at, added_by "
        "FROM enclosures WHERE request_id = ? ORDER BY position, sha256",
        (request_id,),
    )
    return [Enclosure(r[0], r[1], r[2], r[3], r[4], r[5], r[6], datetime.fromisoformat(r[7]), r[8]) for r in rows]


def enclosure_hashes(db: sqlite3.Connection, request_id: str) -> list[str]:
    return sorted(r[0] for r in db.execute("SELECT sha256 FROM enclosures WHERE request_id = ?", (request_id,)))


def has_blob(db: sqlite3.Connection, sha256: str) -> bool:
    return db.execute("SELECT 1 FROM blobs WHERE sha256 = ?", (sha256,)).fetchone() is not None


def write_blob(db: sqlite3.Connection, sha256: str, size: int, chunks: Iterable[bytes]) -> bool:
    """Stores content under its SHA-256 inside the caller's transaction, streaming it.

    Returns False (and stores nothing) when the chunks are not `size` bytes hashing to
    `sha256`; the caller then rolls its transaction back. Content already stored is not
    written again (the chunks are not read).
    """
    if has_blob(db, sha256):
        return True
    cursor = db.execute("INSERT INTO blobs (sha256, size, data) VALUES (?, ?, zeroblob(?))", (sha256, size, size))
    digest = hashlib.sha256()
    written = 0
    row = cursor.lastrowid
    assert row is not None  # set by the INSERT just made
    with db.blobopen("blobs", "data", row) as blob:
        for chunk in chunks:
            if written + len(chunk) > size:
                return False
            blob.write(chunk)
            digest.update(chunk)
            written += len(chunk)
    return written == size and digest.hexdigest() == sha256


def read_blob(db: sqlite3.Connection, sha256: str) -> Iterator[bytes]:
    row = db.execute("SELECT rowid FROM blobs WHERE sha256 = ?", (sha256,)).fetchone()
    if row is None:
        raise StoreError(f"no stored file {sha256}")
    with db.blobopen("blobs", "data", row[0], readonly=True) as blob:
        while chunk := blob.read(CHUNK):
            yield chunk


def link_enclosure(db: sqlite3.Connection, request_id: str, sha256: str, name: str, media_type: str, size: int,
                   pages: int | None, added_at: str, added_by: str) -> int:
    position = db.execute("SELECT coalesce(max(position), 0) + 1 FROM enclosures WHERE request_id = ?", (request_id,)).fetchone()[0]
    db.execute(
        "INSERT OR REPLACE INTO enclosures (request_id, sha256, position, name, media_type, size, pages, added_at, added_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (request_id, sha256, position, name, media_type, size, pages, added_at, added_by),
    )
    return position


def _chunks(fh: BinaryIO, name: str) -> Iterator[bytes]:
    try:
        fh.seek(0)
        while chunk := fh.read(CHUNK):
            yield chunk
    except OSError as exc:
        # Not an OSError: the store's transaction would report it as a failing disk.
        raise EnclosureError("unreadable", name=name, detail=exc.strerror or str(exc)) from None


class Enclosures:
    """Attaching, listing and saving enclosure files, on behalf of one user."""

    def __init__(self, store: RequestStore, user: str):
        self.store = store
        self.user = user

    def list(self, request_id: str) -> list[Enclosure]:
        return list_enclosures(self.store._db, request_id)

    def total_pages(self, request_id: str) -> int | None:
        """Pages of all files, or None when some file's count is unknown."""
        pages = [e.pages for e in self.list(request_id)]
        return None if any(p is None for p in pages) else sum(p for p in pages if p is not None)

    def attach(self, request_id: str, path: Path) -> Enclosure:
        """Keeps a copy of the file with the request (refused with EnclosureError if unfit)."""
        path = Path(path)
        if self.store.get(request_id) is None:
            raise EnclosureError("no_request", name=request_id)
        try:
            with open_regular(path) as fh:
                return self._attach(request_id, path.name, fh)
        except NotAFileError:
            raise EnclosureError("not_a_file", name=path.name) from None
        except IsADirectoryError:
            raise EnclosureError("unreadable", name=path.name, detail="folder") from None
        except OSError as exc:
            raise EnclosureError("unreadable", name=path.name, detail=exc.strerror or str(exc)) from None

    def _attach(self, request_id: str, name: str, fh: BinaryIO) -> Enclosure:
        fh.seek(0, 2)
        size = fh.tell()
        if size > MAX_ENCLOSURE_BYTES:
            raise EnclosureError("too_large", name=name, size=_megabytes(size), limit=_megabytes(MAX_ENCLOSURE_BYTES))
        if size == 0:
            raise EnclosureError("empty", name=name)
        archive = archive_of(fh)
        if archive:
            raise EnclosureError("archive", name=name, archive=archive)
        kind = kind_of(fh)
        if kind is None or kind.media_type not in ACCEPTED:
            raise EnclosureError("kind", name=name)
        present = self.list(request_id)
        if len(present) >= MAX_ENCLOSURES:
            raise EnclosureError("too_many", name=name, count=len(present))
        total = size + sum(e.size for e in present)
        if total > MAX_TOTAL_ENCLOSURE_BYTES:
            raise EnclosureError("total_too_large", name=name, size=_megabytes(total), limit=_megabytes(MAX_TOTAL_ENCLOSURE_BYTES))
        digest, scan = hashlib.sha256(), ArchiveScan()
        for chunk in _chunks(fh, name):
            digest.update(chunk)
            scan.feed(chunk)
        if scan.found:
            raise EnclosureError("archive", name=name, archive=scan.found)
        sha = digest.hexdigest()
        now = self.store.clock.now()
        with self.store.transaction() as db:
            if not write_blob(db, sha, size, _chunks(fh, name)):
                raise EnclosureError("changed", name=name)
            shown = display_name(name)
            link_enclosure(db, request_id, sha, shown, kind.media_type, size, kind.pages, iso_instant(now.astimezone(timezone.utc)), self.user)
            append_event(db, request_id, now, self.user, "enclosure_added",
                         {"sha256": sha, "name": shown, "media_type": kind.media_type, "size": size, "pages": kind.pages})
            _void_if_changed(self.store, db, request_id, self.user)
        return next(e for e in self.list(request_id) if e.sha256 == sha)

    def detach(self, request_id: str, sha256: str) -> Event | None:
        """Removes a file from the request (its content stays in the store for the log)."""
        with self.store.transaction() as db:
            row = db.execute("SELECT name FROM enclosures WHERE request_id = ? AND sha256 = ?", (request_id, sha256)).fetchone()
            if row is None:
                return None
            db.execute("DELETE FROM enclosures WHERE request_id = ? AND sha256 = ?", (request_id, sha256))
            event = append_event(db, request_id, self.store.clock.now(), self.user, "enclosure_removed", {"sha256": sha256, "name": row[0]})
            _void_if_changed(self.store, db, request_id, self.user)
            return event

    def save_copy(self, sha256: str, target: Path) -> None:
        """Writes a stored file out (to open or print it), whole or not at all."""
        with atomic_writer(Path(target)) as out:
            for chunk in read_blob(self.store._db, sha256):
                out.write(chunk)


def _void_if_changed(store: RequestStore, db: sqlite3.Connection, request_id: str, user: str) -> None:
    # review.py builds on this module, so it is imported here, when a change may void an approval.
    from requestdesk.store.review import void_if_changed

    void_if_changed(store, db, request_id, user)
