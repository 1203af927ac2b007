"""What the interface does to the register, done through the store and reported back.

Widgets never write to the store themselves: they call these functions, which make
the change and return a Change (what each request was before and after), which the
undo stack can reverse and the register uses to know what to reload.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from requestdesk.domain.document import duplicate, new_request
from requestdesk.domain.profile import load_profile
from requestdesk.domain.requestfile import RequestFileError, load_request_file, save_request_file
from requestdesk.domain.timeutil import zone
from requestdesk.store.requests import RequestStore
from requestdesk.ui.services import Services
from requestdesk.ui.settings import Options


@dataclass(frozen=True)
class Stored:
    """A request as the store holds it: its document and its status."""

    doc: dict[str, Any]
    status: str


Snapshot = dict[str, Stored | None]  # request id -> how it is stored, None when it is not


@dataclass(frozen=True)
class Change:
    before: Snapshot = field(default_factory=dict)
    after: Snapshot = field(default_factory=dict)

    @property
    def ids(self) -> list[str]:
        return list(dict.fromkeys([*self.before, *self.after]))

    @property
    def added(self) -> list[str]:
        return [i for i, s in self.after.items() if s is not None and self.before.get(i) is None]

    @property
    def removed(self) -> list[str]:
        return [i for i, s in self.after.items() if s is None and self.before.get(i) is not None]

    def __bool__(self) -> bool:
        return bool(self.after)


def snapshot(store: RequestStore, ids: Iterable[str]) -> Snapshot:
    taken: Snapshot = {}
    for request_id in ids:
        doc = store.get(request_id)
        taken[request_id] = Stored(doc, store.status(request_id) or "draft") if doc is not None else None
    return taken


def write(store: RequestStore, state: Snapshot) -> None:
    """Brings the store to a snapshot: saves what is in it, deletes what is None."""
    for request_id, stored in state.items():
        if stored is None:
            store.delete(request_id)
        else:
            store.save(copy.deepcopy(stored.doc), status=stored.status)


def _change(store: RequestStore, after: Snapshot) -> Change:
    before = snapshot(store, after)
    write(store, after)
    return Change(before, after)


# -- creating -----------------------------------------------------------------------
def today(services: Services) -> date:
    """Today where the officer's authority is (its zone from the settings), else locally."""
    own = services.settings.get(Options.own_authority)
    own_zone = zone(own.get("time_zone", "")) or zone(services.directory.zone_of(own.get("state", "")))
    now = services.clock.now()
    return (now.astimezone(own_zone) if own_zone else now.astimezone()).date()


def new_document(services: Services) -> dict[str, Any]:
    """A fresh request filled with the defaults of the settings."""
    settings = services.settings
    fields: dict[str, Any] = {}
    own = settings.get(Options.own_authority)
    if own:
        fields["requesting"] = copy.deepcopy(own)
    exchange = settings.get(Options.default_exchange)
    profile = load_profile()
    if exchange in profile.exchanges:
        fields["exchange"] = exchange
        fields["seal"] = profile.exchanges[exchange].seal
    for key, option in (("signatory", Options.default_signatory), ("executor", Options.default_executor)):
        value = settings.get(option)
        if value:
            fields[key] = copy.deepcopy(value)
    return new_request(today(services), **fields)


def create_request(services: Services) -> tuple[dict[str, Any], Change]:
    doc = new_document(services)
    return doc, _change(services.store, {doc["id"]: Stored(doc, "draft")})


def duplicate_requests(services: Services, ids: Iterable[str]) -> Change:
    copies: Snapshot = {}
    for request_id in ids:
        doc = services.store.get(request_id)
        if doc is not None:
            copied = duplicate(doc, today(services))
            copies[copied["id"]] = Stored(copied, "draft")
    return _change(services.store, copies)


def delete_requests(services: Services, ids: Iterable[str]) -> Change:
    present = [i for i in ids if services.store.get(i) is not None]
    return _change(services.store, {i: None for i in present})


def set_status(services: Services, ids: Iterable[str], status: str) -> Change:
    changed: Snapshot = {}
    for request_id in ids:
        doc = services.store.get(request_id)
        if doc is not None and services.store.status(request_id) != status:
            changed[request_id] = Stored(doc, status)
    return _change(services.store, changed)


# -- request files ------------------------------------------------------------------
class Conflict(Enum):
    REPLACE = "replace"  # the imported file replaces the stored request
    KEEP_BOTH = "keep_both"  # the imported file is added under a new id
    SKIP = "skip"


@dataclass(frozen=True)
class ImportOutcome:
    change: Change
    failures: list[RequestFileError]
    unchanged: list[Path]  # files identical to what the register holds
    skipped: list[Path]


ConflictResolver = Callable[[Path, dict[str, Any], dict[str, Any]], Conflict]  # file, stored, incoming


def import_files(services: Services, paths: Iterable[Path], resolve: ConflictResolver) -> ImportOutcome:
    """Adds request files to the register; a file that is not a request changes nothing."""
    store = services.store
    after: Snapshot = {}
    failures: list[RequestFileError] = []
    unchanged: list[Path] = []
    skipped: list[Path] = []
    for path in paths:
        try:
            doc = load_request_file(path)
        except RequestFileError as exc:
            failures.append(exc)
            continue
        request_id = doc.get("id")
        if not isinstance(request_id, str) or not request_id.strip():
            doc["id"] = str(uuid.uuid4())  # a hand-made file without an identity gets one
        existing = after[doc["id"]].doc if after.get(doc["id"]) else store.get(doc["id"])
        if existing is not None:
            if existing == doc:
                unchanged.append(Path(path))
                continue
            decision = resolve(Path(path), existing, doc)
            if decision is Conflict.SKIP:
                skipped.append(Path(path))
                continue
            if decision is Conflict.KEEP_BOTH:
                doc = copy.deepcopy(doc)
                doc["id"] = str(uuid.uuid4())
        status = store.status(doc["id"]) or "draft"
        after[doc["id"]] = Stored(doc, status)
    return ImportOutcome(_change(store, after), failures, unchanged, skipped)


def export_file(services: Services, request_id: str, path: Path) -> Path:
    """Writes a stored request to a `*.request.json` file, whole (unknown keys included)."""
    doc = services.store.get(request_id)
    if doc is None:
        raise KeyError(request_id)
    save_request_file(doc, path)
    return path
