"""No language left over: Qt's own dialogs, undo texts, file names, hints, the watch's words."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QFileDialog, QLabel

from requestdesk.ui.export_dialog import suggested_document_name
from requestdesk.ui.tracking.confirmation_dialog import ConfirmationSentDialog
from requestdesk.ui.operations import desk_of
from tests.shell.helpers import example, visible_column
from requestdesk.ui.register.model import Column


def select_number(window, number: str) -> str:
    row = visible_column(window, Column.NUMBER).index(number)
    request_id = window.model.request_id(row)
    window.register.select_ids([request_id])
    return request_id


def test_the_deletion_message_goes_once_undone_and_undo_speaks_the_language_chosen_since(qtbot, window, filled, languages):
    select_number(window, "1/ПРИМЕР-2026")  # a draft: a request past drafting is not deleted
    window.act_delete.trigger()
    assert "deleted" in window.statusBar().currentMessage()
    assert window.act_undo.text() == "&Undo: Delete 1 request"
    languages.apply("ru")
    qtbot.waitUntil(lambda: window.act_undo.text().startswith("&Отменить"))
    assert "Delete" not in window.act_undo.text() and "1" in window.act_undo.text()
    window.act_undo.trigger()
    assert window.statusBar().currentMessage() == ""  # no "… Undo brings it back" once it is back
    assert "Delete" not in window.act_redo.text()
    languages.apply("en")
    qtbot.waitUntil(lambda: window.act_redo.text() == "&Redo: Delete 1 request")


def test_qt_file_dialogs_speak_russian(qtbot, languages):
    languages.apply("ru")
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Перейти к:", "&Типы файлов:", "&Имя файла:"} <= texts
    assert not {"&Look in:", "Files of &type:"} & texts


def test_the_suggested_file_name_is_in_the_interface_language(languages):
    doc = example()
    languages.apply("ru")
    assert suggested_document_name(doc, "request") == "1_ПРИМЕР-2026-запрос.docx"
    assert suggested_document_name(doc, "confirmation") == "1_ПРИМЕР-2026-подтверждение.docx"
    languages.apply("en")
    assert suggested_document_name(doc, "checklist") == "1_ПРИМЕР-2026-checklist.docx"
    assert suggested_document_name(dict(doc, number=""), "request", "ru").startswith("запрос-")


def test_the_confirmation_is_entered_in_the_requesting_authoritys_zone_like_the_transmission(qtbot, filled):
    doc = example()
    desk_of(filled).transmit(doc["id"], "oral", datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Europe/Moscow")))
    dialog = ConfirmationSentDialog(filled, desk_of(filled), doc["id"], ZoneInfo("Asia/Vladivostok"))
    qtbot.addWidget(dialog)
    assert dialog.at.zone.currentText() == "Europe/Moscow"
    assert "/" in dialog.at.when.text()  # the English interface's dd/mm/yyyy, as everywhere else


def test_settings_hints_follow_the_interface_language(qtbot, filled, languages):
    from requestdesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(filled, languages)
    qtbot.addWidget(dialog)
    languages.apply("ru")
    qtbot.wait(10)  # Qt delivers the language change as an event
    hints = [dialog.authority.edits[lang].placeholderText() for lang in ("ru", "en")]
    assert hints == ["по-русски", "по-английски"]
    assert dialog.signatory_name.edits["ru"].placeholderText() == "Инициалы и фамилия, по-русски"
    languages.apply("en")
    qtbot.wait(10)
    assert dialog.authority.edits["en"].placeholderText() == "in English"


def test_the_welcome_finds_an_authority_by_its_short_name_and_offers_its_subdivisions(qtbot, services, languages):
    from requestdesk.ui.welcome import WelcomeWizard
    from tests.shell.helpers import type_text

    languages.apply("ru")
    wizard = WelcomeWizard(services, languages, True)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.state.setCurrentIndex(wizard.state.findData("RU"))
    line = wizard.authority_pick.lineEdit()
    line.setFocus()
    type_text(qtbot, line, "МВД")
    popup = wizard.authority_pick.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    offered = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert any(text.startswith("Министерство внутренних дел Российской Федерации") for text in offered), offered
    assert all("МВД" in text for text in offered)
    wizard.authority_pick.setCurrentIndex(wizard.authority_pick.findData("ru-mvd"))
    wizard.authority_pick.activated.emit(wizard.authority_pick.currentIndex())
    assert wizard.authority.value()["ru"] == "Министерство внутренних дел Российской Федерации"  # the name, not the label
    pick = wizard.subdivision_pick
    assert pick.count() > 1 and pick.itemText(0) == "(выберите из справочника или введите ниже)"
    pick.setCurrentIndex(1)
    pick.activated.emit(1)
    assert wizard.subdivision.value()["ru"] == pick.itemText(1)
    languages.apply("en")
