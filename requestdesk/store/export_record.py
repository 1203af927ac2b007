"""What the register adds to an exported document: the approval and the event log."""

from __future__ import annotations

from typing import Any

from requestdesk.documents.review_record import NONE, VALID, VOID, ApprovalRecord, EventRecord
from requestdesk.domain.review import ApprovalStatus
from requestdesk.store.events import read_events
from requestdesk.store.requests import RequestStore
from requestdesk.store.review import approval_of


def export_record(store: RequestStore, doc: dict[str, Any]) -> tuple[ApprovalRecord | None, list[EventRecord] | None]:
    """The approval of `doc` (as exported: an approval of another text is void) and its log;
    (None, None) when the register does not hold the request."""
    request_id = doc.get("id")
    if not isinstance(request_id, str) or store.get(request_id) is None:
        return None, None
    state = approval_of(store._db, request_id, doc)
    if state.status is ApprovalStatus.VALID and state.decision is not None:
        approval = ApprovalRecord(VALID, state.decision.reviewer, state.decision.at)
    else:
        approval = ApprovalRecord(VOID if state.status is ApprovalStatus.VOID else NONE)
    events = [EventRecord(e.at, e.user, e.kind, e.data) for e in read_events(store._db, request_id)]
    return approval, events
