"""What recording an urgent transmission (Art. 6(2)) will do, for the guided dialog to say first.

Plain Python: the deadline and the warnings the officer must see before recording. The
recording itself is one operation of the desk (`Desk.transmit_urgent`): it marks the
request urgent with its reason when needed and records the transmission in one
transaction. Widgets only ask and show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from requestdesk.app.urgent import URGENT_CHANNELS
from requestdesk.domain.deadlines import Counting, confirmation_due
from requestdesk.domain.languages import in_each_language
from requestdesk.domain.lifecycle import Status, TransitionError
from requestdesk.domain.timeutil import parse_date


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


def has_reason(doc: dict[str, Any]) -> bool:
    return any(t.strip() for t in in_each_language(doc.get("urgency_reason")).values())


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


__all__ = ["URGENT_CHANNELS", "UrgentPlan", "Warning", "has_reason", "plan", "TransitionError"]
