"""Fixtures for the register window: a data folder with requests, a fixed clock, real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest

from requestdesk.domain.timeutil import FixedClock
from requestdesk.resources import translations_dir
from tests.shell.helpers import NOW, sample_requests


@pytest.fixture(scope="session", autouse=True)
def built_catalogs() -> None:
    """The .qm catalogs are build products: build them when a source checkout has none."""
    folder = translations_dir()
    stale = [ts for ts in folder.glob("*.ts") if not ts.with_suffix(".qm").exists()
             or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if stale:
        from requestdesk.translations_build import build

        build(folder)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def services(data_dir: Path):
    from requestdesk.ui.services import Services

    opened = Services.open(data_dir, clock=FixedClock(NOW))
    yield opened
    opened.close()


@pytest.fixture
def filled(services):
    for doc, status in sample_requests():
        services.store.save(doc, status=status)
    return services


@pytest.fixture
def languages(qapp, services):
    from requestdesk.ui.i18n import Languages

    langs = Languages(services.settings, qapp)
    langs.apply("en")
    yield langs
    langs.apply("en")


@pytest.fixture
def make_window(qtbot, qapp, languages):
    from PySide6.QtCore import QEvent

    from requestdesk.ui.main_window import MainWindow

    made = []

    def make(services) -> MainWindow:
        window = MainWindow(services, languages)
        made.append(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    # Gone before the store closes: no late event may reach a window over a closed store.
    for window in made:
        window.close()
        window.deleteLater()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()


@pytest.fixture
def window(make_window, filled):
    return make_window(filled)


@pytest.fixture
def second(tmp_path, make_window):
    """Another workstation, its own data folder and window."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from requestdesk.ui.services import Services

    services = Services.open(tmp_path / "second", clock=FixedClock(NOW))
    window = make_window(services)
    yield services, window
    for w in QApplication.topLevelWidgets():
        if getattr(w, "services", None) is services:
            w.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    services.close()
