"""Request packages (`*.requestpkg`): one request moved whole between offline workstations.

A package is a zip file holding

    manifest.json      format name and version, the request's id, status and fingerprint,
                       the event log's length and last hash, the enclosure files' details,
                       and the size and SHA-256 of every other member
    request.json       the request file (spec §1)
    events.json        the request's event log (hash-chained)
    review.json        the supervisor's marks and decisions
    enclosures/<sha256>  each enclosure file, named by its SHA-256, stored uncompressed

Reading one never writes a file: members are read from the zip in bounded chunks and
checked (names, declared sizes, compression ratio, every hash, the event chain, the
fingerprint) before anything enters the store, and everything enters the store in one
transaction. Without keys, hashes cannot prove who made a package; they prove that it
arrived as it was packed, and the cross-checks (the log's "packed" event records the
fingerprint and the files) catch an edit that also rewrote the manifest.

Importing never overwrites newer local work silently: `import_package` returns a
`Conflict` and the caller chooses to keep both (the package becomes a new request) or
to replace.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import sqlite3
import struct
import uuid
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import StrEnum
from pathlib import Path
from typing import Any

from requestdesk import __version__
from requestdesk.atomic import atomic_writer
from requestdesk.domain.fingerprint import document_digest, fingerprint
from requestdesk.domain.lifecycle import Status
from requestdesk.domain.requestfile import MAX_FILE_BYTES, RequestFileError, dump_request, parse_request_bytes
from requestdesk.domain.review import Decision, DecisionValue, Mark, mark_from_json
from requestdesk.domain.timeutil import iso_instant
from requestdesk.store.enclosures import (
    CHUNK,
    MAX_ENCLOSURE_BYTES,
    display_name,
    enclosure_hashes,
    link_enclosure,
    list_enclosures,
    read_blob,
    write_blob,
)
from requestdesk.store.events import Event, append_event, chain_breaks, copy_event, event_to_json, read_events
from requestdesk.store.requests import RequestStore
from requestdesk.store.review import read_decisions, read_marks, review_from_log, review_record, write_review
from requestdesk.store.tracking import UnknownRequestError

FORMAT = "requestdesk.package"
VERSION = 1
SUFFIX = ".requestpkg"

MANIFEST, REQUEST, EVENTS, REVIEW = "manifest.json", "request.json", "events.json", "review.json"
ENCLOSURE_DIR = "enclosures/"
_ENCLOSURE_NAME = re.compile(r"enclosures/[0-9a-f]{64}")
_SHA256 = re.compile(r"[0-9a-f]{64}")

# Limits on what a package may make us read: generous for real requests, fatal to bombs.
MAX_MEMBERS = 1004  # the four documents and up to 1000 enclosure files
MAX_JSON_BYTES = {MANIFEST: 16 * 1024 * 1024, REQUEST: MAX_FILE_BYTES, EVENTS: 64 * 1024 * 1024, REVIEW: 16 * 1024 * 1024}
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024 - 1  # everything unpacked together
MAX_RATIO = 200  # uncompressed / compressed, for members above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
STATE_EVENTS = ("packed", "imported", "approved", "returned", "approval_voided")

_PROBLEMS: dict[str, dict[str, str]] = {
    "unreadable": {"ru": "файл не удается прочитать: {detail}", "en": "the file cannot be read: {detail}"},
    "not_zip": {
        "ru": "это не пакет запроса RequestDesk (файл не является zip-архивом)",
        "en": "this is not a RequestDesk request package (the file is not a zip archive)",
    },
    "damaged": {"ru": "пакет поврежден: {detail}", "en": "the package is damaged: {detail}"},
    "unsafe_name": {
        "ru": "в пакете недопустимое имя файла {name} (путь вне пакета, абсолютный путь, диск или обратная косая черта); пакет отклонен",
        "en": "the package holds an unsafe file name {name} (a path outside the package, an absolute path, a drive or a backslash); refused",
    },
    "unexpected_member": {"ru": "в пакете посторонний файл {name}", "en": "the package holds a file that does not belong in it: {name}"},
    "duplicate_member": {"ru": "файл {name} встречается в пакете дважды", "en": "the package holds {name} twice"},
    "too_many_members": {"ru": "в пакете слишком много файлов ({count})", "en": "the package holds too many files ({count})"},
    "missing_member": {"ru": "в пакете нет файла {name}", "en": "the package lacks {name}"},
    "encrypted": {"ru": "файл {name} в пакете зашифрован", "en": "{name} in the package is encrypted"},
    "compression": {"ru": "файл {name} сжат неизвестным способом", "en": "{name} is compressed with an unsupported method"},
    "too_large_member": {
        "ru": "файл {name} объявлен размером {size} МБ, больше допустимых {limit} МБ; пакет отклонен без чтения",
        "en": "{name} declares {size} MB, above the {limit} MB limit; refused without reading it",
    },
    "bomb": {
        "ru": "пакет похож на «zip-бомбу»: {name} распаковывается в {size} МБ из {packed} КБ; пакет отклонен",
        "en": "the package looks like a zip bomb: {name} expands to {size} MB from {packed} KB; refused",
    },
    "bomb_total": {
        "ru": "пакет похож на «zip-бомбу»: вместе файлы занимают {size} МБ, больше допустимых {limit} МБ",
        "en": "the package looks like a zip bomb: its files expand to {size} MB together, above the {limit} MB limit",
    },
    "size_mismatch": {"ru": "размер файла {name} не совпадает с указанным в пакете", "en": "{name} is not the size the package says"},
    "manifest": {"ru": "опись пакета (manifest.json) повреждена: {detail}", "en": "the package manifest (manifest.json) is damaged: {detail}"},
    "format": {"ru": "это не пакет запроса RequestDesk (неверный формат описи)", "en": "this is not a RequestDesk request package (wrong manifest format)"},
    "newer_version": {
        "ru": "пакет создан более новой версией RequestDesk (версия формата {version}, эта программа читает {supported}); обновите программу",
        "en": "the package was made by a newer RequestDesk (format version {version}; this program reads {supported}); update the program",
    },
    "request_altered": {
        "ru": "текст запроса изменен после упаковки: request.json не совпадает с описью",
        "en": "the request was altered after packing: request.json does not match the manifest",
    },
    "request_invalid": {"ru": "в пакете не запрос: {detail}", "en": "the package does not hold a request: {detail}"},
    "request_not_packed": {
        "ru": "запрос изменен после упаковки: он отличается от записанного в описи и журнале событий",
        "en": "the request was altered after packing: it differs from the one the manifest and the event log record",
    },
    "events_altered": {
        "ru": "журнал событий изменен после упаковки: events.json не совпадает с описью",
        "en": "the event log was altered after packing: events.json does not match the manifest",
    },
    "events_invalid": {"ru": "журнал событий поврежден: {detail}", "en": "the event log is damaged: {detail}"},
    "event_missing": {"ru": "из журнала событий удалено событие {seq}", "en": "event {seq} was removed from the event log"},
    "event_unlinked": {"ru": "событие {seq} журнала не следует за предыдущим (цепочка нарушена)", "en": "event {seq} of the log does not follow the previous one (the chain is broken)"},
    "event_altered": {"ru": "событие {seq} журнала изменено", "en": "event {seq} of the log was altered"},
    "events_truncated": {
        "ru": "из конца журнала событий удалены события (в пакете {found}, по описи {expected})",
        "en": "events were removed from the end of the log ({found} in the package, the manifest says {expected})",
    },
    "review_altered": {
        "ru": "запись о проверке изменена после упаковки: review.json не совпадает с описью",
        "en": "the review record was altered after packing: review.json does not match the manifest",
    },
    "review_not_logged": {
        "ru": "запись о проверке не совпадает с журналом событий (отметки или решения изменены вне программы)",
        "en": "the review record does not match the event log (marks or decisions changed outside the program)",
    },
    "review_invalid": {"ru": "запись о проверке повреждена: {detail}", "en": "the review record is damaged: {detail}"},
    "enclosure_altered": {
        "ru": "приложение «{title}» подменено или изменено: его содержимое не совпадает с описью",
        "en": "the enclosure “{title}” was swapped or altered: its content does not match the manifest",
    },
    "enclosures_not_packed": {
        "ru": "набор приложенных файлов отличается от упакованного (по журналу)",
        "en": "the enclosed files differ from those packed (according to the log)",
    },
    "id_mismatch": {"ru": "части пакета относятся к разным запросам", "en": "the parts of the package belong to different requests"},
}
_UNREADABLE = frozenset({"unreadable", "not_zip"})

# What reading a hostile zip can raise besides BadZipFile: all mean "damaged".
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    zlib.error,
    struct.error,
    UnicodeDecodeError,
    OverflowError,
    IndexError,
    KeyError,
    TypeError,
)


class PackageError(Exception):
    """A package refused; message(lang) names the file and says what is wrong."""

    def __init__(self, path: Path | str, problem: str, **params: Any):
        self.path, self.problem, self.params = Path(path), problem, params
        super().__init__(self.message("en"))

    @property
    def unreadable(self) -> bool:
        """The input could not be read as a package at all (as opposed to refused content)."""
        return self.problem in _UNREADABLE

    def message(self, lang: str = "en") -> str:
        texts = _PROBLEMS[self.problem]
        return f"{self.path}: " + (texts.get(lang) or texts["en"]).format(**{k: str(v) for k, v in self.params.items()})


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}"


def _quoted(name: str) -> str:
    # Control characters in a hostile name must not reach the terminal as they are.
    return json.dumps(name, ensure_ascii=True)


def unsafe_name(name: str) -> bool:
    """A member name that would point outside a folder if anyone extracted it."""
    if not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name:
        return True
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        return True
    return any(part in ("", ".", "..") for part in name.split("/"))


# -- the contents, verified ---------------------------------------------------------------
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

    @property
    def enclosure_hashes(self) -> list[str]:
        return sorted(e.sha256 for e in self.enclosures)

    def enclosure_chunks(self, sha256: str) -> Iterator[bytes]:
        """The content of an enclosure file, read again from the package in chunks."""
        with _open_zip(self.path) as archive:
            yield from _member_chunks(self.path, archive, archive.getinfo(ENCLOSURE_DIR + sha256))


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (IsADirectoryError, PermissionError, FileNotFoundError) as exc:
        raise PackageError(path, "unreadable", detail=exc.strerror or str(exc)) from None
    except zipfile.BadZipFile:
        raise PackageError(path, "not_zip") from None
    except _ZIP_ERRORS as exc:
        raise PackageError(path, "not_zip" if isinstance(exc, (EOFError, struct.error)) else "damaged", detail=str(exc)[:200]) from None


def _member_chunks(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """A member's bytes in chunks, never more than it declares (zipfile stops there too)."""
    read = 0
    try:
        with archive.open(info) as fh:
            while chunk := fh.read(CHUNK):
                read += len(chunk)
                if read > info.file_size:
                    raise PackageError(path, "size_mismatch", name=_quoted(info.filename))
                yield chunk
    except PackageError:
        raise
    except _ZIP_ERRORS as exc:
        raise _damaged_member(path, info.filename, exc) from None
    if read != info.file_size:
        raise PackageError(path, "size_mismatch", name=_quoted(info.filename))


def _damaged_member(path: Path, name: str, exc: BaseException) -> PackageError:
    # A changed byte usually shows first as a CRC error: say which part was altered.
    if name == REQUEST:
        return PackageError(path, "request_altered")
    if name == EVENTS:
        return PackageError(path, "events_altered")
    if name == REVIEW:
        return PackageError(path, "review_altered")
    if name.startswith(ENCLOSURE_DIR):
        return PackageError(path, "enclosure_altered", title=name[len(ENCLOSURE_DIR) :][:12])
    return PackageError(path, "damaged", detail=f"{_quoted(name)}: {str(exc)[:200]}")


def _read_member(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    return b"".join(_member_chunks(path, archive, info))


def _check_members(path: Path, archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Names, count, declared sizes and ratios, before a single member is read."""
    infos = archive.infolist()
    for info in infos:
        # A folder entry ("enclosures/") is not unsafe, only out of place (refused below).
        names = {info.filename.removesuffix("/"), info.orig_filename.removesuffix("/")}
        if any(unsafe_name(name) for name in names):
            raise PackageError(path, "unsafe_name", name=_quoted(info.orig_filename))
    if len(infos) > MAX_MEMBERS:
        raise PackageError(path, "too_many_members", count=len(infos))
    members: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if name in members:
            raise PackageError(path, "duplicate_member", name=_quoted(name))
        if name not in MAX_JSON_BYTES and not _ENCLOSURE_NAME.fullmatch(name):
            raise PackageError(path, "unexpected_member", name=_quoted(name))
        if info.flag_bits & 0x1:
            raise PackageError(path, "encrypted", name=_quoted(name))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageError(path, "compression", name=_quoted(name))
        limit = MAX_JSON_BYTES.get(name, MAX_ENCLOSURE_BYTES)
        if info.file_size > limit:
            raise PackageError(path, "too_large_member", name=_quoted(name), size=_mb(info.file_size), limit=_mb(limit))
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackageError(path, "bomb", name=_quoted(name), size=_mb(info.file_size), packed=f"{info.compress_size / 1024:.0f}")
        total += info.file_size
        members[name] = info
    if total > MAX_TOTAL_BYTES:
        raise PackageError(path, "bomb_total", size=_mb(total), limit=_mb(MAX_TOTAL_BYTES))
    for name in (MANIFEST, REQUEST, EVENTS, REVIEW):
        if name not in members:
            raise PackageError(path, "missing_member", name=name)
    return members


def _json(path: Path, data: bytes, problem: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackageError(path, problem, detail=str(exc)[:200]) from None


def _manifest(path: Path, data: bytes) -> dict[str, Any]:
    manifest = _json(path, data, "manifest")
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
        raise PackageError(path, "manifest", detail=f"status {_quoted(request['status'][:40])}")
    if not _int(events.get("count")) or not isinstance(events.get("head"), str):
        raise PackageError(path, "manifest", detail="events")
    for name, entry in members.items():
        if not (isinstance(entry, dict) and isinstance(entry.get("sha256"), str) and _int(entry.get("size"))):
            raise PackageError(path, "manifest", detail=f"members {_quoted(name)}")
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
            if not _SHA256.fullmatch(item["hash"]) or not (item["prev_hash"] == "" or _SHA256.fullmatch(item["prev_hash"])):
                raise ValueError(index)
            at = datetime.fromisoformat(item["at"])
            if at.tzinfo is None:
                raise ValueError(index)
            events.append(Event(item["request_id"], item["seq"], at, item["user"], item["kind"], item["data"], item["prev_hash"], item["hash"]))
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
    return Decision(
        raw["seq"], DecisionValue(raw["decision"]), raw["reviewer"], _aware(raw["at"]), raw["note"], raw["fingerprint"],
        tuple(raw["enclosures"]), tuple(mark_from_json(m) for m in raw["marks"]), _aware(voided) if voided else None,
        raw["void_reason"],
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
            if not (isinstance(item, dict) and isinstance(item["sha256"], str) and _SHA256.fullmatch(item["sha256"])):
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


def read_package(path: Path | str) -> Package:
    """Opens and verifies a package completely; PackageError says what is wrong."""
    path = Path(path)
    try:
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
    except IsADirectoryError:
        raise PackageError(path, "unreadable", detail="it is a folder") from None
    except OSError as exc:
        raise PackageError(path, "unreadable", detail=exc.strerror or str(exc)) from None
    with _open_zip(path) as archive:
        members = _check_members(path, archive)
        manifest = _manifest(path, _read_member(path, archive, members[MANIFEST]))
        listed = manifest["members"]
        for name in members:
            if name != MANIFEST and name not in listed:
                raise PackageError(path, "unexpected_member", name=_quoted(name))
        for name in listed:
            if name not in members:
                raise PackageError(path, "missing_member", name=_quoted(name))

        def content(name: str) -> tuple[bytes, bool]:
            data = _read_member(path, archive, members[name])
            return data, hashlib.sha256(data).hexdigest() == listed[name]["sha256"] and len(data) == listed[name]["size"]

        request_bytes, request_ok = content(REQUEST)
        try:
            doc = parse_request_bytes(request_bytes, REQUEST)
        except RequestFileError as exc:
            raise PackageError(path, "request_altered" if not request_ok else "request_invalid", detail=exc.message("en")) from None
        if not request_ok:
            raise PackageError(path, "request_altered")
        request_id = manifest["request"]["id"]
        if doc.get("id") != request_id:
            raise PackageError(path, "id_mismatch")
        try:
            digest_now = fingerprint(doc)
        except RecursionError:
            raise PackageError(path, "request_invalid", detail="nested too deeply") from None

        events_bytes, events_ok = content(EVENTS)
        events = _events(path, _json(path, events_bytes, "events_invalid"), request_id)
        if not events_ok:
            raise PackageError(path, "events_altered")
        expected = manifest["events"]
        if len(events) != expected["count"] or (events[-1].hash if events else "") != expected["head"]:
            raise PackageError(path, "events_truncated", found=len(events), expected=expected["count"])

        review_bytes, review_ok = content(REVIEW)
        marks, decisions = _review(path, _json(path, review_bytes, "review_invalid"))
        if not review_ok:
            raise PackageError(path, "review_altered")
        if review_record(marks, decisions) != review_from_log(events):
            raise PackageError(path, "review_not_logged")

        entries = _enclosure_entries(path, manifest["enclosures"])
        for entry in entries:
            name = ENCLOSURE_DIR + entry.sha256
            if (name not in members or listed[name]["sha256"] != entry.sha256 or listed[name]["size"] != entry.size
                    or members[name].file_size != entry.size):
                raise PackageError(path, "enclosure_altered", title=entry.name[:80])
            hasher = hashlib.sha256()
            for chunk in _member_chunks(path, archive, members[name]):
                hasher.update(chunk)
            if hasher.hexdigest() != entry.sha256:
                raise PackageError(path, "enclosure_altered", title=entry.name[:80])
        if {ENCLOSURE_DIR + e.sha256 for e in entries} != {n for n in members if n.startswith(ENCLOSURE_DIR)}:
            raise PackageError(path, "manifest", detail="enclosures")

    if manifest["request"]["fingerprint"] != digest_now:
        raise PackageError(path, "request_not_packed")
    packed = next((e for e in reversed(events) if e.kind == "packed"), None)
    if packed is not None and events[-1] is packed:
        if packed.data.get("fingerprint") != digest_now or packed.data.get("document") != document_digest(doc):
            raise PackageError(path, "request_not_packed")
        if packed.data.get("enclosures") != sorted(e.sha256 for e in entries):
            raise PackageError(path, "enclosures_not_packed")
    return Package(
        path, digest.hexdigest(), request_id, manifest["request"]["status"], doc, digest_now, tuple(events), tuple(marks),
        tuple(decisions), tuple(entries), str(manifest.get("created_at", "")), str(manifest.get("created_by", "")),
    )


# -- packing --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Packed:
    path: Path
    request_id: str
    fingerprint: str
    events: int
    enclosures: int


def _write_package(out: Path, doc: dict[str, Any], status: str, events: list[Event], marks: list[Mark],
                   decisions: list[Decision], enclosures: list[dict[str, Any]], read: Any, created_by: str, now: datetime) -> None:
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
    with atomic_writer(out) as fh, zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
        for name, data in documents.items():
            archive.writestr(name, data)
        for entry in enclosures:
            # Stored, not deflated: PDF, JPEG, PNG and DOCX are compressed already, and a
            # ratio near 1 keeps the importer's zip-bomb check from doubting real files.
            info = zipfile.ZipInfo(ENCLOSURE_DIR + entry["sha256"], date_time=now.timetuple()[:6])
            info.compress_type = zipfile.ZIP_STORED
            info.file_size = entry["size"]
            with archive.open(info, "w") as member:
                for chunk in read(entry["sha256"]):
                    member.write(chunk)


def pack(store: RequestStore, request_id: str, out: Path | str, user: str) -> Packed:
    """Writes the request with its files, review and log to `out`, atomically.

    A "packed" event recording the fingerprint and the files ends the log that travels
    (unless the log already ends with one for the same content), so that the receiving
    side can tell the package from a later local change.
    """
    out = Path(out)
    with store.transaction() as db:
        row = db.execute("SELECT doc, status FROM requests WHERE id = ?", (request_id,)).fetchone()
        if row is None:
            raise UnknownRequestError(f"no request {request_id} in the register")
        doc, status = json.loads(row[0]), row[1]
        files = list_enclosures(db, request_id)
        state = {"fingerprint": fingerprint(doc), "document": document_digest(doc), "enclosures": sorted(f.sha256 for f in files),
                 "status": status}
        events = read_events(db, request_id)
        if not (events and events[-1].kind == "packed" and events[-1].data == state):
            events.append(append_event(db, request_id, store.clock.now(), user, "packed", state))
        _write_package(
            out, doc, status, events, read_marks(db, request_id), read_decisions(db, request_id),
            [{**f.to_json(), "position": f.position} for f in files], lambda sha: read_blob(db, sha), user, store.clock.now(),
        )
    return Packed(out, request_id, state["fingerprint"], len(events), len(files))


def pack_document(doc: dict[str, Any], out: Path | str, user: str, now: datetime) -> Packed:
    """A package of a request file alone (no store: no log, no review, no files)."""
    out = Path(out)
    _write_package(out, doc, Status.DRAFT.value, [], [], [], [], lambda sha: iter(()), user, now)
    return Packed(out, str(doc["id"]), fingerprint(doc), 0, 0)


# -- importing --------------------------------------------------------------------------------
class Resolution(StrEnum):
    KEEP_BOTH = "keep_both"  # the package becomes a new request beside the local one
    REPLACE = "replace"  # the package replaces the local request (the old text kept in the log)


_CONFLICT = {
    "local_changes": {
        "ru": "запрос {id} изменен на этом рабочем месте после упаковки или получения; изменения не вошли в пакет",
        "en": "request {id} was changed on this workstation since it was packed or received; the package lacks those changes",
    },
    "diverged": {
        "ru": "журнал событий запроса {id} на этом рабочем месте содержит события, которых нет в пакете",
        "en": "the event log of request {id} on this workstation has events the package lacks",
    },
}
_CHOOSE = {
    "ru": "Выберите: сохранить оба (пакет станет новым запросом) или заменить.",
    "en": "Choose: keep both (the package becomes a new request) or replace.",
}


@dataclass(frozen=True)
class Conflict:
    """Newer local work the package would overwrite: the caller asks the user what to do."""

    path: Path
    request_id: str
    reasons: tuple[str, ...]
    local_fingerprint: str
    package_fingerprint: str
    local_events: int
    package_events: int

    def message(self, lang: str = "en") -> str:
        lang = lang if lang in ("ru", "en") else "en"
        parts = [_CONFLICT[r][lang].format(id=self.request_id) for r in self.reasons]
        return f"{self.path}: " + "; ".join(parts) + ". " + _CHOOSE[lang]


class Outcome(StrEnum):
    IMPORTED = "imported"  # new on this workstation
    UPDATED = "updated"  # the local request brought up to the package
    UNCHANGED = "unchanged"  # the package holds nothing new
    KEPT_BOTH = "kept_both"
    REPLACED = "replaced"


@dataclass(frozen=True)
class Imported:
    outcome: Outcome
    request_id: str  # the local request now holding the package's content
    source_id: str  # the request id in the package
    status: str


def _local_state(db: sqlite3.Connection, request_id: str, doc: dict[str, Any]) -> dict[str, Any]:
    return {"fingerprint": fingerprint(doc), "enclosures": enclosure_hashes(db, request_id)}


def _no_local_work(local: list[Event], state: dict[str, Any] | None, package: Package) -> bool:
    if state is None:
        return True
    if state == {"fingerprint": package.fingerprint, "enclosures": package.enclosure_hashes}:
        return True
    last = local[-1] if local else None
    return last is not None and last.kind in STATE_EVENTS and all(last.data.get(k) == v for k, v in state.items())


def import_package(store: RequestStore, path: Path | str, user: str, resolution: Resolution | str | None = None) -> Imported | Conflict:
    """Brings a verified package into the store; a Conflict when local work would be lost
    and no resolution was given. Refusals are PackageError; nothing is written then."""
    package = read_package(path)
    chosen = Resolution(resolution) if resolution else None
    db = store._db
    local_doc = store.get(package.request_id)
    local_events = read_events(db, package.request_id)
    local_hashes = [e.hash for e in local_events]
    hashes = [e.hash for e in package.events]
    state = _local_state(db, package.request_id, local_doc) if local_doc is not None else None
    same_content = state == {"fingerprint": package.fingerprint, "enclosures": package.enclosure_hashes}
    if local_doc is not None and local_hashes[: len(hashes)] == hashes and (hashes or same_content):
        # The package is this request as it stands here, or as it stood at an earlier point
        # of this log: it brings nothing new.
        if chosen is None:
            return Imported(Outcome.UNCHANGED, package.request_id, package.request_id, store.status(package.request_id) or "")
        prefix = local_hashes == hashes
    else:
        prefix = local_hashes == hashes[: len(local_hashes)]
        reasons = []
        if not prefix:
            reasons.append("diverged")
        if not _no_local_work(local_events, state, package):
            reasons.append("local_changes")
        if not reasons:
            outcome = Outcome.IMPORTED if local_doc is None else Outcome.UPDATED
            return _bring_in(store, package, user, package.request_id, package.doc, copy_from=len(local_events), outcome=outcome)
        if chosen is None:
            return Conflict(Path(path), package.request_id, tuple(reasons), state["fingerprint"] if state else "",
                            package.fingerprint, len(local_events), len(hashes))
    if chosen is Resolution.KEEP_BOTH:
        doc = copy.deepcopy(package.doc)
        doc["id"] = str(uuid.uuid4())
        return _bring_in(store, package, user, doc["id"], doc, copy_from=None, outcome=Outcome.KEPT_BOTH)
    return _bring_in(store, package, user, package.request_id, package.doc, copy_from=len(local_events) if prefix else None,
                     outcome=Outcome.REPLACED, previous=local_doc)


def _bring_in(store: RequestStore, package: Package, user: str, local_id: str, doc: dict[str, Any], *, copy_from: int | None,
              outcome: Outcome, previous: dict[str, Any] | None = None) -> Imported:
    """One transaction: the document, status, files, review record and log.

    `copy_from` is how many of the package's events the local log already has; the rest
    are copied as they are. None: the package's log cannot continue the local one (a copy
    under a new id, or a replacement of a diverged request), so only the "imported" event
    records where the content came from.
    """
    status = package.status
    marks, decisions = list(package.marks), list(package.decisions)
    if outcome is Outcome.KEPT_BOTH:
        # An approval is bound to the original identity: the copy goes back to review.
        if status == Status.APPROVED:
            status = Status.IN_REVIEW.value
        now = store.clock.now()
        decisions = [
            Decision(d.seq, d.decision, d.reviewer, d.at, d.note, d.fingerprint, d.enclosures, d.marks,
                     d.voided_at or (now if d.decision is DecisionValue.APPROVED else None),
                     d.void_reason or ("copy" if d.decision is DecisionValue.APPROVED else ""))
            for d in decisions
        ]
    with store.transaction() as db:
        store.write(db, doc, status=status)
        if copy_from is not None:
            for event in package.events[copy_from:]:
                copy_event(db, event)
        db.execute("DELETE FROM enclosures WHERE request_id = ?", (local_id,))
        for entry in package.enclosures:
            if not write_blob(db, entry.sha256, entry.size, package.enclosure_chunks(entry.sha256)):
                raise PackageError(package.path, "enclosure_altered", title=entry.name[:80])
            link_enclosure(db, local_id, entry.sha256, display_name(entry.name), entry.media_type, entry.size, entry.pages, entry.added_at, entry.added_by)
        write_review(db, local_id, marks, decisions)
        data: dict[str, Any] = {
            # The record as stored, so that replaying the log accounts for it (review_from_log).
            "review": review_record(read_marks(db, local_id), read_decisions(db, local_id)),
            "outcome": outcome.value,
            "package_sha256": package.sha256,
            "source_id": package.request_id,
            "source_events": len(package.events),
            "source_head": package.events[-1].hash if package.events else "",
            "fingerprint": fingerprint(doc),
            "enclosures": package.enclosure_hashes,
            "status": status,
        }
        if previous is not None:
            # Replacing loses nothing: the text it replaced stays in the log.
            data["replaced"] = {"fingerprint": fingerprint(previous), "document": previous}
        append_event(db, local_id, store.clock.now(), user, "imported", data)
    return Imported(outcome, local_id, package.request_id, status)


__all__ = [
    "Conflict",
    "Imported",
    "Outcome",
    "Package",
    "PackageError",
    "Packed",
    "Resolution",
    "import_package",
    "pack",
    "pack_document",
    "read_package",
    "unsafe_name",
]

