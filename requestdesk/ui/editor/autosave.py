"""Never lose work: the open request is saved to the store a moment after each change, and a
crash-recovery draft is written even sooner."""

from __future__ import annotations

import copy

from PySide6.QtCore import QObject, QTimer, Signal

from requestdesk.atomic import WriteError
from requestdesk.domain.check import CheckResult
from requestdesk.store.requests import StoreError
from requestdesk.ui.editor.drafts import remove_draft, write_draft
from requestdesk.ui.editor.session import EditorSession
from requestdesk.ui.services import Services

DRAFT_DELAY_MS = 1000
SAVE_DELAY_MS = 2500


class Autosaver(QObject):
    saved = Signal(object)  # CheckResult of the stored request
    failed = Signal(object)  # the StoreError: the store was not written (the draft still holds the work)
    draft_failed = Signal(object)  # the WriteError: the recovery draft was not written
    approval_voided = Signal(object)  # the "approval_voided" event this save caused
    approval_restored = Signal(object)  # the "approval_restored" event: the approved text is back
    # Another program changed the request in the register since this window last read or
    # saved it: that save was held back, once; the next one replaces the other version.
    changed_elsewhere = Signal()

    def __init__(self, session: EditorSession, services: Services, parent: QObject | None = None):
        super().__init__(parent)
        self.session, self.services = session, services
        self.held_back = False  # the last save was held back by a change made elsewhere
        self._base = services.store.get(self.session.request_id)  # the register's text this window works from
        self.draft_timer = self._timer(DRAFT_DELAY_MS, self.write_draft)
        self.save_timer = self._timer(SAVE_DELAY_MS, self.save_now)
        session.changed.connect(self._changed)

    def _timer(self, delay: int, slot) -> QTimer:  # type: ignore[no-untyped-def]
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(delay)
        timer.timeout.connect(slot)
        return timer

    def _changed(self, _changes: object) -> None:
        self.draft_timer.start()
        self.save_timer.start()

    @property
    def pending(self) -> bool:
        return self.save_timer.isActive() or not self.session.undo_stack.isClean()

    def write_draft(self) -> bool:
        self.draft_timer.stop()
        try:
            write_draft(self.services.data_dir, self.session.doc)
        except WriteError as exc:
            self.draft_failed.emit(exc)
            return False
        return True

    def save_now(self) -> CheckResult | None:
        """Writes the request to the register through the desk; None when it cannot be
        written (`failed`: refused once the request was signed or sent, or the register
        failed) or when another program changed it since this window read it
        (`changed_elsewhere`: held back once, so that the officer is told before
        replacing that version)."""
        self.save_timer.stop()
        from requestdesk.ui.operations import desk_of

        desk = desk_of(self.services)
        stored = desk.stored(self.session.request_id)
        current = stored.doc if stored is not None else None
        if current is not None and self._base is not None and current != self._base:
            self._base = current
            self.held_back = True
            self.changed_elsewhere.emit()
            return None
        self.held_back = False
        try:
            if stored is None:
                # A window opened on a request not in the register yet (or a recovered draft of
                # one it no longer holds): its first save puts it there.
                desk.create(self.session.doc, source="editor", initiator=self)
                result, voided, restored = self.services.store.check(self.session.doc), None, None
            else:
                # Refused past the editable stages; a change to an approved text voids the
                # approval in the same transaction as the save, logged "edited".
                edited = desk.edit(self.session.doc, initiator=self).value
                result, voided, restored = edited.result, edited.voided, edited.restored
        except StoreError as exc:
            self.failed.emit(exc)
            return None
        after = desk.stored(self.session.request_id)
        self._base = after.doc if after is not None else None
        self.session.undo_stack.setClean()
        self.saved.emit(result)
        if voided is not None:
            self.approval_voided.emit(voided)
        if restored is not None:
            self.approval_restored.emit(restored)
        return result

    def follow(self, doc: dict) -> None:  # type: ignore[type-arg]
        """The register's text this window now works from (after a change it was told of)."""
        self._base = copy.deepcopy(doc)

    def finish(self) -> bool:
        """On close: save, and drop the draft only once the store has the request."""
        if self.draft_timer.isActive():
            self.write_draft()
        # An untouched request is not written again: its place in the register stays put.
        if self.pending and self.save_now() is None:
            return False
        remove_draft(self.services.data_dir, self.session.request_id)
        return True

    def discard(self) -> None:
        """Closing without saving, by the officer's choice: the register's version stays."""
        self.save_timer.stop()
        self.draft_timer.stop()
        remove_draft(self.services.data_dir, self.session.request_id)
