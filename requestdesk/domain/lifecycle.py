"""The life of a request after drafting (Arts. 6(2), 7, 11): statuses and allowed moves."""

from __future__ import annotations

from enum import StrEnum


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

LABELS: dict[Status, dict[str, str]] = {
    Status.DRAFT: {"ru": "Черновик", "en": "Draft"},
    Status.IN_REVIEW: {"ru": "На проверке", "en": "In review"},
    Status.RETURNED: {"ru": "Возвращен на доработку", "en": "Returned for changes"},
    Status.APPROVED: {"ru": "Согласован", "en": "Approved"},
    Status.SIGNED: {"ru": "Подписан", "en": "Signed"},
    Status.SENT: {"ru": "Направлен", "en": "Sent"},
    Status.AWAITING_CONFIRMATION: {"ru": "Ждет письменного подтверждения", "en": "Awaiting written confirmation"},
    Status.CONFIRMED: {"ru": "Подтвержден письменно", "en": "Confirmed in writing"},
    Status.FORWARDED: {"ru": "Передан по подведомственности (ч. 3 ст. 7)", "en": "Forwarded (Art. 7(3))"},
    Status.POSTPONED: {"ru": "Исполнение отложено (ч. 6 ст. 7)", "en": "Execution postponed (Art. 7(6))"},
    Status.CONDITIONAL: {"ru": "Исполнение на условиях (ч. 6 ст. 7)", "en": "Execution on conditions (Art. 7(6))"},
    Status.EXECUTED: {"ru": "Исполнен", "en": "Executed"},
    Status.PARTIALLY_EXECUTED: {"ru": "Исполнен частично", "en": "Partially executed"},
    Status.REFUSED: {"ru": "Отказано (ст. 11)", "en": "Refused (Art. 11)"},
    Status.CLOSED: {"ru": "Закрыт", "en": "Closed"},
}


# Moves that only the supervisor's review decides, bound to the request's fingerprint
# (requestdesk.store.review), never a bare change of status.
REVIEW_DECISIONS = frozenset({Status.APPROVED, Status.RETURNED})


class TransitionError(ValueError):
    def __init__(self, current: str, target: str, *, by_review: bool = False):
        self.current, self.target, self.by_review = current, target, by_review
        super().__init__(f"a request cannot go from {current} to {target}")

    def message(self, lang: str) -> str:
        def name(code: str) -> str:
            try:
                return LABELS[Status(code)][lang]
            except (ValueError, KeyError):
                return code

        if self.by_review:
            if lang == "ru":
                return f"«{name(self.target)}» решает проверяющий в листе проверки (Запрос ▸ Проверка…)."
            return f"“{name(self.target)}” is decided by the supervisor in the review checklist (Request ▸ Review…)."
        if lang == "ru":
            return f"Переход «{name(self.current)}» → «{name(self.target)}» не допускается."
        return f"A request cannot move from “{name(self.current)}” to “{name(self.target)}”."


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
        return LABELS[Status(status)][lang]
    except (ValueError, KeyError):
        return status
