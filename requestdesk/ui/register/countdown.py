"""The written-confirmation deadline as the register shows it: time left, or overdue by."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from PySide6.QtCore import QCoreApplication


class Urgency(Enum):
    NONE = 0  # no confirmation due, or already confirmed
    PENDING = 1
    SOON = 2  # less than a day left
    OVERDUE = 3


@dataclass(frozen=True)
class Countdown:
    text: str
    urgency: Urgency


translate = QCoreApplication.translate


def countdown(due: datetime | None, confirmed_at: datetime | None, now: datetime) -> Countdown:
    if due is None:
        return Countdown("", Urgency.NONE)
    if confirmed_at is not None:
        late = confirmed_at > due
        return Countdown(translate("Countdown", "confirmed late") if late else translate("Countdown", "confirmed"), Urgency.NONE)
    left = due - now
    if left > timedelta(0):
        # Rounded up to the minute: "00:00 left" while time remains would read as overdue.
        minutes = -(-int(left.total_seconds()) // 60)
        days, rest = divmod(minutes, 24 * 60)
        clock = f"{rest // 60:02d}:{rest % 60:02d}"
        text = translate("Countdown", "%1 d %2 left").replace("%1", str(days)).replace("%2", clock) if days else translate("Countdown", "%1 left").replace("%1", clock)
        return Countdown(text, Urgency.SOON if left < timedelta(days=1) else Urgency.PENDING)
    late = now - due
    minutes = int(late.total_seconds()) // 60
    if minutes < 60:
        text = translate("Countdown", "overdue by %1 min").replace("%1", str(max(minutes, 1)))
    elif minutes < 24 * 60:
        text = translate("Countdown", "overdue by %1 h").replace("%1", str(minutes // 60))
    else:
        days, hours = divmod(minutes // 60, 24)
        text = translate("Countdown", "overdue by %1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))
    return Countdown(text, Urgency.OVERDUE)
