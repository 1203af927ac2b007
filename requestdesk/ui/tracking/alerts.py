"""Alerts for written confirmations due within 24 hours or overdue: a banner in the
window always, and a notification where the desktop has a system tray."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSystemTrayIcon, QWidget


class AlertBanner(QFrame):
    showRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("alertBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._counts = (0, 0)
        self._dismissed: tuple[int, int] | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.show_button = QPushButton()
        self.show_button.clicked.connect(self.showRequested)
        self.dismiss_button = QPushButton("×")
        self.dismiss_button.setFlat(True)
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.dismiss_button)
        self.setVisible(False)
        self.retranslate()

    def set_counts(self, soon: int, overdue: int) -> None:
        self._counts = (soon, overdue)
        if self._dismissed is not None and (soon > self._dismissed[0] or overdue > self._dismissed[1]):
            self._dismissed = None  # something new: show it again
        self._update()

    def dismiss(self) -> None:
        self._dismissed = self._counts
        self._update()

    def _update(self) -> None:
        soon, overdue = self._counts
        colour = "#f8c9c4" if overdue else "#fff1c2"
        self.setStyleSheet(f"#alertBanner {{ background: {colour}; }}")
        self.text.setText(self.alert_text(soon, overdue))
        self.setVisible((soon or overdue) > 0 and self._dismissed is None)

    def retranslate(self) -> None:
        self.show_button.setText(self.tr("Show"))
        self.dismiss_button.setToolTip(self.tr("Hide until something changes"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def alert_text(self, soon: int, overdue: int) -> str:
        parts = []
        if overdue:
            parts.append(self.tr("%n written confirmation(s) overdue", "", overdue))
        if soon:
            parts.append(self.tr("%n written confirmation(s) due within 24 hours", "", soon))
        return "; ".join(parts) + ("." if parts else "")


def notify_tray(tray: QSystemTrayIcon | None, title: str, text: str) -> bool:
    """Shows a desktop notification when the desktop has a tray; False when it has none."""
    if tray is None or not QSystemTrayIcon.isSystemTrayAvailable() or not tray.isVisible():
        return False
    tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 15000)
    return True
