"""Sending a request with errors for review, and what the supervisor reads beside the checklist."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from PySide6.QtCore import Qt

from requestdesk.documents.export import render_document
from requestdesk.store.events import read_events
from requestdesk.ui.review.review_dialog import ReviewDialog
from tests.keyboard import type_text
from tests.shell.helpers import example, when_modal

EXAMPLE_ID = example()["id"]


def spaces(text: str) -> str:
    """Text with its no-break spaces as plain ones (the text view shows them alike)."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def _editor(qtbot, window, request_id: str):
    window.open_request(request_id)
    editor = window._editors[request_id]
    qtbot.waitExposed(editor)
    return editor


def test_a_request_with_errors_goes_to_review_only_with_a_note(qtbot, window, filled):
    broken = example()
    broken["purpose"] = {"ru": "", "en": ""}  # Art. 6(3)(c): an error
    filled.store.save(broken)
    editor = _editor(qtbot, window, EXAMPLE_ID)
    said = {}

    def cancel(dialog) -> None:
        said["errors"] = [dialog.errors.item(i).text() for i in range(dialog.errors.count())]
        said["intro"] = dialog.intro.text()
        dialog.reject()

    when_modal(cancel)
    assert editor.submit_for_review() is False
    assert filled.store.status(EXAMPLE_ID) == "draft"
    assert said["errors"] and any("6" in e and "purpose" in e.lower() for e in said["errors"])
    assert "error" in said["intro"] and "note" in said["intro"]

    def send_with_note(dialog) -> None:
        qtbot.mouseClick(dialog.send, Qt.MouseButton.LeftButton)  # no note yet: refused
        said["refused"] = dialog.problem.text()
        assert dialog.isVisible()
        type_text(dialog.note, "Как сформулировать цель?")
        qtbot.mouseClick(dialog.send, Qt.MouseButton.LeftButton)

    when_modal(send_with_note)
    assert editor.submit_for_review() is True
    assert "Write the note first" in said["refused"]
    assert filled.store.status(EXAMPLE_ID) == "in_review"
    submitted = [e for e in read_events(filled.store._db, EXAMPLE_ID) if e.kind == "submitted"][-1]
    assert submitted.data["note"] == "Как сформулировать цель?"
    editor.close()


def test_a_complete_request_is_submitted_without_a_question(qtbot, window, filled):
    editor = _editor(qtbot, window, EXAMPLE_ID)
    assert editor.submit_for_review() is True
    assert filled.store.status(EXAMPLE_ID) == "in_review"
    editor.close()


def test_the_supervisor_reads_the_request_in_both_languages_and_the_document_as_it_prints(qtbot, filled, languages):
    filled.store.save(example(), status="in_review")
    dialog = ReviewDialog(filled, EXAMPLE_ID)
    qtbot.addWidget(dialog)
    dialog.show()
    doc = filled.store.get(EXAMPLE_ID)
    assert dialog.tabs.count() == 3 and dialog.tabs.tabText(1) == "The request (Russian and English)"
    dialog.tabs.setCurrentIndex(1)
    text = dialog.request_view.toPlainText()
    for lang in ("ru", "en"):
        assert doc["case_summary"][lang][:60] in text
        assert doc["purpose"][lang][:40] in text
    assert dialog.request_view.isReadOnly()

    dialog.tabs.setCurrentIndex(2)
    preview = spaces(dialog.preview.toPlainText())
    printed = docx.Document(io.BytesIO(render_document(doc, filled.store.check(doc), Path("request.docx"))))
    paragraphs = [p.text for p in printed.paragraphs if p.text.strip()]
    cells = [c.text for t in printed.tables for r in t.rows for c in r.cells if c.text.strip()]
    for line in (paragraphs + cells)[:40]:
        for part in line.split("\n"):
            assert spaces(part.strip()[:50]) in preview, part
