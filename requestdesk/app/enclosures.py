"""Attaching and removing a request's enclosure files.

The files are part of what a supervisor approves: they change only while the request's
text may change (`EDITABLE`), and a change voids an approval of the old set in the same
transaction (the store's Enclosures does that, inside the desk's transaction).
"""

from __future__ import annotations

from pathlib import Path

from requestdesk.app.changes import Aspect, Done, OpChanges
from requestdesk.app.desk import DeskBase
from requestdesk.app.errors import OperationRefused
from requestdesk.domain.lifecycle import EDITABLE
from requestdesk.store.enclosures import Enclosure, Enclosures
from requestdesk.store.events import Event

# An enclosure change may void the approval (review, status) and always logs an event.
_FILES = (Aspect.ENCLOSURES, Aspect.LOG, Aspect.REVIEW, Aspect.STATUS)


class EnclosureOps(DeskBase):
    def _enclosures(self) -> Enclosures:
        return Enclosures(self.store, self.user)

    def enclosures(self, request_id: str) -> list[Enclosure]:
        """The files kept with a request, in their order."""
        return self._enclosures().list(request_id)

    def save_enclosure_copy(self, sha256: str, target: Path) -> None:
        """Writes a stored file out (to open or print it); changes nothing in the register."""
        self._enclosures().save_copy(sha256, target)

    def _require_editable(self, db: object, request_id: str) -> None:
        stored = self._stored(db, request_id)
        if stored.status not in EDITABLE:
            raise OperationRefused("not_editable", status=stored.status)

    def attach(self, request_id: str, path: Path | str, *, initiator: object = None) -> Done[Enclosure]:
        """Keeps a copy of the file with the request ("enclosure_added"); refused with an
        EnclosureError for an unfit file, with OperationRefused once the request is
        signed or sent."""
        with self._writing() as db:
            self._require_editable(db, request_id)
            enclosure = self._enclosures().attach(request_id, Path(path))
        return self._done(enclosure, OpChanges.of([request_id], *_FILES), initiator)

    def detach(self, request_id: str, sha256: str, *, initiator: object = None) -> Done[Event | None]:
        """Removes a file from the request ("enclosure_removed"; its content stays for the
        log); None, and no change, when the request did not have it."""
        with self._writing() as db:
            self._require_editable(db, request_id)
            event = self._enclosures().detach(request_id, sha256)
        return self._done(event, OpChanges.of([request_id], *_FILES) if event else OpChanges(), initiator)
