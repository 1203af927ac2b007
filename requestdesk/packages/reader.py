"""Verifying a package completely, before anything of it enters a store."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, cast

from requestdesk.domain.fingerprint import document_digest, fingerprint
from requestdesk.domain.lifecycle import Status
from requestdesk.domain.nesting import MAX_DEPTH, nests_deeper_than
from requestdesk.domain.requestfile import RequestFileError, lone_surrogate, parse_request_bytes
from requestdesk.domain.review import Decision, DecisionValue, Mark, mark_from_json
from requestdesk.filetypes import ACCEPTED, ArchiveScan, archive_of, media_type_of
from requestdesk.packages.errors import PackageError, quoted
from requestdesk.packages.seal import Seal, read_seal
from requestdesk.packages.senders import signed_at_of
from requestdesk.packages.layout import ENCLOSURE_DIR, EVENTS, FORMAT, MANIFEST, REQUEST, REVIEW, SHA256, VERSION
from requestdesk.packages.ziparchive import (
    ByteWindow,
    check_ends,
    check_layout,
    check_members,
    member_chunks,
    open_file,
    open_zip,
    read_member,
)
from requestdesk.progress import Meter
from requestdesk.store.enclosures import CHUNK
from requestdesk.store.events import Event, chain_breaks
from requestdesk.store.review import review_from_log, review_record


@dataclass(frozen=True)
class EnclosureEntry:
    sha256: str
    name: str
    media_type: str
    size: int
    pages: int | None
    position: int
    added_at: str
    added_by: str


@dataclass(frozen=True)
class Package:
    """A package that passed every check (what `read_package` returns)."""

    path: Path
    sha256: str  # of the package file itself
    request_id: str
    status: str
    doc: dict[str, Any]
    fingerprint: str
    events: tuple[Event, ...]
    marks: tuple[Mark, ...]
    decisions: tuple[Decision, ...]
    enclosures: tuple[EnclosureEntry, ...]
    created_at: str
    created_by: str
    seal: Seal  # who signed the manifest (packages.senders judges it)

    @property
    def enclosure_hashes(self) -> list[str]:
        return sorted(e.sha256 for e in self.enclosures)

    def enclosure_chunks(self, sha256: str) -> Iterator[bytes]:
        """The content of an enclosure file, read again from the package in chunks."""
        with open_zip(self.path) as archive:
            yield from member_chunks(self.path, archive, archive.getinfo(ENCLOSURE_DIR + sha256))


def _json(path: Path, data: bytes, problem: str, member: str) -> Any:
    if nests_deeper_than(data):
        raise PackageError(path, "nested", name=member, limit=MAX_DEPTH)
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackageError(path, problem, detail=str(exc)[:200]) from None
    bad = lone_surrogate(value)
    if bad:
        # Valid JSON that no text can hold: storing or hashing it would fail later.
        raise PackageError(path, problem, detail=f"invalid character {bad}")
    return value


def _manifest(path: Path, data: bytes) -> dict[str, Any]:
    manifest = _json(path, data, "manifest", MANIFEST)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageError(path, "format")
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PackageError(path, "manifest", detail="version")
    if version > VERSION:
        raise PackageError(path, "newer_version", version=version, supported=VERSION)
    request, events, members, enclosures = (manifest.get(k) for k in ("request", "events", "members", "enclosures"))
    if not (isinstance(request, dict) and isinstance(events, dict) and isinstance(members, dict) and isinstance(enclosures, list)):
        raise PackageError(path, "manifest", detail="request, events, members, enclosures")
    for key in ("id", "status", "fingerprint"):
        if not isinstance(request.get(key), str):
            raise PackageError(path, "manifest", detail=f"request.{key}")
    if request["status"] not in {s.value for s in Status}:
        raise PackageError(path, "manifest", detail=f"status {quoted(request['status'][:40])}")
    if not _int(events.get("count")) or not isinstance(events.get("head"), str):
        raise PackageError(path, "manifest", detail="events")
    for name, entry in members.items():
        if not (isinstance(entry, dict) and isinstance(entry.get("sha256"), str) and _int(entry.get("size"))):
            raise PackageError(path, "manifest", detail=f"members {quoted(name)}")
    return manifest


def _int(value: Any) -> bool:
    """A count, size or position: a non-negative integer that SQLite can hold."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**62


def _events(path: Path, raw: Any, request_id: str) -> list[Event]:
    if not isinstance(raw, list):
        raise PackageError(path, "events_invalid", detail="not a list")
    events = []
    for index, item in enumerate(raw, start=1):
        try:
            if not isinstance(item, dict) or not isinstance(item["data"], dict) or not _int(item["seq"]):
                raise TypeError(index)
            texts = [item[k] for k in ("request_id", "at", "user", "kind", "prev_hash", "hash")]
            if not all(isinstance(t, str) for t in texts):
                raise TypeError(index)
            if not SHA256.fullmatch(item["hash"]) or not (item["prev_hash"] == "" or SHA256.fullmatch(item["prev_hash"])):
                raise ValueError(index)
            at = datetime.fromisoformat(item["at"])
            if at.tzinfo is None:
                raise ValueError(index)
            signer_key, signature = item.get("signer_key", ""), item.get("signature", "")
            if not isinstance(signer_key, str) or not isinstance(signature, str):
                raise TypeError("signature")
            events.append(Event(item["request_id"], item["seq"], at, item["user"], item["kind"], item["data"], item["prev_hash"],
                                item["hash"], signer_key[:200], signature[:200]))
        except (KeyError, TypeError, ValueError, OverflowError):
            raise PackageError(path, "events_invalid", detail=f"event {index}") from None
        if item["request_id"] != request_id:
            raise PackageError(path, "id_mismatch")
    for what, seq, _found in chain_breaks(events)[:1]:
        raise PackageError(path, f"event_{what}", seq=seq)
    return events


def _review(path: Path, raw: Any) -> tuple[list[Mark], list[Decision]]:
    try:
        if not isinstance(raw, dict) or not isinstance(raw["marks"], list) or not isinstance(raw["decisions"], list):
            raise TypeError("review")
        marks = [mark_from_json(m) for m in raw["marks"]]
        decisions = [_decision(d) for d in raw["decisions"]]
    except (KeyError, TypeError, ValueError, OverflowError, AttributeError) as exc:
        raise PackageError(path, "review_invalid", detail=str(exc)[:120]) from None
    return marks, decisions


def _decision(raw: dict[str, Any]) -> Decision:
    for key in ("reviewer", "note", "fingerprint", "void_reason", "at"):
        if not isinstance(raw[key], str):
            raise TypeError(key)
    if not _int(raw["seq"]) or not isinstance(raw["enclosures"], list) or not all(isinstance(e, str) for e in raw["enclosures"]):
        raise TypeError("decision")
    voided = raw["voided_at"]
    if voided is not None and not isinstance(voided, str):
        raise TypeError("voided_at")
    # A package made before decisions were signed has neither: its approval is not recognised.
    signer_key, signature = raw.get("signer_key", ""), raw.get("signature", "")
    if not isinstance(signer_key, str) or not isinstance(signature, str):
        raise TypeError("signature")
    return Decision(
        raw["seq"], DecisionValue(raw["decision"]), raw["reviewer"], _aware(raw["at"]), raw["note"], raw["fingerprint"],
        tuple(raw["enclosures"]), tuple(mark_from_json(m) for m in raw["marks"]), _aware(voided) if voided else None,
        raw["void_reason"], signer_key[:200], signature[:200],
    )


def _aware(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(text)
    return moment


def _enclosure_entries(path: Path, raw: list[Any]) -> list[EnclosureEntry]:
    entries = []
    try:
        for item in raw:
            if not (isinstance(item, dict) and isinstance(item["sha256"], str) and SHA256.fullmatch(item["sha256"])):
                raise TypeError("sha256")
            for key in ("name", "media_type", "added_at", "added_by"):
                if not isinstance(item[key], str):
                    raise TypeError(key)
            pages = item["pages"]
            if not _int(item["size"]) or not _int(item["position"]) or not (pages is None or _int(pages)):
                raise TypeError("size")
            entries.append(EnclosureEntry(item["sha256"], item["name"], item["media_type"], item["size"], pages,
                                          item["position"], item["added_at"], item["added_by"]))
    except (KeyError, TypeError) as exc:
        raise PackageError(path, "manifest", detail=f"enclosures: {exc}"[:120]) from None
    return entries


def _file_sha256(path: Path, fh: BinaryIO, meter: Meter) -> str:
    try:
        digest = hashlib.sha256()
        fh.seek(0)
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            meter.add(len(chunk))
    except OSError as exc:
        raise PackageError(path, "unreadable", detail=exc.strerror or str(exc)) from None
    return digest.hexdigest()


class _Members:
    """The members of an open package, each read (bounded) and compared with the manifest."""

    def __init__(self, path: Path, archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], manifest: dict[str, Any],
                 fh: BinaryIO, starts: dict[str, int]):
        self.path, self.archive, self.members, self.listed = path, archive, members, manifest["members"]
        self.fh, self.starts = fh, starts
        for name in members:
            if name != MANIFEST and name not in self.listed:
                raise PackageError(path, "unexpected_member", name=quoted(name))
        for name in self.listed:
            if name not in members:
                raise PackageError(path, "missing_member", name=quoted(name))

    def read(self, name: str) -> tuple[bytes, bool]:
        """The member's bytes, and whether they are what the manifest lists."""
        data = read_member(self.path, self.archive, self.members[name])
        entry = self.listed[name]
        return data, hashlib.sha256(data).hexdigest() == entry["sha256"] and len(data) == entry["size"]

    def verify_enclosure(self, entry: EnclosureEntry, meter: Meter) -> None:
        name = ENCLOSURE_DIR + entry.sha256
        listed, info = self.listed.get(name), self.members.get(name)
        if info is None or listed is None or (listed["sha256"], listed["size"], info.file_size) != (entry.sha256, entry.size, entry.size):
            raise PackageError(self.path, "enclosure_altered", title=entry.name[:80])
        # What may be attached here is what a package may bring (filetypes): the content
        # decides, not the type the manifest declares.
        title = entry.name[:80]
        content = cast(BinaryIO, ByteWindow(self.fh, self.starts[name], info.file_size))  # a file as filetypes reads one
        archive = archive_of(content)
        if archive:
            raise PackageError(self.path, "enclosure_archive", title=title, archive=archive)
        found = media_type_of(content)
        if entry.media_type not in ACCEPTED or found != entry.media_type:
            raise PackageError(self.path, "enclosure_type", title=title, declared=entry.media_type, found=found or "")
        hasher, scan = hashlib.sha256(), ArchiveScan()
        for chunk in meter.chunks(member_chunks(self.path, self.archive, info)):
            hasher.update(chunk)
            scan.feed(chunk)
        if hasher.hexdigest() != entry.sha256:
            raise PackageError(self.path, "enclosure_altered", title=title)
        if scan.found:
            raise PackageError(self.path, "enclosure_archive", title=title, archive=scan.found)


def _request(path: Path, members: _Members, request_id: str) -> tuple[dict[str, Any], str]:
    data, intact = members.read(REQUEST)
    try:
        doc = parse_request_bytes(data, REQUEST)
    except RequestFileError as exc:
        if exc.problem == "nested":
            raise PackageError(path, "nested", name=REQUEST, limit=MAX_DEPTH) from None
        raise PackageError(path, "request_invalid" if intact else "request_altered", detail=exc.message("en")) from None
    if not intact:
        raise PackageError(path, "request_altered")
    if doc.get("id") != request_id:
        raise PackageError(path, "id_mismatch")
    try:
        return doc, fingerprint(doc)
    except RecursionError:
        raise PackageError(path, "request_invalid", detail="nested too deeply") from None


def _log(path: Path, members: _Members, manifest: dict[str, Any]) -> list[Event]:
    # The chain is checked before the manifest's hash: "event 2 was removed" says more
    # than "events.json does not match".
    data, intact = members.read(EVENTS)
    events = _events(path, _json(path, data, "events_invalid", EVENTS), manifest["request"]["id"])
    if not intact:
        raise PackageError(path, "events_altered")
    expected = manifest["events"]
    if len(events) != expected["count"] or (events[-1].hash if events else "") != expected["head"]:
        raise PackageError(path, "events_truncated", found=len(events), expected=expected["count"])
    return events


def _review_record(path: Path, members: _Members, events: list[Event]) -> tuple[list[Mark], list[Decision]]:
    data, intact = members.read(REVIEW)
    marks, decisions = _review(path, _json(path, data, "review_invalid", REVIEW))
    if not intact:
        raise PackageError(path, "review_altered")
    try:
        logged = review_from_log(events)
    except (TypeError, ValueError, AttributeError):  # event data of the wrong shape
        raise PackageError(path, "review_not_logged") from None
    if review_record(marks, decisions) != logged:
        raise PackageError(path, "review_not_logged")
    return marks, decisions


def _as_packed(path: Path, manifest: dict[str, Any], doc: dict[str, Any], digest: str, events: list[Event],
               entries: list[EnclosureEntry]) -> None:
    """The manifest and the log's closing "packed" event agree with what arrived.

    A tamperer who rewrote a member and its hash in the manifest still has to forge
    the fingerprint and the hash chain to get past this.
    """
    if manifest["request"]["fingerprint"] != digest:
        raise PackageError(path, "request_not_packed")
    if not events:
        return  # a request file packed alone: no log, no files, no review
    packed = events[-1]
    if packed.kind != "packed":
        raise PackageError(path, "not_packed")
    if packed.data.get("fingerprint") != digest or packed.data.get("document") != document_digest(doc):
        raise PackageError(path, "request_not_packed")
    if packed.data.get("status") != manifest["request"]["status"]:
        raise PackageError(path, "manifest", detail="status")
    if packed.data.get("enclosures") != sorted(e.sha256 for e in entries) or packed.data.get("files") != manifest["enclosures"]:
        raise PackageError(path, "enclosures_not_packed")


def _enclosure_bytes(infos: dict[str, zipfile.ZipInfo]) -> int:
    return sum(info.file_size for name, info in infos.items() if name.startswith(ENCLOSURE_DIR))


def enclosure_bytes(path: Path | str) -> int:
    """What a package's files weigh as its zip directory declares it (checked as
    read_package checks it first): to size a progress bar before the reading starts."""
    path = Path(path)
    with open_file(path) as fh, open_zip(path, fh) as archive:
        check_ends(path, fh)
        return _enclosure_bytes(check_members(path, archive))


def read_package(path: Path | str, meter: Meter | None = None) -> Package:
    """Opens and verifies a package completely; PackageError says what is wrong.

    Order: the zip's structure (names, sizes, ratios) before reading any member; the
    manifest; then each member against it, and the cross-checks between them; last, the
    sender's signature over the manifest (whether it holds, not yet whether this
    workstation trusts its key: packages.senders). A hostile file is refused for what it
    is before any signature work is spent on it. `meter` counts the bytes hashed (the
    whole file, then each enclosure) and may stop the reading (Cancelled).
    """
    path = Path(path)
    meter = meter or Meter()
    with open_file(path) as fh, open_zip(path, fh) as archive:
        directory = check_ends(path, fh)
        infos = check_members(path, archive)
        starts = check_layout(path, fh, archive, directory)
        meter.grow(fh.seek(0, 2) + _enclosure_bytes(infos))  # hashed whole, then each file again
        package_sha256 = _file_sha256(path, fh, meter)
        manifest = _manifest(path, read_member(path, archive, infos[MANIFEST]))
        members = _Members(path, archive, infos, manifest, fh, starts)
        doc, digest = _request(path, members, manifest["request"]["id"])
        events = _log(path, members, manifest)
        marks, decisions = _review_record(path, members, events)
        entries = _enclosure_entries(path, manifest["enclosures"])
        for entry in entries:
            meter.check()
            members.verify_enclosure(entry, meter)
        if {ENCLOSURE_DIR + e.sha256 for e in entries} != {n for n in infos if n.startswith(ENCLOSURE_DIR)}:
            raise PackageError(path, "manifest", detail="enclosures")
    _as_packed(path, manifest, doc, digest, events, entries)
    created_at = str(manifest.get("created_at", ""))
    seal = read_seal(path, manifest, signed_at_of(created_at))
    return Package(
        path, package_sha256, manifest["request"]["id"], manifest["request"]["status"], doc, digest, tuple(events),
        tuple(marks), tuple(decisions), tuple(entries), created_at, str(manifest.get("created_by", "")), seal,
    )
