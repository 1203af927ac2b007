"""Operations on a request's life after drafting: each one changes the store and
appends its event in a single transaction, and returns the event (what changed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from requestdesk.domain.lifecycle import AWAITING_EXECUTION, EXECUTION, REVIEW_DECISIONS, Status, TransitionError, check_transition
from requestdesk.domain.timeutil import iso_instant
from requestdesk.store.requests import RequestStore, StoreError

# The event log and the document editing are imported by the methods that write: the
# window's status-bar counts (overview) need neither (hashlib, uuid: 10 ms at start-up).
if TYPE_CHECKING:
    from requestdesk.store.events import Event

SOON = timedelta(hours=24)  # a confirmation due within this is highlighted and alerted


class UnknownRequestError(StoreError):
    pass


@dataclass(frozen=True)
class Overview:
    pending_confirmations: int
    overdue_confirmations: int
    due_soon_confirmations: int
    awaiting_execution: int
    overdue_execution: int


class Tracker:
    """The lifecycle operations, on behalf of one user of this workstation."""

    def __init__(self, store: RequestStore, user: str):
        self.store = store
        self.user = user

    # -- history ------------------------------------------------------------------
    def history(self, request_id: str) -> list[Event]:
        from requestdesk.store.events import read_events

        return read_events(self.store._db, request_id)

    def chain_problems(self, request_id: str) -> list[str]:
        from requestdesk.store.events import chain_problems

        return chain_problems(self.history(request_id))

    def log(self, request_id: str, kind: str, data: dict[str, Any] | None = None) -> Event:
        """An event with no status change (created, edited, checked, exported...)."""
        from requestdesk.store.events import append_event

        with self.store.transaction() as db:
            return append_event(db, request_id, self.store.clock.now(), self.user, kind, data or {})

    # -- status -------------------------------------------------------------------
    def _doc_and_status(self, request_id: str) -> tuple[dict[str, Any], str]:
        doc = self.store.get(request_id)
        status = self.store.status(request_id)
        if doc is None or status is None:
            raise UnknownRequestError(f"no request {request_id} in the register")
        return doc, status

    def transition(self, request_id: str, target: str, note: str = "", **data: Any) -> Event:
        doc, current = self._doc_and_status(request_id)
        new = check_transition(current, target)
        if new in REVIEW_DECISIONS:
            raise TransitionError(current, target, by_review=True)
        # What the requested side did with it (Arts. 7, 11) is an "execution" event of
        # that kind (spec §3); the requesting side's own moves are status changes.
        kind, extra = ("execution", {"kind": new.value}) if new in EXECUTION else ("status", {})
        return self._commit(doc, new, kind, {"from": current, "to": new.value, "note": note, **extra, **data})

    def _commit(self, doc: dict[str, Any], status: Status | None, kind: str, data: dict[str, Any]) -> Event:
        from requestdesk.store.events import append_event

        with self.store.transaction() as db:
            self.store.write(db, doc, status=status.value if status else None)
            return append_event(db, doc["id"], self.store.clock.now(), self.user, kind, data)

    # -- Art. 6(2): urgent transmission and its written confirmation ------------------
    def record_transmission(
        self,
        request_id: str,
        channel: str,
        at: datetime,
        *,
        received_by: dict[str, str] | None = None,
        arrangement: str = "",
        note: str = "",
    ) -> Event:
        """The request went out orally or by technical means (or in writing, when sent)."""
        if at.tzinfo is None:
            raise ValueError("the moment of transmission needs its time zone")
        from requestdesk.domain.document import set_path

        doc, current = self._doc_and_status(request_id)
        set_path(doc, "transmission.channel", channel)
        set_path(doc, "transmission.at", iso_instant(at))
        set_path(doc, "transmission.arrangement", arrangement)
        set_path(doc, "transmission.confirmed_at", "")
        if received_by is not None:
            set_path(doc, "transmission.received_by", received_by)
        if channel == "oral" or (channel == "technical" and not arrangement.strip()):
            target = Status.AWAITING_CONFIRMATION
        else:
            target = Status.SENT
        new = check_transition(current, target) if current != target else None
        data = {"channel": channel, "at": iso_instant(at), "arrangement": arrangement, "received_by": received_by or {}, "note": note}
        if new:
            data.update({"from": current, "to": new.value})
        return self._commit(doc, new, "transmitted", data)

    def record_confirmation(self, request_id: str, at: datetime, note: str = "") -> Event:
        """The written confirmation was sent: closes the watch (a late one stays marked late)."""
        if at.tzinfo is None:
            raise ValueError("the moment of confirmation needs its time zone")
        from requestdesk.domain.document import set_path

        doc, current = self._doc_and_status(request_id)
        new = check_transition(current, Status.CONFIRMED)
        set_path(doc, "transmission.confirmed_at", iso_instant(at))
        due = self.store.check(doc).confirmation_due
        late = due is not None and at > due
        return self._commit(
            doc, new, "confirmed", {"from": current, "to": new.value, "at": iso_instant(at), "late": late, "note": note}
        )

    # -- Arts. 7 and 11: execution --------------------------------------------------
    def record_notice(self, request_id: str, kind: str, text: str) -> Event:
        """Obstacles or delay reported by the requested side (Art. 7(2))."""
        if kind not in ("obstacle", "delay"):
            raise ValueError(kind)
        self._doc_and_status(request_id)
        return self.log(request_id, "execution", {"kind": kind, "text": text})

    def record_forwarding(self, request_id: str, to_authority: str, note: str = "") -> Event:
        return self.transition(request_id, Status.FORWARDED, note, to_authority=to_authority)

    def record_result(
        self, request_id: str, received: date, summary: str, enclosures: list[str] | None = None, partial: bool = False
    ) -> Event:
        target = Status.PARTIALLY_EXECUTED if partial else Status.EXECUTED
        return self.transition(
            request_id, target, "", received=received.isoformat(), summary=summary, enclosures=enclosures or []
        )

    def record_refusal(self, request_id: str, grounds: str) -> Event:
        return self.transition(request_id, Status.REFUSED, "", grounds=grounds)

    # -- the watch ------------------------------------------------------------------
    def overview(self) -> Overview:
        return overview(self.store)


def overview(store: RequestStore) -> Overview:
    """What the watch counts, read in two queries (no operation needed: the window's
    first paint shows these counts)."""
    now = store.clock.now()
    db = store._db
    # The store keeps instants as UTC ISO strings, which sort as the instants do.
    utc_now = iso_instant(now.astimezone(timezone.utc))
    soon = iso_instant((now + SOON).astimezone(timezone.utc))
    pending, overdue, due_soon = db.execute(
        "SELECT count(*), coalesce(sum(confirmation_due < ?), 0), "
        "coalesce(sum(confirmation_due >= ? AND confirmation_due < ?), 0) "
        "FROM requests WHERE confirmation_due IS NOT NULL AND confirmed_at IS NULL",
        (utc_now, utc_now, soon),
    ).fetchone()
    statuses = [s.value for s in AWAITING_EXECUTION]
    marks = ", ".join("?" * len(statuses))
    today = now.date().isoformat()
    awaiting, late = db.execute(
        f"SELECT count(*), coalesce(sum(desired_execution_by != '' AND desired_execution_by < ?), 0) "
        f"FROM requests WHERE status IN ({marks})",
        (today, *statuses),
    ).fetchone()
    return Overview(pending, overdue, due_soon, awaiting, late)
