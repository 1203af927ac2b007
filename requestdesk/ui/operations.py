"""What the window does to the register, through the application layer.

Widgets never write to the store: they call these functions, which call the desk
(`requestdesk.app`); the desk checks each request's stage, logs the event, and publishes
what changed, which the register and the watch follow. Each function returns what its
undo command needs.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any, Protocol

from requestdesk.app import Deleted, Desk
from requestdesk.domain.document import new_request
from requestdesk.domain.requestfile import RequestFileError, load_request_file, save_request_file
from requestdesk.domain.timeutil import zone
from requestdesk.ui.services import Services
from requestdesk.ui.settings import Options
from requestdesk.ui.treaty import workstation_profile


def desk_of(services: Services) -> Desk:
    """The desk of whoever works at this window, over the register it has open now."""
    from requestdesk.ui.i18n import current_language
    from requestdesk.ui.tracking.operations import current_user

    return Desk(services.store, current_user(services, current_language()), services.hub)


# -- settings that change the register ------------------------------------------------
def apply_counting(parent: Any, services: Services, title: str, label: str) -> bool | None:
    """Brings the register to the counting rule of the settings: every request with a
    deadline is re-checked off the window's thread (a connection of its own), with
    progress and Cancel. True once applied (the window's store follows), False when
    cancelled (the register and the setting keep the previous rule), None when the rule
    did not change. A register error is raised here, the setting put back first."""
    from contextlib import contextmanager

    from requestdesk.store.requests import RequestStore
    from requestdesk.ui.background import run_with_progress
    from requestdesk.ui.services import counting_of

    counting, previous = counting_of(services.settings), services.store.counting
    if counting is previous:
        return None
    user = desk_of(services).user

    @contextmanager
    def open_job():  # type: ignore[no-untyped-def]
        store = RequestStore(services.store.path, directory=services.directory, clock=services.clock, counting=previous)
        try:
            yield Desk(store, user, services.hub).change_counting(counting)
        finally:
            store.close()

    try:
        done = run_with_progress(parent, title, label, open_job)
    except BaseException:
        services.settings.set(Options.confirmation_counting, previous.value)
        raise
    if done:
        services.store.counting = counting
    else:
        services.settings.set(Options.confirmation_counting, previous.value)
    return done


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
    profile = workstation_profile(settings)
    fields["treaty"] = profile.id
    if exchange in profile.exchanges:
        fields["exchange"] = exchange
        fields["seal"] = profile.exchanges[exchange].seal
    for key, option in (("signatory", Options.default_signatory), ("executor", Options.default_executor)):
        value = settings.get(option)
        if value:
            fields[key] = copy.deepcopy(value)
    return new_request(today(services), **fields)


def create_request(services: Services) -> dict[str, Any]:
    doc = new_document(services)
    desk_of(services).create(doc)
    return doc


def duplicate_requests(services: Services, ids: Iterable[str]) -> list[str]:
    """New drafts copied from the requests (their ids)."""
    return desk_of(services).duplicate(ids, today(services)).value


def delete_requests(services: Services, ids: Iterable[str]) -> Deleted:
    """Deletes the drafts and archives the requests that have left the draft stage
    (one operation: `Desk.delete`); returns what it did, for the undo."""
    return desk_of(services).delete(ids).value


def unarchive_requests(services: Services, ids: Iterable[str]) -> list[str]:
    """Brings archived requests back into the register's list; returns those it brought."""
    return desk_of(services).unarchive(ids).value


# -- request files ------------------------------------------------------------------
class Conflict(Enum):
    REPLACE = "replace"  # the imported file replaces the stored request
    KEEP_BOTH = "keep_both"  # the imported file is added under a new id
    SKIP = "skip"


@dataclass(frozen=True)
class Replaced:
    before: dict[str, Any]  # the register's text the file replaced
    after: dict[str, Any]


class SaysWhy(Protocol):
    """A file not imported, or the refusal that stopped it: says why in the user's language."""

    def message(self, lang: str) -> str: ...


@dataclass(frozen=True)
class ImportOutcome:
    created: list[str] = field(default_factory=list)  # new requests (a new file, or kept beside the stored one)
    replaced: list[Replaced] = field(default_factory=list)
    failures: list[SaysWhy] = field(default_factory=list)  # files not imported, each saying why
    unchanged: list[Path] = field(default_factory=list)  # files identical to what the register holds
    skipped: list[Path] = field(default_factory=list)

    @property
    def ids(self) -> list[str]:
        return [*self.created, *(r.after["id"] for r in self.replaced)]


ConflictResolver = Callable[[Path, dict[str, Any], dict[str, Any]], Conflict]  # file, stored, incoming


def import_files(services: Services, paths: Iterable[Path], resolve: ConflictResolver) -> ImportOutcome:
    """Adds request files to the register; a file that is not a request changes nothing.

    A file holding a request the register has is the replace / keep both / skip question;
    replacing goes through the desk like an edit: refused for a request that was signed or
    sent, logged with the text it replaced, and voiding an approval of that text.
    """
    from requestdesk.app import OperationRefused

    desk = desk_of(services)
    outcome = ImportOutcome()
    for path in paths:
        try:
            doc = load_request_file(path)
        except RequestFileError as exc:
            outcome.failures.append(exc)
            continue
        request_id = doc.get("id")
        if not isinstance(request_id, str) or not request_id.strip():
            doc["id"] = str(uuid.uuid4())  # a hand-made file without an identity gets one
        existing = desk.stored(doc["id"])
        try:
            if existing is None:
                desk.create(doc, source="file")
                outcome.created.append(doc["id"])
                continue
            if existing.doc == doc:
                outcome.unchanged.append(Path(path))
                continue
            decision = resolve(Path(path), existing.doc, doc)
            if decision is Conflict.SKIP:
                outcome.skipped.append(Path(path))
            elif decision is Conflict.KEEP_BOTH:
                doc = copy.deepcopy(doc)
                doc["id"] = str(uuid.uuid4())
                desk.create(doc, source="file")
                outcome.created.append(doc["id"])
            else:
                desk.replace(doc)
                outcome.replaced.append(Replaced(existing.doc, doc))
        except OperationRefused as exc:
            outcome.failures.append(_FileRefused(Path(path), exc))
    return outcome


class _FileRefused(Exception):
    """A file the desk refused (the request it would replace was signed or sent)."""

    def __init__(self, path: Path, refusal: SaysWhy):
        super().__init__(f"{path}: {refusal}")
        self.path, self.refusal = path, refusal

    def message(self, lang: str = "en") -> str:
        return f"{self.path}: {self.refusal.message(lang)}"


def export_file(services: Services, request_id: str, path: Path) -> Path:
    """Writes a stored request to a `*.request.json` file, whole (unknown keys included)."""
    doc = services.store.get(request_id)
    if doc is None:
        raise KeyError(request_id)
    save_request_file(doc, path)
    return path
