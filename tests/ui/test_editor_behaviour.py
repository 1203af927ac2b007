"""Finding navigation, undo/redo, per-cell validation, autosave, drafts and recovery."""

from __future__ import annotations

import copy
import json

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from requestdesk.domain.requestfile import dump_request
from requestdesk.ui.editor.drafts import draft_path
from requestdesk.ui.editor.findings_model import FIELD_ROLE
from requestdesk.ui.editor.identifiers_model import ERROR_BACKGROUND
from tests.ui.helpers import type_text


def finding_index(window, field: str):
    model = window.findings.model
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        for child in range(model.rowCount(group)):
            index = model.index(child, 0, group)
            if index.data(FIELD_ROLE) == field:
                return index
    return None


def test_clicking_a_finding_focuses_the_field_it_names(qtbot, open_editor, complete_request):
    complete_request["assistance"][1]["description"]["en"] = ""
    window = open_editor(complete_request)
    qtbot.waitUntil(lambda: finding_index(window, "assistance.1.description.en") is not None)
    assert window.step_state(4) == "error"
    index = finding_index(window, "assistance.1.description.en")
    view = window.findings.view
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assistance = window.steps[4]
    assert window.stack.currentWidget() is assistance
    assert window.step_list.currentRow() == 4
    assert assistance.items.currentRow() == 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is assistance.description.editor("en"))
    # The Russian text of item 2 is in the Russian editor beside it.
    assert assistance.description.editor("ru").toPlainText().startswith("Обеспечить сохранность")
    type_text(qtbot, assistance.description.editor("en"), "Preserve the logs of 19-21 October 2026.")
    qtbot.waitUntil(lambda: not any(f.code == "lang.missing" for f in window.checker.result.findings))
    assert window.session.doc["assistance"][1]["description"]["en"] == "Preserve the logs of 19-21 October 2026."


def test_undo_and_redo_of_typing_and_of_adding_an_item(qtbot, open_editor):
    window = open_editor()
    window.go_to_step(2)
    summary = window.steps[2]._fields["case_summary.en"]
    summary.setFocus()
    type_text(qtbot, summary, "Fraud")
    assert window.session.doc["case_summary"]["en"] == "Fraud"
    assert window.isWindowModified()
    qtbot.keyClick(summary, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.doc["case_summary"].get("en", "") == ""  # the keystrokes in one field are one step
    assert summary.toPlainText() == ""
    qtbot.keyClick(summary, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert summary.toPlainText() == "Fraud"

    window.go_to_step(0)
    number = window.steps[0].number
    number.setFocus()
    type_text(qtbot, number, "12/3")
    qtbot.keyClick(number, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert number.text() == "" and window.session.doc["number"] == ""  # the line's own undo is not used
    qtbot.keyClick(number, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert number.text() == "12/3"

    window.go_to_step(4)
    assistance = window.steps[4]
    qtbot.mouseClick(assistance.add_item_button, Qt.MouseButton.LeftButton)
    assert len(window.session.doc["assistance"]) == 1 and assistance.detail.isVisible()
    window.undo_action.trigger()
    assert window.session.doc.get("assistance", []) == []
    assert not assistance.detail.isVisible() and assistance.empty_hint.isVisible()
    window.redo_action.trigger()
    assert len(window.session.doc["assistance"]) == 1 and assistance.items.count() == 1
    # Undo reaches back across steps: the summary typed on another step is undone last.
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.session.doc["case_summary"].get("en", "") == ""
    assert not window.undo_action.isEnabled()


def test_identifiers_table_marks_a_bad_ip(qtbot, open_editor, complete_request):
    complete_request["assistance"][0]["identifiers"][0]["value"] = "192.0.2.999"
    window = open_editor(complete_request)
    window.go_to_step(4)
    model = window.steps[4].identifiers_model
    cell = model.index(0, 1)
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == ERROR_BACKGROUND
    assert "IP address" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) is None  # its time is fine
    qtbot.waitUntil(lambda: any(f.code == "data.identifier" for f in window.checker.result.findings))
    model.setData(cell, "192.0.2.15")
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None
    qtbot.waitUntil(lambda: not any(f.code == "data.identifier" for f in window.checker.result.findings))
    # An IP address without a time window is marked as a warning in the empty time cell.
    model.setData(model.index(0, 2), "")
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole).startswith("An IP address is useless")


def test_autosave_writes_the_store_and_a_draft_within_seconds(qtbot, open_editor, services):
    window = open_editor()
    request_id = window.session.doc["id"]
    saved = []
    window.saved.connect(saved.append)
    type_text(qtbot, window.steps[0].number, "7/77")
    draft = draft_path(services.data_dir, request_id)
    qtbot.waitUntil(draft.exists, timeout=4000)
    assert json.loads(draft.read_text(encoding="utf-8"))["number"] == "7/77"
    qtbot.waitUntil(lambda: services.store.get(request_id) is not None, timeout=6000)
    assert services.store.get(request_id)["number"] == "7/77"
    assert saved == [request_id]
    assert not window.isWindowModified()
    window.close()
    assert not draft.exists()  # saved on close: nothing left to recover


def test_a_draft_that_cannot_be_written_is_said_in_the_status_bar_and_the_store_still_saves(qtbot, open_editor, services):
    blocking = draft_path(services.data_dir, "x").parent
    blocking.parent.mkdir(parents=True, exist_ok=True)
    blocking.write_text("a file where the drafts folder should be")
    window = open_editor()
    request_id = window.session.doc["id"]
    type_text(qtbot, window.steps[0].number, "8/88")
    qtbot.waitUntil(lambda: "recovery draft was not written" in window.statusBar().currentMessage(), timeout=4000)
    assert f'"{blocking}" is a file, not a folder' in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: services.store.get(request_id) is not None, timeout=6000)
    assert services.store.get(request_id)["number"] == "8/88"
    assert blocking.read_text() == "a file where the drafts folder should be"
    window.close()


def test_recovery_reopens_a_draft_left_by_a_crash(qtbot, services, complete_request):
    from requestdesk.ui.editor.recovery import offer_recovery

    stored = copy.deepcopy(complete_request)
    services.store.save(stored)
    crashed = copy.deepcopy(complete_request)
    crashed["case_summary"]["en"] += " Typed just before the power went off."
    same = copy.deepcopy(complete_request)
    same["id"] = "11111111-2222-3333-4444-555555555555"
    services.store.save(same)
    folder = services.data_dir / "drafts"
    folder.mkdir(parents=True, exist_ok=True)
    draft_path(services.data_dir, crashed["id"]).write_bytes(dump_request(crashed))
    draft_path(services.data_dir, same["id"]).write_bytes(dump_request(same))  # nothing new in it
    (folder / "broken.request.json").write_text("{ not json", encoding="utf-8")

    asked = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.informativeText())
        recover = next(b for b in box.buttons() if b.text() == "Recover")
        qtbot.mouseClick(recover, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    windows = offer_recovery(None, services)
    assert len(windows) == 1
    assert "Request No. 1/ПРИМЕР-2026 of 20 November 2026" in asked[0]
    assert "broken.request.json" in asked[0]
    window = windows[0]
    assert window.isVisible()
    assert window.session.doc == crashed
    window.go_to_step(2)
    assert window.steps[2]._fields["case_summary.en"].toPlainText().endswith("the power went off.")
    assert window.isWindowModified()  # the register does not have it yet...
    qtbot.waitUntil(lambda: services.store.get(crashed["id"]) == crashed, timeout=6000)  # ...until autosave
    assert not draft_path(services.data_dir, same["id"]).exists()
    assert (folder / "broken.request.json.unreadable").exists()
    window.close()  # deletes itself, as a recovered window is the register's to forget
    assert not draft_path(services.data_dir, crashed["id"]).exists()


def test_discarding_drafts_deletes_them(qtbot, services, complete_request):
    from requestdesk.ui.editor.recovery import offer_recovery

    path = draft_path(services.data_dir, complete_request["id"])
    path.parent.mkdir(parents=True)
    path.write_bytes(dump_request(complete_request))  # a request the store has never seen
    windows = offer_recovery(None, services, ask=lambda *_args: False)
    assert windows == [] and not path.exists()
    assert services.store.get(complete_request["id"]) is None


def test_every_finding_of_a_new_request_leads_to_a_field_of_its_step(qtbot, open_editor):
    window = open_editor()
    qtbot.waitUntil(lambda: window.checker.result is not None)
    findings = window.checker.result.findings
    assert len(findings) >= 10
    for finding in findings:
        widget = window.navigate(finding.field)
        step = window.step_for(finding.field)
        assert window.stack.currentWidget() is step, finding.field
        assert widget is not None and step.isAncestorOf(widget), finding.field
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        focused = QApplication.focusWidget()
        assert focused is widget or widget.isAncestorOf(focused) or widget.focusProxy() is focused, finding.field


def test_closing_an_untouched_request_does_not_write_it_again(qtbot, open_editor, services, complete_request):
    services.store.save(complete_request)
    before = services.store.rows()[0].updated_at
    services.clock.moment = services.clock.moment.replace(hour=15)
    window = open_editor(complete_request)
    window.close()
    assert services.store.rows()[0].updated_at == before


def test_the_confirmation_deadline_follows_the_counting_rule_of_the_settings(qtbot, open_editor, services,
                                                                             complete_request):
    from requestdesk.ui.settings import Options

    complete_request["urgent"] = True
    complete_request["transmission"] = {"channel": "oral", "at": "2026-11-24T10:00:00+03:00", "arrangement": "",
                                        "confirmed_at": ""}
    window = open_editor(complete_request)
    window.go_to_step(7)
    due = window.steps[7].due
    qtbot.waitUntil(lambda: "27 November 2026, 10:00 (UTC+03:00, Europe/Moscow)" in due.text())
    assert "72 hours from the moment of transmission" in due.text()
    services.settings.set(Options.confirmation_counting, "whole_days")
    qtbot.waitUntil(lambda: "28 November 2026, 00:00 (UTC+03:00, Europe/Moscow)" in due.text())
    assert "3 whole days" in due.text()


def test_recovery_reopens_at_the_step_the_officer_was_on(qtbot, services, open_editor, complete_request):
    from requestdesk.ui.editor.drafts import place_path
    from requestdesk.ui.editor.recovery import offer_recovery

    services.store.save(copy.deepcopy(complete_request))
    window = open_editor(copy.deepcopy(complete_request))
    window.go_to_step(4)  # the assistance step: the officer typed here when the power went off
    step = window.steps[4]
    assert place_path(services.data_dir, complete_request["id"]).read_text(encoding="utf-8") == step.key
    crashed = copy.deepcopy(complete_request)
    crashed["case_summary"]["en"] += " More."
    draft_path(services.data_dir, crashed["id"]).write_bytes(dump_request(crashed))
    # The crash: the window is gone without closing (its draft and place stay behind).
    window.autosaver.save_timer.stop()
    window.autosaver.draft_timer.stop()

    QTimer.singleShot(0, lambda: next(b for b in QApplication.activeModalWidget().buttons()
                                      if b.text() == "Recover").click())
    recovered = offer_recovery(None, services)[0]
    assert recovered.current_step().key == "assistance"
    recovered.close()
    assert not place_path(services.data_dir, crashed["id"]).exists()  # closed and saved: nothing to recover
