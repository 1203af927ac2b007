"""Fixtures for the editor's widget tests: a data folder of its own, a fixed clock, real windows."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from requestdesk.domain.document import new_request
from requestdesk.domain.timeutil import FixedClock
from requestdesk.resources import translations_dir
from requestdesk.translations_build import build
from requestdesk.ui.services import Services

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def services(tmp_path: Path):
    opened = Services.open(tmp_path / "data", clock=FixedClock(NOW))
    yield opened
    opened.close()


@pytest.fixture(scope="session", autouse=True)
def built_catalogs() -> None:
    """The .qm catalogs are build products: built from translations/*.ts when stale."""
    folder = translations_dir()
    stale = [ts for ts in folder.glob("*.ts") if not ts.with_suffix(".qm").exists()
             or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if stale:
        build(folder)


class Interface:
    """Switches the interface language as the settings dialog does (the application's
    Languages: catalogs, Qt's own, the default locale); Qt then sends LanguageChange."""

    def __init__(self, languages):
        self.languages = languages

    def switch(self, lang: str) -> None:
        self.languages.apply(lang)
        QCoreApplication.processEvents()


@pytest.fixture(autouse=True)
def interface(qapp, services):
    from requestdesk.ui.i18n import Languages

    languages = Languages(services.settings, qapp)
    languages.apply("en")
    yield Interface(languages)
    languages.apply("en")


@pytest.fixture
def open_editor(qtbot, services):
    from requestdesk.ui.editor.window import EditorWindow

    windows = []

    def open_(doc: dict | None = None) -> EditorWindow:
        window = EditorWindow(services, doc if doc is not None else new_request(today=date(2026, 11, 26)))
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # window shortcuts (Ctrl+Z) need an active window
        windows.append(window)
        return window

    yield open_
    for window in windows:
        window.autosaver.save_timer.stop()
        window.autosaver.draft_timer.stop()
