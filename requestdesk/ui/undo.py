"""Register operations on the undo stack, undone and redone through the desk.

An undo never destroys work done since: undoing a creation (a new request, a copy, an
imported file) withdraws only requests nothing happened to since; undoing a deletion
restores the request with its log continued; undoing a replacement puts the old text
back only while the text is still the one the file brought. What an undo or redo
could not do without losing work is left as it is and said.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from requestdesk.app import Deleted, Desk, OperationRefused, Stored
from requestdesk.domain.fingerprint import fingerprint
from requestdesk.ui.operations import Replaced

DeskFactory = Callable[[], Desk]
Kept = Callable[[list[str]], None]  # told of the requests an undo or redo left alone


Text = str | Callable[[], str]


class _DeskCommand(QUndoCommand):
    """Pushed after the operation has run: the first redo() (from push) does nothing.

    `text` may be a function giving the description in the interface language now, so
    that Edit ▸ Undo speaks the language chosen since ("Undo: Delete 2 requests").
    """

    def __init__(self, desk: DeskFactory, text: Text, kept: Kept):
        self._describe = text if callable(text) else (lambda: text)
        super().__init__(self._describe())
        self._desk = desk
        self._kept = kept
        self._done = True

    def retranslate(self) -> None:
        self.setText(self._describe())

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._redo()

    def _redo(self) -> None:
        raise NotImplementedError

    def _tell(self, wanted: list[str], done: list[str]) -> None:
        left = [i for i in wanted if i not in done]
        if left:
            self._kept(left)


class CreatedCommand(_DeskCommand):
    """New requests (created, copied, imported): undo takes back those untouched since."""

    def __init__(self, desk: DeskFactory, ids: list[str], text: Text, kept: Kept):
        super().__init__(desk, text, kept)
        self._ids = list(ids)
        self._removed: list[Stored] = []

    def undo(self) -> None:
        self._removed = self._desk().withdraw(self._ids).value
        self._tell(self._ids, [s.doc["id"] for s in self._removed])

    def _redo(self) -> None:
        self._desk().restore(self._removed)
        self._removed = []


class DeletedCommand(_DeskCommand):
    """Deleted drafts and archived requests (one Delete): undo brings them all back in
    one operation; redo deletes the drafts again unless worked on since, and archives
    the others again."""

    def __init__(self, desk: DeskFactory, deleted: Deleted, text: Text, kept: Kept):
        super().__init__(desk, text, kept)
        self._deleted = deleted
        self._ids = deleted.ids

    def undo(self) -> None:
        back = self._desk().undelete(self._deleted).value
        self._tell(self._ids, back)

    def _redo(self) -> None:
        self._deleted = self._desk().delete(self._ids, again=True).value
        self._tell(self._ids, self._deleted.ids)


class ImportCommand(_DeskCommand):
    """Request files imported: new requests (undo takes back those untouched since) and
    replaced texts (undo puts each old text back while the text is still the file's;
    redo puts the file's back while the text is still the old one)."""

    def __init__(self, desk: DeskFactory, created: list[str], replaced: list[Replaced], text: Text, kept: Kept):
        super().__init__(desk, text, kept)
        self._created = list(created)
        self._replaced = list(replaced)
        self._removed: list[Stored] = []

    def _swap(self, take: str) -> list[str]:
        desk = self._desk()
        done = []
        for pair in self._replaced:
            current_text, put = (pair.after, pair.before) if take == "before" else (pair.before, pair.after)
            stored = desk.stored(put["id"])
            if stored is None or fingerprint(stored.doc) != fingerprint(current_text):
                continue  # changed since: putting the other text back would lose that work
            try:
                desk.replace(put)
            except OperationRefused:
                continue
            done.append(put["id"])
        return done

    def _wanted(self) -> list[str]:
        return [*self._created, *(pair.after["id"] for pair in self._replaced)]

    def undo(self) -> None:
        self._removed = self._desk().withdraw(self._created).value if self._created else []
        done = [s.doc["id"] for s in self._removed] + self._swap("before")
        self._tell(self._wanted(), done)

    def _redo(self) -> None:
        back = self._desk().restore(self._removed).value if self._removed else []
        self._removed = []
        self._tell(self._wanted(), back + self._swap("after"))


def retranslate_stack(stack: QUndoStack) -> None:
    """Every command's text in the interface language now."""
    for index in range(stack.count()):
        command = stack.command(index)
        if isinstance(command, _DeskCommand):
            command.retranslate()
