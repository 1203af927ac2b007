"""What an operation changed, and the one place that tells whoever shows it.

Modelled on Anki's OpChanges: an operation returns what it touched, the application
publishes it once, and each view (the register, the watch, an open editor) decides from
it alone whether to refresh. Nothing here knows Qt; the window bridges the hub to one
Qt signal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar


class Aspect(StrEnum):
    """What about a request changed."""

    DOCUMENT = "document"  # its text (the register's columns, an open editor)
    STATUS = "status"
    REVIEW = "review"  # marks and decisions
    LOG = "log"  # an event was appended
    ENCLOSURES = "enclosures"
    TRACKING = "tracking"  # transmission, confirmation, execution (the watch)
    ROWS = "rows"  # requests added to or removed from the register


@dataclass(frozen=True)
class OpChanges:
    """The requests an operation changed and how; empty when nothing changed."""

    requests: frozenset[str] = frozenset()
    aspects: frozenset[Aspect] = frozenset()
    added: frozenset[str] = frozenset()
    removed: frozenset[str] = frozenset()
    every_request: bool = False  # a setting changed what every row shows

    @classmethod
    def of(cls, ids: Iterable[str], *aspects: Aspect, added: Iterable[str] = (), removed: Iterable[str] = ()) -> OpChanges:
        added, removed = frozenset(added), frozenset(removed)
        wanted = set(aspects) | ({Aspect.ROWS} if added or removed else set())
        return cls(frozenset(ids) | added | removed, frozenset(wanted), added, removed)

    def __or__(self, other: OpChanges) -> OpChanges:
        return OpChanges(self.requests | other.requests, self.aspects | other.aspects,
                         self.added | other.added, self.removed | other.removed, self.every_request or other.every_request)

    def __bool__(self) -> bool:
        return bool(self.requests) or self.every_request

    def touches(self, request_id: str, *aspects: Aspect) -> bool:
        named = self.every_request or request_id in self.requests
        return named and (not aspects or bool(self.aspects & set(aspects)))


NOTHING = OpChanges()

T = TypeVar("T")


@dataclass(frozen=True)
class Done(Generic[T]):
    """An operation's result: its value and what it changed."""

    value: T
    changes: OpChanges = field(default=NOTHING)


Listener = Callable[[OpChanges, object], None]


class ChangeHub:
    """Listeners of every change, told once per operation after it committed.

    `initiator` is whoever asked for the operation (an editor that saved knows its own
    change and need not reload from it).
    """

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def publish(self, changes: OpChanges, initiator: object = None) -> None:
        if not changes:
            return
        for listener in list(self._listeners):
            listener(changes, initiator)
