"""Creating, editing, copying, replacing, deleting and archiving requests."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from requestdesk.app.changes import Aspect, Done, OpChanges
from requestdesk.app.desk import ALL_OF_A_REQUEST, DeskBase, Stored
from requestdesk.app.errors import OperationRefused
from requestdesk.domain.check import CheckResult
from requestdesk.domain.document import duplicate
from requestdesk.domain.fingerprint import fingerprint
from requestdesk.domain.lifecycle import EDITABLE, Status
from requestdesk.store.events import Event, append_event, read_events
from requestdesk.store.requests import read_doc_and_status
from requestdesk.store.review import restore_if_unchanged, void_if_changed


@dataclass(frozen=True)
class Edited:
    result: CheckResult  # the check of the text as saved
    voided: Event | None  # the approval this save voided, if any
    saved: bool  # False when the text was already the register's
    restored: Event | None = None  # the approval this save made valid again (the approved text is back)


@dataclass(frozen=True)
class Deleted:
    """What a deletion took out of the register: the drafts deleted, as they were (for
    an undo), and the requests archived instead (they had left the draft stage)."""

    removed: list[Stored]
    archived: list[str]

    @property
    def ids(self) -> list[str]:
        return [*(s.doc["id"] for s in self.removed), *self.archived]


def _require_id(doc: dict[str, Any]) -> str:
    request_id = doc.get("id")
    if not isinstance(request_id, str) or not request_id.strip():
        raise OperationRefused("no_id")
    return request_id


def _unchanged_since_created(events: list[Event], doc: dict[str, Any]) -> bool:
    """Whether nothing happened to a request since it was made (its log is its creation
    and the text is still the one it was made with)."""
    return (len(events) >= 1 and events[-1].kind in ("created", "restored", "imported")
            and events[-1].data.get("fingerprint") == fingerprint(doc))


def _archive_moved(*, added: Iterable[str] = (), removed: Iterable[str] = ()) -> OpChanges:
    """Requests into the archive (out of the register's list) or back: rows of the list
    and an event, never their text or status."""
    return OpChanges.of((), Aspect.LOG, added=added, removed=removed) if added or removed else OpChanges()


class RequestOps(DeskBase):
    def create(self, doc: dict[str, Any], *, source: str = "new", initiator: object = None) -> Done[str]:
        """A new draft in the register (`source`: "new", "file", "copy", "welcome",
        or "editor": the first save of an editor window opened on a request the register lacks)."""
        request_id = _require_id(doc)
        with self._writing() as db:
            if self.store.doc_and_status(request_id) is not None:
                raise OperationRefused("exists", id=request_id)
            self.store.write(db, doc, status=Status.DRAFT.value)
            append_event(db, request_id, self.store.clock.now(), self.user, "created",
                         {"source": source, "fingerprint": fingerprint(doc)})
        return self._done(request_id, OpChanges.of([request_id], *ALL_OF_A_REQUEST, added=[request_id]), initiator)

    def edit(self, doc: dict[str, Any], *, initiator: object = None) -> Done[Edited]:
        """Saves a changed text. Refused once the request has left the editable stages
        (signed, sent...); a change to an approved text voids the approval in the same
        transaction."""
        return self._save_text(doc, "edited", lambda old: {}, initiator)

    def replace(self, doc: dict[str, Any], *, initiator: object = None) -> Done[Edited]:
        """Puts a text from elsewhere (a request file) over the register's: allowed while
        the request is editable, logged with the text it replaced, and voiding an approval
        of the old text like any edit."""
        return self._save_text(
            doc, "replaced", lambda old: {"replaced": {"fingerprint": fingerprint(old), "document": old}}, initiator)

    def _save_text(self, doc: dict[str, Any], kind: str, about_old: Callable[[dict[str, Any]], dict[str, Any]],
                   initiator: object) -> Done[Edited]:
        """A new text for a stored request, logged as `kind` with what `about_old` says of
        the text it replaces."""
        request_id = _require_id(doc)
        with self._writing() as db:
            stored = self._stored(db, request_id)
            if stored.status not in EDITABLE:
                raise OperationRefused("not_editable", status=stored.status)
            if stored.doc == doc:
                return Done(Edited(self.store.check(doc), None, False))
            result = self.store.write(db, doc)
            append_event(db, request_id, self.store.clock.now(), self.user, kind,
                         {"fingerprint": fingerprint(doc), **about_old(stored.doc)})
            voided, restored = self._review_follows(
                db, request_id, transmission_changed=stored.doc.get("transmission") != doc.get("transmission"))
        return self._edited(request_id, Edited(result, voided, True, restored), initiator)

    def _review_follows(self, db: Any, request_id: str, *, transmission_changed: bool = False) -> tuple[Event | None, Event | None]:
        """Inside the write: a change of an approved text voids its approval; a text
        brought back to exactly the approved one makes the approval valid again."""
        voided = void_if_changed(self.store, db, request_id, self.user, transmission_changed)
        return voided, None if voided else restore_if_unchanged(self.store, db, request_id, self.user)

    def _edited(self, request_id: str, edited: Edited, initiator: object) -> Done[Edited]:
        review = edited.voided or edited.restored
        aspects = [*ALL_OF_A_REQUEST, Aspect.REVIEW] if review else [Aspect.DOCUMENT, Aspect.LOG]
        return self._done(edited, OpChanges.of([request_id], *aspects), initiator)

    def duplicate(self, ids: Iterable[str], today: date, *, initiator: object = None) -> Done[list[str]]:
        """New drafts copied from requests (a new identity, no number, no transmission)."""
        made: list[str] = []
        with self._writing() as db:
            for request_id in dict.fromkeys(ids):
                stored = self._stored(db, request_id)
                copied = duplicate(stored.doc, today)
                self.store.write(db, copied, status=Status.DRAFT.value)
                append_event(db, copied["id"], self.store.clock.now(), self.user, "created",
                             {"source": "copy", "copied_from": request_id, "fingerprint": fingerprint(copied)})
                made.append(copied["id"])
        return self._done(made, OpChanges.of(made, *ALL_OF_A_REQUEST, added=made), initiator)

    def delete(self, ids: Iterable[str], *, again: bool = False, initiator: object = None) -> Done[Deleted]:
        """Takes requests out of the register's list, in one transaction.

        A draft is deleted (its log stays: "deleted"); a request that has left the draft
        stage (submitted, reviewed, signed, transmitted, sent...) is never deleted but
        archived ("archived"): kept whole with its review, files and log, out of the
        register's list and of `find`, shown by the register's Archived filter and
        brought back by `unarchive` (or the undo, `undelete`). One operation decides for
        each request, so that the window's Delete needs no second way.

        `again` is the redo of a deletion that was undone: a draft changed since it came
        back is kept, since deleting it would lose that work; a request already archived
        stays as it is.
        """
        removed: list[Stored] = []
        archived: list[str] = []
        with self._writing() as db:
            for request_id in dict.fromkeys(ids):
                found = read_doc_and_status(db, request_id)
                if found is None:
                    if again:
                        continue
                    raise OperationRefused("unknown", id=request_id)
                stored = Stored(*found)
                if stored.status != Status.DRAFT:
                    if self.store.is_archived(request_id):
                        continue
                    self.store.set_archived(db, request_id, True)
                    append_event(db, request_id, self.store.clock.now(), self.user, "archived",
                                 {"fingerprint": fingerprint(stored.doc), "status": stored.status})
                    archived.append(request_id)
                    continue
                if again and not _unchanged_since_created(read_events(db, request_id), stored.doc):
                    continue
                self.store.remove(db, request_id)
                append_event(db, request_id, self.store.clock.now(), self.user, "deleted",
                             {"fingerprint": fingerprint(stored.doc), "status": stored.status})
                removed.append(stored)
        gone = [s.doc["id"] for s in removed]
        changes = OpChanges.of(gone, *ALL_OF_A_REQUEST, removed=gone) | _archive_moved(removed=archived)
        return self._done(Deleted(removed, archived), changes, initiator)

    def undelete(self, deleted: Deleted, *, initiator: object = None) -> Done[list[str]]:
        """The undo of a deletion, in one transaction: the deleted drafts come back (as
        `restore`), the archived requests leave the archive (as `unarchive`)."""
        with self._writing() as db:
            restored, unarchived = self._restore_in(db, deleted.removed), self._unarchive_in(db, deleted.archived)
        changes = OpChanges.of(restored, *ALL_OF_A_REQUEST, added=restored) | _archive_moved(added=unarchived)
        return self._done(restored + unarchived, changes, initiator)

    def unarchive(self, ids: Iterable[str], *, initiator: object = None) -> Done[list[str]]:
        """Brings archived requests back into the register's list, as they were; their
        log continues with a "restored" event (`"from": "archive"`). A request not in
        the archive is left as it is."""
        with self._writing() as db:
            back = self._unarchive_in(db, ids)
        return self._done(back, _archive_moved(added=back), initiator)

    def _unarchive_in(self, db: Any, ids: Iterable[str]) -> list[str]:
        back: list[str] = []
        for request_id in dict.fromkeys(ids):
            found = read_doc_and_status(db, request_id)
            if found is None or not self.store.is_archived(request_id):
                continue
            stored = Stored(*found)
            self.store.set_archived(db, request_id, False)
            append_event(db, request_id, self.store.clock.now(), self.user, "restored",
                         {"fingerprint": fingerprint(stored.doc), "status": stored.status, "from": "archive"})
            back.append(request_id)
        return back

    def restore(self, requests: Iterable[Stored], *, initiator: object = None) -> Done[list[str]]:
        """Brings deleted requests back (the undo of a deletion): their log continues
        with a "restored" event. A request the register holds again is left as it is."""
        with self._writing() as db:
            back = self._restore_in(db, requests)
        return self._done(back, OpChanges.of(back, *ALL_OF_A_REQUEST, added=back), initiator)

    def _restore_in(self, db: Any, requests: Iterable[Stored]) -> list[str]:
        back: list[str] = []
        for stored in requests:
            request_id = _require_id(stored.doc)
            if read_doc_and_status(db, request_id) is not None:
                continue
            doc = copy.deepcopy(stored.doc)
            self.store.write(db, doc, status=stored.status)
            append_event(db, request_id, self.store.clock.now(), self.user, "restored",
                         {"fingerprint": fingerprint(doc), "status": stored.status})
            back.append(request_id)
        return back

    def withdraw(self, ids: Iterable[str], *, initiator: object = None) -> Done[list[Stored]]:
        """The undo of a creation (a new request, a copy, an imported file): removes the
        requests that nothing has happened to since; one that was worked on since (edited,
        submitted, transmitted...) is kept, since undoing its creation would destroy that
        work. Returns what was removed, so that a redo can restore it."""
        removed: list[Stored] = []
        with self._writing() as db:
            for request_id in dict.fromkeys(ids):
                found = self.store.doc_and_status(request_id)
                if found is None:
                    continue
                stored = Stored(*found)
                if stored.status != Status.DRAFT or not _unchanged_since_created(read_events(db, request_id), stored.doc):
                    continue
                self.store.remove(db, request_id)
                append_event(db, request_id, self.store.clock.now(), self.user, "deleted",
                             {"fingerprint": fingerprint(stored.doc), "status": stored.status, "undo": True})
                removed.append(stored)
        gone = [s.doc["id"] for s in removed]
        return self._done(removed, OpChanges.of(gone, *ALL_OF_A_REQUEST, removed=gone), initiator)
