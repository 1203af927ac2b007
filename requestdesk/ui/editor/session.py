"""The open request: its document (the only copy the editor has), the undo stack, change news."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from requestdesk.domain.document import get_path
from requestdesk.domain.languages import SUPPORTED
from requestdesk.editing import Changes, Compound, InsertItem, Operation, RemoveItem, SetValue
from requestdesk.ui.editor.commands import OperationCommand


class EditorSession(QObject):
    """Widgets read values from `doc` and write through this, so every edit can be undone."""

    changed = Signal(object)  # Changes

    def __init__(self, doc: dict[str, Any], parent: QObject | None = None):
        super().__init__(parent)
        self.doc = doc
        self.undo_stack = QUndoStack(self)
        # While the window shows the request for reading: no edit reaches the document,
        # whichever widget it comes from.
        self.read_only = False

    @property
    def request_id(self) -> str:
        return str(self.doc.get("id", ""))

    def get(self, path: str, default: Any = None) -> Any:
        return get_path(self.doc, path, default)

    def notify(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def run(self, operation: Operation, text: str, *, typing: bool = False) -> None:
        if self.read_only:
            return
        self.undo_stack.push(OperationCommand(self, operation, text, mergeable=typing))

    def set(self, path: str, value: Any, text: str = "", *, typing: bool = False) -> None:
        operation = SetValue(path, value)
        if operation.is_noop(self.doc):
            return
        self.run(operation, text or path, typing=typing)

    def set_many(self, values: list[tuple[str, Any]], text: str) -> None:
        operations = [SetValue(path, value) for path, value in values]
        operations = [op for op in operations if not op.is_noop(self.doc)]
        if operations:
            self.run(Compound(operations), text)

    def insert(self, path: str, item: Any, text: str, index: int | None = None) -> int:
        operation = InsertItem(path, item, index)
        self.run(operation, text)
        return operation.inserted_at

    def remove(self, path: str, index: int, text: str) -> None:
        self.run(RemoveItem(path, index), text)

    def end_typing(self) -> None:
        """The user left a field: the next keystroke starts a new undo step."""
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(top, OperationCommand):
            top.mergeable = False

    def set_text(self, path: str, lang: str, value: str, *, typing: bool = True) -> None:
        """Writes one language of a text; a text stored as a plain string (allowed for some
        fields) becomes a {lang: text} object keeping the string in the other languages."""
        current = self.get(path)
        if isinstance(current, str):
            others = {code: current for code in SUPPORTED}
            others[lang] = value
            self.set(path, others, text=path, typing=typing)
        else:
            self.set(f"{path}.{lang}", value, text=path, typing=typing)

    def text(self, path: str, lang: str) -> str:
        current = self.get(path)
        if isinstance(current, str):
            return current
        value = self.get(f"{path}.{lang}", "")
        return value if isinstance(value, str) else ""
