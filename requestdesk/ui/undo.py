"""Register operations on the undo stack: a Change done once, then reversed and redone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from requestdesk.store.requests import RequestStore
from requestdesk.ui.operations import Change, write


class ChangeCommand(QUndoCommand):
    """Pushed after the operation has run: the first redo() (from push) does nothing.

    `text` may be a function giving the description in the interface language now, so
    that Edit ▸ Undo speaks the language chosen since ("Undo: Delete 2 requests").
    """

    def __init__(self, store: RequestStore, change: Change, text: str | Callable[[], str],
                 on_applied: Callable[[list[str]], None]):
        self._describe = text if callable(text) else (lambda: text)
        super().__init__(self._describe())
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

    def retranslate(self) -> None:
        self.setText(self._describe())


def retranslate_stack(stack: QUndoStack) -> None:
    """Every command's text in the interface language now."""
    for index in range(stack.count()):
        command = stack.command(index)
        if isinstance(command, ChangeCommand):
            command.retranslate()
