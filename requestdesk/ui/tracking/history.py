"""A request's history: every event of its log, and whether the log is intact.

The review, enclosure and package events are named and described by the domain
(event_label, event_details); the tracker's own kinds are named here.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from requestdesk.domain.formatting import format_instant
from requestdesk.domain.lifecycle import label
from requestdesk.domain.review import EVENT_LABELS, event_details, event_label
from requestdesk.store.events import Event, chain_breaks
from requestdesk.store.tracking import Tracker
from requestdesk.ui.i18n import current_language

Index = QModelIndex | QPersistentModelIndex


def describe(event: Event, lang: str, late_word: str) -> str:
    """One line saying what happened, from the event's data."""
    data = event.data
    parts = []
    if "to" in data:
        parts.append(f"{label(data.get('from', ''), lang)} → {label(data['to'], lang)}")
    for key in ("channel", "to_authority", "summary", "grounds", "text", "note"):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            parts.append(value.strip())
    details = event_details(event.kind, data, lang)
    if details:
        parts.append(details)
    if data.get("late"):
        parts.append(late_word)
    return " · ".join(parts)


class HistoryModel(QAbstractTableModel):
    def __init__(self, events: list[Event], zone: ZoneInfo, parent=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._events = events
        self._zone = zone

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        event = self._events[index.row()]
        lang = current_language()
        return (
            format_instant(event.at.astimezone(self._zone), lang),
            event.user,
            self.kind_name(event.kind, lang),
            describe(event, lang, self.tr("late")),
        )[index.column()]

    def kind_name(self, kind: str, lang: str) -> str:
        if kind in EVENT_LABELS:
            return event_label(kind, lang)
        own = {
            "status": self.tr("Status changed"),
            "transmitted": self.tr("Urgent transmission"),
            "confirmed": self.tr("Written confirmation sent"),
            "notice": self.tr("Notice"),
            "created": self.tr("Created"),
            "edited": self.tr("Edited"),
            "checked": self.tr("Checked"),
            "exported": self.tr("Exported"),
        }
        return own.get(kind, kind)


class HistoryDialog(QDialog):
    def __init__(self, tracker: Tracker, request_id: str, zone: ZoneInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of the request"))
        self.resize(820, 420)
        self.model = HistoryModel(tracker.history(request_id), zone, self)
        view = QTableView()
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        events = tracker.history(request_id)
        problems = self.problems(chain_breaks(events)) + self.signature_problems(events)
        self.integrity = QLabel(
            self.tr("The log is intact.") if not problems
            else self.tr("The log was altered: %1").replace("%1", "; ".join(problems))
        )
        self.integrity.setObjectName("integrity")
        self.integrity.setWordWrap(True)
        self.integrity.setStyleSheet("" if not problems else "color: #b00020; font-weight: bold")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(self.integrity)
        layout.addWidget(buttons)

    def signature_problems(self, events) -> list[str]:  # type: ignore[no-untyped-def]
        """Events whose signature does not verify, or that are unsigned after signed ones
        (inserted or rewritten around the program)."""
        from requestdesk.store.events import signature_holds

        said, seen_signed = [], False
        for event in events:
            holds = signature_holds(event)
            if holds is False:
                said.append(self.tr("the signature of event %1 does not verify").replace("%1", str(event.seq)))
            elif holds is None and seen_signed:
                said.append(self.tr("event %1 is not signed").replace("%1", str(event.seq)))
            seen_signed = seen_signed or holds is not None
        return said

    def problems(self, breaks: list[tuple[str, int, int]]) -> list[str]:
        texts = {
            "missing": self.tr("event %1 is missing (found %2)"),
            "unlinked": self.tr("event %1 does not follow the previous one"),
            "altered": self.tr("event %1 was altered"),
        }
        return [texts.get(what, what).replace("%1", str(seq)).replace("%2", str(found)) for what, seq, found in breaks]
