"""The letterhead's requisites and emblem set in Settings reach the letters; the export dialog
makes the copy for the file, with the approval visa, while the original carries none."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import docx
from docx.oxml.ns import qn
from PySide6.QtWidgets import QDialogButtonBox

from requestdesk.ui import dialogs
from requestdesk.ui.export_dialog import ExportDialog
from requestdesk.ui.operations import new_document
from requestdesk.ui.register.state import Column
from requestdesk.ui.settings import Options
from requestdesk.ui.settings_dialog import SettingsDialog
from tests.shell.helpers import type_text, visible_column, when_modal


def _png(path: Path, size: int = 16) -> Path:
    raw = b"".join(b"\x00" + b"\xc0\x20\x20" * size for _ in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return path


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [document.element.body] + [h._element for s in document.sections for h in (s.header, s.first_page_header)]
    return "\n".join("".join(t.text or "" for t in part.iter(qn("w:t"))) for part in parts).replace("\u202f", " ")


def test_the_letterhead_set_in_settings_fills_new_requests(qtbot, monkeypatch, services, languages, tmp_path):
    emblem = _png(tmp_path / "emblem.png")
    monkeypatch.setattr(dialogs, "choose_open_files", lambda *args: [str(emblem)])  # the system's file dialog
    dialog = SettingsDialog(services, languages)
    qtbot.addWidget(dialog)
    dialog.state.setCurrentIndex(dialog.state.findData("KZ"))
    index = next(i for i in range(dialog.authority_pick.count()) if "Internal Affairs" in dialog.authority_pick.itemText(i))
    dialog.authority_pick.setCurrentIndex(index)
    dialog.authority_pick.activated.emit(index)
    fields = dialog.letterhead
    type_text(qtbot, fields.address["ru"], "пр. Тауелсиздик, 1, Астана")
    type_text(qtbot, fields.address["en"], "1 Tauelsizdik Ave., Astana")
    type_text(qtbot, fields.phone, "+7 7172 00-00-00")
    type_text(qtbot, fields.email, "office@example.kz")
    fields.choose.click()
    assert fields.emblem.text() == str(emblem)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    assert services.settings.get(Options.letterhead_emblem) == str(emblem)
    requesting = new_document(services)["requesting"]
    assert requesting["address"] == {"ru": "пр. Тауелсиздик, 1, Астана", "en": "1 Tauelsizdik Ave., Astana"}
    assert requesting["phone"] == "+7 7172 00-00-00" and requesting["email"] == "office@example.kz"


def test_the_emblem_can_be_removed(qtbot, services, languages, tmp_path):
    services.settings.set(Options.letterhead_emblem, str(_png(tmp_path / "e.png")))
    dialog = SettingsDialog(services, languages)
    qtbot.addWidget(dialog)
    dialog.letterhead.remove.click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert services.settings.get(Options.letterhead_emblem) == ""


def _export(qtbot, monkeypatch, window, target: Path, file_copy: bool) -> None:
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *args: str(target))
    row = visible_column(window, Column.NUMBER).index("1/ПРИМЕР-2026")
    window.register.select_ids([window.model.request_id(row)])

    def export(dialog: ExportDialog) -> None:
        assert dialog.file_copy.isEnabled() and not dialog.file_copy.isChecked()
        if file_copy:
            dialog.file_copy.click()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(export)
    window.act_export_document.trigger()
    qtbot.waitUntil(lambda: target.exists())


def test_the_file_copy_carries_the_visa_and_the_original_none(qtbot, monkeypatch, window, filled, tmp_path):
    emblem = _png(tmp_path / "emblem.png")
    filled.settings.set(Options.letterhead_emblem, str(emblem))
    original, copy = tmp_path / "original.docx", tmp_path / "copy.docx"
    _export(qtbot, monkeypatch, window, original, file_copy=False)
    _export(qtbot, monkeypatch, window, copy, file_copy=True)
    assert "Экземпляр для дела" not in _text(original) and "Text fingerprint" not in _text(original)
    assert "Экземпляр для дела / File copy" in _text(copy)
    assert "Отпечаток текста:" in _text(copy) and "Text fingerprint:" in _text(copy)
    # The emblem from the settings heads both.
    for path in (original, copy):
        assert list(docx.Document(str(path)).element.body.iter(qn("w:drawing")))


def test_the_checklist_has_no_file_copy_to_choose(qtbot, services, languages, complete_request):
    services.store.save(complete_request)
    dialog = ExportDialog(services, complete_request)
    qtbot.addWidget(dialog)
    dialog.document_buttons["checklist"].click()
    assert not dialog.file_copy.isEnabled()
    dialog.document_buttons["request"].click()
    assert dialog.file_copy.isEnabled()
