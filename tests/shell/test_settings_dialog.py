"""The settings dialog: the officer's defaults, kept across restarts, and used for new requests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from requestdesk.domain.deadlines import Counting
from requestdesk.ui.operations import new_document
from requestdesk.ui.services import Services
from requestdesk.ui.settings import Options
from requestdesk.ui.settings_dialog import SettingsDialog
from tests.shell.helpers import type_text


def fill(qtbot, dialog: SettingsDialog) -> None:
    dialog.state.setCurrentIndex(dialog.state.findData("KZ"))
    authority = dialog.authority_pick
    index = next(i for i in range(authority.count()) if "Internal Affairs" in authority.itemText(i))
    authority.setCurrentIndex(index)
    authority.activated.emit(index)
    dialog.role.setCurrentIndex(dialog.role.findData("subdivision_head"))
    type_text(qtbot, dialog.signatory_name.edits["ru"], "А. Б. Иванов")
    type_text(qtbot, dialog.signatory_name.edits["en"], "A. B. Ivanov")
    type_text(qtbot, dialog.signatory_position.edits["en"], "Head of Department")
    type_text(qtbot, dialog.executor_name.edits["en"], "C. Petrov")
    type_text(qtbot, dialog.executor_phone, "+7 727 000 00 00")
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("sequential"))
    dialog.counting_buttons[Counting.WHOLE_DAYS.value].click()


def test_settings_persist_across_a_restart_and_fill_new_requests(qtbot, services, languages, data_dir):
    dialog = SettingsDialog(services, languages)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog)
    assert dialog.authority.edits["ru"].text() == "Министерство внутренних дел Республики Казахстан"
    assert dialog.time_zone.currentText() == "Asia/Almaty"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    services.close()

    reopened = Services.open(data_dir)
    try:
        settings = reopened.settings
        own = settings.get(Options.own_authority)
        assert own["state"] == "KZ" and own["time_zone"] == "Asia/Almaty"
        assert own["authority"]["en"] == "Ministry of Internal Affairs of the Republic of Kazakhstan"
        assert settings.get(Options.default_signatory)["name"] == {"ru": "А. Б. Иванов", "en": "A. B. Ivanov"}
        assert settings.get(Options.default_executor) == {"name": {"ru": "", "en": "C. Petrov"}, "phone": "+7 727 000 00 00"}
        assert settings.get(Options.document_layout) == "sequential"
        assert settings.get(Options.confirmation_counting) == "whole_days"
        assert reopened.store.counting is Counting.WHOLE_DAYS

        doc = new_document(reopened)
        assert doc["requesting"] == own
        assert doc["signatory"]["role"] == "subdivision_head"
        assert doc["executor"]["phone"] == "+7 727 000 00 00"
        assert doc["exchange"] == "specialised" and doc["seal"] == "subdivision"
    finally:
        reopened.close()


def test_language_applies_at_once_and_cancel_restores_it(qtbot, services, languages):
    dialog = SettingsDialog(services, languages)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Settings"
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Настройки")
    assert dialog.tabs.tabText(1) == "Ваш орган"
    assert dialog.counting_notes["elapsed_72h"].text().startswith("Рекомендуется.")
    assert dialog.counting_buttons["elapsed_72h"].text().startswith("72 часа с момента передачи")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: languages.current() == "en")
    assert services.settings.get(Options.language) == "en"


def test_cancel_keeps_the_old_settings(qtbot, services, languages):
    dialog = SettingsDialog(services, languages)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert services.settings.get(Options.own_authority) == {}
    assert services.settings.get(Options.confirmation_counting) == "elapsed_72h"


def test_changing_the_counting_rule_moves_the_deadlines_in_the_register(qtbot, monkeypatch, window, filled):
    from requestdesk.ui.register.state import Column
    from tests.shell.helpers import visible_column

    row = visible_column(window, Column.NUMBER).index("3/2026")
    before = window.model.index(row, Column.CONFIRMATION).data()

    def choose_whole_days(self):
        self.counting_buttons[Counting.WHOLE_DAYS.value].click()
        self.accept()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", choose_whole_days)
    window.act_settings.trigger()
    row = visible_column(window, Column.NUMBER).index("3/2026")
    after = window.model.index(row, Column.CONFIRMATION).data()
    # Sent at 02:00 on 25 November (Moscow): whole days end at 24:00 on the 28th, 3 d 12 h from noon on the 25th.
    assert before == "2 d 14 h left" and after == "3 d 12 h left"


def test_a_usual_exchange_the_box_cuts_is_read_whole_in_its_list_and_its_tooltip(qtbot, services, languages):
    dialog = SettingsDialog(services, languages)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.exchange
    longest = max(range(box.count()), key=lambda i: len(box.itemText(i)))
    box.setCurrentIndex(longest)
    assert box.toolTip() == box.itemText(longest) and ":" in box.toolTip()  # the article, then the name whole
    view = box.view()
    assert view.minimumWidth() >= view.sizeHintForColumn(0)
    assert all(box.itemData(i, Qt.ItemDataRole.ToolTipRole) == box.itemText(i) for i in range(box.count()))
