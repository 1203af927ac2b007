"""Checks the open request a moment after the officer stops typing."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from requestdesk.domain.check import CheckResult, check_document
from requestdesk.domain.deadlines import Counting
from requestdesk.ui.editor.session import EditorSession
from requestdesk.ui.services import Services, counting_of
from requestdesk.ui.settings import Options

DEBOUNCE_MS = 300


class LiveChecker(QObject):
    checked = Signal(object)  # CheckResult

    def __init__(self, session: EditorSession, services: Services, parent: QObject | None = None):
        super().__init__(parent)
        self.session, self.services = session, services
        self.result: CheckResult | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.check_now)
        session.changed.connect(lambda _changes: self.timer.start())
        services.settings.changed.connect(self._setting_changed)

    def counting(self) -> Counting:
        return counting_of(self.services.settings)

    def _setting_changed(self, key: str) -> None:
        if key == Options.confirmation_counting.key:  # the deadline is counted anew at once
            self.check_now()

    def check_now(self) -> CheckResult:
        self.timer.stop()
        self.result = check_document(self.session.doc, directory=self.services.directory, clock=self.services.clock,
                                     counting=self.counting())
        self.checked.emit(self.result)
        return self.result
