"""The interface follows the treaty profile: a made-up treaty with 5 days to confirm, other
article numbers and one element fewer, installed in the administrator's profiles folder."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from requestdesk.ui.operations import new_document
from requestdesk.ui.register.state import Column
from requestdesk.ui.settings import Options
from requestdesk.ui.settings_dialog import SettingsDialog
from requestdesk.ui.tracking.watch_model import URGENCY_ROLE
from tests import made_up_profile as made_up
from tests.shell.helpers import variant, visible_column


@pytest.fixture(autouse=True)
def installed(tmp_path, monkeypatch):
    folder = tmp_path / "profiles"
    made_up.use_folder(monkeypatch, folder)
    made_up.install(folder, made_up.made_up(drop="g", days=made_up.DAYS))
    return folder


def switch(languages, lang: str) -> None:
    languages.apply(lang)
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    QApplication.processEvents()


def urgent_pair(services, hours_ago: float) -> None:
    """Two requests sent orally at the same moment: one under the Agreement, one under the made-up treaty."""
    agreement = variant("A/2026", ru="Мошенничество.", en="Fraud.", urgent=True, channel="oral", sent_hours_ago=hours_ago)
    other = variant("B/2026", ru="Мошенничество.", en="Fraud.", urgent=True, channel="oral", sent_hours_ago=hours_ago)
    other["treaty"] = made_up.NAME
    for doc in (agreement, other):
        services.store.save(doc, status="draft")


def test_settings_offer_the_installed_profiles_and_show_the_chosen_one_s_period(qtbot, services, languages, installed):
    (installed / "damaged.json").write_text('{"id": "damaged"', encoding="utf-8")  # not offered: it cannot be read
    (installed / f"{made_up.NAME}.articles.json").write_text("{}", encoding="utf-8")  # help texts, not a profile
    dialog = SettingsDialog(services, languages)
    qtbot.addWidget(dialog)
    names = [dialog.treaty.itemData(i) for i in range(dialog.treaty.count())]
    assert names == ["cis-2018-it", made_up.NAME]
    assert "“within 3 days”" in dialog.counting_box.title() and "Art. 6(2)" in dialog.counting_box.title()
    assert "72 hours of elapsed time" in dialog.counting_notes["elapsed_72h"].text()

    dialog.treaty.setCurrentIndex(dialog.treaty.findData(made_up.NAME))
    assert dialog.counting_box.title() == "Deadline of the written confirmation (Art. 9(4): “within 5 days”)"
    assert "the instant 120 hours of elapsed time later" in dialog.counting_notes["elapsed_72h"].text()
    assert "later than 120 hours" in dialog.counting_notes["whole_days"].text()
    assert dialog.counting_buttons["elapsed_72h"].text() == '120 hours from the moment of transmission (Art. 9(4): “within 5 days”)'
    assert dialog.counting_buttons["whole_days"].text().startswith("5 whole days")
    dialog.grab().save(str(services.data_dir / "settings-en.png"))

    switch(languages, "ru")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Настройки")
    assert dialog.counting_box.title() == "Срок письменного подтверждения (п. 4 ст. 9: «в течение 5 суток»)"
    assert "ровно через 120 часов" in dialog.counting_notes["elapsed_72h"].text()
    assert "позже 120 часов" in dialog.counting_notes["whole_days"].text()
    assert dialog.counting_buttons["elapsed_72h"].text() == "120 часов с момента передачи (п. 4 ст. 9: «в течение 5 суток»)"
    assert dialog.treaty.currentText() == "Договор о взаимной помощи 2031 года"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    switch(languages, "en")

    assert services.settings.get(Options.treaty) == made_up.NAME
    assert new_document(services)["treaty"] == made_up.NAME


def test_the_watch_and_the_register_count_and_word_the_profile_s_period(qtbot, make_window, services, languages):
    services.settings.set(Options.treaty, made_up.NAME)
    urgent_pair(services, hours_ago=4 * 24)  # past the Agreement's 3 days, within the treaty's 5
    window = make_window(services)
    model = window.register.table.model()
    numbers = visible_column(window, Column.NUMBER)
    assert model.index(numbers.index("A/2026"), Column.CONFIRMATION).data() == "overdue by 1 d"
    assert model.index(numbers.index("B/2026"), Column.CONFIRMATION).data() == "1 d left"
    tooltip = model.headerData(Column.CONFIRMATION, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Art. 9(4): an urgent request sent orally or by technical means is confirmed in writing within 5 days"

    panel = window.watch.panel
    assert panel.title.text() == "Awaiting written confirmation (Art. 9(4): within 5 days)"
    assert panel.model.rowCount() == 2
    urgencies = {panel.model.index(r, 0).data(): panel.model.index(r, 0).data(URGENCY_ROLE)
                 for r in range(panel.model.rowCount())}
    assert urgencies["A/2026"] == "overdue" and urgencies["B/2026"] != "overdue"
    overdue_row = next(r for r in range(panel.model.rowCount()) if panel.model.index(r, 0).data() == "A/2026")
    assert panel.model.index(overdue_row, 0).data(Qt.ItemDataRole.ToolTipRole) == (
        "The written confirmation is overdue (Art. 9(4): within 5 days).")
    panel.grab().save(str(services.data_dir / "watch-en.png"))

    switch(languages, "ru")
    qtbot.waitUntil(lambda: panel.title.text() == "Ожидают письменного подтверждения (п. 4 ст. 9: в течение 5 суток)")
    assert model.headerData(Column.CONFIRMATION, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "П. 4 ст. 9: срочный запрос, переданный устно или с использованием технических средств связи, "
        "подтверждается в письменной форме в течение 5 суток")
    panel.grab().save(str(services.data_dir / "watch-ru.png"))
    switch(languages, "en")

    # Back to the Agreement for new requests: its period is what the panel names again.
    services.settings.set(Options.treaty, "cis-2018-it")
    qtbot.waitUntil(lambda: panel.title.text() == "Awaiting written confirmation (Art. 6(2): within 3 days)")


def test_the_editor_s_transmission_step_words_the_request_s_period(qtbot, services, languages):
    from requestdesk.ui.editor.window import EditorWindow

    doc = variant("B/2026", ru="Мошенничество.", en="Fraud.", urgent=True, channel="oral", sent_hours_ago=10)
    doc["treaty"] = made_up.NAME
    window = EditorWindow(services, doc)
    qtbot.addWidget(window)
    window.show()
    step = next(s for s in window.steps if s.key == "transmission")
    window.go_to_step(window.steps.index(step))
    assert step.reference_text() == ("Art. 9(4): a request is sent in writing; in urgent cases by technical means or orally, "
                                     "then confirmed in writing within 5 days.")
    assert step.urgent.text() == "Urgent case (Art. 9(4))"
    # Sent at 02:00 Moscow time on 25 November: due five days later.
    qtbot.waitUntil(lambda: "30 November 2026, 02:00" in step.due.text())
    assert '120 hours from the moment of transmission (Art. 9(4): “within 5 days”)' in step.due.text()
    switch(languages, "ru")
    qtbot.waitUntil(lambda: "в течение 5 суток" in step.reference_text())
    assert step.reference_text().startswith("П. 4 ст. 9: запрос направляется в письменной форме")
    qtbot.waitUntil(lambda: "120 часов с момента передачи (п. 4 ст. 9: «в течение 5 суток»)" in step.due.text())
    window.grab().save(str(services.data_dir / "editor-ru.png"))
    switch(languages, "en")
    window.close()


def test_recording_an_urgent_transmission_counts_the_request_s_period(qtbot, make_window, services, languages):
    from datetime import timedelta

    from tests.shell.test_urgent_transmission import run_urgent_action, select, type_moment

    doc = variant("B/2026", ru="Мошенничество.", en="Fraud.", urgent=True)
    doc["treaty"] = made_up.NAME
    services.store.save(doc, status="draft")
    window = make_window(services)
    select(qtbot, window, doc["id"])
    said: dict = {}

    def handle(dialog) -> None:
        said["note"] = dialog.urgency_note.text()
        type_moment(qtbot, dialog, "21.11.2026 12:00")  # four days before now: within the treaty's five
        said["within"] = dialog.warnings.text()
        said["due"] = dialog.due_instant()
        type_moment(qtbot, dialog, "19.11.2026 12:00")  # six days before now
        said["passed"] = dialog.warnings.text()
        dialog.reject()

    run_urgent_action(qtbot, window, handle)
    assert "already passed" not in said["within"]
    assert "(Art. 9(4))" in said["note"] and "6(2)" not in said["note"]
    assert said["due"] == datetime(2026, 11, 21, 12, 0, tzinfo=timezone(timedelta(hours=3))) + timedelta(days=5)
    assert "The 120 hours for the written confirmation have already passed" in said["passed"]
