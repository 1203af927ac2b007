"""The keys of this workstation as the window uses them, and the one key open for
signing (forgotten when its minutes are up)."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from requestdesk.domain.timeutil import Clock, SystemClock
from requestdesk.ui.settings import Options, Settings

if TYPE_CHECKING:
    from requestdesk.identity import Keyring, PersonalKey, Role, TrustList, TrustStore, UnlockedKey
    from requestdesk.ui.services import Services

MINUTES_RANGE = (1, 60)


class Identity(QObject):
    """Who is working here, for the signatures the window makes."""

    changed = Signal()  # a key was made, unlocked or locked, or the list of trusted keys changed

    def __init__(self, data_folder: Path, settings: Settings, parent: QObject | None = None, clock: Clock | None = None):
        super().__init__(parent)
        self.clock = clock or SystemClock()
        self._data_folder = data_folder
        self.settings = settings
        self._unlocked: UnlockedKey | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock)

    # The identity code loads when a key is made, opened or trusted, not with the register.
    @cached_property
    def keyring(self) -> Keyring:
        from requestdesk.identity import Keyring

        return Keyring.of(self._data_folder)

    @cached_property
    def trust(self) -> TrustStore:
        from requestdesk.identity import TrustStore

        return TrustStore(self._data_folder)

    @classmethod
    def of(cls, services: Services, parent: QObject | None = None) -> Identity:
        return cls(services.data_dir, services.settings, parent, services.clock)

    # -- settings -------------------------------------------------------------------------------
    def unlock_minutes(self) -> int:
        from requestdesk.identity import DEFAULT_UNLOCK_MINUTES

        minutes = self.settings.get(Options.unlock_minutes) or DEFAULT_UNLOCK_MINUTES
        return min(max(minutes, MINUTES_RANGE[0]), MINUTES_RANGE[1])

    def set_unlock_minutes(self, minutes: int) -> None:
        self.settings.set(Options.unlock_minutes, min(max(int(minutes), MINUTES_RANGE[0]), MINUTES_RANGE[1]))

    # -- the open key ---------------------------------------------------------------------------
    @property
    def unlocked(self) -> UnlockedKey | None:
        if self._unlocked is not None and not self._unlocked.unlocked:
            self.lock()
        return self._unlocked

    def hold(self, key: UnlockedKey) -> None:
        """Keeps `key` open for its minutes (the one before it is forgotten at once)."""
        if self._unlocked is not None and self._unlocked is not key:
            self._unlocked.forget()
        self._unlocked = key
        self._timer.start(max(1, int(key.remaining() * 1000)))
        self.changed.emit()

    def lock(self) -> None:
        self._timer.stop()
        if self._unlocked is not None:
            self._unlocked.forget()
            self._unlocked = None
            self.changed.emit()

    def signer(self, parent: QWidget | None, role: Role | None = None, action: str = "") -> UnlockedKey | None:
        """The key that makes a signature now: the one open, if it is of `role`, else the
        one the person chooses and unlocks ("who is working"); None when they cancel."""
        held = self.unlocked
        if held is not None and (role is None or held.holder.role is role):
            return held
        from requestdesk.ui.identity.signer_dialog import SignerDialog

        dialog = SignerDialog(self, role=role, action=action, parent=parent)
        try:
            return dialog.unlocked if dialog.exec() and dialog.unlocked is not None else None
        finally:
            # Deleted by Qt once its events are done, not by Python's collector at a
            # moment when Qt may still hold it.
            dialog.deleteLater()

    # -- what is kept ---------------------------------------------------------------------------
    def keys(self, role: Role | None = None) -> list[PersonalKey]:
        return [k for k in self.keyring.keys() if role is None or k.holder.role is role]

    def trust_list(self) -> TrustList:
        """The list of trusted keys (a KeyFileError when it was edited by hand)."""
        return self.trust.load()

    def notify(self) -> None:
        self.changed.emit()
