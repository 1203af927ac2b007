"""The register with the other windows: new and opened requests go to the editor; documents are exported."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from requestdesk.ui import dialogs
from requestdesk.ui.editor.window import EditorWindow
from requestdesk.ui.export_dialog import ExportDialog
from requestdesk.ui.register.state import Column
from requestdesk.ui.settings import Options
from tests.shell.helpers import type_text, visible_column, when_modal


def docx_text(path: Path) -> str:
    """The XML of every part of a DOCX: body, headers, footers (where a draft mark may be)."""
    with zipfile.ZipFile(path) as docx:
        return "".join(docx.read(n).decode("utf-8") for n in docx.namelist() if n.startswith("word/") and n.endswith(".xml"))


def editors() -> list[EditorWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, EditorWindow) and w.isVisible()]


def close_editors() -> None:
    for editor in editors():
        editor.close()


def test_new_request_is_saved_with_the_defaults_and_opened_in_the_editor(qtbot, window, filled):
    own = {"state": "KZ", "authority": {"ru": "Министерство внутренних дел Республики Казахстан",
                                        "en": "Ministry of Internal Affairs of the Republic of Kazakhstan"},
           "subdivision": {"ru": "", "en": ""}, "time_zone": "Asia/Almaty"}
    filled.settings.set(Options.own_authority, own)
    try:
        window.act_new.trigger()
        qtbot.waitUntil(lambda: len(editors()) == 1)
        (editor,) = editors()
        request_id = editor.session.doc["id"]
        assert filled.store.get(request_id)["requesting"] == own
        assert window.register.selected_ids() == [request_id]
        assert filled.store.count() == 5

        # What the officer types in the editor reaches the register once the editor saves.
        type_text(qtbot, editor.steps[0].number, "15/2026-К")
        editor.save_action.trigger()
        qtbot.waitUntil(lambda: "15/2026-К" in visible_column(window, Column.NUMBER))
    finally:
        close_editors()
    qtbot.waitUntil(lambda: not window._editors)


def test_opening_a_request_twice_shows_one_editor(qtbot, window, filled):
    row = visible_column(window, Column.NUMBER).index("4/2026")
    request_id = window.model.request_id(row)
    try:
        window.register.select_ids([request_id])
        window.act_open.trigger()
        window.open_request(request_id)
        qtbot.waitUntil(lambda: len(editors()) == 1)
        assert editors()[0].session.doc == filled.store.get(request_id)
        # A sent request is never deleted under its editor: Delete archives it, and the
        # text the editor shows stays (a draft's editor refuses the delete: test_register).
        window.act_delete.trigger()
        assert filled.store.is_archived(request_id) and filled.store.get(request_id) == editors()[0].session.doc
    finally:
        close_editors()


def test_export_from_the_register_writes_a_docx(qtbot, monkeypatch, window, filled, tmp_path):
    target = tmp_path / "request.docx"
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *args: str(target))
    row = visible_column(window, Column.NUMBER).index("1/ПРИМЕР-2026")
    window.register.select_ids([window.model.request_id(row)])
    seen = []

    def export(dialog: ExportDialog) -> None:
        seen.append((dialog.summary.text(), dialog.draft.isEnabled(), dialog.layout_choice))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(export)
    window.act_export_document.trigger()
    qtbot.waitUntil(lambda: target.exists())
    ((summary, can_choose_draft, layout),) = seen
    assert summary.startswith(("The check found", "No errors"))
    assert layout == "parallel"
    body = docx_text(target)
    assert "1/ПРИМЕР-2026" in body
    assert ("ПРОЕКТ / DRAFT" in body) == (not can_choose_draft)
    assert "Document written" in window.statusBar().currentMessage()


def test_a_request_with_errors_is_exported_only_as_a_draft(qtbot, monkeypatch, window, filled, tmp_path):
    doc = filled.store.get(window.model.request_id(visible_column(window, Column.NUMBER).index("4/2026")))
    doc["case_summary"] = {"ru": "", "en": ""}
    filled.store.save(doc)
    window.register.reload()
    window.register.select_ids([doc["id"]])
    target = tmp_path / "draft.docx"
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *args: str(target))
    seen = []

    def export(dialog: ExportDialog) -> None:
        seen.append((dialog.draft.isChecked(), dialog.draft.isEnabled(), dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text(),
                     [dialog.findings.item(i).text() for i in range(dialog.findings.count())]))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(export)
    window.act_export_document.trigger()
    qtbot.waitUntil(lambda: target.exists())
    ((checked, enabled, button, findings),) = seen
    assert checked and not enabled
    assert button == "Export as draft (ПРОЕКТ / DRAFT)…"
    assert any(text.startswith("Error:") and "6" in text for text in findings)
    assert "ПРОЕКТ / DRAFT" in docx_text(target)


def test_an_export_error_is_shown_in_the_interface_language(qtbot, monkeypatch, window, languages, filled, tmp_path):
    languages.set_language("ru")
    missing = tmp_path / "no-such-folder" / "x.docx"
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *args: str(missing))
    row = visible_column(window, Column.NUMBER).index("1/ПРИМЕР-2026")
    window.register.select_ids([window.model.request_id(row)])
    boxes = []

    def first(dialog) -> None:
        boxes.append(dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        when_modal(lambda box: (boxes.append(box), box.accept()))

    when_modal(first)
    window.act_export_document.trigger()
    qtbot.waitUntil(lambda: len(boxes) == 2)
    error = boxes[1]
    assert error.text() == "Документ не записан."
    assert "не существует" in error.informativeText() and "no-such-folder" in error.informativeText()
    assert not missing.exists()


def test_drafts_left_by_a_crash_are_offered_and_reopened_from_the_register(qtbot, window, filled):
    from tests.shell.helpers import example

    doc = example()
    doc["number"] = "1/ПРИМЕР-2026-изм"
    drafts = filled.data_dir / "drafts"
    drafts.mkdir(exist_ok=True)
    (drafts / f"{doc['id']}.request.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    seen = when_modal(lambda box: next(b for b in box.buttons() if b.text().replace("&", "") == "Recover").click())
    try:
        window.recover_drafts()
        assert seen and "did not close normally" in seen[0].text()
        qtbot.waitUntil(lambda: doc["id"] in window._editors)
        editor = window._editors[doc["id"]]
        assert editor.session.doc["number"] == "1/ПРИМЕР-2026-изм"
    finally:
        close_editors()
    # Closing the recovered editor saves it, and the register shows the recovered work.
    qtbot.waitUntil(lambda: "1/ПРИМЕР-2026-изм" in visible_column(window, Column.NUMBER))
