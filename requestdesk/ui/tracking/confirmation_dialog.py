"""Recording that the written confirmation was sent: it ends the watch. Its outgoing
number and date (the letter's own, spec §1) can be entered with it: the confirmation
document carries them."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from requestdesk.app import Desk
from requestdesk.domain.lifecycle import TransitionError
from requestdesk.domain.timeutil import parse_date
from requestdesk.store.requests import StoreError
from requestdesk.ui.date_input import DateInput
from requestdesk.ui.i18n import current_language
from requestdesk.ui.services import Services
from requestdesk.ui.tracking.instant_edit import InstantEdit
from requestdesk.ui.tracking.transmission_dialog import requesting_zone_name, zone_choices


class ConfirmationSentDialog(QDialog):
    def __init__(self, services: Services, desk: Desk, request_id: str, workstation_zone: ZoneInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self._desk, self._id = desk, request_id
        self.setWindowTitle(self.tr("Written confirmation sent"))
        stored = desk.stored(request_id)
        doc = stored.doc if stored else {}
        # The same zone as the transmission's: the requesting authority's, where the 72 hours run.
        zone_name = requesting_zone_name(services, doc)
        self.at = InstantEdit(zone_choices(services), zone_name, services.clock.now())
        sent = value if isinstance(value := doc.get("transmission"), dict) else {}
        self.number = QLineEdit()
        self.number.setObjectName("confirmationNumber")
        self.number.setText(str(sent.get("confirmation_number") or ""))
        self.number.setPlaceholderText(self.tr("the outgoing number of the confirmation letter"))
        self.dated = DateInput(False, self, today=lambda: services.clock.now().date())
        self.dated.setObjectName("confirmationDate")
        try:
            self.dated.set_value(parse_date(str(sent.get("confirmation_date") or "")))
        except ValueError:
            pass  # none yet (or a hand-made file's unreadable one): the officer types it
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. how it was sent"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Sent at (time zone)"), self.at)
        form.addRow(self.tr("Number of the letter"), self.number)
        form.addRow(self.tr("Date of the letter"), self.dated)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.late = False

    def accept(self) -> None:
        moment = self.at.instant() if self.at.time_valid() else None
        if moment is None:
            self.error.setText(self.tr("Unknown time zone: choose one from the list.") if not self.at.zone_known()
                               else self.tr("Type the date and time the confirmation was sent, e.g. %1.").replace(
                                   "%1", self.at.when._example(current_language())))
            return
        self.dated.finish()
        if not self.dated.is_valid():
            self.error.setText(self.tr("Type the date of the letter as on the calendar, e.g. %1.").replace(
                "%1", self.dated._example(current_language())))
            return
        dated = self.dated.value()
        try:
            event = self._desk.confirm(self._id, moment, self.note.text().strip(), number=self.number.text(),
                                       dated=dated, initiator=self).value
        except (TransitionError, StoreError) as exc:
            self.error.setText(exc.message(current_language()))
            return
        self.late = bool(event.data.get("late"))
        super().accept()
