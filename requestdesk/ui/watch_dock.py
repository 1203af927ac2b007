"""The deadline watch in the main window: the panel of urgent requests awaiting their
written confirmation (a dock), the alert banner above the register, and the overview
counts in the status bar. The parts are the tracking package's; this puts them together.

The parts are built before the window's first paint only when the register holds a
request awaiting its written confirmation (the dock and perhaps the banner are then on
screen from the start); otherwise right after that paint, so that opening the register
does not wait for the tracking code (loaded in the tens of milliseconds). Asking for a
part (`panel`, `banner`, `overview`) builds them at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow

from requestdesk.ui.services import Services

if TYPE_CHECKING:
    from PySide6.QtWidgets import QBoxLayout, QStatusBar, QSystemTrayIcon

    from requestdesk.ui.tracking.alerts import AlertBanner
    from requestdesk.ui.tracking.overview import OverviewBar
    from requestdesk.ui.tracking.watch_panel import ConfirmationPanel


class DeadlineWatch(QObject):
    openRequest = Signal(str)
    produceConfirmation = Signal(str)
    recordConfirmation = Signal(str)

    def __init__(self, services: Services, window: QMainWindow, banner_layout: QBoxLayout, status_bar: QStatusBar):
        """The banner goes first into `banner_layout`, the counts first into `status_bar`."""
        super().__init__(window)
        self.services = services
        self.window = window
        self._banner_layout = banner_layout
        self._status_bar = status_bar
        self._parts: tuple[ConfirmationPanel, AlertBanner, OverviewBar] | None = None
        self.tray: QSystemTrayIcon | None = None
        self.dock = QDockWidget(window)
        self.dock.setObjectName("confirmationWatch")
        self.dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()  # until the panel shows a request
        self.dock.visibilityChanged.connect(lambda visible: visible and self.build())
        window.installEventFilter(self)
        self.retranslate()
        if services.store.awaiting_confirmation_count():
            self.build()

    # -- the parts ----------------------------------------------------------------------
    @property
    def panel(self) -> ConfirmationPanel:
        return self.build()[0]

    @property
    def banner(self) -> AlertBanner:
        return self.build()[1]

    @property
    def overview(self) -> OverviewBar:
        return self.build()[2]

    @property
    def built(self) -> bool:
        return self._parts is not None

    def build(self) -> tuple[ConfirmationPanel, AlertBanner, OverviewBar]:
        if self._parts is not None:
            return self._parts
        from PySide6.QtWidgets import QApplication, QSystemTrayIcon

        from requestdesk.ui.qt import workstation_zone
        from requestdesk.ui.tracking.alerts import AlertBanner
        from requestdesk.ui.tracking.overview import OverviewBar
        from requestdesk.ui.tracking.watch_panel import ConfirmationPanel

        window = self.window
        panel = ConfirmationPanel(self.services, workstation_zone())
        banner, overview = AlertBanner(), OverviewBar()
        self._parts = (panel, banner, overview)
        panel.openRequest.connect(self.openRequest)
        panel.produceConfirmation.connect(self.produceConfirmation)
        panel.recordConfirmation.connect(self.recordConfirmation)
        self.dock.setWidget(panel)
        # A few rows high: the register stays the main thing in the window.
        window.resizeDocks([self.dock], [200], Qt.Orientation.Vertical)
        self._banner_layout.insertWidget(0, banner)
        self._status_bar.insertPermanentWidget(0, overview)
        panel.alertsChanged.connect(banner.set_counts)
        banner.set_counts(*panel.alerts)  # the panel counted before it was connected
        # A desktop notification as well, where the desktop has a tray.
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            def come_forward(*_: object) -> None:
                window.showNormal()
                window.raise_()
                self.show_panel()

            self.tray.activated.connect(come_forward)
            self.tray.show()
        self._notified = (0, 0)
        panel.alertsChanged.connect(self._notify)
        self._notify(*panel.alerts)
        banner.showRequested.connect(self.show_panel)
        self.refresh()
        return self._parts

    # -- following the register --------------------------------------------------------
    def refresh(self) -> None:
        """After the register changed: the panel's rows, the alerts and the counts."""
        if self._parts is None:
            return  # built after the first paint, with what the register holds then
        from requestdesk.store.tracking import overview as watch_counts

        panel, _, overview = self._parts
        panel.refresh()
        overview.set_overview(watch_counts(self.services.store))
        self.dock.setVisible(panel.model.rowCount() > 0 or self.dock.isVisible())

    def _notify(self, soon: int, overdue: int) -> None:
        from requestdesk.ui.tracking.alerts import notify_tray

        if (soon, overdue) != (0, 0) and (soon > self._notified[0] or overdue > self._notified[1]):
            notify_tray(self.tray, self.tr("RequestDesk: written confirmations"), self.banner.alert_text(soon, overdue))
        self._notified = (soon, overdue)

    def show_panel(self) -> None:
        self.build()
        self.dock.show()
        self.dock.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Paint and self._parts is None:
                QTimer.singleShot(0, self, self._build_after_paint)  # once this first paint is on screen
        return False

    def _build_after_paint(self) -> None:
        if self._parts is None and self.window.isVisible():  # not for a window closed since
            self.build()

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Written confirmations due"))
