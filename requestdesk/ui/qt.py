"""Small helpers over Qt widgets.

Properties are set after construction, never as constructor keywords: PySide6 6.12
drops a reference to None for each property keyword (`QLabel(objectName="x")`), and a
few thousand such widgets crash the interpreter (none_dealloc).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimeZone
from PySide6.QtWidgets import QLabel, QWidget

from requestdesk.domain.timeutil import zone

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFormLayout  # its enums load with it: not for the register's first paint

O = TypeVar("O", bound=QObject)


def named(obj: O, name: str) -> O:
    obj.setObjectName(name)
    return obj


def note_label(name: str = "", parent: QWidget | None = None) -> QLabel:
    """A label for explanations: wraps its text."""
    label = QLabel(parent)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def add_labelled_row(form: QFormLayout, field: QWidget, labels: dict[QWidget, QLabel]) -> None:
    """A form row whose label (its text set on retranslation) is kept in `labels` by field."""
    label = QLabel()
    label.setBuddy(field)
    labels[field] = label
    form.addRow(label, field)


def workstation_zone() -> ZoneInfo:
    """This computer's time zone, as the system names it (UTC when it names no IANA zone)."""
    return zone(bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")) or ZoneInfo("UTC")
