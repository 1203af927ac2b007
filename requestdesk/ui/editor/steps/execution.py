"""Desired time for execution (Art. 6(3)(e))."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from requestdesk.domain.formatting import format_day
from requestdesk.ui.editor.fields import DateField
from requestdesk.ui.editor.language import interface_language
from requestdesk.ui.editor.steps.base import Step


class ExecutionStep(Step):
    key = "execution"
    prefixes = ("desired_execution_by",)
    element = "e"
    articles = ("6", "7")

    def title(self) -> str:
        return self.tr("Desired execution date")

    def build(self) -> None:
        self.caption(lambda: self.tr("Execute by"))
        self.date_field = DateField(self.session, "desired_execution_by", self.widget())
        self.add(self.date_field, "desired_execution_by")
        self.spelled = QLabel(self.widget())
        self.add(self.spelled)
        self.caption(lambda: self.tr("It may not be earlier than the date of the request. The requested authority "
                                     "executes within this time or tells you at once of obstacles (Article 7)."),
                     hint=True)
        self.session.changed.connect(lambda changes: self._spell() if changes.touches("desired_execution_by") else None)

    def _spell(self) -> None:
        day: date | None = self.date_field.value()
        lang = interface_language()
        self.spelled.setText(format_day(day, lang) if day else "")

    def retranslate_choices(self) -> None:
        self._spell()
