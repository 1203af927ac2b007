"""A moment in time as an officer enters it: date, time and the time zone it is read in."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QHBoxLayout, QWidget

from requestdesk.domain.timeutil import zone


class InstantEdit(QWidget):
    changed = Signal()

    def __init__(self, zones: list[str], default_zone: str, moment: datetime, parent: QWidget | None = None):
        super().__init__(parent)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.zone = QComboBox()
        self.zone.setEditable(True)
        for name in dict.fromkeys([default_zone, *zones]):
            if name:
                self.zone.addItem(name)
        self.zone.setCurrentText(default_zone)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.when, 1)
        layout.addWidget(self.zone, 1)
        self.set_instant(moment)
        self.when.dateTimeChanged.connect(self.changed)
        self.zone.currentTextChanged.connect(self._zone_changed)

    def _zone_changed(self) -> None:
        self.changed.emit()

    def zone_info(self) -> ZoneInfo | None:
        return zone(self.zone.currentText().strip())

    def set_instant(self, moment: datetime) -> None:
        local = moment.astimezone(self.zone_info() or ZoneInfo("UTC"))
        self.when.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )

    def instant(self) -> datetime | None:
        """The moment entered, or None while the time zone is not a known one."""
        tz = self.zone_info()
        if tz is None:
            return None
        value = self.when.dateTime()
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=tz)
