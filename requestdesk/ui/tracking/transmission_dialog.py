"""Recording an urgent request sent orally or by technical means (Art. 6(2))."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from requestdesk.domain.check import check_document
from requestdesk.domain.deadlines import Counting, confirmation_due
from requestdesk.domain.formatting import format_instant
from requestdesk.domain.lifecycle import TransitionError
from requestdesk.domain.profile import load_profile
from requestdesk.store.tracking import Tracker
from requestdesk.ui.i18n import current_language
from requestdesk.ui.services import Services
from requestdesk.ui.settings import Options
from requestdesk.ui.tracking.instant_edit import InstantEdit


def zone_choices(services: Services) -> list[str]:
    names = [s.time_zone for s in services.directory.states.values()]
    names += [a.time_zone for a in services.directory.authorities if a.time_zone]
    return sorted(set(names))


class TransmissionDialog(QDialog):
    CHANNELS = ("oral", "technical")

    def __init__(self, services: Services, tracker: Tracker, request_id: str, workstation_zone: ZoneInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self._services, self._tracker, self._id = services, tracker, request_id
        self._workstation = workstation_zone
        doc = services.store.get(request_id) or {}
        result = check_document(doc, directory=services.directory, clock=services.clock)
        self._authority_zone = result.requesting_zone
        self._counting = Counting(services.settings.get(Options.confirmation_counting))
        self._profile = load_profile()

        self.channel = QComboBox()
        self.at = InstantEdit(zone_choices(services), self._authority_zone, services.clock.now())
        self.received_ru = QLineEdit()
        self.received_en = QLineEdit()
        self.arrangement = QLineEdit()
        self.note = QLineEdit()
        self.due = QLabel()
        self.due.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(6)]
        fields = (self.channel, self.at, self.received_ru, self.received_en, self.arrangement, self.note)
        for label, field in zip(self.labels, fields):
            label.setBuddy(field)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.due)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.channel.currentIndexChanged.connect(self._update)
        self.at.changed.connect(self._update)
        self.arrangement.textChanged.connect(self._update)
        self.retranslate()

    def retranslate(self) -> None:
        lang = current_language()
        self.setWindowTitle(self.tr("Record urgent transmission"))
        current = self.channel.currentIndex()
        self.channel.blockSignals(True)
        self.channel.clear()
        for key in self.CHANNELS:
            name = self._profile.channels[key][lang]
            self.channel.addItem(name[:1].upper() + name[1:], key)
        self.channel.setCurrentIndex(max(current, 0))
        self.channel.blockSignals(False)
        labels = (
            self.tr("How it was sent"),
            self.tr("When (time zone)"),
            self.tr("Received by (Russian)"),
            self.tr("Received by (English)"),
            self.tr("Arrangement allowing technical channels"),
            self.tr("Note"),
        )
        for label, text in zip(self.labels, labels):
            label.setText(text)
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def channel_key(self) -> str:
        return self.channel.currentData() or "oral"

    def due_instant(self) -> datetime | None:
        moment = self.at.instant()
        if moment is None or (self.channel_key() == "technical" and self.arrangement.text().strip()):
            return None
        zone = ZoneInfo(self._authority_zone)
        return confirmation_due(moment, zone, self._profile.confirmation_hours, self._counting)

    def _update(self) -> None:
        lang = current_language()
        self.arrangement.setEnabled(self.channel_key() == "technical")
        if self.at.instant() is None:
            self.due.setText(self.tr("Unknown time zone: choose one from the list."))
            return
        due = self.due_instant()
        if due is None:
            self.due.setText(self.tr("Sent under an arrangement: no written confirmation is required."))
            return
        text = self.tr("Written confirmation due by %1 (requesting authority's time)").replace("%1", format_instant(due, lang))
        here = due.astimezone(self._workstation)
        if here.utcoffset() != due.utcoffset():
            text += "\n" + self.tr("= %1 on this workstation").replace("%1", format_instant(here, lang))
        self.due.setText(text)

    def accept(self) -> None:
        moment = self.at.instant()
        if moment is None:
            self.error.setText(self.tr("Unknown time zone: choose one from the list."))
            return
        received = {"ru": self.received_ru.text().strip(), "en": self.received_en.text().strip()}
        try:
            self._tracker.record_transmission(
                self._id,
                self.channel_key(),
                moment,
                received_by=received,
                arrangement=self.arrangement.text().strip() if self.channel_key() == "technical" else "",
                note=self.note.text().strip(),
            )
        except TransitionError as exc:
            self.error.setText(exc.message(current_language()))
            return
        super().accept()
