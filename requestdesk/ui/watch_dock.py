"""The deadline watch in the main window: the panel of urgent requests awaiting their
written confirmation (a dock), the alert banner above the register, and the overview
counts in the status bar. The parts are the tracking package's; this puts them together."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QSystemTrayIcon

from requestdesk.ui.services import Services
from requestdesk.ui.tracking.alerts import AlertBanner, notify_tray
from requestdesk.ui.qt import workstation_zone
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
        # A few rows high: the register stays the main thing in the window.
        window.resizeDocks([self.dock], [200], Qt.Orientation.Vertical)
        self.banner = AlertBanner()
        self.overview = OverviewBar()
        self.panel.alertsChanged.connect(self.banner.set_counts)
        self.banner.set_counts(*self.panel.alerts)  # the panel counted before it was connected
        # A desktop notification as well, where the desktop has a tray.
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self.tray.activated.connect(lambda *_: (window.showNormal(), window.raise_(), self.show_panel()))
            self.tray.show()
        self._notified = (0, 0)
        self.panel.alertsChanged.connect(self._notify)
        self._notify(*self.panel.alerts)
        self.banner.showRequested.connect(self.show_panel)
        window.installEventFilter(self)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """After the register changed: the panel's rows, the alerts and the counts."""
        self.panel.refresh()
        from requestdesk.ui.operations import desk_of

        self.overview.set_overview(desk_of(self.services).overview())
        self.dock.setVisible(self.panel.model.rowCount() > 0 or self.dock.isVisible())

    def _notify(self, soon: int, overdue: int) -> None:
        if (soon, overdue) != (0, 0) and (soon > self._notified[0] or overdue > self._notified[1]):
            notify_tray(self.tray, self.tr("RequestDesk: written confirmations"), self.banner.alert_text(soon, overdue))
        self._notified = (soon, overdue)

    def show_panel(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Written confirmations due"))
