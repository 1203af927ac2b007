"""Recording an urgent request sent orally or by technical means (Art. 6(2)): one guided
step that names the request, marks it urgent with its reason when it was not, takes the
moment in the requesting authority's time, and says what is wrong before recording it."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from requestdesk.domain.check import check_document, profile_for
from requestdesk.domain.deadlines import Counting
from requestdesk.domain.formatting import format_day, format_instant, format_offset
from requestdesk.domain.timeutil import parse_date
from requestdesk.domain.lifecycle import TransitionError, label as status_label
from requestdesk.app import Desk
from requestdesk.store.requests import StoreError
from requestdesk.ui.i18n import current_language
from requestdesk.ui.services import Services
from requestdesk.ui.settings import Options
from requestdesk.ui.tracking import urgent
from requestdesk.ui.tracking.instant_edit import InstantEdit
from requestdesk.ui.treaty import article
from requestdesk.ui.wheel_guard import guard_wheel


def zone_choices(services: Services) -> list[str]:
    names = [s.time_zone for s in services.directory.states.values()]
    names += [a.time_zone for a in services.directory.authorities if a.time_zone]
    return sorted(set(names))


def requesting_zone_name(services: Services, doc: dict) -> str:
    """The requesting authority's zone, as the checks find it (its own, else its state's)."""
    return check_document(doc, directory=services.directory, clock=services.clock).requesting_zone


class TransmissionDialog(QDialog):
    CHANNELS = urgent.URGENT_CHANNELS

    def __init__(self, services: Services, desk: Desk, request_id: str, workstation_zone: ZoneInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("urgentTransmission")
        self._services, self._desk, self._id = services, desk, request_id
        self._workstation = workstation_zone
        stored = desk.stored(request_id)
        self._doc = stored.doc if stored else {}
        self._status = stored.status if stored else "draft"
        self._authority_zone = requesting_zone_name(services, self._doc)
        self._counting = Counting(services.settings.get(Options.confirmation_counting))
        self._profile = profile_for(str(self._doc.get("treaty") or ""))  # the request's own period
        self.recorded_due: datetime | None = None  # the deadline recorded, for the watch to show

        self.heading = QLabel()
        self.heading.setObjectName("urgentRequest")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.urgency_note = QLabel()
        self.urgency_note.setWordWrap(True)
        self.reason_ru = QPlainTextEdit()
        self.reason_en = QPlainTextEdit()
        reason = self._doc.get("urgency_reason")
        for lang, edit in (("ru", self.reason_ru), ("en", self.reason_en)):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
            text = reason.get(lang) if isinstance(reason, dict) else reason
            edit.setPlainText(text if isinstance(text, str) else "")
        self.channel = QComboBox()
        self.at = InstantEdit(zone_choices(services), self._authority_zone, services.clock.now())
        self.zone_note = QLabel()
        self.zone_note.setObjectName("urgentZoneNote")
        self.zone_note.setWordWrap(True)
        self.zone_note.setMinimumHeight(self.zone_note.fontMetrics().lineSpacing() * 2 + 4)
        self.received_ru = QLineEdit()
        self.received_en = QLineEdit()
        self.arrangement = QLineEdit()
        self.note = QLineEdit()
        self.due = QLabel()
        self.due.setObjectName("urgentDue")
        self.due.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("urgentWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #7a4b00; font-weight: bold")
        self.confirm = QCheckBox()
        self.confirm.setObjectName("urgentConfirm")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(8)]
        fields = (self.reason_ru, self.reason_en, self.channel, self.at, self.received_ru, self.received_en,
                  self.arrangement, self.note)
        for label, field in zip(self.labels, fields):
            label.setBuddy(field)
            self.form.addRow(label, field)
            if field is self.at:
                self.form.addRow(self.zone_note)  # the whole width: it wraps without being cut
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.urgency_note)
        layout.addLayout(self.form)
        layout.addWidget(self.due)
        layout.addWidget(self.warnings)
        layout.addWidget(self.confirm)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.channel.currentIndexChanged.connect(self._update)
        self.at.changed.connect(self._update)
        self.arrangement.textChanged.connect(self._update)
        self.retranslate()
        guard_wheel(self)

    # -- what the dialog says ------------------------------------------------------------
    def request_name(self) -> str:
        from requestdesk.ui.editor.window import request_title

        return request_title(self._doc, current_language())

    def retranslate(self) -> None:
        lang = current_language()
        self.setWindowTitle(self.tr("Urgent transmission: %1").replace("%1", self.request_name()))
        requested = value if isinstance(value := self._doc.get("requested"), dict) else {}
        authority = value if isinstance(value := requested.get("authority"), dict) else {}
        to = authority.get(lang) or authority.get("ru") or authority.get("en") or ""
        heading = self.request_name() + (f" → {to}" if to else "")
        self.heading.setText(heading + "\n" + self.tr("Status: %1").replace("%1", status_label(self._status, lang)))
        current = self.channel.currentIndex()
        self.channel.blockSignals(True)
        self.channel.clear()
        for key in self.CHANNELS:
            name = self._profile.channels[key][lang]
            self.channel.addItem(name[:1].upper() + name[1:], key)
        self.channel.setCurrentIndex(max(current, 0))
        self.channel.blockSignals(False)
        labels = (
            self.tr("Why it is urgent (Russian)"),
            self.tr("Why it is urgent (English)"),
            self.tr("How it was sent"),
            self.tr("When (time zone)"),
            self.tr("Received by (Russian)"),
            self.tr("Received by (English)"),
            self.tr("Arrangement allowing technical channels"),
            self.tr("Note"),
        )
        for label, text in zip(self.labels, labels):
            label.setText(text)
        self.confirm.setText(self.tr("I have checked the date and time: record them as entered"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def channel_key(self) -> str:
        return self.channel.currentData() or "oral"

    def _arrangement(self) -> str:
        return self.arrangement.text().strip() if self.channel_key() == "technical" else ""

    def _plan(self) -> urgent.UrgentPlan | None:
        moment = self.at.instant()
        if moment is None:
            return None
        return urgent.plan(self._doc, self._status, moment, self._services.clock.now(), ZoneInfo(self._authority_zone),
                           channel=self.channel_key(), arrangement=self._arrangement(),
                           hours=self._profile.confirmation_hours, counting=self._counting)

    def due_instant(self) -> datetime | None:
        plan = self._plan()
        return plan.due if plan else None

    def _warning_texts(self, plan: urgent.UrgentPlan) -> list[str]:
        texts = {
            urgent.Warning.DEADLINE_PASSED: self.tr(
                "The %n hour(s) for the written confirmation have already passed: the confirmation will be late.", "",
                self._profile.confirmation_hours),
            urgent.Warning.BEFORE_REQUEST_DATE: self.tr(
                "The transmission is before the date of the request (%1).").replace("%1", self._request_day()),
            urgent.Warning.IN_THE_FUTURE: self.tr("This moment has not come yet."),
            urgent.Warning.VOIDS_APPROVAL: self.tr(
                "Marking the request urgent changes its approved text: the approval is voided and the request goes back "
                "to review."),
        }
        return [texts[w] for w in plan.warnings]

    def _request_day(self) -> str:
        try:
            return format_day(parse_date(str(self._doc.get("date") or "")), current_language())
        except ValueError:
            return ""

    def _update(self) -> None:
        lang = current_language()
        needs_reason = self._doc.get("urgent") is not True or not urgent.has_reason(self._doc)
        arranged = bool(self._arrangement())
        self.arrangement.setEnabled(self.channel_key() == "technical")
        basis = self._article()
        self.urgency_note.setText(
            self.tr("Sent under the arrangement: the request needs no urgency.") if arranged else
            self.tr("The request is not marked urgent yet. Recording this transmission marks it urgent (%1): "
                    "say why it is urgent.").replace("%1", basis) if needs_reason else
            self.tr("The request is marked urgent (%1).").replace("%1", basis))
        zone = self.at.zone_info()
        if zone is not None:
            shown = (self.at.instant() or self._services.clock.now()).astimezone(zone)
            text = self.tr("Enter the time as it was in %1 (%2).").replace("%1", zone.key).replace("%2", format_offset(shown))
            if zone.key == self._authority_zone:
                text += " " + self.tr("This is the requesting authority's time zone.")
            self.zone_note.setText(text)
        plan = self._plan()
        if plan is None:
            self.due.setText(self._entry_problem())
            self.warnings.clear()
            self.confirm.hide()
            return
        warnings = self._warning_texts(plan)
        self.warnings.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))
        self.confirm.setVisible(bool(warnings))
        if plan.due is None:
            self.due.setText(self.tr("Sent under an arrangement: no written confirmation is required."))
            return
        due = plan.due
        text = self.tr("Written confirmation due by %1 (requesting authority's time)").replace("%1", format_instant(due, lang))
        here = due.astimezone(self._workstation)
        if here.utcoffset() != due.utcoffset():
            text += "\n" + self.tr("= %1 on this workstation").replace("%1", format_instant(here, lang))
        self.due.setText(text)

    def _entry_problem(self) -> str:
        if not self.at.zone_known():
            return self.tr("Unknown time zone: choose one from the list.")
        return self.tr("Type the date and time of the transmission, e.g. %1.").replace(
            "%1", self.at.when._example(current_language()))

    # -- recording -------------------------------------------------------------------------
    def accept(self) -> None:
        if not self.at.time_valid() or (at := self.at.instant()) is None:
            self._update()
            self.error.setText(self._entry_problem())
            return
        plan = self._plan()
        assert plan is not None
        reason = {"ru": self.reason_ru.toPlainText().strip(), "en": self.reason_en.toPlainText().strip()}
        arranged = bool(self._arrangement())
        if not arranged and not any(reason.values()):
            self.error.setText(self._no_reason())
            self.reason_ru.setFocus()
            return
        if plan.warnings and not self.confirm.isChecked():
            self.error.setText(self.tr("Check the warnings above, then tick the box to record the transmission."))
            return
        received = {"ru": self.received_ru.text().strip(), "en": self.received_en.text().strip()}
        try:
            # One operation: the urgency (when it has to be marked) and the transmission together.
            self._desk.transmit_urgent(self._id, self.channel_key(), at,
                                       reason=None if arranged else reason, received_by=received,
                                       arrangement=self._arrangement(), note=self.note.text().strip())
        except (TransitionError, StoreError) as exc:  # OperationRefused included: said in the user's language
            self.error.setText(exc.message(current_language()))
            return
        self.recorded_due = plan.due
        super().accept()

    def _article(self) -> str:
        """The request's treaty's article on urgent transmission ("п. 2 ст. 6" / "Art. 6(2)")."""
        return article(self._profile, current_language())

    def _no_reason(self) -> str:
        return self.tr("Say why the request is urgent: %1 allows an oral or technical transmission only in "
                       "urgent cases.").replace("%1", self._article())
