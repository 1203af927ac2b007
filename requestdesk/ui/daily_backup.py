"""Today's backup of the register, copied on a thread of its own: a register of 100,000
requests is a file of about a gigabyte, seconds to copy, and the window must not wait
for it (store.backup reads the copy through a connection of its own)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from requestdesk.ui.services import Services


class DailyBackup(QObject):
    made = Signal(object)  # the Backup made, or None when today's was there already
    failed = Signal(object)  # the WriteError saying why it was not made

    def __init__(self, services: Services, parent: QObject | None = None):
        super().__init__(parent)
        self._services = services
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Starts the copy unless one is under way; `made` or `failed` tells how it ended
        (delivered on the window's thread, as Qt queues a signal sent from another)."""
        if self.running:
            return
        services = self._services
        args = (services.store.path, services.backup_dir, services.clock.now())
        self._thread = threading.Thread(target=self._copy, args=args, name="daily-backup", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        """Until the copy under way (if any) is finished: before the register is replaced
        or closed, so that no half-written backup is left."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _copy(self, store_path, folder, now) -> None:  # type: ignore[no-untyped-def]
        from requestdesk.atomic import WriteError
        from requestdesk.store.backup import ensure_daily_backup

        try:
            made = ensure_daily_backup(store_path, folder, now)
        except WriteError as exc:
            self.failed.emit(exc)
            return
        self.made.emit(made)
