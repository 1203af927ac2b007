"""The identifiers of one assistance item as a table, each cell checked as it is typed."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from requestdesk.domain.formatting import format_instant, format_offset
from requestdesk.domain.identifiers import IDENTIFIER_TYPES, is_valid
from requestdesk.domain.profile import TreatyProfile
from requestdesk.domain.timeutil import is_aware, parse_instant
from requestdesk.editing import Changes
from requestdesk.ui.editor.language import bilingual, interface_language
from requestdesk.ui.editor.session import EditorSession
from requestdesk.ui.typed_dates import format_typed_datetime
from requestdesk.ui.editor.timeinput import read_instant

COLUMNS = ("type", "value", "from", "to")
ERROR_BACKGROUND = QColor("#f9d0d0")
WARNING_BACKGROUND = QColor("#fbeec1")

Index = QModelIndex | QPersistentModelIndex


def _instant(raw: str) -> datetime | None:
    try:
        return parse_instant(raw)
    except ValueError:
        return None


class IdentifiersModel(QAbstractTableModel):
    """Rows are the identifiers at `<item path>.identifiers`, read from the document each time."""

    def __init__(self, session: EditorSession, profile: TreatyProfile, default_zone: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.session, self.profile = session, profile
        self.default_zone = default_zone  # () -> ZoneInfo for times typed without an offset
        self.item_path = ""
        session.changed.connect(self._changed)

    @property
    def path(self) -> str:
        return f"{self.item_path}.identifiers"

    def set_item(self, item_path: str) -> None:
        self.beginResetModel()
        self.item_path = item_path
        self.endResetModel()

    def _rows(self) -> list[Any]:
        rows = self.session.get(self.path) if self.item_path else None
        return rows if isinstance(rows, list) else []

    def _row(self, row: int) -> dict[str, Any]:
        rows = self._rows()
        value = rows[row] if 0 <= row < len(rows) else None
        return value if isinstance(value, dict) else {}

    def _changed(self, changes: Changes) -> None:
        if not self.item_path:
            return
        # A write to the list or above it, or an item inserted or removed: rows may move.
        if any(self.path == p or self.path.startswith(p + ".") for p in changes.lists | changes.paths):
            self.beginResetModel()
            self.endResetModel()
        elif changes.touches(self.path):
            self.dataChanged.emit(self.index(0, 0), self.index(max(0, self.rowCount() - 1), len(COLUMNS) - 1))

    # -- shape ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Type"), self.tr("Identifier"), self.tr("Used from"), self.tr("Used until"))[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    # -- cells ---------------------------------------------------------------------
    def problem(self, row: int, column: str) -> tuple[str, str] | None:
        """("error" | "warning", explanation) for a cell the officer should fix."""
        entry = self._row(row)
        kind = str(entry.get("type") or "")
        value = str(entry.get("value") or "").strip()
        if column == "type" and kind not in IDENTIFIER_TYPES:
            return "error", self.tr("Choose the type of identifier.")
        if column == "value":
            if not value:
                return "error", self.tr("Enter the identifier.")
            if kind in IDENTIFIER_TYPES and not is_valid(kind, value):
                type_name = bilingual(self.profile.identifier_types.get(kind), interface_language())
                return "error", self.tr("This is not a well-formed %1.").replace("%1", type_name)
        if column in ("from", "to"):
            raw = str(entry.get(column) or "").strip()
            if raw:
                moment = _instant(raw)
                if moment is None:
                    return "error", self.tr("Not a date and time. Type it as 20/10/2026 14:30 (in the time zone shown below the table).")
                if not is_aware(moment):
                    return "warning", self.tr("The time needs its UTC offset.")
                start, end = _instant(str(entry.get("from") or "")), _instant(str(entry.get("to") or ""))
                if column == "to" and start and end and is_aware(start) and start > end:
                    return "error", self.tr("The period ends before it starts.")
            elif kind == "ip":
                return "warning", self.tr("An IP address is useless to a provider without the exact time of its use, "
                                          "with the time zone.")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._row(index.row())
        column = COLUMNS[index.column()]
        raw = entry.get(column)
        raw = raw if isinstance(raw, str) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "type":
                return bilingual(self.profile.identifier_types.get(raw), interface_language()) or raw
            if column in ("from", "to"):
                moment = _instant(raw)
                if not (moment and is_aware(moment)):
                    return raw
                # Short, as it is typed, with its offset: the four columns fit the page.
                return f"{format_typed_datetime(moment, interface_language())} ({format_offset(moment)})"
            return raw
        if role == Qt.ItemDataRole.ToolTipRole and column in ("from", "to") and self.problem(index.row(), column) is None:
            moment = _instant(raw)
            return format_instant(moment, interface_language()) if moment and is_aware(moment) else None
        if role == Qt.ItemDataRole.EditRole:
            return raw
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            problem = self.problem(index.row(), column)
            if problem is None:
                return None
            severity, text = problem
            if role == Qt.ItemDataRole.ToolTipRole:
                return text
            return QBrush(ERROR_BACKGROUND if severity == "error" else WARNING_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and self.problem(index.row(), column):
            return QBrush(QColor("#000000"))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = COLUMNS[index.column()]
        text = str(value or "").strip()
        if column in ("from", "to"):
            zone: ZoneInfo = self.default_zone()
            text = read_instant(text, zone)
        self.session.set(f"{self.path}.{index.row()}.{column}", text, text=self.tr("Identifier"))
        return True

    def type_choices(self) -> list[tuple[str, str]]:
        lang = interface_language()
        return [(kind, bilingual(self.profile.identifier_types.get(kind), lang) or kind) for kind in IDENTIFIER_TYPES]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1))
