"""Writing a package: the request with its files, review record and log, atomically."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO, cast

from requestdesk import __version__
from requestdesk.atomic import atomic_writer
from requestdesk.domain.fingerprint import document_digest, fingerprint
from requestdesk.domain.lifecycle import Status
from requestdesk.domain.requestfile import dump_request
from requestdesk.domain.review import Decision, Mark
from requestdesk.domain.timeutil import iso_instant
from requestdesk.filetypes import ArchiveScan, archive_of, media_type_of
from requestdesk.packages.errors import PackageError, megabytes
from requestdesk.packages.layout import (
    ENCLOSURE_DIR,
    EVENTS,
    FORMAT,
    MANIFEST,
    MAX_ENCLOSURES,
    MAX_TOTAL_ENCLOSURE_BYTES,
    REQUEST,
    REVIEW,
    VERSION,
)
from requestdesk.packages.seal import signed_manifest
from requestdesk.packages.ziparchive import ByteWindow
from requestdesk.progress import Meter
from requestdesk.store.enclosures import Enclosure, list_enclosures, read_blob
from requestdesk.store.events import Event, append_event, event_to_json, read_events
from requestdesk.store.requests import RequestStore, read_doc_and_status
from requestdesk.store.review import read_decisions, read_marks, review_record
from requestdesk.store.tracking import UnknownRequestError

Reader = Callable[[str], Iterable[bytes]]  # an enclosure's content by its SHA-256


@dataclass(frozen=True)
class Packed:
    path: Path
    request_id: str
    fingerprint: str
    events: int
    enclosures: int


def _write_package(out: Path, doc: dict[str, Any], status: str, events: list[Event], marks: list[Mark],
                   decisions: list[Decision], enclosures: list[dict[str, Any]], read: Reader, created_by: str, now: datetime,
                   signer, meter: Meter) -> None:  # type: ignore[no-untyped-def]
    documents = {
        REQUEST: dump_request(doc),
        EVENTS: json.dumps([event_to_json(e) for e in events], ensure_ascii=False, indent=1).encode("utf-8"),
        REVIEW: json.dumps(review_record(marks, decisions), ensure_ascii=False, indent=1).encode("utf-8"),
    }
    members = {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)} for name, data in documents.items()}
    for entry in enclosures:
        members[ENCLOSURE_DIR + entry["sha256"]] = {"sha256": entry["sha256"], "size": entry["size"]}
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "application": f"RequestDesk {__version__}",
        "created_at": iso_instant(now.astimezone(timezone.utc)),
        "created_by": created_by,
        "request": {"id": doc["id"], "status": status, "fingerprint": fingerprint(doc)},
        "events": {"count": len(events), "head": events[-1].hash if events else ""},
        "enclosures": enclosures,
        "members": members,
    }
    # Signed last: the signature covers every hash above, so the whole package.
    manifest = signed_manifest(manifest, signer)
    with atomic_writer(out) as fh, zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
        for name, data in documents.items():
            archive.writestr(name, data)
        for entry in enclosures:
            # Stored, not deflated: PDF, JPEG, PNG and DOCX are compressed already, and the
            # importer refuses a compressed enclosure (it could fill a register).
            info = zipfile.ZipInfo(ENCLOSURE_DIR + entry["sha256"], date_time=now.timetuple()[:6])
            info.compress_type = zipfile.ZIP_STORED
            info.file_size = entry["size"]
            scan = ArchiveScan()
            meter.check()
            with archive.open(info, "w") as member:
                for chunk in meter.chunks(read(entry["sha256"])):
                    member.write(chunk)
                    scan.feed(chunk)
            if scan.found:  # a file attached by an older version, before archives were refused
                raise PackageError(out, "enclosure_archive", title=entry["name"][:80], archive=scan.found)


def _refuse_unfit(db: sqlite3.Connection, out: Path, enclosure: Enclosure) -> None:
    """What the importer would refuse is not written: a file attached by an older version
    may not be what it was taken for (filetypes decides now as the importer will)."""
    row = db.execute("SELECT rowid FROM blobs WHERE sha256 = ?", (enclosure.sha256,)).fetchone()
    if row is None:
        return  # read_blob says so when the file is written
    with db.blobopen("blobs", "data", row[0], readonly=True) as blob:
        content = cast(BinaryIO, ByteWindow(blob, 0, len(blob)))  # a file as filetypes reads one
        archive = archive_of(content)
        found = None if archive else media_type_of(content)
    if archive:
        raise PackageError(out, "enclosure_archive", title=enclosure.name[:80], archive=archive)
    if found != enclosure.media_type:
        raise PackageError(out, "enclosure_type", title=enclosure.name[:80], declared=enclosure.media_type, found=found or "")


def _check_signer(out: Path, signer) -> None:  # type: ignore[no-untyped-def]
    if signer is None or not getattr(signer, "unlocked", False):
        raise PackageError(out, "no_sender_key")


def pack(store: RequestStore, request_id: str, out: Path | str, user: str, *, signer,  # type: ignore[no-untyped-def]
         meter: Meter | None = None) -> Packed:
    """Writes the request with its files, review and log to `out`, atomically, its
    manifest signed by `signer` (the sender's unlocked personal key).

    A "packed" event recording the fingerprint and the files ends the log that travels
    (unless the log already ends with one for the same content), so that the receiving
    side can tell the package from a later local change.
    """
    out = Path(out)
    _check_signer(out, signer)
    meter = meter or Meter()
    with store.transaction() as db:
        stored = read_doc_and_status(db, request_id)
        if stored is None:
            raise UnknownRequestError(f"no request {request_id} in the register")
        doc, status = stored
        files = list_enclosures(db, request_id)
        total = sum(f.size for f in files)
        if total > MAX_TOTAL_ENCLOSURE_BYTES or len(files) > MAX_ENCLOSURES:
            # What the importer would refuse is not written in the first place.
            raise PackageError(out, "too_big_to_pack", size=megabytes(total), limit=megabytes(MAX_TOTAL_ENCLOSURE_BYTES),
                               count=MAX_ENCLOSURES)
        entries = [{**f.to_json(), "position": f.position} for f in files]
        meter.grow(total)
        for f in files:
            _refuse_unfit(db, out, f)
        # The closing event records everything the manifest says of the content, so
        # that a manifest edited along with a member no longer matches the chained log.
        state = {"fingerprint": fingerprint(doc), "document": document_digest(doc),
                 "enclosures": sorted(f.sha256 for f in files), "files": entries, "status": status}
        events = read_events(db, request_id)
        if not (events and events[-1].kind == "packed" and events[-1].data == state):
            events.append(append_event(db, request_id, store.clock.now(), user, "packed", state))
        # A WriteError (the place chosen for the package) is not the store's: it passes
        # the transaction, which rolls the "packed" event back.
        _write_package(
            out, doc, status, events, read_marks(db, request_id), read_decisions(db, request_id),
            entries, lambda sha: read_blob(db, sha), user,
            store.clock.now(), signer, meter,
        )
    return Packed(out, request_id, fingerprint(doc), len(events), len(files))


def pack_document(doc: dict[str, Any], out: Path | str, user: str, now: datetime, *, signer) -> Packed:  # type: ignore[no-untyped-def]
    """A package of a request file alone (no store: no log, no review, no files)."""
    if not isinstance(doc.get("id"), str) or not doc["id"].strip():
        raise ValueError("a request without an id cannot be packed")
    out = Path(out)
    _check_signer(out, signer)
    _write_package(out, doc, Status.DRAFT.value, [], [], [], [], lambda sha: iter(()), user, now, signer, Meter())
    return Packed(out, str(doc["id"]), fingerprint(doc), 0, 0)
