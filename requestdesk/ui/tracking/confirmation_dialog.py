"""Recording that the written confirmation was sent: it ends the watch."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from requestdesk.domain.lifecycle import TransitionError
from requestdesk.store.tracking import Tracker
from requestdesk.ui.i18n import current_language
from requestdesk.ui.services import Services
from requestdesk.ui.tracking.instant_edit import InstantEdit
from requestdesk.ui.tracking.transmission_dialog import requesting_zone_name, zone_choices


class ConfirmationSentDialog(QDialog):
    def __init__(self, services: Services, tracker: Tracker, request_id: str, workstation_zone: ZoneInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self._tracker, self._id = tracker, request_id
        self.setWindowTitle(self.tr("Written confirmation sent"))
        # The same zone as the transmission's: the requesting authority's, where the 72 hours run.
        zone_name = requesting_zone_name(services, services.store.get(request_id) or {})
        self.at = InstantEdit(zone_choices(services), zone_name, services.clock.now())
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. outgoing number of the confirmation"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Sent at (time zone)"), self.at)
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
        try:
            event = self._tracker.record_confirmation(self._id, moment, self.note.text().strip())
        except TransitionError as exc:
            self.error.setText(exc.message(current_language()))
            return
        self.late = bool(event.data.get("late"))
        super().accept()
