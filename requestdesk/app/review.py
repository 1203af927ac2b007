"""The supervisor's review: submitting, marking, approving and returning."""

from __future__ import annotations

from requestdesk.app.changes import Aspect, Done, OpChanges
from requestdesk.app.desk import DeskBase
from requestdesk.app.signing import check_decision_signer
from requestdesk.domain.review import ApprovalState, MarkValue
from requestdesk.store.events import Event
from requestdesk.store.review import Review

_DECIDED = (Aspect.STATUS, Aspect.REVIEW, Aspect.LOG)


class ReviewOps(DeskBase):
    def _review(self) -> Review:
        return Review(self.store, self.user)

    def approval(self, request_id: str) -> ApprovalState:
        """Whether the request's approval holds for its text and files as they stand."""
        return self._review().approval_state(request_id)

    def submit(self, request_id: str, note: str = "", *, initiator: object = None) -> Done[Event]:
        with self._writing():
            event = self._review().submit(request_id, note)
        return self._done(event, OpChanges.of([request_id], Aspect.STATUS, Aspect.LOG), initiator)

    def mark(self, request_id: str, code: str, mark: MarkValue | str, comment: str = "", field: str = "",
             *, initiator: object = None) -> Done[Event | None]:
        with self._writing():
            event = self._review().mark(request_id, code, mark, comment, field)
        changes = OpChanges.of([request_id], Aspect.REVIEW, Aspect.LOG) if event else OpChanges()
        return self._done(event, changes, initiator)

    def clear_mark(self, request_id: str, code: str, field: str = "", *, initiator: object = None) -> Done[Event | None]:
        with self._writing():
            event = self._review().clear_mark(request_id, code, field)
        changes = OpChanges.of([request_id], Aspect.REVIEW, Aspect.LOG) if event else OpChanges()
        return self._done(event, changes, initiator)

    def approve(self, request_id: str, note: str = "", *, signer, initiator: object = None) -> Done[Event]:  # type: ignore[no-untyped-def]
        """Approves as `signer` (an unlocked identity key): a supervisor's key trusted here,
        not the author's; the decision is that key's signature."""
        with self._writing() as db:
            self._stored(db, request_id)
            check_decision_signer(db, request_id, self.user, signer, self.store.clock.now())
            event = self._review().approve(request_id, note, signer=signer)
        return self._done(event, OpChanges.of([request_id], *_DECIDED), initiator)

    def return_for_changes(self, request_id: str, note: str = "", *, signer,  # type: ignore[no-untyped-def]
                           initiator: object = None) -> Done[Event]:
        with self._writing() as db:
            self._stored(db, request_id)
            check_decision_signer(db, request_id, self.user, signer, self.store.clock.now())
            event = self._review().return_for_changes(request_id, note, signer=signer)
        return self._done(event, OpChanges.of([request_id], *_DECIDED), initiator)
