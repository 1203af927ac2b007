"""The supervisor's comments on a returned request, shown next to the fields concerned.

A comment is keyed by a field path or by a rule code (comments_for); a rule's comment
goes with the fields of that rule (the checklist row's fields). Each step shows the
comments on its fields in a banner at its top, and the fields carry a marker and the
comment as their tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from requestdesk.domain.review import ChecklistRow

MARKED_STYLE = "border: 2px solid #b00020;"

StepT = TypeVar("StepT")


@dataclass(frozen=True)
class Note:
    key: str  # the field path or rule code the comment was made on
    label: str  # the rule's requirement (in the interface language) or the field path
    paths: tuple[str, ...]  # the fields it concerns ("" when the request as a whole)
    comment: str


def notes_of(comments: dict[str, str], rows: Iterable[ChecklistRow], lang: str) -> list[Note]:
    by_code = {row.code: row for row in rows}
    notes = []
    for key, comment in comments.items():
        if not key:
            continue  # the decision's overall note: the window's banner shows it
        row = by_code.get(key)
        if row is not None:
            notes.append(Note(key, row.label.get(lang, key), row.fields, comment))
        else:
            notes.append(Note(key, key, (key,), comment))
    return notes


class FieldMarkers:
    """Marks the widgets of commented fields; `clear` gives them back their look."""

    def __init__(self) -> None:
        self._marked: dict[QWidget, tuple[str, str]] = {}  # widget -> its own (tooltip, style)

    def mark(self, widget: QWidget, comment: str) -> None:
        if widget not in self._marked:
            self._marked[widget] = (widget.toolTip(), widget.styleSheet())
            widget.destroyed.connect(lambda *_: self._marked.pop(widget, None))
        widget.setToolTip(comment)
        widget.setStyleSheet(MARKED_STYLE)
        widget.setProperty("reviewComment", comment)

    def clear(self) -> None:
        for widget, (tooltip, style) in self._marked.items():
            widget.setToolTip(tooltip)
            widget.setStyleSheet(style)
            widget.setProperty("reviewComment", None)
        self._marked.clear()

    def marked(self) -> dict[QWidget, str]:
        return {w: str(w.property("reviewComment")) for w in self._marked}


def place(notes: Iterable[Note], step_for: Callable[[str], StepT]) -> dict[StepT, list[Note]]:
    """The notes of each step (a note without fields goes to the first step)."""
    placed: dict[StepT, list[Note]] = {}
    for note in notes:
        steps = list(dict.fromkeys(step_for(p) for p in note.paths if p)) or [step_for("")]
        for step in steps:
            placed.setdefault(step, []).append(note)
    return placed
