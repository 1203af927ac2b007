"""The register, the watch and open editors follow the desk's one change signal: once per
change, and an editor tells its own saves from changes made elsewhere."""

from __future__ import annotations

import copy
from datetime import timedelta

from requestdesk.ui.operations import desk_of
from requestdesk.ui.register.state import Column
from tests.shell.helpers import example, visible_column


def _editor(qtbot, window, request_id):
    window.open_request(request_id)
    qtbot.waitUntil(lambda: request_id in window._editors)
    editor = window._editors[request_id]
    qtbot.waitExposed(editor)
    return editor


def test_one_change_reloads_the_register_once(qtbot, window, filled):
    resets = []
    window.model.modelReset.connect(lambda: resets.append(1))
    changed = copy.deepcopy(filled.store.get(example()["id"]))
    changed["number"] = "8/2026"
    desk_of(filled).edit(changed)
    assert len(resets) == 1
    assert "8/2026" in visible_column(window, Column.NUMBER)


def test_an_editor_with_nothing_unsaved_shows_a_transmission_recorded_in_the_register(qtbot, window, filled):
    request_id = example()["id"]
    editor = _editor(qtbot, window, request_id)
    desk = desk_of(filled)
    desk.transmit(request_id, "oral", filled.clock.now() - timedelta(hours=1))  # from the Request menu
    qtbot.waitUntil(lambda: window._editors.get(request_id) not in (None, editor))
    reopened = window._editors[request_id]
    assert reopened.session.doc == filled.store.get(request_id)  # the register's version, transmission included
    assert reopened.session.doc["transmission"]["channel"] == "oral"


def test_an_editor_with_unsaved_typing_is_told_and_keeps_it(qtbot, window, filled):
    request_id = example()["id"]
    editor = _editor(qtbot, window, request_id)
    editor.session.set("purpose.en", "Typed here, not saved yet.", typing=True)
    desk_of(filled).transmit(request_id, "oral", filled.clock.now() - timedelta(hours=1))
    assert window._editors[request_id] is editor
    assert editor.session.doc["purpose"]["en"] == "Typed here, not saved yet."
    assert "changed this request" in editor.statusBar().currentMessage()
    editor.autosaver.discard()  # the officer closes keeping the register's version
    editor.session.undo_stack.setClean()


def test_an_editors_own_save_does_not_reopen_it(qtbot, window, filled):
    request_id = example()["id"]
    editor = _editor(qtbot, window, request_id)
    editor.session.set("purpose.en", "Saved by this window.", typing=True)
    assert editor.autosaver.save_now() is not None
    assert window._editors[request_id] is editor and not editor.autosaver.held_back
    assert filled.store.get(request_id)["purpose"]["en"] == "Saved by this window."
