"""The review checklist as a table: one row per rule, the automatic verdict and the
supervisor's mark and comment (edited through the Review operations)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from requestdesk.domain.formatting import format_instant
from requestdesk.domain.review import ChecklistRow, Mark, MarkValue
from requestdesk.store.requests import StoreError
from requestdesk.store.review import Review
from requestdesk.ui.i18n import current_language

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    ARTICLE = 0
    REQUIREMENT = 1
    AUTOMATIC = 2
    FINDINGS = 3
    MARK = 4
    COMMENT = 5


_BACKGROUND = {"error": QColor("#f6cfcf"), "warning": QColor("#fff0c2")}
_MARK_COLOUR = {MarkValue.CONFIRMED: QColor("#1b5e20"), MarkValue.NEEDS_CHANGE: QColor("#b00020")}


def row_mark(row: ChecklistRow) -> Mark | None:
    """The row-wide mark the checklist edits (marks on single fields come from elsewhere)."""
    return next((m for m in row.marks if not m.field), None)


class ChecklistModel(QAbstractTableModel):
    failed = Signal(str)  # a refused operation's message, in the interface language
    marked = Signal()  # a mark or comment was stored

    def __init__(self, review: Review, desk, request_id: str, parent=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.review = review  # reads the checklist
        self.desk = desk  # writes the marks (app.Desk: the one write path)
        self.request_id = request_id
        self.rows: list[ChecklistRow] = []
        self.editable = False

    def reload(self) -> None:
        self.beginResetModel()
        _, self.rows = self.review.checklist(self.request_id)
        self.endResetModel()

    def retranslate(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(Column) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    # -- reading -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Article"), self.tr("Requirement"), self.tr("Automatic check"), self.tr("Findings"),
                self.tr("Supervisor's mark"), self.tr("Comment"))[section]

    def status_text(self, status: str) -> str:
        return {"ok": self.tr("Passed"), "warning": self.tr("Warning"), "error": self.tr("Error")}.get(status, status)

    def mark_text(self, mark: MarkValue | None) -> str:
        if mark is MarkValue.CONFIRMED:
            return self.tr("Confirmed")
        if mark is MarkValue.NEEDS_CHANGE:
            return self.tr("Needs change")
        return self.tr("Not marked")

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() == Column.COMMENT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        lang = current_language()
        own = row_mark(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == Column.ARTICLE:
                return row.article.get(lang, "")
            if column == Column.REQUIREMENT:
                return row.label.get(lang, "")
            if column == Column.AUTOMATIC:
                return self.status_text(row.automatic)
            if column == Column.FINDINGS:
                return "\n".join(f.message(lang) for f in row.findings)
            if column == Column.MARK:
                return self.mark_text(row.mark)
            if column == Column.COMMENT:
                return "\n".join(m.comment for m in row.marks if m.comment.strip())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if role == Qt.ItemDataRole.BackgroundRole and column == Column.AUTOMATIC:
            return _BACKGROUND.get(row.automatic)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.MARK and row.mark is not None:
            return _MARK_COLOUR[row.mark]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.MARK and own is not None:
                return self.tr("Marked by %1, %2").replace("%1", own.reviewer).replace("%2", format_instant(own.at.astimezone(), lang))
            if column == Column.FINDINGS and row.findings:
                return "\n".join(f.message(lang) for f in row.findings)
            if column == Column.COMMENT and self.editable:
                return self.tr("Double-click to write a comment; a comment on an unmarked row marks it as needing change")
        return None

    # -- writing -------------------------------------------------------------------------
    def set_mark(self, row: int, mark: MarkValue | None, comment: str | None = None) -> bool:
        """Marks a row (None clears it); False and `failed` when the review refuses."""
        current = self.rows[row]
        own = row_mark(current)
        text = comment if comment is not None else (own.comment if own else "")
        try:
            if mark is None:
                self.desk.clear_mark(self.request_id, current.code, initiator=self)
            else:
                self.desk.mark(self.request_id, current.code, mark, text, initiator=self)
        except StoreError as exc:
            self.failed.emit(exc.message(current_language()))
            return False
        self._refresh_row(row)
        self.marked.emit()
        return True

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != Column.COMMENT:
            return False
        own = row_mark(self.rows[index.row()])
        comment = str(value).strip()
        if own is None and not comment:
            return False
        mark = own.mark if own is not None else MarkValue.NEEDS_CHANGE
        return self.set_mark(index.row(), mark, comment)

    def _refresh_row(self, row: int) -> None:
        _, rows = self.review.checklist(self.request_id)
        self.rows = rows
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
