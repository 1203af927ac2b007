"""A request's life after review: signature, sending, urgent transmission and its
written confirmation (Art. 6(2)), and execution (Arts. 7, 11)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from requestdesk.app.changes import Aspect, Done, OpChanges
from requestdesk.app.desk import DeskBase
from requestdesk.app.errors import OperationRefused
from requestdesk.domain.document import get_path, set_path
from requestdesk.domain.fingerprint import fingerprint
from requestdesk.domain.lifecycle import Status, check_transition
from requestdesk.domain.review import ApprovalStatus
from requestdesk.store.events import Event, append_event
from requestdesk.store.review import approval_of
from requestdesk.store.tracking import Overview, Tracker

_MOVED = (Aspect.STATUS, Aspect.LOG, Aspect.TRACKING)


class TrackingOps(DeskBase):
    def _tracker(self) -> Tracker:
        return Tracker(self.store, self.user)

    def history(self, request_id: str) -> list[Event]:
        """The request's log, oldest first (what the history window shows)."""
        return self._tracker().history(request_id)

    def overview(self) -> Overview:
        """What the watch counts: urgent requests awaiting confirmation, overdue, due soon."""
        return self._tracker().overview()

    def sign(self, request_id: str, note: str = "", *, initiator: object = None) -> Done[Event]:
        """Approved → signed, only while the approval is valid for the text as it stands."""
        with self._writing() as db:
            stored = self._stored(db, request_id)
            new = check_transition(stored.status, Status.SIGNED)
            state = approval_of(db, request_id, stored.doc)
            if state.status is not ApprovalStatus.VALID:
                raise OperationRefused("no_valid_approval", approval=state)
            event = append_event(db, request_id, self.store.clock.now(), self.user, "signed", {
                "from": stored.status, "to": new.value, "note": note, "fingerprint": fingerprint(stored.doc),
                "approval_seq": state.decision.seq if state.decision else None,
            })
            self.store.write(db, stored.doc, status=new.value)
        return self._done(event, OpChanges.of([request_id], *_MOVED), initiator)

    def move(self, request_id: str, target: str, note: str = "", *, initiator: object = None, **data: Any) -> Done[Event]:
        """Any other allowed change of status (sent, closed...); signature and the
        review's decisions have operations of their own."""
        if target == Status.SIGNED:
            return self.sign(request_id, note, initiator=initiator)
        with self._writing():
            event = self._tracker().transition(request_id, target, note, **data)
        return self._done(event, OpChanges.of([request_id], *_MOVED), initiator)

    def transmit(self, request_id: str, channel: str, at: datetime, *, received_by: dict[str, str] | None = None,
                 arrangement: str = "", note: str = "", initiator: object = None) -> Done[Event]:
        with self._writing():
            event = self._tracker().record_transmission(request_id, channel, at, received_by=received_by,
                                                        arrangement=arrangement, note=note)
        return self._done(event, OpChanges.of([request_id], Aspect.DOCUMENT, *_MOVED), initiator)

    def confirm(self, request_id: str, at: datetime, note: str = "", *, number: str = "", dated: date | None = None,
                initiator: object = None) -> Done[Event]:
        """The written confirmation of an urgent request was sent (Art. 6(2)); its outgoing
        number and date (spec §1 `transmission.confirmation_number` / `confirmation_date`),
        when given, go into the request's text with it, for the confirmation letter."""
        with self._writing() as db:
            _check_confirmation_dates(self._stored(db, request_id).doc, at, dated, self.store.clock.now())
            if number.strip() or dated is not None:
                stored = self._stored(db, request_id)
                doc = stored.doc
                if number.strip():
                    set_path(doc, "transmission.confirmation_number", number.strip())
                if dated is not None:
                    set_path(doc, "transmission.confirmation_date", dated.isoformat())
                self.store.write(db, doc)
            event = self._tracker().record_confirmation(request_id, at, note)
        return self._done(event, OpChanges.of([request_id], Aspect.DOCUMENT, *_MOVED), initiator)

    def record_notice(self, request_id: str, kind: str, text: str, *, initiator: object = None) -> Done[Event]:
        with self._writing():
            event = self._tracker().record_notice(request_id, kind, text)
        return self._done(event, OpChanges.of([request_id], Aspect.LOG, Aspect.TRACKING), initiator)

    def record_forwarding(self, request_id: str, to_authority: str, note: str = "", *, initiator: object = None) -> Done[Event]:
        with self._writing():
            event = self._tracker().record_forwarding(request_id, to_authority, note)
        return self._done(event, OpChanges.of([request_id], *_MOVED), initiator)

    def record_result(self, request_id: str, received: date, summary: str, enclosures: list[str] | None = None,
                      partial: bool = False, *, initiator: object = None) -> Done[Event]:
        with self._writing():
            event = self._tracker().record_result(request_id, received, summary, enclosures, partial)
        return self._done(event, OpChanges.of([request_id], *_MOVED), initiator)

    def record_refusal(self, request_id: str, grounds: str, *, initiator: object = None) -> Done[Event]:
        with self._writing():
            event = self._tracker().record_refusal(request_id, grounds)
        return self._done(event, OpChanges.of([request_id], *_MOVED), initiator)


# How far ahead of this workstation's clock a moment typed in may be (two clocks, a
# minute's rounding), before it is a moment that has not come yet.
_CLOCK_SLACK = timedelta(minutes=5)


def _check_confirmation_dates(doc: dict[str, Any], at: datetime, dated: date | None, now: datetime) -> None:
    """Refuses (nothing written) a written confirmation said to be sent before the request
    itself was transmitted or at a moment still to come, and a confirmation letter dated
    before that transmission or after today: a confirmation dated so is how the watch
    would be closed before the confirmation went, or a late one passed off as in time."""
    if at - now > _CLOCK_SLACK:
        raise OperationRefused("confirmation_ahead", at=at)
    sent = _instant(get_path(doc, "transmission.at"))
    if sent is not None and sent - at > _CLOCK_SLACK:
        raise OperationRefused("confirmation_before_transmission", at=at, transmitted=sent)
    if dated is not None:
        zone = sent.tzinfo if sent is not None else at.tzinfo
        if dated > now.astimezone(zone).date():
            raise OperationRefused("letter_ahead", dated=dated)
        if sent is not None and dated < sent.date():
            raise OperationRefused("letter_before_transmission", dated=dated, transmitted=sent)


def _instant(text: Any) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text) if isinstance(text, str) and text else None
    except ValueError:
        return None
    return moment if moment is not None and moment.tzinfo is not None else None
