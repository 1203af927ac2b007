"""Import and export of *.request.json files: menu, drag and drop, bad files, conflicts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from requestdesk.domain.requestfile import load_request_file
from requestdesk.ui import dialogs
from requestdesk.ui.register.state import Column
from tests.shell.helpers import click_button, example, message_text, visible_column, when_modal


def new_file(tmp_path: Path, number: str = "77/2026") -> Path:
    doc = example()
    doc["id"] = "9b2f5c8e-1111-4a4a-9c9c-000000000077"
    doc["number"] = number
    path = tmp_path / "incoming.request.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def choose(monkeypatch, *paths: Path) -> None:
    monkeypatch.setattr(dialogs, "choose_open_files", lambda *args: [str(p) for p in paths])


def test_import_from_the_menu_adds_and_selects_the_request(qtbot, monkeypatch, window, filled, tmp_path):
    choose(monkeypatch, new_file(tmp_path))
    window.act_import.trigger()
    assert filled.store.count() == 5
    assert "77/2026" in visible_column(window, Column.NUMBER)
    (selected,) = window.register.selected_ids()
    assert filled.store.get(selected)["number"] == "77/2026"
    assert window.statusBar().currentMessage() == "1 request imported"
    window.act_undo.trigger()
    assert filled.store.count() == 4


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"this is not json at all", "this is not JSON"),
        (json.dumps({"format": "something.else", "version": 1}).encode(), "not a RequestDesk request file"),
        (bytes(range(256)) * 4, "not UTF-8 text"),
    ],
    ids=["not-json", "wrong-format", "binary"],
)
def test_a_bad_file_shows_an_error_naming_it_and_changes_nothing(qtbot, monkeypatch, window, filled, tmp_path, content, problem):
    bad = tmp_path / "broken.request.json"
    bad.write_bytes(content)
    choose(monkeypatch, bad)
    before = [(r.id, r.updated_at) for r in filled.store.rows()]
    seen = when_modal(lambda box: box.accept())
    window.act_import.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    text = message_text(seen[0])
    assert "Not imported" in text
    assert "broken.request.json" in text and problem in text
    assert [(r.id, r.updated_at) for r in filled.store.rows()] == before
    assert not window.undo_stack.canUndo()


def test_the_error_is_in_russian_when_the_interface_is(qtbot, monkeypatch, window, languages, filled, tmp_path):
    languages.set_language("ru")
    bad = tmp_path / "пустой.request.json"
    bad.write_bytes(b"   ")
    choose(monkeypatch, bad)
    seen = when_modal(lambda box: box.accept())
    window.act_import.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    text = message_text(seen[0])
    assert "Не импортировано" in text and "пустой.request.json: файл пуст" in text
    assert filled.store.count() == 4


def test_importing_a_request_already_there_asks_replace_or_keep_both(qtbot, monkeypatch, window, filled, tmp_path):
    doc = example()
    doc["case_summary"]["en"] += " Amended by the supervisor."
    path = tmp_path / "amended.request.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    choose(monkeypatch, path)

    seen = when_modal(lambda box: click_button(box, "Keep both"))
    window.act_import.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert "1/ПРИМЕР-2026" in seen[0].text() and "amended.request.json" in seen[0].text()
    assert filled.store.count() == 5
    assert filled.store.get(doc["id"])["case_summary"]["en"] == example()["case_summary"]["en"]

    seen = when_modal(lambda box: click_button(box, "Replace"))
    window.act_import.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert filled.store.count() == 5
    assert filled.store.get(doc["id"])["case_summary"]["en"].endswith("Amended by the supervisor.")


def test_importing_the_same_file_again_changes_nothing_and_asks_nothing(window, monkeypatch, filled, tmp_path):
    path = tmp_path / "same.request.json"
    path.write_text(json.dumps(example(), ensure_ascii=False), encoding="utf-8")
    choose(monkeypatch, path)
    window.act_import.trigger()
    assert filled.store.count() == 4
    assert "already holds" in window.statusBar().currentMessage()


def drop(window, paths: list[Path]) -> QDragEnterEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    return enter


def test_dropping_files_onto_the_window_imports_them(qtbot, window, filled, tmp_path):
    enter = drop(window, [new_file(tmp_path)])
    assert enter.isAccepted()
    qtbot.waitUntil(lambda: filled.store.count() == 5)
    assert "77/2026" in visible_column(window, Column.NUMBER)


def test_dropping_a_bad_file_shows_the_error(qtbot, window, filled, tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("just some notes", encoding="utf-8")
    seen = when_modal(lambda box: box.accept())
    drop(window, [bad])
    qtbot.waitUntil(lambda: bool(seen))
    assert "notes.txt" in message_text(seen[0])
    assert filled.store.count() == 4


def test_export_writes_the_whole_request_file(monkeypatch, window, filled, tmp_path):
    target = tmp_path / "out" / "saved"
    target.parent.mkdir()
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *args: str(target))
    row = visible_column(window, Column.NUMBER).index("1/ПРИМЕР-2026")
    window.register.select_ids([window.model.request_id(row)])
    window.act_export_file.trigger()
    written = target.with_name("saved.request.json")
    assert load_request_file(written) == example()  # unknown keys ("example") included


def test_file_names_and_numbers_are_shown_as_text_never_as_markup(qtbot, monkeypatch, window, filled, tmp_path):
    from PySide6.QtWidgets import QLabel

    bad = tmp_path / "<b>{{ 7*7 }}<b>.request.json"
    bad.write_bytes(b"not json")
    choose(monkeypatch, bad)
    labels = []
    when_modal(lambda box: (labels.extend(l.text() for l in box.findChildren(QLabel) if l.textFormat() == Qt.TextFormat.PlainText), box.accept()))
    window.act_import.trigger()
    qtbot.waitUntil(lambda: bool(labels))
    assert any("<b>{{ 7*7 }}<b>.request.json" in text for text in labels)


def test_importing_into_an_empty_register_shows_whole_dates_and_statuses(qtbot, monkeypatch, make_window, services, tmp_path):
    window = make_window(services)  # empty: the columns know only their headings
    choose(monkeypatch, new_file(tmp_path))
    window.act_import.trigger()
    table = window.register.table
    for column in (Column.DATE, Column.STATUS, Column.DESIRED):
        assert table.columnWidth(int(column)) >= table.sizeHintForColumn(int(column)), column


def test_replacing_a_sent_request_from_a_file_is_refused_naming_the_file_and_keeps_its_text(qtbot, monkeypatch, window, filled, tmp_path):
    (sent,) = [r.id for r in filled.store.rows() if r.number == "4/2026"]
    before = filled.store.get(sent)
    doc = json.loads(json.dumps(before))
    doc["case_summary"]["en"] += " Amended after sending."
    path = tmp_path / "after-sending.request.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    choose(monkeypatch, path)
    errors: list = []
    when_modal(lambda box: (click_button(box, "Replace"), when_modal(lambda error: error.accept(), errors)))
    window.act_import.trigger()
    qtbot.waitUntil(lambda: bool(errors))
    text = message_text(errors[0])
    assert "Not imported" in text and f"{path}: " in text
    assert "“Sent”" in text and "can no longer change" in text and "Make a copy" in text
    assert filled.store.get(sent) == before
    assert not window.undo_stack.canUndo()
