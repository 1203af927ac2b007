"""The life of a request after drafting (Arts. 6(2), 7, 11): statuses and allowed moves."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from requestdesk.domain.problems import Problem
from requestdesk.domain.text import Message, _


class Status(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    RETURNED = "returned"
    APPROVED = "approved"
    SIGNED = "signed"
    SENT = "sent"
    AWAITING_CONFIRMATION = "awaiting_confirmation"  # sent orally or by technical means, Art. 6(2)
    CONFIRMED = "confirmed"  # the written confirmation was sent
    FORWARDED = "forwarded"  # to the competent body of the requested Party, Art. 7(3)
    POSTPONED = "postponed"  # Art. 7(6)
    CONDITIONAL = "conditional"  # Art. 7(6)
    EXECUTED = "executed"
    PARTIALLY_EXECUTED = "partially_executed"
    REFUSED = "refused"  # Art. 11
    CLOSED = "closed"


# What the requested side does with a request (Arts. 7, 11), and its closing.
EXECUTION = frozenset({
    Status.FORWARDED,
    Status.POSTPONED,
    Status.CONDITIONAL,
    Status.EXECUTED,
    Status.PARTIALLY_EXECUTED,
    Status.REFUSED,
    Status.CLOSED,
})

# An urgent request may be passed on orally or by technical means at any stage before
# the written one is sent (Art. 6(2)); the written confirmation then follows.
_URGENT = Status.AWAITING_CONFIRMATION

TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.IN_REVIEW, _URGENT}),
    Status.IN_REVIEW: frozenset({Status.RETURNED, Status.APPROVED, _URGENT}),
    Status.RETURNED: frozenset({Status.IN_REVIEW, _URGENT}),
    # An edit after approval voids it and sends the request back to review.
    Status.APPROVED: frozenset({Status.SIGNED, Status.IN_REVIEW, _URGENT}),
    Status.SIGNED: frozenset({Status.SENT, _URGENT}),
    Status.SENT: frozenset(EXECUTION),
    Status.AWAITING_CONFIRMATION: frozenset({Status.CONFIRMED}),
    Status.CONFIRMED: frozenset(EXECUTION),
    Status.FORWARDED: frozenset(EXECUTION - {Status.FORWARDED}),
    Status.POSTPONED: frozenset(EXECUTION - {Status.POSTPONED}),
    Status.CONDITIONAL: frozenset(EXECUTION - {Status.CONDITIONAL}),
    Status.PARTIALLY_EXECUTED: frozenset({Status.EXECUTED, Status.CLOSED}),
    Status.EXECUTED: frozenset({Status.CLOSED}),
    Status.REFUSED: frozenset({Status.CLOSED}),
    Status.CLOSED: frozenset(),
}

# Sent and not yet finished: the requested side owes a result (Art. 7(1), 7(7)).
AWAITING_EXECUTION = frozenset(
    {Status.SENT, Status.CONFIRMED, Status.FORWARDED, Status.POSTPONED, Status.CONDITIONAL, Status.PARTIALLY_EXECUTED}
)
# The request text may still change (afterwards it is what was signed and sent).
EDITABLE = frozenset({Status.DRAFT, Status.IN_REVIEW, Status.RETURNED, Status.APPROVED})

LABELS: dict[Status, Message] = {
    Status.DRAFT: _("Draft"),
    Status.IN_REVIEW: _("In review"),
    Status.RETURNED: _("Returned for changes"),
    Status.APPROVED: _("Approved"),
    Status.SIGNED: _("Signed"),
    Status.SENT: _("Sent"),
    Status.AWAITING_CONFIRMATION: _("Awaiting written confirmation"),
    Status.CONFIRMED: _("Confirmed in writing"),
    Status.FORWARDED: _("Forwarded (Art. 7(3))"),
    Status.POSTPONED: _("Execution postponed (Art. 7(6))"),
    Status.CONDITIONAL: _("Execution on conditions (Art. 7(6))"),
    Status.EXECUTED: _("Executed"),
    Status.PARTIALLY_EXECUTED: _("Partially executed"),
    Status.REFUSED: _("Refused (Art. 11)"),
    Status.CLOSED: _("Closed"),
}


# Moves that only the supervisor's review decides, bound to the request's fingerprint
# (requestdesk.store.review), never a bare change of status.
REVIEW_DECISIONS = frozenset({Status.APPROVED, Status.RETURNED})


class TransitionError(Problem, ValueError):
    """A move the lifecycle does not allow (or that only the review decides)."""

    TEXTS = {
        "by_review": _("“{target}” is decided by the supervisor in the review checklist (Request ▸ Review…)."),
        "not_allowed": _("A request cannot move from “{current}” to “{target}”."),
    }

    def __init__(self, current: str, target: str, *, by_review: bool = False):
        self.current, self.target, self.by_review = current, target, by_review
        super().__init__("by_review" if by_review else "not_allowed", current=current, target=target)

    def value(self, name: str, value: Any, lang: str) -> object:
        return label(str(value), lang)


def allowed_next(current: str) -> frozenset[Status]:
    try:
        return TRANSITIONS[Status(current)]
    except ValueError:
        return frozenset()


def check_transition(current: str, target: str) -> Status:
    """The target status, or TransitionError when the move is not allowed."""
    try:
        wanted = Status(target)
    except ValueError:
        raise TransitionError(current, target) from None
    if wanted not in allowed_next(current):
        raise TransitionError(current, target)
    return wanted


def label(status: str, lang: str) -> str:
    try:
        return LABELS[Status(status)].render(lang)
    except ValueError:
        return status
