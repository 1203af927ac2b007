"""What every window needs, created once at start-up and handed down."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from requestdesk.domain.directory import Directory, bundled_directory
from requestdesk.domain.timeutil import Clock, SystemClock
from requestdesk.paths import DATA_DIR_VARIABLE, STORE_FILE, data_dir  # noqa: F401  (re-exported)
from requestdesk.store.requests import RequestStore
from requestdesk.ui.settings import Settings


@dataclass
class Services:
    data_dir: Path
    store: RequestStore
    settings: Settings
    directory: Directory
    clock: Clock

    @classmethod
    def open(cls, folder: Path | None = None, clock: Clock | None = None) -> "Services":
        folder = folder or data_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        directory = bundled_directory()
        clock = clock or SystemClock()
        qsettings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        return cls(
            data_dir=folder,
            store=RequestStore(folder / STORE_FILE, directory=directory, clock=clock),
            settings=Settings(qsettings),
            directory=directory,
            clock=clock,
        )

    def close(self) -> None:
        self.store.close()
