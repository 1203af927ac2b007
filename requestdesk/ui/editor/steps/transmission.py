"""Transmission and urgency (Art. 6(2)): the channel, the moment it was sent, and the
written confirmation due within the period of the request's treaty profile for an urgent
oral or technical request."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QLabel

from requestdesk.domain.check import CheckResult
from requestdesk.domain.deadlines import requesting_zone
from requestdesk.domain.formatting import format_instant
from requestdesk.editing import Changes
from requestdesk.ui.editor.fields import CheckField, ChoiceField, DateTimeField
from requestdesk.ui.qt import workstation_zone
from requestdesk.ui.editor.language import bilingual, interface_language
from requestdesk.ui.editor.steps.base import Step
from requestdesk.ui.treaty import PeriodWords, article


class TransmissionStep(Step):
    key = "transmission"
    prefixes = ("urgent", "urgency_reason", "transmission")

    def title(self) -> str:
        return self.tr("Transmission and urgency")

    def article_part(self) -> tuple[str, str]:
        return ("2", "")

    def reference_text(self) -> str:
        basis = article(self.profile, interface_language())
        return (self.tr("%1: a request is sent in writing; in urgent cases by technical means or orally, "
                        "then confirmed in writing %2.")
                .replace("%1", basis[:1].upper() + basis[1:]).replace("%2", PeriodWords().within(self.profile.confirmation)))

    def build(self) -> None:
        body = self.widget()
        self._result: CheckResult | None = None
        self.caption(lambda: self.tr("Urgency"))
        self.urgent = CheckField(self.session, "urgent", body)
        self.add(self.urgent, "urgent")
        self.bilingual("urgency_reason", lambda: self.tr("Why it is urgent"), multiline=True, lines=3)
        self.caption(lambda: self.tr("Channel"))
        self.channel = ChoiceField(self.session, "transmission.channel", body)
        self.channel.setMaximumWidth(420)
        self.add(self.channel, "transmission.channel")
        self.bilingual("transmission.arrangement",
                       lambda: self.tr("Bilateral arrangement or treaty that allows technical channels"))
        now = self.context.services.clock.now
        self.caption(lambda: self.tr("Transmitted at (time of the requesting authority)"))
        self.sent_at = DateTimeField(self.session, "transmission.at", self._zone, now, body)
        self.add(self.sent_at, "transmission.at")
        self.caption(lambda: self.tr("Written confirmation sent at"))
        self.confirmed_at = DateTimeField(self.session, "transmission.confirmed_at", self._zone, now, body)
        self.add(self.confirmed_at, "transmission.confirmed_at")
        self.due = QLabel(body)
        self.due.setWordWrap(True)
        self.due.setStyleSheet("padding: 6px; border: 1px solid palette(mid); border-radius: 3px;")
        self.add(self.due)

        def follow_zone(changes: Changes) -> None:
            # The times are shown in the requesting authority's zone: another authority, another zone.
            if changes.touches("requesting"):
                self.sent_at.refresh()
                self.confirmed_at.refresh()

        self.session.changed.connect(follow_zone)

    def _zone(self) -> ZoneInfo:
        if self._result is not None:
            return requesting_zone(self._result.request, self.context.services.directory)
        return ZoneInfo("UTC")

    def checked(self, result: CheckResult) -> None:
        zone_before = self._zone()
        self._result = result
        if self._zone() != zone_before:
            self.sent_at.refresh()
            self.confirmed_at.refresh()
        self._show_due()

    def _show_due(self) -> None:
        result = self._result
        lang = interface_language()
        if result is None or result.confirmation_due is None:
            self.due.setText(self.tr("No written confirmation is due: the request goes in writing, or no moment of "
                                     "transmission is recorded yet."))
            return
        due = result.confirmation_due
        lines = [self.tr("Written confirmation due: %1").replace("%1", format_instant(due, lang))]
        local = workstation_zone()
        if local.key != getattr(due.tzinfo, "key", ""):
            lines.append(self.tr("On this computer's clock: %1").replace("%1", format_instant(due.astimezone(local), lang)))
        rule = self.profile.confirmation_rules.get(str(result.counting))
        if rule:
            lines.append(self.tr("Counted as: %1").replace("%1", bilingual(rule, lang)))
        self.due.setText("\n".join(lines))

    def retranslate_choices(self) -> None:
        lang = interface_language()
        self.urgent.setText(self.tr("Urgent case (%1)").replace("%1", article(self.profile, lang)))
        self.channel.set_choices([(key, bilingual(label, lang)) for key, label in self.profile.channels.items()],
                                 self.tr("— choose a channel —"))
        self._show_due()
