"""A date (or date and time) an officer can type, pick from a calendar, step with the
arrow keys, or leave empty.

Qt's QDateEdit cannot be empty: its "special value" stands for empty, digits typed over
it are appended to that text and Enter reverts them. This field is a line edit read by
`typed_dates` when the officer finishes (Enter, Tab, leaving it): what cannot be read
stays as typed, framed in red, with the form to use beside it; nothing is written then.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLabel, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from requestdesk.ui.i18n import current_language
from requestdesk.ui.typed_dates import (
    TypedDateError,
    date_hint,
    datetime_hint,
    format_typed_date,
    format_typed_datetime,
    parse_typed_date,
    parse_typed_datetime,
)

Value = date | datetime | None


class DateInput(QWidget):
    """`committed` carries the new value (a date, a naive datetime, or None for empty)
    each time the officer finishes an entry that changes it."""

    committed = Signal(object)

    def __init__(self, with_time: bool = False, parent: QWidget | None = None, today: Callable[[], date] | None = None):
        super().__init__(parent)
        self.with_time = with_time
        self._today = today or date.today  # where the arrow keys start on an empty field
        self._value: Value = None
        self.line = QLineEdit(self)
        self.line.setClearButtonEnabled(False)
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance("00.00.0000 00:00") + 28)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("…")
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        menu = QMenu(self.calendar_button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        self.calendar_menu = menu
        self.calendar_button.clicked.connect(self.open_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.problem = QLabel(self)
        self.problem.setObjectName("dateProblem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.calendar_button)
        layout.addWidget(self.problem)
        self.line.editingFinished.connect(self.finish)
        self.line.installEventFilter(self)
        self.setFocusProxy(self.line)
        self.retranslate()

    # -- value ------------------------------------------------------------------------
    def value(self) -> Value:
        return self._value

    def text(self) -> str:
        return self.line.text()

    def set_value(self, value: Value) -> None:
        """Shows a value from outside (the document, a default); emits nothing."""
        self._value = value
        self._show(value)

    def show_raw(self, text: str) -> None:
        """A stored value this field cannot read (a hand-made file): shown as it is, not lost."""
        self._value = None
        self.line.setText(text)
        self._mark_problem(bool(text.strip()))

    def is_valid(self) -> bool:
        """Whether the text typed is empty or a value (what `value()` returns)."""
        return self._read(self.line.text())[1]

    def _show(self, value: Value) -> None:
        lang = current_language()
        if value is None:
            text = ""
        elif isinstance(value, datetime):
            text = format_typed_datetime(value, lang)
        else:
            text = format_typed_date(value, lang)
        if self.line.text() != text:
            self.line.setText(text)
        self._mark_problem(False)

    def _read(self, text: str) -> tuple[Value, bool]:
        if not text.strip():
            return None, True
        try:
            return (parse_typed_datetime(text) if self.with_time else parse_typed_date(text)), True
        except TypedDateError:
            return None, False

    def finish(self) -> None:
        """The officer is done typing: the text is read, shown in the usual form, committed."""
        value, ok = self._read(self.line.text())
        if not ok:
            self._mark_problem(True)
            return
        self._commit(value)

    def _commit(self, value: Value) -> None:
        changed = value != self._value
        self._value = value
        self._show(value)
        if changed:
            self.committed.emit(value)

    def _mark_problem(self, bad: bool) -> None:
        self.line.setStyleSheet("QLineEdit { border: 2px solid #b00020; }" if bad else "")
        self.problem.setVisible(bad)
        self.line.setToolTip(self.problem.text() if bad else "")

    # -- the calendar and the arrow keys --------------------------------------------------
    def _start_day(self) -> date:
        value = self._value
        if isinstance(value, datetime):
            return value.date()
        return value or self._today()

    def open_calendar(self) -> None:
        day = self._start_day()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar_menu.popup(self.calendar_button.mapToGlobal(self.calendar_button.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, qdate: QDate) -> None:
        self.calendar_menu.close()
        self.set_day(date(qdate.year(), qdate.month(), qdate.day()))

    def set_day(self, day: date) -> None:
        """Puts a day in, keeping the time of day already entered (midnight for none)."""
        if self.with_time:
            kept = self._value.time() if isinstance(self._value, datetime) else time(0, 0)
            self._commit(datetime.combine(day, kept))
        else:
            self._commit(day)
        self.line.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
            if step is not None:
                value, ok = self._read(self.line.text())
                if ok:
                    base = value if value is not None else None
                    if base is None:
                        self.set_day(self._today())
                    else:
                        self._commit(base + timedelta(days=step))
                return True
        return False

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = current_language()
        hint = datetime_hint(lang) if self.with_time else date_hint(lang)
        self.line.setPlaceholderText(hint)
        self.problem.setText(self.tr("Type it as %1").replace("%1", self._example(lang)))
        self.calendar_button.setToolTip(self.tr("Pick the date from a calendar"))
        self.calendar.setLocale(self.locale())
        if self.is_valid():
            self._show(self._value)

    def _example(self, lang: str) -> str:
        sample = datetime(2026, 12, 20, 14, 35)
        return format_typed_datetime(sample, lang) if self.with_time else format_typed_date(sample.date(), lang)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
