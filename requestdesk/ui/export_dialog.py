"""Exporting a request as a DOCX document: which document, which layout, and the check first."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from requestdesk.documents.export import ExportError, export_document
from requestdesk.domain.check import CheckResult
from requestdesk.domain.findings import Severity
from requestdesk.store.export_record import export_record
from requestdesk.ui import dialogs
from requestdesk.ui.i18n import current_language
from requestdesk.ui.services import Services
from requestdesk.ui.settings import Options
from requestdesk.ui.qt import named, note_label
from requestdesk.ui.window_fit import fit_to_screen

DOCUMENTS = ("request", "confirmation", "checklist")
LAYOUTS = ("parallel", "sequential")
translate = QCoreApplication.translate
# Only these need a written confirmation document (Art. 6(2)).
CONFIRMED_CHANNELS = ("oral", "technical")


class ExportDialog(QDialog):
    def __init__(self, services: Services, doc: dict[str, Any], parent: QWidget | None = None, document: str = "request"):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.doc = doc
        # Not `result`: that is QDialog.result(), the code the dialog was closed with.
        self.check_result: CheckResult = services.store.check(doc)

        self.document_box = QGroupBox()
        self.documents = QButtonGroup(self)
        self.document_buttons: dict[str, QRadioButton] = {}
        box_layout = QVBoxLayout(self.document_box)
        self.confirmation_note = note_label()
        self.confirmation_note.setIndent(22)
        for i, key in enumerate(DOCUMENTS):
            button = named(QRadioButton(), f"document_{key}")
            self.documents.addButton(button, i)
            self.document_buttons[key] = button
            box_layout.addWidget(button)
            if key == "confirmation":
                box_layout.addWidget(self.confirmation_note)
        can_confirm = self.check_result.request.transmission.channel in CONFIRMED_CHANNELS
        self.document_buttons["confirmation"].setEnabled(can_confirm)
        self.confirmation_note.setVisible(not can_confirm)
        chosen = self.document_buttons.get(document, self.document_buttons["request"])
        (chosen if chosen.isEnabled() else self.document_buttons["request"]).setChecked(True)

        self.layout_box = QGroupBox()
        self.layouts = QButtonGroup(self)
        self.layout_buttons: dict[str, QRadioButton] = {}
        layout_layout = QVBoxLayout(self.layout_box)
        for i, key in enumerate(LAYOUTS):
            button = named(QRadioButton(), f"layout_{key}")
            self.layouts.addButton(button, i)
            self.layout_buttons[key] = button
            layout_layout.addWidget(button)
        preferred = services.settings.get(Options.document_layout)
        self.layout_buttons[preferred if preferred in LAYOUTS else "parallel"].setChecked(True)

        self.summary = note_label("checkSummary")
        self.findings = named(QListWidget(), "findings")
        self.findings.setWordWrap(True)
        self.findings.setAlternatingRowColors(True)
        self.draft = named(QCheckBox(), "draft")
        self.draft_note = note_label("draftNote")
        # The original goes abroad without internal marks; the copy kept in the file carries the visa.
        self.file_copy = named(QCheckBox(), "fileCopy")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        main = QVBoxLayout(self)
        main.addWidget(self.document_box)
        main.addWidget(self.layout_box)
        main.addWidget(self.summary)
        main.addWidget(self.findings, 1)
        main.addWidget(self.file_copy)
        main.addWidget(self.draft)
        main.addWidget(self.draft_note)
        main.addWidget(self.buttons)

        self.documents.idToggled.connect(lambda *_: self._update())
        self.draft.toggled.connect(lambda *_: self._update())
        fit_to_screen(self, "export", QSize(620, 560))
        self.retranslate()

    @property
    def document(self) -> str:
        return DOCUMENTS[self.documents.checkedId()]

    @property
    def layout_choice(self) -> str:
        return LAYOUTS[self.layouts.checkedId()]

    @property
    def must_be_draft(self) -> bool:
        # The checklist shows the findings: it is produced whatever they are.
        return bool(self.check_result.errors) and self.document != "checklist"

    def _update(self) -> None:
        forced = self.must_be_draft
        if forced:
            self.draft.setChecked(True)
        self.draft.setEnabled(not forced)
        self.draft_note.setVisible(forced)
        self.layout_box.setEnabled(self.document != "checklist")
        self.file_copy.setEnabled(self.document != "checklist")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Export as draft (ПРОЕКТ / DRAFT)…") if self.draft.isChecked() else self.tr("Export…"))

    def _fill_findings(self) -> None:
        lang = current_language()
        self.findings.clear()
        ordered = sorted(self.check_result.findings, key=lambda f: f.severity is not Severity.ERROR)
        for finding in ordered:
            mark = self.tr("Error") if finding.is_error else self.tr("Warning")
            item = QListWidgetItem(f"{mark}: {finding.message(lang)}")
            item.setToolTip(f"{finding.code} · {finding.field}")
            if finding.is_error:
                item.setForeground(QColor("#b3261e"))
            self.findings.addItem(item)
        self.findings.setVisible(bool(ordered))
        errors, warnings = len(self.check_result.errors), len(self.check_result.warnings)
        if not errors and not warnings:
            self.summary.setText(self.tr("The check found nothing to correct: the request is ready for signature."))
        elif not errors:
            self.summary.setText(self.tr("No errors; %n warning(s) for the reviewer to look at.", "", warnings))
        else:
            text = self.tr("The check found %n error(s)", "", errors)
            if warnings:
                text += self.tr(" and %n warning(s)", "", warnings)
            self.summary.setText(text + ".")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export document"))
        self.document_box.setTitle(self.tr("Document"))
        self.document_buttons["request"].setText(self.tr("Request for assistance (Art. 6)"))
        self.document_buttons["confirmation"].setText(self.tr("Written confirmation of an urgent request (Art. 6(2))"))
        self.document_buttons["checklist"].setText(self.tr("Checklist for the reviewer (every finding of the check)"))
        self.confirmation_note.setText(self.tr(
            "A written confirmation is made for a request transmitted orally or by technical means; "
            "this request's transmission is not one of those."
        ))
        self.layout_box.setTitle(self.tr("Layout"))
        self.layout_buttons["parallel"].setText(self.tr("Russian and English side by side"))
        self.layout_buttons["sequential"].setText(self.tr("Russian text, then English text"))
        self.draft.setText(self.tr("Mark every page ПРОЕКТ / DRAFT"))
        self.file_copy.setText(self.tr("Copy for the file: with the approval visa and the text's fingerprint"))
        self.file_copy.setToolTip(self.tr("The original that is signed and sent carries no internal marks."))
        self.draft_note.setText(self.tr(
            "Errors remain: the request may not be signed as it is, so it can only be exported as a draft. "
            "Correct the errors in the editor to export the final document."
        ))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._fill_findings()
        self._update()


# The document's word in a file name, in the interface language.
_FILE_WORDS = {
    "ru": {"request": "запрос", "confirmation": "подтверждение", "checklist": "перечень-проверки", "file_copy": "экземпляр-для-дела"},
    "en": {"request": "request", "confirmation": "confirmation", "checklist": "checklist", "file_copy": "file-copy"},
}


def suggested_document_name(doc: dict[str, Any], document: str, lang: str | None = None, *, file_copy: bool = False) -> str:
    words = _FILE_WORDS.get(lang or current_language(), _FILE_WORDS["en"])
    word = words.get(document, document)
    number = value if isinstance(value := doc.get("number"), str) else ""
    stem = re.sub(r'[\\/:*?"<>|\s]+', "_", number).strip("._") or f"{words['request']}-{str(doc.get('id', ''))[:8]}"
    return f"{stem}-{word}{'-' + words['file_copy'] if file_copy else ''}.docx"


def export_request(
    parent: QWidget | None, services: Services, doc: dict[str, Any], document: str = "request"
) -> Path | None:
    """Asks what to export (`document` chosen first) and where, writes the DOCX; the path
    written, or None when cancelled or failed."""
    dialog = ExportDialog(services, doc, parent, document)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    folder = services.settings.get(Options.last_folder)
    start = Path(folder) if folder and Path(folder).is_dir() else Path.home()
    chosen = dialogs.choose_save_file(
        parent,
        dialog.windowTitle(),
        str(start / suggested_document_name(doc, dialog.document, file_copy=dialog.file_copy.isEnabled() and dialog.file_copy.isChecked())),
        translate("ExportDialog", "Word documents (*.docx)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".docx":
        path = path.with_name(path.name + ".docx")
    emblem = services.settings.get(Options.letterhead_emblem)
    file_copy = dialog.file_copy.isEnabled() and dialog.file_copy.isChecked()
    from requestdesk.app import ExportBlocked
    from requestdesk.store.requests import StoreError
    from requestdesk.ui.operations import desk_of

    desk = desk_of(services)
    try:
        if desk.stored(str(doc.get("id", ""))) is not None:
            # A request of the register: made through the desk, which logs it "exported".
            desk.export(doc["id"], path, document=dialog.document, layout=dialog.layout_choice,
                        draft=dialog.draft.isChecked(), file_copy=file_copy, emblem=Path(emblem) if emblem else None,
                        initiator=parent)
        else:
            export_document(
                doc, dialog.check_result, path, document=dialog.document, layout=dialog.layout_choice,
                draft=dialog.draft.isChecked(), review=export_record(services.store, doc), file_copy=file_copy,
                emblem=Path(emblem) if emblem else None,
            )
    except ExportBlocked:
        dialogs.show_error(parent, dialog.windowTitle(), translate("ExportDialog", "The document was not written."),
                           translate("ExportDialog", "The check found errors: export it as a draft, or correct the "
                                                     "errors in the editor first."))
        return None
    except (ExportError, StoreError) as exc:
        dialogs.show_error(
            parent, dialog.windowTitle(), translate("ExportDialog", "The document was not written."), exc.message(current_language())
        )
        return None
    services.settings.set(Options.last_folder, str(path.parent))
    return path
