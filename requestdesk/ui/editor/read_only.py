"""Locks an editor's fields for reading: text stays selectable and copyable, nothing
can be typed, chosen, added or removed. The window's navigation stays usable."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_STATE = "readOnlyBefore"  # what the widget was before it was locked


def lock(roots: list[QWidget], locked: bool) -> None:
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            _lock(widget, locked)


def _lock(widget: QWidget, locked: bool) -> None:
    before = widget.property(_STATE)
    if locked and before is not None:
        return  # already locked
    if not locked and before is None:
        return
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
        if locked:
            widget.setProperty(_STATE, widget.isReadOnly())
            widget.setReadOnly(True)
        else:
            widget.setReadOnly(bool(before))
    elif isinstance(widget, QAbstractItemView):
        if locked:
            widget.setProperty(_STATE, int(widget.editTriggers().value))
            widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            widget.setAcceptDrops(False)
        else:
            widget.setEditTriggers(QAbstractItemView.EditTrigger(int(before)))
            widget.setAcceptDrops(True)
    elif isinstance(widget, (QComboBox, QAbstractButton)):
        if locked:
            widget.setProperty(_STATE, widget.isEnabled())
            widget.setEnabled(False)
        else:
            widget.setEnabled(bool(before))
    else:
        return
    if not locked:
        widget.setProperty(_STATE, None)
