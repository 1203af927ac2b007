"""One application per data folder: a later start (a second double-click on a request file)
hands its files to the running application instead of opening the register a second time.

A lock file marks the running application; the later start writes the files' paths into
the data folder's inbox/, which the running one watches. Nothing goes through the network
(QtNetwork is not even bundled); a lock left by a crash is taken over, since QLockFile
checks whether the process that held it still runs.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal

from requestdesk.atomic import write_atomically, write_error

LOCK_NAME = "running.lock"
INBOX_NAME = "inbox"


class Inbox(QObject):
    # The files a later start was given (possibly none: it only asked to be shown).
    files_arrived = Signal(list)

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        try:
            data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise write_error(data_dir / LOCK_NAME, exc) from None
        self.folder = data_dir / INBOX_NAME
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, however old
        self._watcher: QFileSystemWatcher | None = None

    def claim(self) -> bool:
        """True when no other RequestDesk runs on this data folder; this one now holds it."""
        return self._lock.tryLock(0)

    def hand_over(self, files: list[Path]) -> None:
        """Passes the files to the application that holds the data folder."""
        target = self.folder / f"{uuid.uuid4()}.json"
        try:
            self.folder.mkdir(exist_ok=True, mode=0o700)
        except OSError as exc:
            raise write_error(target, exc) from None
        message = json.dumps([str(Path(f).resolve()) for f in files], ensure_ascii=False)
        # Written whole before it appears under its final name: the reader never sees half of it.
        write_atomically(target, message.encode("utf-8"))

    def listen(self) -> None:
        """Starts watching the inbox; what arrived while nothing ran is delivered at once."""
        try:
            self.folder.mkdir(exist_ok=True, mode=0o700)
        except OSError:
            return  # no inbox: a later start opens its own files instead of handing them over
        self._watcher = QFileSystemWatcher([str(self.folder)], self)
        self._watcher.directoryChanged.connect(lambda _: self.collect())
        self.collect()

    def collect(self) -> None:
        for message in sorted(self.folder.glob("*.json"), key=_arrival):
            try:
                paths = json.loads(message.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                paths = None
            with contextlib.suppress(OSError):  # read once; one that stays is read again, harmlessly
                message.unlink(missing_ok=True)
            if isinstance(paths, list):
                self.files_arrived.emit([Path(p) for p in paths if isinstance(p, str)])

    def release(self) -> None:
        self._lock.unlock()


def _arrival(message: Path) -> float:
    try:
        return message.stat().st_mtime
    except OSError:
        return 0.0  # gone or unreadable: it is skipped when read
