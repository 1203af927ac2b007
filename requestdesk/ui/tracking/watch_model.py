"""The confirmation watch as a table model: thin, over `watch_items`."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from requestdesk.domain.formatting import format_instant, format_remaining
from requestdesk.store.requests import RegisterRow
from requestdesk.ui.i18n import current_language
from requestdesk.ui.tracking.watch_state import Urgency, WatchItem, watch_items

ID_ROLE = Qt.ItemDataRole.UserRole + 1
URGENCY_ROLE = Qt.ItemDataRole.UserRole + 2

_BACKGROUND = {Urgency.SOON: QColor("#fff1c2"), Urgency.OVERDUE: QColor("#f8c9c4")}

Index = QModelIndex | QPersistentModelIndex


class ConfirmationWatchModel(QAbstractTableModel):
    # The countdown comes first after the number: it is what the panel is for.
    NUMBER, REMAINING, DUE_AUTHORITY, DUE_WORKSTATION, REQUESTED = range(5)

    def __init__(self, workstation_zone: ZoneInfo, parent=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._zone = workstation_zone
        self._rows: list[RegisterRow] = []
        self._items: list[WatchItem] = []
        # What each cell shows, written when first asked for (only the rows in view are),
        # and forgotten when the rows or the clock move.
        self._texts: dict[int, tuple[str, ...]] = {}
        # "… overdue (п. 2 ст. 6: в течение 3 суток)": the panel words it from the profile.
        self.overdue_note = ""

    def set_rows(self, rows: list[RegisterRow], now: datetime) -> None:
        self.beginResetModel()
        self._rows = rows
        self._items = watch_items(rows, now, self._zone)
        self._texts = {}
        self.endResetModel()

    def tick(self, now: datetime) -> None:
        """Moves the countdown on without re-reading the store."""
        if not self._items:
            return
        self._items = watch_items(self._rows, now, self._zone)
        self._texts = {}
        last = self.rowCount() - 1
        self.dataChanged.emit(self.index(0, 0), self.index(last, self.columnCount() - 1))

    def _cells(self, row: int) -> tuple[str, ...]:
        texts = self._texts.get(row)
        if texts is None:
            item, lang = self._items[row], current_language()
            cells = [""] * 5
            cells[self.NUMBER] = item.row.number or self.tr("(no number)")
            cells[self.REMAINING] = format_remaining(item.remaining_seconds, lang)
            cells[self.DUE_AUTHORITY] = format_instant(item.due_local, lang)
            cells[self.DUE_WORKSTATION] = format_instant(item.due_workstation, lang)
            cells[self.REQUESTED] = f"{item.row.requested_state} · {item.row.requested_authority(lang)}"
            texts = self._texts[row] = tuple(cells)
        return texts

    def items(self) -> list[WatchItem]:
        return list(self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Number"),
            self.tr("Time left"),
            self.tr("Due (authority's time)"),
            self.tr("Due (this workstation)"),
            self.tr("Requested authority"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(index.row())[column]
        if role == Qt.ItemDataRole.FontRole and column == self.REMAINING and item.urgency is not Urgency.OK:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and item.urgency in _BACKGROUND:
            return QBrush(_BACKGROUND[item.urgency])
        if role == Qt.ItemDataRole.ToolTipRole and item.urgency is Urgency.OVERDUE:
            return self.overdue_note or None
        if role == ID_ROLE:
            return item.row.id
        if role == URGENCY_ROLE:
            return item.urgency.value
        return None
