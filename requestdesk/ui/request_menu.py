"""The Request menu: a request's life after drafting (review, signature, sending, urgent
transmission and its written confirmation, execution) and its history.

Every step goes through the desk (`requestdesk.app`), which checks that the move is
allowed (a signature only with a valid approval) and writes the event log; the log is
append-only, so these steps are not on the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from requestdesk.domain.lifecycle import AWAITING_EXECUTION, Status, TransitionError, allowed_next
from requestdesk.store.requests import StoreError
from requestdesk.ui import dialogs
from requestdesk.ui.i18n import current_language
from requestdesk.ui.services import Services

if TYPE_CHECKING:  # the dialogs are imported when first opened
    from requestdesk.ui.review.review_dialog import ReviewDialog
    from requestdesk.ui.tracking.transmission_dialog import TransmissionDialog

# Moves made with no more data than the target status.
_SIMPLE = (Status.IN_REVIEW, Status.RETURNED, Status.APPROVED, Status.SIGNED, Status.SENT, Status.CLOSED)
_EXECUTION = {Status.FORWARDED, Status.POSTPONED, Status.CONDITIONAL, Status.EXECUTED,
              Status.PARTIALLY_EXECUTED, Status.REFUSED}


class RequestMenu(QObject):
    # A step recorded through the desk (its change reached the register by the desk's
    # change signal already): the id of the request, to keep it selected.
    recorded = Signal(str)
    # The review dialog's decisions (written by the review, not yet through the desk):
    # the id of the request, whose row the window reloads.
    changed = Signal(str)
    watch_requested = Signal(str)  # an urgent transmission was recorded: show its deadline in the watch

    def __init__(self, services: Services, window: QWidget, selected: Callable[[], str | None] | None = None):
        super().__init__(window)
        self.services = services
        self.window = window
        self.request_id: str | None = None
        # Asked again when an action runs: the register's rows may have moved since the
        # menu was last told (an edit, a change made by another program).
        self._selected = selected
        self.menu = QMenu(window)
        self.simple: dict[Status, QAction] = {}
        for target in _SIMPLE:
            action = self.menu.addAction("")
            action.setObjectName(f"actStatus_{target.value}")
            action.triggered.connect(lambda _=False, t=target: self._move(t))
            self.simple[target] = action
            if target is Status.SENT:
                self.menu.addSeparator()
        # Review sits with the review steps, before the signature.
        self.review = QAction(self.menu)
        self.review.setObjectName("actReview")
        self.review.triggered.connect(lambda: self.open_review(self.current()))
        self.menu.insertAction(self.simple[Status.SIGNED], self.review)
        self.menu.insertSeparator(self.simple[Status.SIGNED])
        self.review_dialog: ReviewDialog | None = None
        self.transmission_dialog: TransmissionDialog | None = None
        self.transmission = self.menu.addAction("")
        self.transmission.setObjectName("actUrgentTransmission")
        self.transmission.triggered.connect(self._record_transmission)
        self.confirmation = self.menu.addAction("")
        self.confirmation.triggered.connect(lambda: self.record_confirmation(self.current()))
        self.execution = self.menu.addAction("")
        self.execution.triggered.connect(self._record_execution)
        self.menu.addSeparator()
        self.history = self.menu.addAction("")
        self.history.triggered.connect(self._show_history)
        window.installEventFilter(self)
        self.retranslate()
        self.set_request(None, None)

    def set_request(self, request_id: str | None, status: str | None) -> None:
        """The request the menu acts on (the register's selection), with its status."""
        self.request_id = request_id
        allowed = allowed_next(status) if status else frozenset()
        for target, action in self.simple.items():
            action.setEnabled(target in allowed)
        self.transmission.setEnabled(Status.AWAITING_CONFIRMATION in allowed or status == Status.SENT.value)
        self.confirmation.setEnabled(Status.CONFIRMED in allowed)
        self.execution.setEnabled(bool(allowed & _EXECUTION) or status in AWAITING_EXECUTION)
        self.history.setEnabled(request_id is not None)
        self.review.setEnabled(request_id is not None)
        self.menu.setEnabled(request_id is not None)

    # -- the steps ------------------------------------------------------------------------
    def _desk(self):  # type: ignore[no-untyped-def]
        from requestdesk.ui.operations import desk_of

        return desk_of(self.services)

    def _move(self, target: Status) -> None:
        request_id = self.current()
        if not request_id:
            return
        if target in (Status.APPROVED, Status.RETURNED):
            # A decision is taken on the checklist: it binds the approval to the text.
            self.open_review(request_id)
            return
        if target is Status.IN_REVIEW:
            self.submit(request_id)
            return
        try:
            # Signing is refused unless the approval holds for the text as it stands.
            self._desk().move(request_id, target.value, initiator=self)
        except (TransitionError, StoreError) as exc:
            dialogs.show_error(self.window, self.tr("Status of the request"), exc.message(current_language()))
            return
        self.recorded.emit(request_id)

    def submit(self, request_id: str) -> None:
        """Sends the request for review (its fingerprint is logged with the event)."""
        from requestdesk.ui.review.submit_dialog import note_for_submission

        note = note_for_submission(self.window, self.services, request_id)
        if note is None:
            return
        try:
            self._desk().submit(request_id, note, initiator=self)
        except (TransitionError, StoreError) as exc:
            dialogs.show_error(self.window, self.tr("Submit for review"), exc.message(current_language()))
            return
        self.recorded.emit(request_id)

    def open_review(self, request_id: str | None) -> None:
        from requestdesk.ui.review.review_dialog import ReviewDialog

        if not request_id:
            return
        dialog = ReviewDialog(self.services, request_id, self.window)
        dialog.changed.connect(self.changed)
        self.review_dialog = dialog  # reachable while it is open (tests, a second look)
        dialog.exec()
        self.review_dialog = None

    def _run(self, dialog: QDialog, request_id: str) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.recorded.emit(request_id)

    def current(self) -> str | None:
        """The request an action applies to: the one selected now."""
        if self._selected is not None:
            self.request_id = self._selected()
        return self.request_id

    def _record_transmission(self) -> None:
        from requestdesk.ui.qt import workstation_zone
        from requestdesk.ui.tracking.transmission_dialog import TransmissionDialog

        request_id = self.current()
        if not request_id:
            return
        dialog = TransmissionDialog(self.services, self._desk(), request_id, workstation_zone(), self.window)
        self.transmission_dialog = dialog  # reachable while it is open (tests, a second look)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.transmission_dialog = None
        if accepted:
            self.recorded.emit(request_id)
            self.watch_requested.emit(request_id)

    def record_confirmation(self, request_id: str | None) -> None:
        from requestdesk.ui.tracking.confirmation_dialog import ConfirmationSentDialog
        from requestdesk.ui.qt import workstation_zone

        if request_id:
            self._run(ConfirmationSentDialog(self.services, self._desk(), request_id, workstation_zone(), self.window),
                      request_id)

    def _record_execution(self) -> None:
        from requestdesk.ui.tracking.execution_dialog import ExecutionDialog

        request_id = self.current()
        if request_id:
            self._run(ExecutionDialog(self.services, self._desk(), request_id, self.window), request_id)

    def _show_history(self) -> None:
        from requestdesk.ui.tracking.history import HistoryDialog
        from requestdesk.ui.qt import workstation_zone

        request_id = self.current()
        if request_id:
            HistoryDialog(self._desk(), request_id, workstation_zone(), self.window).exec()

    # -- language ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Request"))
        texts = {
            Status.IN_REVIEW: self.tr("&Submit for review"),
            Status.RETURNED: self.tr("Re&turn for changes…"),
            Status.APPROVED: self.tr("A&pprove…"),
            Status.SIGNED: self.tr("Mark as &signed"),
            Status.SENT: self.tr("Mark as sent in &writing"),
            Status.CLOSED: self.tr("C&lose the request"),
        }
        for target, action in self.simple.items():
            action.setText(texts[target])
        self.transmission.setText(self.tr("Record urgent &transmission (orally or by technical means)…"))
        self.transmission.setStatusTip(self.tr("Marks the request urgent and starts the watch of its written confirmation"))
        self.confirmation.setText(self.tr("Record written &confirmation sent…"))
        self.execution.setText(self.tr("Record &execution, notices, refusal…"))
        self.history.setText(self.tr("&History of the request…"))
        self.review.setText(self.tr("Re&view…"))
        self.review.setStatusTip(self.tr("The supervisor's checklist: marks, comments, approval or return"))
