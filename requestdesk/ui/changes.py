"""The application layer's changes as one Qt signal, delivered on the window's thread.

The desk publishes each change once, from whichever thread made it (a worker's batch
included); the relay re-emits it as a Qt signal, which Qt queues to the receiving
window's thread, so the register, the watch and the editors refresh there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from requestdesk.app.changes import ChangeHub, OpChanges


class ChangeRelay(QObject):
    changed = Signal(object, object)  # OpChanges, the initiator (or None)

    def __init__(self, hub: ChangeHub, parent: QObject | None = None):
        super().__init__(parent)
        unsubscribe = hub.subscribe(self._publish)
        self.destroyed.connect(lambda *_: unsubscribe())

    def _publish(self, changes: OpChanges, initiator: object) -> None:
        self.changed.emit(changes, initiator)
