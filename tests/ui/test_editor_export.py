"""File > Export… from the editor exports the request as it is on screen."""

from __future__ import annotations

import docx
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from requestdesk.ui import dialogs
from tests.ui.helpers import type_text


def docx_text(path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_export_writes_the_document_with_the_latest_edit(qtbot, open_editor, complete_request, services, monkeypatch,
                                                          tmp_path):
    target = tmp_path / "out" / "request.docx"
    target.parent.mkdir()
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *_args: str(target))  # the system's file dialog
    window = open_editor(complete_request)
    number = window.steps[0].number
    number.setFocus()
    qtbot.keyClick(number, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, number, "99/2026")
    seen = []

    def accept_when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "exportDialog":
            QTimer.singleShot(20, accept_when_shown)
            return
        seen.append(dialog)
        QTimer.singleShot(0, open_the_folder)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    told = []
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile()) or True)

    def open_the_folder() -> None:
        """Once written, the editor says where and offers to open the document or its folder."""
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "writtenBox":
            QTimer.singleShot(20, open_the_folder)
            return
        told.append(box.informativeText())
        for button in box.buttons():
            if button.text() == "Open the folder":
                button.click()

    QTimer.singleShot(0, accept_when_shown)
    assert window.export_action in window.file_menu.actions()
    window.export_action.trigger()
    assert seen, "the export dialog was not shown"
    assert target.exists()
    assert told == [str(target)] and opened == [str(target.parent)]
    assert str(target) in window.statusBar().currentMessage()
    assert "99/2026" in docx_text(target)
    stored = services.store.get(complete_request["id"])
    assert stored["number"] == "99/2026"  # saved before the export
    assert stored["example"] is True  # a key this version does not know survives editing
    # Through the desk: the first save puts the request in the register ("created"), then
    # the document is logged "exported" with the fingerprint of the text it was made from.
    from requestdesk.domain.fingerprint import fingerprint
    from requestdesk.store.events import read_events

    kinds = [e.kind for e in services.store.read(read_events, complete_request["id"])]
    assert kinds == ["created", "exported"]
    exported = services.store.read(read_events, complete_request["id"])[-1]
    assert exported.data["file"] == "request.docx" and exported.data["fingerprint"] == fingerprint(stored)
