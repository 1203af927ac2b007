"""The register's table model: a thin Qt view over RegisterState."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from requestdesk.domain.directory import Directory
from requestdesk.domain.formatting import format_day, format_instant
from requestdesk.domain.lifecycle import EDITABLE
from requestdesk.domain.lifecycle import label as status_label
from requestdesk.store.requests import RegisterRow
from requestdesk.ui.i18n import current_language
from requestdesk.ui.register.countdown import Urgency, countdown
from requestdesk.ui.register.state import Column, RegisterState
from requestdesk.ui.settings import Settings

Index = QModelIndex | QPersistentModelIndex
RequestIdRole = Qt.ItemDataRole.UserRole + 1
_ROLES = frozenset(int(role) for role in (Qt.ItemDataRole.DisplayRole, RequestIdRole, Qt.ItemDataRole.ToolTipRole,
                                         Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole))
_COLUMNS = tuple(Column)  # by number: faster than making the enum member each time
_PARENTS_AND_HINT = ("QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint")  # a layout signal's overload

_URGENCY_COLOURS = {Urgency.OVERDUE: QColor("#b3261e"), Urgency.SOON: QColor("#9a5b00")}


@lru_cache(maxsize=4096)  # a register repeats its dates; babel is slow enough to notice when scrolling
def _day(text: str, lang: str) -> str:
    try:
        return format_day(date.fromisoformat(text), lang)
    except ValueError:
        return text


class RegisterModel(QAbstractTableModel):
    def __init__(self, state: RegisterState, directory: Directory, parent: QObject | None = None,
                 settings: Settings | None = None):
        super().__init__(parent)
        self.state = state
        self.directory = directory
        self.settings = settings  # whose profile of new requests the confirmation column describes

    # -- what the view asks -------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.state)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_labels()[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.CONFIRMATION:
            return self.confirmation_note()
        return None

    def confirmation_note(self) -> str:
        # The profile is read when the tooltip is first asked for, not for the first paint.
        from requestdesk.domain.profile import load_profile
        from requestdesk.ui.treaty import PeriodWords, article, workstation_profile

        profile = workstation_profile(self.settings) if self.settings is not None else load_profile()
        basis = article(profile, current_language())
        return (self.tr("%1: an urgent request sent orally or by technical means is confirmed in writing %2")
                .replace("%1", basis[:1].upper() + basis[1:]).replace("%2", PeriodWords().within(profile.confirmation)))

    def header_labels(self) -> dict[Column, str]:
        return {
            Column.NUMBER: self.tr("Number"),
            Column.DATE: self.tr("Date"),
            Column.REQUESTED: self.tr("Requested authority"),
            Column.STATUS: self.tr("Status"),
            Column.URGENT: self.tr("Urgent"),
            Column.CONFIRMATION: self.tr("Written confirmation"),
            Column.DESIRED: self.tr("Execute by"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks each cell for about a dozen roles at each paint; those the
        # register does not answer are turned away before its row is looked up.
        if role not in _ROLES:
            return None
        row = self.state.row(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = _COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == RequestIdRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, column)
        if role == Qt.ItemDataRole.FontRole and column == Column.URGENT and row.urgent:
            font = QFont()
            font.setBold(True)
            return font
        return None

    # -- texts ----------------------------------------------------------------------
    def _text(self, row: RegisterRow, column: Column) -> str:
        lang = current_language()
        if column == Column.NUMBER:
            return row.number or self.tr("(no number)")
        if column == Column.DATE:
            return _day(row.date, lang)
        if column == Column.REQUESTED:
            return self._requested(row, lang)
        if column == Column.STATUS:
            return self.status_text(row)
        if column == Column.URGENT:
            return self.tr("urgent") if row.urgent else ""
        if column == Column.CONFIRMATION:
            return countdown(row.confirmation_due, row.confirmed_at, self.state.clock.now(), current_language()).text
        if column == Column.DESIRED:
            return _day(row.desired_execution_by, lang)
        return ""

    def _requested(self, row: RegisterRow, lang: str, short: bool = True) -> str:
        state = self.directory.state(row.requested_state)
        state_name = (state.short.get(lang) or row.requested_state) if state else row.requested_state
        authority = row.requested_authority(lang)
        known = self.directory.find_authority(row.requested_state, authority, lang) if short else None
        if known is not None and known.short.get(lang):
            # The directory's short name ("МВД Армении") names the state too and fits the
            # column; the tooltip has the full name.
            return known.short[lang]
        if state_name and authority:
            return f"{state_name}: {authority}"
        return authority or state_name or self.tr("(not chosen)")

    def status_name(self, status: str) -> str:
        return status_label(status, current_language())

    def status_text(self, row: RegisterRow) -> str:
        text = self._status_text(row.status, row.errors, row.warnings)
        return self.tr("%1 — in the archive").replace("%1", text) if row.archived else text

    def _status_text(self, status: str, errors: int, warnings: int) -> str:
        name = self.status_name(status)
        if errors:
            return self.tr("%1, %n error(s)", "", errors).replace("%1", name)
        if warnings:
            return self.tr("%1, %n warning(s)", "", warnings).replace("%1", name)
        return self.tr("%1, ready for signature").replace("%1", name) if status in EDITABLE else name

    def text(self, row: RegisterRow, column: Column) -> str:
        """What a cell shows (its display text), for sizing a column without the view."""
        return self._text(row, column)

    def _tooltip(self, row: RegisterRow, column: Column) -> str | None:
        lang = current_language()
        if column == Column.REQUESTED:
            # Qt renders a tooltip that looks like markup; the authority's name is data.
            import html  # on the first tooltip: its entities take milliseconds to load

            return "<qt>" + html.escape(self._requested(row, lang, short=False)) + "</qt>"
        if column == Column.CONFIRMATION and row.confirmation_due:
            due = format_instant(row.confirmation_due.astimezone(), lang)
            text = self.tr("Due %1").replace("%1", due)
            if row.confirmed_at:
                text += "\n" + self.tr("Confirmed %1").replace("%1", format_instant(row.confirmed_at.astimezone(), lang))
            return text
        if column == Column.STATUS:
            # The status in full first: a long one ("Forwarded (Art. 7(3)), 2 warnings")
            # may be cut in the column, which is sized from the rows on screen.
            lines = [self.status_text(row)]
            approval = self.approval_text(row.id)
            if approval:
                lines.append(approval)
            if row.errors or row.warnings:
                lines.append(self.tr("Open the request to see the findings of the check"))
            return "\n".join(lines)
        return None

    def approval_text(self, request_id: str) -> str:
        """The approval state of a request that was ever decided on ("" before any decision)."""
        from requestdesk.store.review import approval_of, read_decisions

        store = self.state.store
        if not store.read(read_decisions, request_id):
            return ""
        return store.read(approval_of, request_id, store.get(request_id)).message(current_language())

    def _colour(self, row: RegisterRow, column: Column) -> QColor | None:
        if column == Column.CONFIRMATION:
            return _URGENCY_COLOURS.get(countdown(row.confirmation_due, row.confirmed_at, self.state.clock.now(), current_language()).urgency)
        if column == Column.STATUS and row.errors:
            return _URGENCY_COLOURS[Urgency.OVERDUE]
        if column == Column.NUMBER and not row.number:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    # -- changes ----------------------------------------------------------------------
    def reload(self, *, placing: bool = False) -> None:
        """Reads the register again; `placing`: requests will be placed in it next (RegisterState.reload)."""
        self.beginResetModel()
        self.state.language = current_language()
        self.state.reload(placing=placing)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        wanted = (Column(column) if column >= 0 else None, order == Qt.SortOrder.DescendingOrder)
        if wanted == (self.state.sort_column, self.state.descending) and self.state.language == current_language():
            return  # the view asks again when sorting is switched on
        # Rows sorted, columns in place: the header keeps no index of its own over the
        # change, and the selection one per row (the officer's few selected rows, not
        # each cell), so their requests are placed without reading every key.
        hint = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
        # The overload with the hint named (PySide6 picks the one without arguments
        # otherwise; its type stubs do not know signals are indexed by overload).
        self.layoutAboutToBeChanged[_PARENTS_AND_HINT].emit([], hint)  # type: ignore[index]
        old = self.persistentIndexList()
        ids = {row: self.request_id(row) for row in {i.row() for i in old}}
        self.state.language = current_language()
        self.state.sort(*wanted)
        rows = self.rows_of(request_id for request_id in ids.values() if request_id)
        new = []
        for index in old:
            row = rows.get(ids[index.row()] or "")
            new.append(self.index(row, index.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(old, new)
        self.layoutChanged[_PARENTS_AND_HINT].emit([], hint)  # type: ignore[index]

    def refresh_countdowns(self) -> None:
        if len(self.state):
            column = int(Column.CONFIRMATION)
            self.dataChanged.emit(self.index(0, column), self.index(len(self.state) - 1, column))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if len(self.state):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.state) - 1, len(Column) - 1))

    def request_id(self, row: int) -> str | None:
        found = self.state.row(row)
        return found.id if found else None

    def request_ids(self, rows: list[int]) -> list[str]:
        return self.state.request_ids(rows)

    def row_of(self, request_id: str) -> int | None:
        return self.state.index_of(request_id)

    def rows_of(self, request_ids: Iterable[str]) -> dict[str, int]:
        """The rows of these requests, by id (those listed)."""
        return self.state.indexes_of(request_ids)
