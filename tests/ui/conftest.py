"""Fixtures for the editor's widget tests: a data folder of its own, a fixed clock, real windows."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import shutil

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QComboBox

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


@pytest.fixture(scope="session")
def catalogs(tmp_path_factory) -> Path:
    """The editor's catalogs compiled from translations/*.ts, as the build step does."""
    folder = tmp_path_factory.mktemp("translations")
    for source in translations_dir().glob("editor_*.ts"):
        shutil.copy(source, folder / source.name)
    build(folder)
    return folder


class Interface:
    """Switches the interface language as the application does: the editor's translator
    for that language and the default locale; Qt then sends LanguageChange to every widget."""

    def __init__(self, catalogs: Path):
        self.catalogs = catalogs
        self.translator: QTranslator | None = None

    def switch(self, lang: str) -> None:
        app = QCoreApplication.instance()
        if self.translator is not None:
            app.removeTranslator(self.translator)
        self.translator = QTranslator()
        assert self.translator.load(str(self.catalogs / f"editor_{lang}.qm"))
        QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia) if lang == "ru"
                           else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        app.installTranslator(self.translator)
        QCoreApplication.processEvents()


@pytest.fixture(autouse=True)
def interface(qapp, catalogs):
    previous = QLocale()
    switcher = Interface(catalogs)
    switcher.switch("en")
    yield switcher
    if switcher.translator is not None:
        qapp.removeTranslator(switcher.translator)
    QLocale.setDefault(previous)


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


def choose(qtbot, combo: QComboBox, key: str) -> None:
    """Picks the entry with this code as a user does: open the list, go to it, press Enter."""
    index = combo.findData(key)
    assert index >= 0, f"{key!r} is not offered"
    combo.setFocus()
    combo.showPopup()
    view = combo.view()
    view.setCurrentIndex(combo.model().index(index, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert combo.currentData() == key


def type_text(qtbot, widget, text: str) -> None:
    """Types text key by key. QTest.keyClicks handles only ASCII, so Cyrillic letters are sent
    as key presses carrying their text, as a Russian keyboard layout delivers them."""
    from PySide6.QtTest import QTest

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_A, char, Qt.KeyboardModifier.NoModifier)
