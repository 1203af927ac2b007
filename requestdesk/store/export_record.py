"""What the register adds to an exported document: the approval, the marks and the log."""

from __future__ import annotations

from typing import Any

from requestdesk.documents.review_record import NONE, VALID, VOID, ApprovalRecord, EventRecord, MarkRecord, ReviewRecord
from requestdesk.domain.fingerprint import document_digest
from requestdesk.domain.review import ApprovalStatus
from requestdesk.store.events import read_events
from requestdesk.store.requests import RequestStore
from requestdesk.store.review import approval_of, read_marks


def export_record(store: RequestStore, doc: dict[str, Any]) -> ReviewRecord | None:
    """The review of `doc` as exported (an approval of another text is void); None when the
    register does not hold the request."""
    request_id = doc.get("id")
    stored = store.get(request_id) if isinstance(request_id, str) else None
    if not isinstance(request_id, str) or stored is None:
        return None
    db = store._db
    state = approval_of(db, request_id, doc)
    # The approval is of the register's document: a file with its id and fingerprint but
    # another transmission record (which the fingerprint leaves out, and the letter
    # prints) is another document.
    if state.status is ApprovalStatus.VALID and state.decision is not None and document_digest(stored) == document_digest(doc):
        approval = ApprovalRecord(VALID, state.decision.reviewer, state.decision.at)
    else:
        approval = ApprovalRecord(VOID if state.status is ApprovalStatus.VOID else NONE)
    events = tuple(EventRecord(e.at, e.user, e.kind, e.data) for e in read_events(db, request_id))
    # The row-wide marks: the checklist document has one mark cell per row.
    marks = {m.code: MarkRecord(m.mark.value, m.comment, m.reviewer) for m in read_marks(db, request_id) if not m.field}
    return ReviewRecord(approval, events, marks)
