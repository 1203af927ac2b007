"""The written-confirmation deadline as the register shows it: time left, overdue by, or
confirmed. The countdown is written by the domain's format_remaining, as in the watch panel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication

from requestdesk.domain.formatting import format_remaining

translate = QCoreApplication.translate


class Urgency(Enum):
    NONE = 0  # no confirmation due, or already confirmed
    PENDING = 1
    SOON = 2  # due within SOON (the watch's alert threshold)
    OVERDUE = 3


@dataclass(frozen=True)
class Countdown:
    text: str
    urgency: Urgency


def countdown(due: datetime | None, confirmed_at: datetime | None, now: datetime, lang: str) -> Countdown:
    if due is None:
        return Countdown("", Urgency.NONE)
    if confirmed_at is not None:
        late = confirmed_at > due
        return Countdown(translate("Countdown", "confirmed late") if late else translate("Countdown", "confirmed"), Urgency.NONE)
    # The watch's "due soon" threshold; its module (the lifecycle operations) is not
    # needed to open the register, so it is imported when a deadline is first shown.
    from requestdesk.store.tracking import SOON

    left = due - now
    urgency = Urgency.OVERDUE if left.total_seconds() < 0 else Urgency.SOON if left < SOON else Urgency.PENDING
    return Countdown(format_remaining(left.total_seconds(), lang), urgency)
