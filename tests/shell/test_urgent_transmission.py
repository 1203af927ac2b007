"""The urgent transmission as one guided action from the register, on the selected request."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from requestdesk.store.events import read_events
from requestdesk.store.review import Review
from tests.shell.helpers import NOW, example, type_text, variant, when_modal
from tests.signers import key_for_store

EXAMPLE_ID = example()["id"]  # 1/ПРИМЕР-2026 of 20 November 2026, a written request, not urgent


def select(qtbot, window, request_id: str) -> None:
    """Clicks the request's row in the register."""
    table = window.register.table
    row = window.register.model.row_of(request_id)
    index = table.model().index(row, 1)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert window.register.selected_ids() == [request_id]


def type_moment(qtbot, dialog, text: str) -> None:
    line = dialog.at.when.line
    line.selectAll()
    QTest.keyClick(line, Qt.Key.Key_Delete)
    type_text(qtbot, line, text)
    QTest.keyClick(line, Qt.Key.Key_Return)


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def run_urgent_action(qtbot, window, handle) -> list:
    seen = when_modal(handle)
    action = window.request_menu.transmission
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    return seen


def test_from_the_register_it_names_the_request_marks_it_urgent_and_ends_in_the_watch(qtbot, window, filled):
    select(qtbot, window, EXAMPLE_ID)
    said = {}

    def handle(dialog) -> None:
        said["title"] = dialog.windowTitle()
        said["heading"] = dialog.heading.text()
        said["zone"] = dialog.zone_note.text()
        said["note"] = dialog.urgency_note.text()
        assert dialog.at.zone.currentText() == "Europe/Moscow"
        type_moment(qtbot, dialog, "25.11.2026 10:15")
        ok(dialog)  # no reason yet: refused, and said why
        said["no_reason"] = dialog.error.text()
        assert dialog.isVisible()
        type_text(qtbot, dialog.reason_ru, "Данные о подключениях хранятся 3 суток.")
        type_text(qtbot, dialog.reason_en, "Connection records are kept for 3 days.")
        said["due"] = dialog.due.text()
        ok(dialog)

    run_urgent_action(qtbot, window, handle)
    assert "1/ПРИМЕР-2026" in said["title"] and "20 November 2026" in said["title"]
    assert "1/ПРИМЕР-2026" in said["heading"] and "Ministry of Internal Affairs of the Republic of Kazakhstan" not in said["title"]
    assert "Europe/Moscow" in said["zone"] and "requesting authority's time zone" in said["zone"]
    assert "not marked urgent yet" in said["note"]
    assert "Say why the request is urgent" in said["no_reason"]
    assert "28 November 2026, 10:15" in said["due"]

    doc = filled.store.get(EXAMPLE_ID)
    assert doc["urgent"] is True
    assert doc["urgency_reason"] == {"ru": "Данные о подключениях хранятся 3 суток.",
                                     "en": "Connection records are kept for 3 days."}
    assert doc["transmission"]["channel"] == "oral" and doc["transmission"]["at"] == "2026-11-25T10:15:00+03:00"
    assert filled.store.status(EXAMPLE_ID) == "awaiting_confirmation"
    # The watch is shown, on this request, with its deadline.
    panel = window.watch.panel
    qtbot.waitUntil(window.watch.dock.isVisible)
    assert panel.selected_id() == EXAMPLE_ID


def test_the_action_follows_the_selection_not_the_row_it_was_on(qtbot, window, filled):
    select(qtbot, window, EXAMPLE_ID)
    # Another request is saved meanwhile: the rows move, the selection stays on the example.
    other = variant("9/2026", ru="Новый запрос.", en="A new request.")
    filled.store.save(other, status="approved")
    window.register.reload()
    names = []

    def handle(dialog) -> None:
        names.append(dialog.windowTitle())
        dialog.reject()

    run_urgent_action(qtbot, window, handle)
    assert "1/ПРИМЕР-2026" in names[0] and "9/2026" not in names[0]


def test_warnings_the_officer_must_acknowledge(qtbot, window, filled):
    select(qtbot, window, EXAMPLE_ID)
    said = {}

    def handle(dialog) -> None:
        type_text(qtbot, dialog.reason_ru, "Срочно.")
        # Four days before now, and before the request's own date (20 November).
        type_moment(qtbot, dialog, "19.11.2026 09:00")
        said["warnings"] = dialog.warnings.text()
        assert dialog.confirm.isVisible()
        ok(dialog)
        said["refused"] = dialog.error.text()
        assert dialog.isVisible() and filled.store.status(EXAMPLE_ID) == "draft"
        dialog.confirm.click()
        ok(dialog)

    run_urgent_action(qtbot, window, handle)
    assert "72 hours for the written confirmation have already passed" in said["warnings"]
    assert "before the date of the request" in said["warnings"]
    assert "tick the box" in said["refused"]
    assert filled.store.status(EXAMPLE_ID) == "awaiting_confirmation"


def test_an_approved_request_is_warned_that_urgency_voids_its_approval(qtbot, window, filled):
    review = Review(filled.store, "Supervisor")
    review.submit(EXAMPLE_ID)
    review.approve(EXAMPLE_ID, signer=key_for_store(filled.store, "Supervisor"))
    window.register.reload()
    select(qtbot, window, EXAMPLE_ID)
    said = {}

    def handle(dialog) -> None:
        type_text(qtbot, dialog.reason_en, "Data retention ends soon.")
        type_moment(qtbot, dialog, "25.11.2026 11:00")
        said["warnings"] = dialog.warnings.text()
        dialog.confirm.click()
        ok(dialog)

    run_urgent_action(qtbot, window, handle)
    assert "approval is voided" in said["warnings"]
    assert filled.store.status(EXAMPLE_ID) == "awaiting_confirmation"
    assert review.approval_state(EXAMPLE_ID).status.value == "void"


def test_a_time_that_is_not_one_is_said_and_nothing_is_recorded(qtbot, window, filled):
    select(qtbot, window, EXAMPLE_ID)
    said = {}

    def handle(dialog) -> None:
        type_text(qtbot, dialog.reason_ru, "Срочно.")
        type_moment(qtbot, dialog, "32.11.2026 10:00")
        ok(dialog)
        said["error"] = dialog.error.text()
        dialog.reject()

    run_urgent_action(qtbot, window, handle)
    assert "Type the date and time" in said["error"]
    assert filled.store.status(EXAMPLE_ID) == "draft"
    assert NOW  # the register's clock: the tests above count from it


def _reason(qtbot, dialog) -> None:
    type_text(qtbot, dialog.reason_ru, "Данные о подключениях хранятся 3 суток.")
    type_text(qtbot, dialog.reason_en, "Connection records are kept for 3 days.")


def test_marking_urgent_and_recording_reach_the_window_as_one_change(qtbot, window, filled):
    select(qtbot, window, EXAMPLE_ID)
    told = []
    filled.hub.subscribe(lambda changes, initiator: told.append(changes))

    def handle(dialog) -> None:
        type_moment(qtbot, dialog, "25.11.2026 10:15")
        _reason(qtbot, dialog)
        ok(dialog)

    run_urgent_action(qtbot, window, handle)
    qtbot.waitUntil(lambda: filled.store.status(EXAMPLE_ID) == "awaiting_confirmation")
    assert filled.store.get(EXAMPLE_ID)["urgent"] is True
    assert len(told) == 1 and told[0].requests == {EXAMPLE_ID}
    kinds = [e.kind for e in filled.store.read(read_events, EXAMPLE_ID)]
    assert kinds[-2:] == ["edited", "transmitted"]


def test_a_signed_request_not_marked_urgent_is_refused_in_the_dialog_and_nothing_changes(qtbot, window, filled):
    filled.store.save(filled.store.get(EXAMPLE_ID), status="signed")
    window.register.reload()
    select(qtbot, window, EXAMPLE_ID)
    before = filled.store.get(EXAMPLE_ID)
    said = {}

    def handle(dialog) -> None:
        type_moment(qtbot, dialog, "25.11.2026 10:15")
        _reason(qtbot, dialog)
        dialog.confirm.setChecked(True)
        ok(dialog)
        said["error"] = dialog.error.text()
        said["open"] = dialog.isVisible()
        dialog.reject()

    run_urgent_action(qtbot, window, handle)
    assert said["open"] and "“Signed”" in said["error"] and "goes in writing" in said["error"]
    assert filled.store.get(EXAMPLE_ID) == before and filled.store.status(EXAMPLE_ID) == "signed"
