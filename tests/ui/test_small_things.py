"""Small things an officer notices: an attached file's title, a typed cell time, file sizes."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt

from requestdesk.domain.formatting import format_size
from requestdesk.editing import attachment_for_file, language_of_name
from requestdesk.store.enclosures import Enclosure
from tests.ui.test_editor_flow import type_cell
from tests.ui.test_forms_by_hand import assistance_with_a_form


def enclosure(name: str) -> Enclosure:
    return Enclosure("r", "0" * 64, 0, name, "application/pdf", 9420, 3, datetime(2026, 11, 26, tzinfo=timezone.utc), "x")


def test_an_attached_file_names_the_enclosure_in_its_own_language_only(qtbot, open_editor):
    window = open_editor()
    step = window.step_for("attachments")
    window.go_to_step(window.steps.index(step))
    for name, title in (("Выписка по счету.pdf", {"ru": "Выписка по счету.pdf", "en": ""}),
                        ("bank statement.pdf", {"ru": "", "en": "bank statement.pdf"}),
                        ("0042.pdf", {"ru": "0042.pdf", "en": "0042.pdf"})):
        row = step.add_file_to_line(enclosure(name))
        assert window.session.doc["attachments"][row]["title"] == title
        assert window.session.doc["attachments"][row]["pages"] == 3
    assert language_of_name("Скан_scan.pdf") == "ru" and language_of_name("Statement_Фото.jpg") == "en"
    assert attachment_for_file("2026.pdf", None)["title"] == {"ru": "2026.pdf", "en": "2026.pdf"}


def test_a_cell_takes_the_time_as_typed_and_says_how_when_it_cannot(qtbot, open_editor):
    window = open_editor()
    step = assistance_with_a_form(qtbot, window, "b")
    qtbot.mouseClick(step.add_identifier_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, step.identifiers, 0, 2, "20.10.26 14:35")
    stored = window.session.doc["assistance"][0]["identifiers"][0]["from"]
    assert stored.startswith("2026-10-20T14:35:00")
    type_cell(qtbot, step.identifiers, 0, 3, "20.10.2026 25:99")
    tip = step.identifiers_model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "20/10/2026 14:30" in tip and "ISO" not in tip


def test_file_sizes_are_written_each_languages_way():
    assert format_size(9420, "ru") == "9,2 кБ"
    assert format_size(9420, "en") == "9.2 kB"
    assert format_size(131072, "ru") == "128 кБ"
    assert format_size(512, "en") == "512 bytes" and format_size(512, "ru") == "512 байт"
    assert format_size(5 * 1024 * 1024, "ru").endswith("МБ")


def test_long_names_offered_while_typing_keep_their_distinguishing_end(qtbot, open_editor):
    from tests.ui.helpers import choose, type_text

    window = open_editor()
    window.go_to_step(1)
    box = window.steps[1].boxes["requesting"]
    choose(qtbot, box.state, "RU")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = box.authority.editor("ru")
    editor.setFocus()
    type_text(qtbot, editor, "Упр")
    popup = editor.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    rows = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert any(r.endswith("по Приморскому краю") for r in rows) and any(r.endswith("по Новосибирской области") for r in rows)
    assert popup.textElideMode() == Qt.TextElideMode.ElideMiddle  # a cut keeps «… по Приморскому краю»
