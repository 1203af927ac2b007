"""The deadline watch in the main window: the panel of urgent requests awaiting their
written confirmation (a dock), the alert banner above the register, and the overview
counts in the status bar. The parts are the tracking package's; this puts them together."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from requestdesk.ui.i18n import current_language
from requestdesk.ui.services import Services
from requestdesk.ui.tracking.alerts import AlertBanner
from requestdesk.ui.tracking.operations import tracker_for, workstation_zone
from requestdesk.ui.tracking.overview import OverviewBar
from requestdesk.ui.tracking.watch_panel import ConfirmationPanel


class DeadlineWatch(QObject):
    def __init__(self, services: Services, window: QMainWindow):
        super().__init__(window)
        self.services = services
        self.window = window
        self.panel = ConfirmationPanel(services, workstation_zone())
        self.dock = QDockWidget(window)
        self.dock.setObjectName("confirmationWatch")
        self.dock.setWidget(self.panel)
        self.dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.banner = AlertBanner()
        self.overview = OverviewBar()
        self.panel.alertsChanged.connect(self.banner.set_counts)
        self.banner.set_counts(*self.panel.alerts)  # the panel counted before it was connected
        self.banner.showRequested.connect(self.show_panel)
        window.installEventFilter(self)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """After the register changed: the panel's rows, the alerts and the counts."""
        self.panel.refresh()
        self.overview.set_overview(tracker_for(self.services, current_language()).overview())
        self.dock.setVisible(self.panel.model.rowCount() > 0 or self.dock.isVisible())

    def show_panel(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Written confirmations due"))
