"""The enclosures of a request as a table: title in each language, pages, copies, certified copy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from requestdesk.domain.languages import SUPPORTED
from requestdesk.editing import Changes
from requestdesk.ui.editor.identifiers_model import WARNING_BACKGROUND
from requestdesk.ui.editor.session import EditorSession

PATH = "attachments"
COLUMNS = ("title.ru", "title.en", "pages", "copies", "certified_copy")

Index = QModelIndex | QPersistentModelIndex


class AttachmentsModel(QAbstractTableModel):
    def __init__(self, session: EditorSession, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        session.changed.connect(self._changed)

    def _rows(self) -> list[Any]:
        rows = self.session.get(PATH)
        return rows if isinstance(rows, list) else []

    def _changed(self, changes: Changes) -> None:
        if PATH in changes.lists or PATH in changes.paths:
            self.beginResetModel()
            self.endResetModel()
        elif changes.touches(PATH) and self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Title (Russian)"), self.tr("Title (English)"), self.tr("Pages"), self.tr("Copies"),
                self.tr("Certified copy"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] == "certified_copy":
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def _value(self, row: int, column: str) -> Any:
        return self.session.get(f"{PATH}.{row}.{column}")

    def _problem(self, row: int, column: str) -> str | None:
        value = self._value(row, column)
        if column.startswith("title.") and not (isinstance(value, str) and value.strip()):
            if any(isinstance(self._value(row, f"title.{lang}"), str) and self._value(row, f"title.{lang}").strip()
                   for lang in SUPPORTED):
                return self.tr("The title is missing in this language.")
            return self.tr("Give the enclosure a title.")
        if column == "pages" and not (isinstance(value, int) and not isinstance(value, bool) and value >= 1):
            return self.tr("Give the number of pages.")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = COLUMNS[index.column()]
        value = self._value(index.row(), column)
        if column == "certified_copy":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value is True else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column in ("pages", "copies"):
                return value if isinstance(value, int) and not isinstance(value, bool) else (0 if role == Qt.ItemDataRole.EditRole else "")
            return value if isinstance(value, str) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("pages", "copies"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            problem = self._problem(index.row(), column)
            if problem is None:
                return None
            return problem if role == Qt.ItemDataRole.ToolTipRole else QBrush(WARNING_BACKGROUND)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = COLUMNS[index.column()]
        path = f"{PATH}.{index.row()}.{column}"
        if column == "certified_copy":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, Qt.CheckState) else value == Qt.CheckState.Checked
            self.session.set(path, checked, text=self.tr("Certified copy"))
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        if column in ("pages", "copies"):
            try:
                number = int(value)
            except (TypeError, ValueError):
                return False
            self.session.set(path, number if number > 0 else None, text=self.tr("Enclosure"))
        else:
            self.session.set(path, str(value or ""), text=self.tr("Enclosure"))
        return True

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
