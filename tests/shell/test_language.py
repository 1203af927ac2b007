"""Switching the interface language at run time, both ways, without a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from requestdesk.ui.register.state import Column
from tests.shell.helpers import visible_column


def header(window, column: Column) -> str:
    return window.register.table.model().headerData(column, Qt.Orientation.Horizontal)


def test_switching_language_changes_window_menus_header_and_data(qtbot, window, languages):
    assert window.windowTitle() == "RequestDesk — register of requests"
    assert window.menu_file.title() == "&File"
    numbers = visible_column(window, Column.NUMBER)
    example_row = numbers.index("1/ПРИМЕР-2026")
    overdue_row = numbers.index("2/2026")

    window.language_actions["ru"].trigger()
    qtbot.waitUntil(lambda: window.windowTitle() == "RequestDesk — реестр запросов")
    assert window.menu_file.title() == "&Файл"
    assert window.act_new.text() == "&Новый запрос"
    assert header(window, Column.NUMBER) == "Номер"
    assert header(window, Column.REQUESTED) == "Запрашиваемый орган"
    assert window.register.urgent_filter.text() == "Только &срочные"
    model = window.register.table.model()
    row = visible_column(window, Column.NUMBER).index("1/ПРИМЕР-2026")
    assert model.index(row, Column.DATE).data() == "20 ноября 2026\u202fг."  # babel: narrow no-break space
    assert model.index(row, Column.REQUESTED).data() == "МВД Армении"
    overdue = visible_column(window, Column.NUMBER).index("2/2026")
    assert model.index(overdue, Column.CONFIRMATION).data() == "просрочено на 8 ч"
    assert window.counts.text() == "4 запроса"
    window.register.urgent_filter.click()
    assert window.counts.text() == "Показано 2 из 4 запросов"
    window.register.urgent_filter.click()
    assert window.request_menu.menu.title() == "&Запрос"
    assert languages.current() == "ru"

    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.windowTitle() == "RequestDesk — register of requests")
    assert window.menu_file.title() == "&File"
    assert header(window, Column.NUMBER) == "Number"
    assert model.index(example_row, Column.DATE).data() == "20 November 2026"
    assert model.index(overdue_row, Column.CONFIRMATION).data() == "overdue by 8 h"


def test_the_choice_is_saved_and_qt_own_dialogs_follow_it(qtbot, window, languages, filled):
    from requestdesk.ui.settings import Options

    languages.set_language("ru")
    assert filled.settings.get(Options.language) == "ru"
    # Qt's own strings come from its qtbase catalog.
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
    languages.set_language("en")
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_default_language_follows_the_system_locale(services, qapp, monkeypatch):
    from PySide6.QtCore import QLocale

    from requestdesk.ui import i18n

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ru_RU")))
    assert i18n.Languages(services.settings, qapp).preferred() == "ru"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.Languages(services.settings, qapp).preferred() == "en"


def test_counted_messages_write_large_numbers_the_languages_way(languages):
    from requestdesk.ui.i18n import with_number

    languages.apply("ru")
    assert with_number("100000 запросов", 100000) == "100\xa0000 запросов"
    assert with_number("Показано 1500 из 100000 запросов", 100000) == "Показано 1500 из 100\xa0000 запросов"
    languages.apply("en")
    assert with_number("100000 requests", 100000) == "100,000 requests"
    assert with_number("999 requests", 999) == "999 requests"
