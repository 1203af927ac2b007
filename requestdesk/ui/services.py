"""What every window needs, created once at start-up and handed down."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings

from requestdesk.app.changes import ChangeHub
from requestdesk.atomic import keep_private, write_error
from requestdesk.domain.deadlines import DEFAULT_COUNTING, Counting
from requestdesk.domain.directory import Directory, bundled_directory
from requestdesk.domain.timeutil import Clock, SystemClock
from requestdesk.paths import DATA_DIR_VARIABLE, STORE_FILE, data_dir  # noqa: F401  (re-exported)
from requestdesk.store.requests import RequestStore
from requestdesk.ui.settings import Options, Settings


@dataclass
class Services:
    data_dir: Path
    store: RequestStore
    settings: Settings
    directory: Directory
    clock: Clock
    # Every change the application layer makes in this process is published here once;
    # the window relays it to the register, the watch and the open editors.
    hub: ChangeHub = field(default_factory=ChangeHub)

    @classmethod
    def open(
        cls,
        folder: Path | None = None,
        clock: Clock | None = None,
        *,
        settings_read: Callable[[Settings], None] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> "Services":
        """`settings_read` is called before the register opens (to apply the interface
        language); `progress` is told how a migration that re-indexes the register goes."""
        folder = folder or data_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise write_error(folder / STORE_FILE, exc) from None
        directory = bundled_directory()
        clock = clock or SystemClock()
        with contextlib.suppress(OSError):  # a folder that cannot take it fails with the register below
            keep_private(folder / "settings.ini")  # names and authority: the user's alone (0600)
        settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        if settings_read is not None:
            settings_read(settings)
        store = RequestStore(
            folder / STORE_FILE, directory=directory, clock=clock, counting=counting_of(settings), progress=progress
        )
        return cls(data_dir=folder, store=store, settings=settings, directory=directory, clock=clock)

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    def reopen_store(self) -> RequestStore:
        """Opens the register file again (after a restore replaced it)."""
        self.store = RequestStore(
            self.store.path, directory=self.directory, clock=self.clock, counting=counting_of(self.settings)
        )
        return self.store

    def close(self) -> None:
        self.store.close()


def counting_of(settings: Settings) -> Counting:
    try:
        return Counting(settings.get(Options.confirmation_counting))
    except ValueError:
        return DEFAULT_COUNTING
