"""What the register shows: the rows the store returns for the filters, in the chosen order.

Plain Python (no Qt): the table model is a thin view over this state.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import IntEnum
from typing import Any, Callable

from requestdesk.domain.timeutil import Clock
from requestdesk.store.requests import RegisterRow, RequestStore

# The life of a request after drafting; the store keeps any of these.
STATUSES = ("draft", "signed", "sent", "executed")


class Column(IntEnum):
    NUMBER = 0
    DATE = 1
    REQUESTED = 2
    STATUS = 3
    URGENT = 4
    CONFIRMATION = 5
    DESIRED = 6


@dataclass(frozen=True)
class Filters:
    search: str = ""
    status: str | None = None  # None: every status
    urgent_only: bool = False
    overdue_only: bool = False

    @property
    def active(self) -> bool:
        return bool(self.search.strip()) or self.status is not None or self.urgent_only or self.overdue_only


def _due_key(row: RegisterRow) -> tuple[int, datetime | str]:
    # Pending deadlines first (soonest first), then confirmed ones, then none.
    if row.confirmation_due is None:
        return (2, "")
    return (1 if row.confirmed_at else 0, row.confirmation_due)


_SORT_KEYS: dict[Column, Callable[[RegisterRow, str], Any]] = {
    Column.NUMBER: lambda r, lang: (r.number == "", r.number.casefold()),
    Column.DATE: lambda r, lang: (r.date, r.updated_at),
    Column.REQUESTED: lambda r, lang: (r.requested_state, r.requested_authority(lang).casefold()),
    Column.STATUS: lambda r, lang: (STATUSES.index(r.status) if r.status in STATUSES else len(STATUSES), r.errors),
    Column.URGENT: lambda r, lang: r.urgent,
    Column.CONFIRMATION: lambda r, lang: _due_key(r),
    Column.DESIRED: lambda r, lang: (r.desired_execution_by == "", r.desired_execution_by),
}


class RegisterState:
    def __init__(self, store: RequestStore, clock: Clock):
        self.store = store
        self.clock = clock
        self.filters = Filters()
        self.sort_column: Column | None = None  # None: the store's order, newest first
        self.descending = False
        self.language = "en"
        self.rows: list[RegisterRow] = []
        self.total = 0

    def reload(self) -> None:
        f = self.filters
        self.rows = self.store.rows(
            f.search,
            status=f.status,
            urgent=True if f.urgent_only else None,
            overdue_at=self.clock.now() if f.overdue_only else None,
        )
        self.total = self.store.count()
        self._sort()

    def set_filters(self, **changes: Any) -> None:
        self.filters = replace(self.filters, **changes)
        self.reload()

    def sort(self, column: Column | None, descending: bool) -> None:
        """Orders the rows by a column; None restores the store's order (newest first)."""
        self.sort_column, self.descending = column, descending
        if column is None:
            self.reload()
        else:
            self._sort()

    def _sort(self) -> None:
        if self.sort_column is None:
            return
        key = _SORT_KEYS[self.sort_column]
        lang = self.language
        self.rows.sort(key=lambda r: key(r, lang), reverse=self.descending)

    def index_of(self, request_id: str) -> int | None:
        for i, row in enumerate(self.rows):
            if row.id == request_id:
                return i
        return None
