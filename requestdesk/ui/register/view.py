"""The register's widget: search, filters and the table of requests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from requestdesk.domain.formatting import format_day
from requestdesk.domain.lifecycle import Status, label
from requestdesk.ui.i18n import current_language, with_number
from requestdesk.ui.register.model import RegisterModel
from requestdesk.ui.register.state import STATUSES, Column
from requestdesk.ui.qt import named

# The status filter's last choice: the archive (requests deleted once they had left the
# draft stage), which the register's list leaves out.
ARCHIVE = "archive"
SEARCH_DELAY_MS = 250  # typing pauses shorter than this do not re-query
FIRST_ROWS = 40  # the numbers the Number column is sized for: a screenful or two


def saved_sort(columns_state: str) -> tuple[Column | None, bool]:
    """The column (None: the store's order) and direction a saved header state sorts by."""
    if not columns_state:
        return None, False
    header = QHeaderView(Qt.Orientation.Horizontal)
    if not header.restoreState(QByteArray.fromBase64(columns_state.encode())):
        return None, False
    section = header.sortIndicatorSection()
    if not header.isSortIndicatorShown() or section not in {int(c) for c in Column}:
        return None, False
    return Column(section), header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


class RegisterView(QWidget):
    open_requested = Signal(str)
    selection_changed = Signal()

    def __init__(self, model: RegisterModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model

        self.search = named(QLineEdit(), "search")
        self.search.setClearButtonEnabled(True)
        self.status_filter = named(QComboBox(), "statusFilter")
        self.urgent_filter = named(QCheckBox(), "urgentFilter")
        self.overdue_filter = named(QCheckBox(), "overdueFilter")
        self.status_label = QLabel()
        self.status_label.setBuddy(self.status_filter)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addSpacing(12)
        bar.addWidget(self.status_label)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.urgent_filter)
        bar.addWidget(self.overdue_filter)

        self.table = named(QTableView(), "registerTable")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The model's order (a saved sort, or none: the store's order, newest first), so that
        # switching sorting on does not sort the register again.
        state = model.state
        self.table.horizontalHeader().setSortIndicator(
            -1 if state.sort_column is None else int(state.sort_column),
            Qt.SortOrder.DescendingOrder if state.descending else Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setResizeContentsPrecision(40)  # fitting a column reads a screenful of rows, not the register
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(int(Column.REQUESTED), QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())

        self.hint = named(QLabel(), "emptyHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setMargin(24)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.hint)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._debounce.start)
        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        self.urgent_filter.toggled.connect(self._apply_filters)
        self.overdue_filter.toggled.connect(self._apply_filters)
        model.modelReset.connect(self._update_page)
        model.layoutChanged.connect(self._update_page)

        self._fill_statuses()
        self.retranslate()
        self._update_page()

    # -- filters ---------------------------------------------------------------------
    def _fill_statuses(self) -> None:
        self.status_filter.blockSignals(True)
        current = self.status_filter.currentData()
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All"), None)
        for status in STATUSES:
            self.status_filter.addItem(self.model.status_name(status), status)
        self.status_filter.insertSeparator(self.status_filter.count())
        self.status_filter.addItem(self.tr("Archived (any status)"), ARCHIVE)
        self.status_filter.setItemData(
            self.status_filter.count() - 1,
            self.tr("Requests deleted after they had left the draft stage: kept with their log, "
                    "out of the register's list; Request ▸ Restore from the archive brings one back"),
            Qt.ItemDataRole.ToolTipRole)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
        self.status_filter.blockSignals(False)

    def _apply_search(self) -> None:
        self._debounce.stop()
        self.reload(search=self.search.text())

    def _apply_filters(self) -> None:
        chosen = self.status_filter.currentData()
        self.reload(
            status=None if chosen == ARCHIVE else chosen,
            archived=chosen == ARCHIVE,
            urgent_only=self.urgent_filter.isChecked(),
            overdue_only=self.overdue_filter.isChecked(),
        )

    def show_archive(self, shown: bool) -> None:
        """Switches the status filter to the archive, or back to every status of the list."""
        self.status_filter.setCurrentIndex(
            self.status_filter.findData(ARCHIVE) if shown else 0)

    def reload(self, **filters: object) -> None:
        """Re-reads the register (with changed filters, if given), keeping the selection."""
        if self._debounce.isActive():  # a search typed but not yet run goes with it
            self._debounce.stop()
            filters.setdefault("search", self.search.text())
        selected = self.selected_ids()
        if filters:
            self.model.state.filters = replace(self.model.state.filters, **filters)  # type: ignore[arg-type]
        self.model.reload(placing=bool(selected))
        self.select_ids(selected)

    def refresh(self) -> None:
        """Re-reads the register where the officer left it: the selection kept, and the
        request under the pointer (or at the top) where it was on screen, whatever came or
        went above it. For changes the officer did not ask to see: an edit saved, another
        program's work, a step of a request's life recorded."""
        anchor = self._anchor()
        position = self.table.verticalScrollBar().value()
        selected = self.selected_ids()
        self.model.reload(placing=True)  # the selection, and the request at the top or under the pointer
        self.select_ids(selected, scroll=False)
        if anchor is not None:
            # Rows that came or went above it move the view by as many rows.
            request_id, row = anchor
            now = self.model.row_of(request_id)
            if now is not None:
                rows = now - row
                per_item = self.table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem
                position += rows if per_item else rows * self.table.verticalHeader().defaultSectionSize()
        self.table.verticalScrollBar().setValue(position)

    def _anchor(self) -> tuple[str, int] | None:
        """The request under the pointer (else the one at the top) and its row."""
        viewport = self.table.viewport()
        pointer = viewport.mapFromGlobal(QCursor.pos())
        row = self.table.rowAt(pointer.y() if viewport.rect().contains(pointer) else 0)
        request_id = self.model.request_id(row) if row >= 0 else None
        return (request_id, row) if request_id else None

    # -- selection ---------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return self.model.request_ids(rows)

    def current_id(self) -> str | None:
        ids = self.selected_ids()
        if ids:
            return ids[0]
        index = self.table.currentIndex()
        return self.model.request_id(index.row()) if index.isValid() else None

    def select_ids(self, ids: list[str], *, scroll: bool = True) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = True
        rows = self.model.rows_of(ids)
        for request_id in ids:
            row = rows.get(request_id)
            if row is None:
                continue
            index = self.model.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            if first:
                selection.setCurrentIndex(index, flags)
                if scroll:
                    self.table.scrollTo(index)
                first = False
            else:
                selection.select(index, flags)
        self.selection_changed.emit()

    def _open(self, row: int) -> None:
        request_id = self.model.request_id(row)
        if request_id:
            self.open_requested.emit(request_id)

    # -- empty states --------------------------------------------------------------------
    def _update_page(self) -> None:
        state = self.model.state
        if len(state):
            if self.pages.currentWidget() is not self.table:
                self.pages.setCurrentWidget(self.table)
                # Columns sized while the register was empty fit only their headings.
                self.fit_columns()
            return
        if state.filters.archived:
            archived = state.archived_total
            self.hint.setText(with_number(self.tr(
                "The archive holds %n request(s); none matches the search.", "", archived
            ), archived) if archived else self.tr(
                "The archive is empty.\n\nA request deleted after it has left the draft stage (submitted, signed, "
                "transmitted…) is archived with its log, not deleted: it is found here."
            ))
        elif state.total == 0:
            self.hint.setText(self.tr(
                "The register is empty.\n\nCreate a request with File ▸ New request (Ctrl+N), "
                "or import request files (*.request.json) with File ▸ Import or by dropping them here."
            ) + self._archive_note(state.archived_total))
        else:
            self.hint.setText(with_number(self.tr(
                "No request matches the search and filters.\n\nThe register holds %n request(s); "
                "clear the search box or the filters to see them.", "", state.total
            ), state.total) + self._archive_note(state.archived_total))
        self.pages.setCurrentWidget(self.hint)

    def _archive_note(self, archived: int) -> str:
        if not archived:
            return ""
        return "\n\n" + with_number(self.tr(
            "%n request(s) in the archive: choose Status ▸ Archived to see them.", "", archived), archived)

    def fit_columns(self) -> None:
        if not len(self.model.state):
            # The hint is shown, not the table: its columns are sized when rows come
            # (_update_page), and the dates formatted for it then, not at start-up.
            return
        header = self.table.horizontalHeader()
        metrics, bold = self.table.fontMetrics(), QFont(self.table.font())
        bold.setBold(True)  # urgent requests say so in bold
        # Sized from the texts of the first rows (as the view would, at a fraction of the
        # cost: no delegate, no babel for every row's date). Dates for the
        # longest month of the language: "27 ноября" at the top must not leave "30 сентября"
        # cut further down.
        lang = current_language()
        # A cell's padding, as wide as two characters of its font: asking the style for
        # its focus-frame margin would load QStyle's enums (20 ms of the start-up).
        margin = 2 * metrics.averageCharWidth()
        days = [format_day(date(2026, month, 28), lang) for month in range(1, 13)]
        state = self.model.state
        shown = [r for r in (state.row(i) for i in range(min(len(state), FIRST_ROWS))) if r is not None]
        for column in Column:
            if column == Column.REQUESTED:
                continue
            texts = days if column in (Column.DATE, Column.DESIRED) else [self.model.text(r, column) for r in shown]
            if column == Column.STATUS:
                # Every status's name: one further down, or reached later, is not cut
                # («Ждет письменного подтвер…»).
                texts += [label(status.value, lang) for status in Status]
            fm = QFontMetrics(bold) if column == Column.URGENT else metrics
            width = max(map(fm.horizontalAdvance, texts), default=0)
            header.resizeSection(int(column), max(width + margin, header.sectionSizeHint(int(column))) + 8)

    # -- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search in both languages: words, numbers, IP addresses, e-mails…"))
        self.status_label.setText(self.tr("&Status:"))
        self.urgent_filter.setText(self.tr("&Urgent only"))
        self.overdue_filter.setText(self.tr("Confirmation &overdue"))
        self.overdue_filter.setToolTip(self.tr("Urgent requests whose written confirmation (Art. 6(2)) is past due"))
        self._fill_statuses()
        self.model.retranslate()
        self._update_page()
        self.fit_columns()
