"""The application: the one place that changes a request, its status, review, files and log.

Every operation opens one write transaction (BEGIN IMMEDIATE: another process's write
waits), reads the request again inside it, checks the lifecycle, writes, appends its
event, and returns what it changed; the change hub then tells every view once. The
window, the editor, the welcome, the command line and the package importer call these;
none of them writes to the store.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from requestdesk.app.changes import NOTHING, Aspect, ChangeHub, Done, OpChanges
from requestdesk.app.errors import OperationRefused
from requestdesk.store.heads import record_heads_of
from requestdesk.store.requests import RequestStore, read_doc_and_status

T = TypeVar("T")


@dataclass(frozen=True)
class Stored:
    """A request as the register holds it: its document and its status."""

    doc: dict[str, Any]
    status: str


class DeskBase:
    """What every group of operations shares: the store, the user, the hub."""

    def __init__(self, store: RequestStore, user: str, hub: ChangeHub | None = None):
        self.store = store
        self.user = user
        self.hub = hub or ChangeHub()
        self._gathered: OpChanges | None = None  # inside _one_operation: the changes of the steps so far

    @contextlib.contextmanager
    def _writing(self) -> Iterator[Any]:
        with self.store.transaction() as db:
            yield db

    @contextlib.contextmanager
    def _one_operation(self) -> Iterator[Any]:
        """An operation made of other operations: its steps run in its one transaction
        (all of them land, or none), and what they changed is published once, together,
        after it committed (by the caller's `_done`)."""
        if self._gathered is not None:  # already inside one: its steps join it
            with self._writing() as db:
                yield db
            return
        self._gathered = NOTHING
        try:
            with self._writing() as db:
                yield db
        except BaseException:
            self._gathered = None
            raise

    def _done(self, value: T, changes: OpChanges, initiator: object = None) -> Done[T]:
        if self._gathered is not None and self.store.in_transaction():
            # A step of an operation still writing: told with it, once it committed.
            self._gathered |= changes
            return Done(value, changes)
        if self._gathered is not None:  # the composed operation committed: all its steps at once
            changes, self._gathered = self._gathered | changes, None
        # Counted in the second place (store/heads.py) and published after the transaction
        # committed: a listener that reads sees the change.
        record_heads_of(self.store, changes.requests)
        self.hub.publish(changes, initiator)
        return Done(value, changes)

    def _stored(self, db: Any, request_id: str) -> Stored:
        found = read_doc_and_status(db, request_id)
        if found is None:
            raise OperationRefused("unknown", id=request_id)
        return Stored(*found)

    def stored(self, request_id: str) -> Stored | None:
        """How the register holds a request now, or None."""
        found = self.store.doc_and_status(request_id)
        return Stored(*found) if found else None


ALL_OF_A_REQUEST = (Aspect.DOCUMENT, Aspect.STATUS, Aspect.LOG)
