"""The progress of a register being re-indexed at start-up (a migration of the store
that reads every request: seconds for a register of 100,000 requests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

translate = QCoreApplication.translate

SHOWN_AFTER_MS = 300  # a small register is done before anything would be seen


class ReindexProgress:
    """A `progress(done, total)` for RequestStore: a modal progress dialog, made on the
    first report, closed when the last request is done."""

    def __init__(self) -> None:
        self.dialog: QProgressDialog | None = None
        self.shown = False  # whether the officer saw it (a small register is done sooner)

    def __call__(self, done: int, total: int) -> None:
        if self.dialog is None:
            from PySide6.QtWidgets import QProgressDialog  # only when a migration runs

            self.dialog = QProgressDialog()
            self.dialog.setObjectName("reindexProgress")
            self.dialog.setWindowTitle("RequestDesk")
            self.dialog.setLabelText(translate(
                "ReindexProgress", "Updating the register so that a search finds every form of its words…"))
            self.dialog.setCancelButton(None)  # half a migration is never kept: there is nothing to cancel to
            # Modal: setValue() then lets the dialog paint itself while the register is busy.
            self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            self.dialog.setMinimumDuration(SHOWN_AFTER_MS)
            self.dialog.setAutoClose(True)
            self.dialog.setRange(0, total)
        self.dialog.setValue(done)
        self.shown = self.shown or self.dialog.isVisible()
        if done >= total:
            self.dialog.close()
