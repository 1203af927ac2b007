"""Supervisor review in the window: the checklist driven with real widgets, the officer's
view of a returned request, approval voided by an edit, the footer of an exported
document, and request packages between two data folders."""

from __future__ import annotations


import docx
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from requestdesk.ui.operations import desk_of
from requestdesk.domain.fingerprint import fingerprint, short_fingerprint
from requestdesk.domain.lifecycle import Status
from requestdesk.ui import dialogs
from requestdesk.ui.export_dialog import ExportDialog
from requestdesk.ui.register.model import Column
from requestdesk.ui.review.checklist_model import Column as Check
from requestdesk.ui.review.review_dialog import ReviewDialog
from tests.review.helpers import members, rewrite
from tests.shell.helpers import click_button, message_text, sit_officer, sit_supervisor, visible_column, when_modal
from tests.keyboard import type_text

NUMBER = "1/ПРИМЕР-2026"
COMMENT = "Опишите способ хищения подробнее"


def _select(window, number: str = NUMBER) -> str:
    row = visible_column(window, Column.NUMBER).index(number)
    request_id = window.model.request_id(row)
    window.register.select_ids([request_id])
    return request_id


def _status_cell(window, request_id: str, role=Qt.ItemDataRole.DisplayRole):
    row = window.model.row_of(request_id)
    return window.model.index(row, Column.STATUS).data(role)


def _review(qtbot, services, request_id: str) -> ReviewDialog:
    dialog = ReviewDialog(services, request_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _write_comment(qtbot, dialog: ReviewDialog, text: str) -> None:
    with qtbot.waitActive(dialog):
        dialog.activateWindow()  # the user works in the review window
    qtbot.mouseClick(dialog.comment_button, Qt.MouseButton.LeftButton)
    editor = dialog.table.viewport().findChild(QLineEdit)  # the cell's editor, open for typing
    assert editor is not None and editor.isVisible()
    type_text(editor, text)
    with qtbot.waitSignal(dialog.model.marked):  # Qt commits the cell after the key press
        qtbot.keyClick(editor, Qt.Key.Key_Return)


def _editor(qtbot, window, request_id: str):
    window.open_request(request_id)
    qtbot.waitUntil(lambda: request_id in window._editors)
    editor = window._editors[request_id]
    qtbot.waitExposed(editor)
    return editor


def _approve(qtbot, window, services, request_id: str) -> None:
    window.request_menu.submit(request_id)
    sit_supervisor(window, services)
    dialog = _review(qtbot, services, request_id)
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isHidden(), dialog.error.text()
    dialog.close()
    window._after_record(request_id)


def test_checklist_return_comment_fix_submit_approve(qtbot, window, filled):
    request_id = _select(window)
    window.request_menu.simple[Status.IN_REVIEW].trigger()
    assert filled.store.status(request_id) == "in_review"

    sit_supervisor(window, filled)
    dialog = _review(qtbot, filled, request_id)
    assert dialog.model.rowCount() == len(dialog.model.rows) > 7  # elements a–g and the other rules
    assert dialog.model.index(0, Check.ARTICLE).data() == "Art. 6(3)(a)"
    # Returning needs a reason: said in the dialog, in the interface language.
    qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)
    assert "mark a row as needing change or write a note" in dialog.error.text()
    assert filled.store.status(request_id) == "in_review"

    row = dialog.select_code("6.3.b")
    qtbot.mouseClick(dialog.needs_change_button, Qt.MouseButton.LeftButton)
    _write_comment(qtbot, dialog, COMMENT)
    assert dialog.model.index(row, Check.MARK).data() == "Needs change", dialog.error.text()
    assert dialog.model.index(row, Check.COMMENT).data() == COMMENT
    # Approval is refused while a row needs change.
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    assert "Art. 6(3)(b)" in dialog.error.text() and dialog.error.isVisible()
    qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)
    assert filled.store.status(request_id) == "returned"
    assert "returned for changes by" in dialog.last_decision.text()
    dialog.close()
    window._after_record(request_id)
    assert _status_cell(window, request_id).startswith("Returned")

    # The officer sees the comment on the step of the substance of the case.
    editor = _editor(qtbot, window, request_id)
    step = editor.step_for("case_summary")
    assert not step.review_banner.isHidden() and COMMENT in step.review_banner.text()
    assert editor.step_for("purpose").review_banner.isHidden()
    assert not editor.review_banner.isHidden()
    field = step.field_widget("case_summary.ru")
    assert field.toolTip() == COMMENT and step.field_widget("case_summary.en").toolTip() == COMMENT
    editor.navigate("case_summary.ru")
    field.moveCursor(field.textCursor().MoveOperation.End)
    type_text(field, " Средства похищены через поддельный сайт банка.")
    editor.autosaver.save_now()
    editor.submit_action.trigger()
    assert filled.store.status(request_id) == "in_review"
    assert step.review_banner.isHidden() and editor.review_banner.isHidden() and field.toolTip() != COMMENT
    editor.close()

    # The officer who edited it cannot approve it (four eyes, below); their supervisor does.
    sit_supervisor(window, filled, "Полковник С. С. Сидоров")
    dialog = _review(qtbot, filled, request_id)
    dialog.select_code("6.3.b")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isHidden(), dialog.error.text()
    assert filled.store.status(request_id) == "approved"
    assert "Approval valid" in dialog.state.text()
    window._after_record(request_id)
    assert "Approval valid" in _status_cell(window, request_id, Qt.ItemDataRole.ToolTipRole)


def test_an_edit_after_approval_voids_it_in_the_window(qtbot, window, filled):
    request_id = _select(window)
    _approve(qtbot, window, filled, request_id)
    assert filled.store.status(request_id) == "approved"
    editor = _editor(qtbot, window, request_id)
    assert editor.void_banner.isHidden()
    # An approved request opens for reading: a stray keystroke changes nothing.
    assert editor.read_only and not editor.read_only_bar.isHidden()
    assert editor.unlock_button.text() == "Edit (voids the approval)"
    field = editor.navigate("case_summary.en")
    approved_text = field.toPlainText()
    type_text(field, " Amended.")
    assert field.toPlainText() == approved_text and editor.session.doc["case_summary"]["en"] == approved_text
    assert filled.store.status(request_id) == "approved"
    # Editing is asked for explicitly.
    qtbot.mouseClick(editor.unlock_button, Qt.MouseButton.LeftButton)
    assert not editor.read_only and editor.read_only_bar.isHidden()
    field = editor.navigate("case_summary.en")
    type_text(field, " Amended.")
    editor.autosaver.save_now()
    assert not editor.void_banner.isHidden()
    assert "Approval voided by this change" in editor.void_banner.text()
    assert filled.store.status(request_id) == "in_review"
    qtbot.waitUntil(lambda: _status_cell(window, request_id).startswith("In review"))
    assert "Approval void" in _status_cell(window, request_id, Qt.ItemDataRole.ToolTipRole)
    # Undone back to the approved text, the approval holds again.
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.undo_action.trigger()
    assert editor.session.doc["case_summary"]["en"] == approved_text
    editor.autosaver.save_now()
    assert editor.void_banner.isHidden()
    assert filled.store.status(request_id) == "approved"
    assert "approval is valid again" in editor.statusBar().currentMessage()
    qtbot.waitUntil(lambda: _status_cell(window, request_id).startswith("Approved"))
    editor.close()


def test_a_signed_request_opens_for_reading_with_no_way_to_edit(qtbot, window, filled):
    request_id = _select(window)
    _approve(qtbot, window, filled, request_id)
    desk_of(filled).move(request_id, "signed")
    editor = _editor(qtbot, window, request_id)
    assert editor.read_only and "can no longer change" in editor.read_only_note.text()
    assert editor.unlock_button.isHidden() and not editor.unlock_action.isEnabled()
    field = editor.navigate("purpose.ru")
    before = field.toPlainText()
    type_text(field, "х")
    assert field.toPlainText() == before
    editor.close()


def _footer(path) -> str:
    document = docx.Document(str(path))
    return "\n".join(p.text for section in document.sections for p in section.footer.paragraphs)


def test_the_file_copy_and_checklist_carry_the_approval_the_original_none(qtbot, monkeypatch, window, filled, tmp_path):
    request_id = _select(window)
    _approve(qtbot, window, filled, request_id)
    short = short_fingerprint(fingerprint(filled.store.get(request_id)))
    for name, document, file_copy in (("original", "request", False), ("copy", "request", True), ("checklist", "checklist", False)):
        target = tmp_path / f"{name}.docx"
        monkeypatch.setattr(dialogs, "choose_save_file", lambda *args, t=target: str(t))

        def export(dialog: ExportDialog, file_copy=file_copy) -> None:
            dialog.file_copy.setChecked(file_copy)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        when_modal(export)
        window.export_document_of(request_id, document)
        qtbot.waitUntil(target.exists)
    original = _everything(tmp_path / "original.docx")
    assert short not in original and "Approved" not in original and "Согласован" not in original
    copy = _everything(tmp_path / "copy.docx")
    assert short in copy and "Approved by" in copy and "Согласован" in copy
    footer = _footer(tmp_path / "checklist.docx")
    assert short in footer and "Approved by" in footer and "Согласован" in footer
    body = "\n".join(c.text for t in docx.Document(str(tmp_path / "checklist.docx")).tables for r in t.rows for c in r.cells)
    assert "Approved" in body and "Sent for review" in body  # the event log's table


def _everything(path) -> str:
    from docx.oxml.ns import qn

    document = docx.Document(str(path))
    parts = [document.element.body] + [p._element for s in document.sections
                                       for p in (s.header, s.first_page_header, s.footer, s.first_page_footer)]
    return "\n".join("".join(t.text or "" for t in part.iter(qn("w:t"))) for part in parts)


def test_packages_between_two_data_folders_with_a_conflict_kept_both(qtbot, monkeypatch, window, filled, make_window, tmp_path):
    from requestdesk.ui.services import Services
    from tests.shell.helpers import NOW
    from requestdesk.domain.timeutil import FixedClock

    request_id = _select(window)
    window.request_menu.submit(request_id)
    sit_officer(window, filled, tmp_path / "second")  # the second workstation trusts the officer's key
    package = tmp_path / "to-supervisor.requestpkg"
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *args: str(package))
    window.act_export_package.trigger()
    assert package.exists() and "Package written" in window.statusBar().currentMessage()

    second = Services.open(tmp_path / "second", clock=FixedClock(NOW))
    try:
        other = make_window(second)
        monkeypatch.setattr(dialogs, "choose_open_files", lambda *args: [str(package)])
        other.act_import_package.trigger()
        assert second.store.count() == 1 and second.store.status(request_id) == "in_review"
        assert second.store.get(request_id) == filled.store.get(request_id)

        # Both sides go on: the supervisor marks a row here, the officer edits and packs again.
        from requestdesk.ui.review.operations import review_for

        review_for(second).mark(request_id, "6.3.b", "needs_change", "Уточните")
        doc = filled.store.get(request_id)
        doc["other_information"] = {"ru": "Дополнение", "en": "Addition"}
        review_for(filled).save(doc)
        window.act_export_package.trigger()
        seen = when_modal(lambda box: click_button(box, "Keep both"))
        imported = other.import_packages([package])
        assert seen and "has events the package lacks" in message_text(seen[0])
        assert second.store.count() == 2 and len(imported) == 1
        assert imported[0].request_id != request_id
        assert second.store.get(imported[0].request_id)["other_information"]["ru"] == "Дополнение"
        assert "other_information" not in second.store.get(request_id) or \
            second.store.get(request_id)["other_information"] != doc["other_information"]  # nothing overwritten
        assert review_for(second).marks(request_id)[0].comment == "Уточните"

        # Cancel changes nothing.
        seen = when_modal(lambda box: click_button(box, "Cancel"))
        assert other.import_packages([package]) == []
        assert second.store.count() == 2
    finally:
        for w in QApplication.topLevelWidgets():
            if getattr(w, "services", None) is second:
                w.close()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        second.close()


def test_a_tampered_package_is_refused_with_its_reason_and_changes_nothing(qtbot, window, filled, make_window, tmp_path):
    request_id = _select(window)
    package = tmp_path / "p.requestpkg"
    from requestdesk.ui.review.package_files import export_package

    sit_officer(window, filled)
    assert export_package(window, filled, request_id, package) == package
    original = members(package)["request.json"]
    at = original.index(b'"date": "2026') + len(b'"date": "202')
    tampered = rewrite(package, tmp_path / "t.requestpkg", {"request.json": original[:at] + b"7" + original[at + 1 :]})
    before = {r.id: filled.store.get(r.id) for r in filled.store.rows()}
    seen = when_modal(lambda box: box.accept())
    assert window.import_packages([tampered]) == []
    assert seen and "refused" in seen[0].text()
    assert "request was altered" in seen[0].informativeText()
    assert {r.id: filled.store.get(r.id) for r in filled.store.rows()} == before


def test_files_attached_in_the_editor_are_listed_and_named_in_the_enclosure_line(qtbot, window, filled, tmp_path):
    from requestdesk.ui.editor.enclosure_files import EnclosureFiles
    from tests.review.helpers import make_pdf

    request_id = _select(window)
    scan = tmp_path / "Протокол осмотра.pdf"
    scan.write_bytes(make_pdf(3))
    editor = _editor(qtbot, window, request_id)
    step = editor.step_for("attachments")
    editor.go_to_step(editor.steps.index(step))
    files: EnclosureFiles = step.files
    before = len(editor.session.get("attachments") or [])
    seen = when_modal(lambda box: box.button(box.StandardButton.Yes).click())
    files.attach(scan)
    assert files.busy() and not files.progress.isHidden()  # the editor stays live while the file is read
    qtbot.waitUntil(lambda: files.model.rowCount() == 1 and not files.busy(), timeout=10000)
    qtbot.waitUntil(lambda: bool(seen))
    assert "Протокол осмотра.pdf" in seen[0].text() and "3 pages" in seen[0].text()
    assert [files.model.index(0, c).data() for c in (0, 1, 3)] == ["Протокол осмотра.pdf", "PDF", "3"]
    added = editor.session.get("attachments")[before]
    # A Cyrillic file name is the Russian title only: the English one is the officer's to write.
    assert added["title"] == {"ru": "Протокол осмотра.pdf", "en": ""} and added["pages"] == 3

    files.table.selectRow(0)
    copy = files.save_selected(tmp_path / "copy.pdf")
    assert copy.read_bytes() == scan.read_bytes()
    qtbot.mouseClick(files.remove_button, Qt.MouseButton.LeftButton)
    assert files.model.rowCount() == 0
    editor.close()


def test_an_unfit_file_is_refused_in_the_users_language(qtbot, window, filled, tmp_path):
    request_id = _select(window)
    text = tmp_path / "notes.txt"
    text.write_text("plain text")
    editor = _editor(qtbot, window, request_id)
    files = editor.step_for("attachments").files
    seen = when_modal(lambda box: box.accept())
    files.attach(text)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert "not attached" in seen[0].text() and "notes.txt" in seen[0].informativeText()
    assert files.model.rowCount() == 0 and not files.busy()
    editor.close()


def test_the_review_window_follows_the_interface_language(qtbot, window, filled, languages):
    request_id = _select(window)
    window.request_menu.submit(request_id)
    sit_supervisor(window, filled)
    dialog = _review(qtbot, filled, request_id)
    try:
        languages.apply("ru")
        qtbot.waitUntil(lambda: dialog.approve_button.text().replace("&", "") == "Согласовать")
        assert dialog.model.headerData(Check.ARTICLE, Qt.Orientation.Horizontal) == "Статья"
        assert dialog.model.index(0, Check.ARTICLE).data() == "подп. «а» п. 3 ст. 6"
        assert dialog.model.index(0, Check.MARK).data() == "Не отмечено"
        qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)  # refused or not, said in Russian
        assert dialog.state.text().startswith("Статус:")
    finally:
        languages.apply("en")
    qtbot.waitUntil(lambda: dialog.approve_button.text().replace("&", "") == "Approve")


def test_the_history_names_review_events_and_reports_an_altered_log(qtbot, window, filled):
    from requestdesk.ui.tracking.history import HistoryDialog
    from requestdesk.ui.qt import workstation_zone
    from requestdesk.ui.operations import desk_of

    request_id = _select(window)
    _approve(qtbot, window, filled, request_id)
    tracker = desk_of(filled)
    dialog = HistoryDialog(tracker, request_id, workstation_zone())
    qtbot.addWidget(dialog)
    what = [dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())]
    assert what == ["Sent for review", "Approved"]
    details = dialog.model.index(1, 3).data()
    assert "In review → Approved" in details and short_fingerprint(fingerprint(filled.store.get(request_id))) in details
    assert dialog.integrity.text() == "The log is intact."
    # An event changed outside the program is reported.
    filled.store._db.execute("UPDATE events SET user = 'someone else' WHERE request_id = ? AND seq = 1", (request_id,))
    altered = HistoryDialog(tracker, request_id, workstation_zone())
    qtbot.addWidget(altered)
    assert "event 1 was altered" in altered.integrity.text()


def test_a_package_dropped_on_the_register_is_imported(qtbot, window, filled, make_window, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from requestdesk.domain.timeutil import FixedClock
    from requestdesk.ui.review.package_files import export_package
    from requestdesk.ui.services import Services
    from tests.shell.helpers import NOW

    request_id = _select(window)
    sit_officer(window, filled, tmp_path / "second")
    package = export_package(window, filled, request_id, tmp_path / "dropped.requestpkg")
    second = Services.open(tmp_path / "second", clock=FixedClock(NOW))
    try:
        other = make_window(second)
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(package))])
        drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        other.dropEvent(drop)
        qtbot.waitUntil(lambda: second.store.count() == 1)
        assert second.store.get(request_id) == filled.store.get(request_id)
        assert other.register.selected_ids() == [request_id]
    finally:
        for w in QApplication.topLevelWidgets():
            if getattr(w, "services", None) is second:
                w.close()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        second.close()


def test_attaching_a_file_to_an_approved_request_voids_the_approval_visibly(qtbot, window, filled, tmp_path):
    from tests.review.helpers import make_pdf

    request_id = _select(window)
    _approve(qtbot, window, filled, request_id)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(make_pdf(1))
    editor = _editor(qtbot, window, request_id)
    files = editor.step_for("attachments").files
    when_modal(lambda box: box.button(box.StandardButton.No).click())
    files.attach(scan)
    qtbot.waitUntil(lambda: not editor.void_banner.isHidden(), timeout=10000)
    assert filled.store.status(request_id) == "in_review"
    assert len(editor.session.get("attachments") or []) == len(filled.store.get(request_id).get("attachments") or [])
    editor.close()


def test_an_officer_with_a_supervisor_key_cannot_approve_his_own_request_in_the_window(qtbot, window, filled):
    """The officer also holds a supervisor's key trusted here, writes a request and tries
    to approve it himself in the review window: refused, said in the window, nothing written."""
    from requestdesk.ui.operations import desk_of
    from requestdesk.ui.settings import Options
    from tests.shell.helpers import variant
    from tests.signers import trusted_supervisor

    officer = "Ст. лейтенант И. И. Иванов"
    filled.settings.set(Options.default_executor, {"name": {"ru": officer, "en": officer}})
    doc = variant("77/SELF-2026", ru="Хищение денежных средств", en="Theft of funds")
    desk = desk_of(filled)
    desk.create(doc)
    desk.submit(doc["id"])
    own_key = trusted_supervisor(filled.store.path.parent, "Подполковник И. И. Иванов")
    window.identity_menu.identity.hold(own_key)
    events_before = len(desk.request_log(doc["id"]).events)
    dialog = _review(qtbot, filled, doc["id"])
    for button in (dialog.approve_button, dialog.return_button):
        dialog.note.setPlainText("Согласовано")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert dialog.error.isVisible() and "four eyes" in dialog.error.text(), dialog.error.text()
    assert filled.store.status(doc["id"]) == "in_review"
    assert len(desk.request_log(doc["id"]).events) == events_before
    assert "Approval valid" not in dialog.state.text()
