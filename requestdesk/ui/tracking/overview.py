"""Counts at a glance: confirmations pending and overdue, executions awaited and overdue."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from requestdesk.domain.formatting import format_number
from requestdesk.store.tracking import Overview
from requestdesk.ui.i18n import current_language


class OverviewBar(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._overview = Overview(0, 0, 0, 0, 0)
        self.labels = [QLabel() for _ in range(4)]
        layout = QHBoxLayout(self)
        # A line and some room between a status message (a menu's tip) and the counts, so
        # that a long message is cut before them instead of running into them.
        layout.setContentsMargins(12, 0, 0, 0)
        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(separator)
        for label in self.labels:
            layout.addWidget(label)
        self.retranslate()

    def set_overview(self, overview: Overview) -> None:
        self._overview = overview
        self.retranslate()

    def texts(self) -> list[str]:
        return [label.text() for label in self.labels]

    def retranslate(self) -> None:
        o = self._overview
        values = (
            (self.tr("Awaiting confirmation: %1"), o.pending_confirmations, False),
            (self.tr("Confirmation overdue: %1"), o.overdue_confirmations, o.overdue_confirmations > 0),
            (self.tr("Awaiting execution: %1"), o.awaiting_execution, False),
            (self.tr("Execution overdue: %1"), o.overdue_execution, o.overdue_execution > 0),
        )
        for label, (template, count, alarming) in zip(self.labels, values):
            label.setText(template.replace("%1", format_number(count, current_language())))
            label.setStyleSheet("color: #b00020; font-weight: bold" if alarming else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
