"""A moment in time as an officer enters it: date, time and the time zone it is read in."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from requestdesk.domain.timeutil import zone
from requestdesk.ui.date_input import DateInput
from requestdesk.ui.wheel_guard import guard_wheel


class InstantEdit(QWidget):
    """Typed as `20.10.2026 14:35` (or picked from the calendar) in the zone beside it."""

    changed = Signal()

    def __init__(self, zones: list[str], default_zone: str, moment: datetime, parent: QWidget | None = None):
        super().__init__(parent)
        self.zone = QComboBox()
        self.zone.setEditable(True)
        for name in dict.fromkeys([default_zone, *zones]):
            if name:
                self.zone.addItem(name)
        self.zone.setCurrentText(default_zone)
        self.when = DateInput(True, self, today=lambda: moment.astimezone(self.zone_info() or ZoneInfo("UTC")).date())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.when, 1)
        layout.addWidget(self.zone, 1)
        self.set_instant(moment)
        self.when.committed.connect(self.changed)
        self.zone.currentTextChanged.connect(self._zone_changed)
        self.setFocusProxy(self.when)
        guard_wheel(self)

    def _zone_changed(self) -> None:
        self.changed.emit()

    def zone_info(self) -> ZoneInfo | None:
        return zone(self.zone.currentText().strip())

    def set_instant(self, moment: datetime) -> None:
        local = moment.astimezone(self.zone_info() or ZoneInfo("UTC"))
        self.when.set_value(local.replace(tzinfo=None, second=0, microsecond=0))

    def zone_known(self) -> bool:
        return self.zone_info() is not None

    def time_valid(self) -> bool:
        """Whether a date and time are entered in a form the field reads."""
        self.when.finish()  # what is typed but not yet confirmed with Enter counts too
        return self.when.is_valid() and self.when.value() is not None

    def instant(self) -> datetime | None:
        """The moment entered, or None while the time zone is not a known one or the date
        and time are missing or cannot be read."""
        tz = self.zone_info()
        local = self.when.value()
        if tz is None or not isinstance(local, datetime) or not self.when.is_valid():
            return None
        return local.replace(tzinfo=tz)
