"""Undo commands over the editing operations (requestdesk.editing)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from requestdesk.editing import Operation, SetValue

if TYPE_CHECKING:
    from requestdesk.ui.editor.session import EditorSession

_TYPING_ID = 1000  # commands with this id may merge: consecutive keystrokes in one field


class OperationCommand(QUndoCommand):
    def __init__(self, session: "EditorSession", operation: Operation, text: str, mergeable: bool = False):
        super().__init__(text)
        self.session = session
        self.operation = operation
        self.mergeable = mergeable  # cleared when the user leaves the field: the next edit is a new step

    def redo(self) -> None:
        self.session.notify(self.operation.apply(self.session.doc))

    def undo(self) -> None:
        self.session.notify(self.operation.revert(self.session.doc))

    def id(self) -> int:
        return _TYPING_ID if self.mergeable and isinstance(self.operation, SetValue) else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, OperationCommand) and self.mergeable and other.mergeable):
            return False
        if not isinstance(self.operation, SetValue) or not isinstance(other.operation, SetValue):
            return False
        return self.operation.absorb(other.operation)
