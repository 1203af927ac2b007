"""Register operations on the undo stack: a Change done once, then reversed and redone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from requestdesk.store.requests import RequestStore
from requestdesk.ui.operations import Change, write


class ChangeCommand(QUndoCommand):
    """Pushed after the operation has run: the first redo() (from push) does nothing."""

    def __init__(self, store: RequestStore, change: Change, text: str, on_applied: Callable[[list[str]], None]):
        super().__init__(text)
        self._store = store
        self._change = change
        self._on_applied = on_applied
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        write(self._store, self._change.after)
        self._on_applied(self._change.ids)

    def undo(self) -> None:
        write(self._store, self._change.before)
        self._on_applied(self._change.ids)
