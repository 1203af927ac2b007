"""The confirmation watch in the window: transmission dialog, countdown, alerts, confirmation."""

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from requestdesk.domain.timeutil import FixedClock
from requestdesk.translations_build import build
from requestdesk.store.review import Review
from requestdesk.ui.i18n import Languages
from requestdesk.ui.services import Services
from requestdesk.ui.settings import Options
from requestdesk.ui.tracking.alerts import AlertBanner
from requestdesk.ui.tracking.confirmation_dialog import ConfirmationSentDialog
from requestdesk.ui.tracking.execution_dialog import ExecutionDialog
from requestdesk.ui.tracking.history import HistoryDialog
from requestdesk.ui.operations import desk_of
from requestdesk.ui.tracking.overview import OverviewBar
from requestdesk.ui.tracking.transmission_dialog import TransmissionDialog
from requestdesk.ui.tracking.watch_model import URGENCY_ROLE, ConfirmationWatchModel
from requestdesk.ui.tracking.watch_panel import ConfirmationPanel
from tests.keyboard import type_text
from tests.signers import key_for_store

MOSCOW = ZoneInfo("Europe/Moscow")



@pytest.fixture
def clock():
    return FixedClock(datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc))  # 12:00 in Moscow


@pytest.fixture
def languages(qapp, services):
    """The application's own language switch (its catalogs hold the English plural forms too)."""
    build()
    switch = Languages(services.settings, qapp)
    switch.apply("en")
    yield switch
    switch.apply("en")
    qapp.processEvents()  # deliver the LanguageChange while the test's widgets still have their store


@pytest.fixture
def services(tmp_path, clock, qapp):
    s = Services.open(tmp_path / "data", clock=clock)
    s.settings.set(Options.default_executor, {"name": {"ru": "П. П. Петров", "en": "P. P. Petrov"}, "phone": "1"})
    yield s
    s.close()


@pytest.fixture
def urgent_id(services, complete_request):
    complete_request["urgent"] = True
    complete_request["urgency_reason"] = {"ru": "Данные будут удалены", "en": "The data will be deleted"}
    services.store.save(complete_request)
    return complete_request["id"]


def set_when(edit, year, month, day, hour, minute, zone_name):
    edit.zone.setCurrentText(zone_name)
    """Types the moment as an officer does, `20.11.2026 23:50`, and confirms it with Enter."""
    edit.when.line.clear()
    type_text(edit.when.line, f"{day:02d}.{month:02d}.{year} {hour:02d}:{minute:02d}")
    QTest.keyClick(edit.when.line, Qt.Key.Key_Return)


def test_recording_an_oral_transmission_shows_the_due_instant_and_starts_the_watch(qtbot, services, urgent_id):
    tracker = desk_of(services)
    dialog = TransmissionDialog(services, tracker, urgent_id, ZoneInfo("Asia/Vladivostok"))
    qtbot.addWidget(dialog)
    assert dialog.at.zone.currentText() == "Europe/Moscow"  # the requesting authority's zone
    set_when(dialog.at, 2026, 11, 20, 23, 50, "Europe/Moscow")
    assert "23 November 2026, 23:50 (UTC+03:00, Europe/Moscow)" in dialog.due.text()
    assert "24 November 2026, 06:50 (UTC+10:00, Asia/Vladivostok)" in dialog.due.text()  # the workstation's
    type_text(dialog.received_ru, "Дежурный МВД Армении")
    type_text(dialog.received_en, "Duty officer, MIA of Armenia")
    # 23:50 is later than the clock's 12:00 in Moscow: said, and recorded only once acknowledged.
    assert "This moment has not come yet." in dialog.warnings.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() != dialog.DialogCode.Accepted and "tick the box" in dialog.error.text()
    dialog.confirm.click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    doc = services.store.get(urgent_id)
    assert doc["transmission"]["at"] == "2026-11-20T23:50:00+03:00"
    assert doc["transmission"]["received_by"]["en"] == "Duty officer, MIA of Armenia"
    assert services.store.status(urgent_id) == "awaiting_confirmation"
    assert tracker.history(urgent_id)[-1].user == "P. P. Petrov"


def test_technical_channel_with_an_arrangement_needs_no_confirmation(qtbot, services, urgent_id):
    dialog = TransmissionDialog(services, desk_of(services), urgent_id, MOSCOW)
    qtbot.addWidget(dialog)
    dialog.channel.setCurrentIndex(1)
    qtbot.keyClicks(dialog.arrangement, "Protocol of 1 March 2024")
    assert "no written confirmation is required" in dialog.due.text()


def record(services, urgent_id, at):
    desk_of(services).transmit(urgent_id, "oral", at)


def test_the_panel_counts_down_highlights_and_alerts(qtbot, services, urgent_id, clock, languages):
    record(services, urgent_id, datetime(2026, 11, 20, 12, 0, tzinfo=MOSCOW))
    panel = ConfirmationPanel(services, MOSCOW)
    qtbot.addWidget(panel)
    banner = AlertBanner()
    qtbot.addWidget(banner)
    panel.alertsChanged.connect(banner.set_counts)
    remaining = panel.model.index(0, ConfirmationWatchModel.REMAINING)
    assert remaining.data() == "3 d left"
    assert panel.model.index(0, 0).data(URGENCY_ROLE) == "ok"
    clock.advance(days=2, hours=1)
    with qtbot.waitSignal(panel.alertsChanged, timeout=3000) as alerts:
        pass
    assert alerts.args == [1, 0]
    assert panel.model.index(0, ConfirmationWatchModel.REMAINING).data() == "23 h left"
    assert panel.model.index(0, 0).data(URGENCY_ROLE) == "soon"
    assert not banner.isHidden() and "1 written confirmation due within 24 hours" in banner.text.text()
    clock.advance(hours=23, minutes=30)
    qtbot.waitUntil(lambda: panel.model.index(0, 0).data(URGENCY_ROLE) == "overdue", timeout=3000)
    assert panel.model.index(0, ConfirmationWatchModel.REMAINING).data() == "overdue by 30 min"
    assert "1 written confirmation overdue" in banner.text.text()


def test_recording_the_confirmation_closes_the_watch_and_a_late_one_stays_late(qtbot, services, urgent_id, clock):
    record(services, urgent_id, datetime(2026, 11, 20, 12, 0, tzinfo=MOSCOW))
    panel = ConfirmationPanel(services, MOSCOW)
    qtbot.addWidget(panel)
    panel.select(urgent_id)
    with qtbot.waitSignal(panel.recordConfirmation) as asked:
        qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert asked.args == [urgent_id]
    dialog = ConfirmationSentDialog(services, desk_of(services), urgent_id, MOSCOW)
    qtbot.addWidget(dialog)
    set_when(dialog.at, 2026, 11, 23, 12, 30, "Europe/Moscow")  # 30 minutes late
    dialog.accept()  # recorded as sent at a moment still to come: refused, said
    assert dialog.result() != dialog.DialogCode.Accepted and "has not come yet" in dialog.error.text()
    assert services.store.status(urgent_id) == "awaiting_confirmation"
    clock.advance(days=3, hours=1)  # recorded an hour after it was sent
    dialog.accept()
    assert dialog.late is True
    panel.refresh()
    assert panel.model.rowCount() == 0
    assert not panel.empty.isHidden() and panel.view.isHidden()
    result = services.store.check(services.store.get(urgent_id))
    assert [f.severity for f in result.findings if f.code == "6.2.confirmation"] == ["error"]


def test_the_confirmation_document_action_names_the_request(qtbot, services, urgent_id):
    record(services, urgent_id, datetime(2026, 11, 20, 12, 0, tzinfo=MOSCOW))
    panel = ConfirmationPanel(services, MOSCOW)
    qtbot.addWidget(panel)
    assert not panel.produce_button.isEnabled()
    panel.select(urgent_id)
    with qtbot.waitSignal(panel.produceConfirmation) as asked:
        qtbot.mouseClick(panel.produce_button, Qt.MouseButton.LeftButton)
    assert asked.args == [urgent_id]


def test_execution_is_recorded_and_shown_in_the_history(qtbot, services, complete_request, clock):
    services.store.save(complete_request)
    rid = complete_request["id"]
    tracker = desk_of(services)
    tracker.submit(rid)
    Review(services.store, "supervisor").approve(rid, signer=key_for_store(services.store))
    for target in ("signed", "sent"):
        tracker.move(rid, target)
    overview = OverviewBar()
    qtbot.addWidget(overview)
    clock.advance(days=40)
    overview.set_overview(tracker.overview())
    assert "Execution overdue: 1" in overview.texts()
    dialog = ExecutionDialog(services, tracker, rid)
    qtbot.addWidget(dialog)
    dialog.select("refused")
    dialog.accept()
    assert "fill in" in dialog.error.text()  # grounds are required; nothing recorded yet
    assert services.store.status(rid) == "sent"
    type_text(dialog.refusal_grounds, "Противоречит законодательству (ст. 11)")
    dialog.accept()
    assert services.store.status(rid) == "refused"
    history = HistoryDialog(tracker, rid, MOSCOW)
    qtbot.addWidget(history)
    last = history.model.index(history.model.rowCount() - 1, 3).data()
    assert "Refused (Art. 11)" in last and "Противоречит законодательству" in last
    assert history.integrity.text() == "The log is intact."


def test_a_move_the_lifecycle_forbids_is_explained_and_nothing_changes(qtbot, services, complete_request):
    services.store.save(complete_request)
    rid = complete_request["id"]
    dialog = ExecutionDialog(services, desk_of(services), rid)
    qtbot.addWidget(dialog)
    dialog.select("forwarded")
    type_text(dialog.forwarded_to, "СК Армении")
    dialog.accept()
    assert "cannot move" in dialog.error.text()
    assert services.store.status(rid) == "draft"


def test_the_panel_speaks_russian_when_the_interface_switches(qtbot, services, urgent_id, languages):
    record(services, urgent_id, datetime(2026, 11, 20, 12, 0, tzinfo=MOSCOW))
    panel = ConfirmationPanel(services, MOSCOW)
    qtbot.addWidget(panel)
    assert panel.title.text().startswith("Awaiting written confirmation")
    languages.apply("ru")
    qtbot.waitUntil(lambda: panel.title.text().startswith("Ожидают письменного подтверждения"))
    assert panel.model.index(0, ConfirmationWatchModel.REMAINING).data() == "осталось 3 сут."
    assert panel.model.headerData(ConfirmationWatchModel.REMAINING, Qt.Orientation.Horizontal) == "Осталось"
    assert "23 ноября 2026" in panel.model.index(0, ConfirmationWatchModel.DUE_AUTHORITY).data()
    languages.apply("en")
    qtbot.waitUntil(lambda: panel.title.text().startswith("Awaiting written confirmation"))


def test_the_confirmation_letters_number_and_date_are_entered_with_it(qtbot, services, urgent_id, clock):
    record(services, urgent_id, datetime(2026, 11, 20, 12, 0, tzinfo=MOSCOW))
    clock.advance(days=1)  # recorded the next day, when it was sent
    dialog = ConfirmationSentDialog(services, desk_of(services), urgent_id, MOSCOW)
    qtbot.addWidget(dialog)
    set_when(dialog.at, 2026, 11, 21, 10, 0, "Europe/Moscow")
    type_text(dialog.number, "12/3-456")
    dialog.dated.line.clear()
    type_text(dialog.dated.line, "31.11.2026")  # no such day: said, nothing recorded
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and "date of the letter" in dialog.error.text()
    assert services.store.status(urgent_id) == "awaiting_confirmation"
    dialog.dated.line.clear()
    type_text(dialog.dated.line, "21.11.2026")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    sent = services.store.get(urgent_id)["transmission"]
    assert sent["confirmation_number"] == "12/3-456" and sent["confirmation_date"] == "2026-11-21"
    assert services.store.status(urgent_id) == "confirmed"
    assert desk_of(services).history(urgent_id)[-1].kind == "confirmed"


def test_the_history_says_when_an_events_signature_does_not_verify(qtbot, services, complete_request):
    import sqlite3

    services.store.save(complete_request)
    rid = complete_request["id"]
    tracker = desk_of(services)
    tracker.submit(rid)
    assert HistoryDialog(tracker, rid, MOSCOW).integrity.text() == "The log is intact."
    db = sqlite3.connect(services.store.path)
    with db:  # a signature made up by whoever edits the file
        db.execute("UPDATE events SET signature = ? WHERE request_id = ? AND seq = 1", ("A" * 86 + "==", rid))
    db.close()
    history = HistoryDialog(tracker, rid, MOSCOW)
    qtbot.addWidget(history)
    assert "the signature of event 1 does not verify" in history.integrity.text()
