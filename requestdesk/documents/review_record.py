"""What a document's footer and the checklist say about review: the approval and the log.

Callers that have the request in a register pass these (the store knows the review and
the event log); a request exported from a file alone carries only its fingerprint.
Plain data: documents never read the store themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from requestdesk.domain.fingerprint import fingerprint, short_fingerprint
from requestdesk.domain.formatting import format_instant, format_offset
from requestdesk.domain.languages import SUPPORTED
from requestdesk.domain.lifecycle import label as status_label
from requestdesk.domain.records import field, record, replace
from requestdesk.domain.review import MARK_LABELS, MarkValue, event_details, event_label
from requestdesk.domain.text import _

VALID, VOID, NONE = "valid", "void", "none"


@record
class ApprovalRecord:
    """The request's approval as the footer states it."""

    status: str  # "valid", "void" or "none"
    reviewer: str = ""
    at: datetime | None = None


@record
class EventRecord:
    """One event of the request's log, as the checklist lists it."""

    at: datetime
    user: str
    kind: str
    data: Mapping[str, Any] = field(default_factory=dict)


@record
class MarkRecord:
    """The supervisor's mark on one checklist row."""

    mark: str  # "confirmed" or "needs_change"
    comment: str = ""
    reviewer: str = ""


@record
class ReviewRecord:
    """What the register knows of a request's review, for its documents."""

    approval: ApprovalRecord
    events: tuple[EventRecord, ...] = ()
    marks: Mapping[str, MarkRecord] = field(default_factory=dict)  # rule code -> mark


_APPROVAL = {
    VALID: _("Approved by {reviewer} at {at}"),
    VOID: _("Approval void (the request was changed after approval)"),
    NONE: _("Not approved"),
}


def approval_text(record: ApprovalRecord, lang: str) -> str:
    status = record.status if record.status in _APPROVAL else NONE
    # A document names a moment by its offset, as the rest of its text does.
    at = f"{format_instant(record.at, lang, with_zone=False)} ({format_offset(record.at)})" if record.at is not None else ""
    return _APPROVAL[status].render(lang, reviewer=record.reviewer, at=at)


def event_what(event: EventRecord, lang: str) -> str:
    """What happened: the event's name, the status move and the details it recorded."""
    data = dict(event.data)
    parts = [event_label(event.kind, lang)]
    if isinstance(data.get("to"), str):
        parts.append(f"{status_label(str(data.get('from', '')), lang)} → {status_label(data['to'], lang)}")
    details = event_details(event.kind, data, lang)
    if details:
        parts.append(details)
    note = data.get("note")
    if isinstance(note, str) and note.strip() and note.strip() not in details:
        parts.append(note.strip())
    return " · ".join(p for p in parts if p)


def _mark(record: MarkRecord) -> dict[str, Any]:
    known = {m.value for m in MarkValue}
    words = {lang: MARK_LABELS[MarkValue(record.mark)].render(lang) if record.mark in known else record.mark for lang in SUPPORTED}
    return {**words, "comment": record.comment, "reviewer": record.reviewer}


def review_context(doc: Mapping[str, Any], review: ReviewRecord | None, zone: Any) -> dict[str, Any]:
    """The footer's fingerprint and approval line, the supervisor's marks and the log's rows
    for the checklist (times in the requesting authority's zone, as the rest of the document)."""
    approval = review.approval if review is not None else None
    if approval is not None and approval.at is not None and zone:
        approval = replace(approval, at=approval.at.astimezone(zone))
    events: Iterable[EventRecord] = review.events if review is not None else ()
    return {
        "fingerprint": short_fingerprint(fingerprint(dict(doc))),
        "approval": {lang: approval_text(approval, lang) for lang in SUPPORTED} if approval is not None else None,
        "marks": {code: _mark(m) for code, m in review.marks.items()} if review is not None else {},
        "events": [
            {"at": e.at.astimezone(zone) if zone else e.at, "user": e.user, "what": {lang: event_what(e, lang) for lang in SUPPORTED}}
            for e in events
        ],
        "has_log": review is not None,
    }
