"""Recording an urgent request sent orally or by technical means (Art. 6(2)), as one step.

Plain Python: what the guided dialog checks before recording (warnings the officer must
see) and the recording itself, which marks the request urgent with its reason when it
was not yet and then records the transmission. Widgets only ask and show.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from requestdesk.app import Desk
from requestdesk.domain.deadlines import Counting, confirmation_due
from requestdesk.domain.languages import SUPPORTED
from requestdesk.domain.lifecycle import EDITABLE, Status, TransitionError, check_transition
from requestdesk.domain.timeutil import parse_date

URGENT_CHANNELS = ("oral", "technical")


class Warning(StrEnum):
    DEADLINE_PASSED = "deadline_passed"  # the 72 hours ran out before the transmission was entered
    BEFORE_REQUEST_DATE = "before_request_date"  # sent before the date the request bears
    IN_THE_FUTURE = "in_the_future"  # a moment not reached yet
    VOIDS_APPROVAL = "voids_approval"  # marking it urgent changes the approved text


@dataclass(frozen=True)
class UrgentPlan:
    """What recording this transmission will do, for the dialog to say before it does it."""

    due: datetime | None  # when the written confirmation is due (None under an arrangement)
    warnings: tuple[Warning, ...]
    marks_urgent: bool  # the request is not marked urgent yet: recording marks it


def _text(value: Any) -> dict[str, str]:
    if isinstance(value, dict):
        return {lang: str(value.get(lang) or "") for lang in SUPPORTED}
    return {lang: str(value or "") for lang in SUPPORTED}


def has_reason(doc: dict[str, Any]) -> bool:
    return any(t.strip() for t in _text(doc.get("urgency_reason")).values())


def plan(doc: dict[str, Any], status: str, at: datetime, now: datetime, zone: ZoneInfo, *, channel: str,
         arrangement: str = "", hours: int, counting: Counting = Counting.ELAPSED_72H) -> UrgentPlan:
    """The deadline and the warnings of recording `at` as the moment of transmission."""
    warnings: list[Warning] = []
    due = None if channel == "technical" and arrangement.strip() else confirmation_due(at, zone, hours, counting)
    if due is not None and due < now:
        warnings.append(Warning.DEADLINE_PASSED)
    try:
        dated = parse_date(str(doc.get("date") or ""))
    except ValueError:
        dated = None
    if dated is not None and at.astimezone(zone).date() < dated:
        warnings.append(Warning.BEFORE_REQUEST_DATE)
    if at > now:
        warnings.append(Warning.IN_THE_FUTURE)
    marks_urgent = doc.get("urgent") is not True
    if marks_urgent and status == Status.APPROVED.value:
        warnings.append(Warning.VOIDS_APPROVAL)
    return UrgentPlan(due, tuple(warnings), marks_urgent)


class UrgentRefused(Exception):
    """The request cannot be marked urgent now (its text is fixed, or no reason was given)."""

    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def record(desk: Desk, request_id: str, channel: str, at: datetime, *,
           reason: dict[str, str] | None = None, received_by: dict[str, str] | None = None,
           arrangement: str = "", note: str = "", initiator: object = None) -> None:
    """Marks the request urgent (with its reason) when needed, then records the transmission.

    The urgency is part of the request's text: it is saved through the desk's edit, so that
    an approval it changes is voided visibly, and only where the text may still change.
    The move to "awaiting confirmation" is checked first, so a refused move marks nothing.
    """
    stored = desk.stored(request_id)
    if stored is None:
        raise UrgentRefused("unknown")
    doc, status = stored.doc, stored.status
    if channel not in URGENT_CHANNELS:
        raise ValueError(channel)
    if channel == "technical" and arrangement.strip():
        # A channel an arrangement allows (Art. 6(2), second sentence): no urgency needed.
        desk.transmit(request_id, channel, at, received_by=received_by, arrangement=arrangement, note=note,
                 initiator=initiator)
        return
    given = _text(reason) if reason is not None else _text(doc.get("urgency_reason"))
    needs_urgency = doc.get("urgent") is not True or _text(doc.get("urgency_reason")) != given
    if not any(t.strip() for t in given.values()):
        raise UrgentRefused("reason")
    target = Status.AWAITING_CONFIRMATION
    if needs_urgency:
        if status not in {s.value for s in EDITABLE}:
            raise UrgentRefused("fixed")
        # After the change an approved request is back in review: that is where it moves from.
        check_transition(Status.IN_REVIEW.value if status == Status.APPROVED.value else status, target)
        changed = copy.deepcopy(doc)
        changed["urgent"] = True
        changed["urgency_reason"] = given
        desk.edit(changed, initiator=initiator)
    else:
        check_transition(status, target)
    desk.transmit(request_id, channel, at, received_by=received_by, arrangement=arrangement, note=note,
                 initiator=initiator)


__all__ = ["URGENT_CHANNELS", "UrgentPlan", "UrgentRefused", "Warning", "has_reason", "plan", "record", "TransitionError"]
