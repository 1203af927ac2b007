"""What the confirmation watch shows, computed from the store rows and the clock (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from requestdesk.domain.timeutil import zone
from requestdesk.store.requests import RegisterRow
from requestdesk.store.tracking import SOON


class Urgency(StrEnum):
    OK = "ok"
    SOON = "soon"  # due within 24 hours
    OVERDUE = "overdue"


@dataclass(frozen=True)
class WatchItem:
    row: RegisterRow
    due_local: datetime  # in the requesting authority's zone
    due_workstation: datetime
    remaining_seconds: float
    urgency: Urgency


def watch_items(rows: list[RegisterRow], now: datetime, workstation: ZoneInfo) -> list[WatchItem]:
    """Rows awaiting a written confirmation, soonest first, with their countdown."""
    items = []
    for row in rows:
        if row.confirmation_due is None or row.confirmed_at is not None:
            continue
        remaining = (row.confirmation_due - now).total_seconds()
        if remaining < 0:
            urgency = Urgency.OVERDUE
        elif remaining < SOON / timedelta(seconds=1):
            urgency = Urgency.SOON
        else:
            urgency = Urgency.OK
        authority_zone = zone(row.requesting_zone) or ZoneInfo("UTC")
        items.append(
            WatchItem(
                row=row,
                due_local=row.confirmation_due.astimezone(authority_zone),
                due_workstation=row.confirmation_due.astimezone(workstation),
                remaining_seconds=remaining,
                urgency=urgency,
            )
        )
    items.sort(key=lambda item: item.row.confirmation_due)  # type: ignore[arg-type,return-value]
    return items


def needing_alert(items: list[WatchItem]) -> tuple[int, int]:
    """(due within 24 hours, overdue): what the start-up and running alerts announce."""
    soon = sum(1 for i in items if i.urgency is Urgency.SOON)
    overdue = sum(1 for i in items if i.urgency is Urgency.OVERDUE)
    return soon, overdue
