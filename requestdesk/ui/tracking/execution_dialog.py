"""Recording what the requested side did (Arts. 7 and 11): notices, forwarding, results, refusal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from requestdesk.app import Desk
from requestdesk.domain.lifecycle import Status, TransitionError
from requestdesk.store.requests import StoreError
from requestdesk.ui.i18n import current_language
from requestdesk.ui.services import Services
from requestdesk.ui.wheel_guard import guard_wheel


class ExecutionDialog(QDialog):
    KINDS = ("obstacle", "delay", "forwarded", "result", "refused", "closed")

    def __init__(self, services: Services, desk: Desk, request_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._desk, self._id = desk, request_id
        self.setWindowTitle(self.tr("Record execution"))
        self.kind = QComboBox()
        names = (
            self.tr("Notice of obstacles to execution (Art. 7(2))"),
            self.tr("Notice of delay in execution (Art. 7(2))"),
            self.tr("Forwarded to another competent authority (Art. 7(3))"),
            self.tr("Results received (Art. 7(7))"),
            self.tr("Refusal of execution (Art. 11)"),
            self.tr("Close the request"),
        )
        for key, name in zip(self.KINDS, names):
            self.kind.addItem(name, key)

        self.notice_text = QPlainTextEdit()
        self.delay_text = QPlainTextEdit()
        self.forwarded_to = QLineEdit()
        self.result_date = QDateEdit()
        self.result_date.setCalendarPopup(True)
        # Written as every other date field of the interface writes it (20.12.2026, 20/12/2026).
        self.result_date.setDisplayFormat({"ru": "dd.MM.yyyy"}.get(current_language(), "dd/MM/yyyy"))
        today = services.clock.now().date()
        self.result_date.setDate(QDate(today.year, today.month, today.day))
        self.result_summary = QPlainTextEdit()
        self.result_enclosures = QPlainTextEdit()
        self.result_enclosures.setPlaceholderText(self.tr("One enclosure per line"))
        self.partial = QCheckBox(self.tr("Executed only in part"))
        self.refusal_grounds = QPlainTextEdit()
        self.close_note = QLineEdit()

        self.pages = QStackedWidget()
        self.pages.addWidget(self._page((self.tr("What prevents execution"), self.notice_text)))
        self.pages.addWidget(self._page((self.tr("Reason and expected time"), self.delay_text)))
        self.pages.addWidget(self._page((self.tr("Forwarded to"), self.forwarded_to)))
        self.pages.addWidget(
            self._page(
                (self.tr("Received on"), self.result_date),
                (self.tr("Summary of the results"), self.result_summary),
                (self.tr("Enclosures received"), self.result_enclosures),
                ("", self.partial),
            )
        )
        self.pages.addWidget(self._page((self.tr("Grounds given for the refusal"), self.refusal_grounds)))
        self.pages.addWidget(self._page((self.tr("Note"), self.close_note)))
        self.kind.currentIndexChanged.connect(self.pages.setCurrentIndex)

        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind)
        layout.addWidget(self.pages)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        guard_wheel(self)

    @staticmethod
    def _page(*rows: tuple[str, QWidget]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        for label, widget in rows:
            form.addRow(label, widget)
        return page

    def select(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.KINDS.index(kind))

    def _required(self, text: str) -> str | None:
        if text.strip():
            return text.strip()
        self.error.setText(self.tr("Please fill in the text: it goes into the request's history."))
        return None

    def accept(self) -> None:
        kind = self.kind.currentData()
        t = self._desk
        try:
            if kind in ("obstacle", "delay"):
                text = self._required((self.notice_text if kind == "obstacle" else self.delay_text).toPlainText())
                if text is None:
                    return
                t.record_notice(self._id, kind, text)
            elif kind == "forwarded":
                to = self._required(self.forwarded_to.text())
                if to is None:
                    return
                t.record_forwarding(self._id, to)
            elif kind == "result":
                summary = self._required(self.result_summary.toPlainText())
                if summary is None:
                    return
                d = self.result_date.date()
                enclosures = [line.strip() for line in self.result_enclosures.toPlainText().splitlines() if line.strip()]
                t.record_result(self._id, date(d.year(), d.month(), d.day()), summary, enclosures, self.partial.isChecked())
            elif kind == "refused":
                grounds = self._required(self.refusal_grounds.toPlainText())
                if grounds is None:
                    return
                t.record_refusal(self._id, grounds)
            else:
                t.move(self._id, Status.CLOSED.value, self.close_note.text().strip())
        except (TransitionError, StoreError) as exc:
            self.error.setText(exc.message(current_language()))
            return
        super().accept()
