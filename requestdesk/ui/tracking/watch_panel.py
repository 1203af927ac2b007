"""The "Awaiting written confirmation" panel: live countdowns, and the two actions that
end the watch (produce the confirmation document, record that it was sent)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from requestdesk.ui.i18n import current_language
from requestdesk.ui.services import Services
from requestdesk.ui.settings import Options
from requestdesk.ui.tracking.watch_model import ID_ROLE, ConfirmationWatchModel
from requestdesk.ui.tracking.watch_state import needing_alert
from requestdesk.ui.treaty import PeriodWords, article, workstation_profile

TICK_MS = 1000


class ConfirmationPanel(QWidget):
    alertsChanged = Signal(int, int)  # due within 24 hours, overdue
    produceConfirmation = Signal(str)  # request id: produce the written confirmation document
    recordConfirmation = Signal(str)  # request id: record that the confirmation was sent
    openRequest = Signal(str)

    def __init__(self, services: Services, workstation_zone: ZoneInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._alerts = (0, 0)
        self.model = ConfirmationWatchModel(workstation_zone, self)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold")
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Sizing columns to their contents reads every row; the first rows tell enough.
        self.view.horizontalHeader().setResizeContentsPrecision(40)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda index: self.openRequest.emit(index.data(ID_ROLE)))
        self.produce_button = QPushButton()
        self.record_button = QPushButton()
        self.produce_button.clicked.connect(lambda: self._emit_for_selected(self.produceConfirmation))
        self.record_button.clicked.connect(lambda: self._emit_for_selected(self.recordConfirmation))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        buttons = QHBoxLayout()
        buttons.addWidget(self.produce_button)
        buttons.addWidget(self.record_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.retranslate()
        services.settings.changed.connect(lambda key: self.retranslate() if key == Options.treaty.key else None)
        self.refresh()

    def now(self) -> datetime:
        return self._services.clock.now()

    def refresh(self) -> None:
        """Re-reads the requests awaiting confirmation from the store."""
        self.model.set_rows(self._services.store.awaiting_confirmation(), self.now())
        self._after_change()

    def tick(self) -> None:
        self.model.tick(self.now())
        self._after_change()

    def _after_change(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self._update_buttons()
        alerts = needing_alert(self.model.items())
        if alerts != self._alerts:
            self._alerts = alerts
            self.alertsChanged.emit(*alerts)

    @property
    def alerts(self) -> tuple[int, int]:
        return self._alerts

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select(self, request_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(ID_ROLE) == request_id:
                self.view.selectRow(row)
                return

    def _emit_for_selected(self, signal: SignalInstance) -> None:
        request_id = self.selected_id()
        if request_id:
            signal.emit(request_id)

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.produce_button.setEnabled(chosen)
        self.record_button.setEnabled(chosen)

    def retranslate(self) -> None:
        profile = workstation_profile(self._services.settings)
        basis = article(profile, current_language())
        within = PeriodWords().within(profile.confirmation)
        self.title.setText(self.tr("Awaiting written confirmation (%1: %2)").replace("%1", basis).replace("%2", within))
        self.model.overdue_note = self.tr("The written confirmation is overdue (%1: %2).").replace("%1", basis).replace("%2", within)
        self.empty.setText(self.tr("No urgent request is waiting for its written confirmation."))
        self.produce_button.setText(self.tr("Written confirmation document…"))
        self.record_button.setText(self.tr("Record confirmation sent…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()  # dates and countdowns are written in the interface language
        super().changeEvent(event)
