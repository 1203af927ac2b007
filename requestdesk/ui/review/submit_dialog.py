"""Sending a request with errors for review: said, and allowed only with a note.

The supervisor should not discover the errors the checks already know; an officer who
sends it anyway (to ask how to fill an element, say) writes why, and the note goes
with the "submitted" event.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QPlainTextEdit, QVBoxLayout, QWidget

from requestdesk.domain.findings import Finding
from requestdesk.ui.i18n import current_language
from requestdesk.ui.services import Services


def errors_before_submission(services: Services, request_id: str) -> list[Finding]:
    """The errors the checks find in the request as the register holds it."""
    doc = services.store.get(request_id)
    return list(services.store.check(doc).errors) if doc is not None else []


class SubmitWithErrorsDialog(QDialog):
    def __init__(self, errors: list[Finding], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("submitWithErrors")
        lang = current_language()
        self.setWindowTitle(self.tr("Submit for review"))
        self.intro = QLabel(self.tr("The checks find %n error(s) in this request. The supervisor will see them too. "
                                    "Send it anyway only with a note saying why.", "", len(errors)))
        self.intro.setWordWrap(True)
        self.errors = QListWidget()
        self.errors.setObjectName("submitErrors")
        self.errors.setWordWrap(True)
        for finding in errors:
            self.errors.addItem(finding.message(lang))
        self.note_label = QLabel(self.tr("Note to the supervisor (required):"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("submitNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 14)
        self.note_label.setBuddy(self.note)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send = self.buttons.addButton(self.tr("Send with the note"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send.setObjectName("submitAnyway")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.errors, self.note_label, self.note, self.problem, self.buttons):
            layout.addWidget(widget)
        self.resize(640, 420)

    def accept(self) -> None:
        if not self.note.toPlainText().strip():
            self.problem.setText(self.tr("Write the note first: it says why the request goes with errors."))
            self.note.setFocus()
            return
        super().accept()


def note_for_submission(parent: QWidget | None, services: Services, request_id: str) -> str | None:
    """"" when the request has no errors; the officer's note when sent anyway; None when not sent."""
    errors = errors_before_submission(services, request_id)
    if not errors:
        return ""
    dialog = SubmitWithErrorsDialog(errors, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.note.toPlainText().strip()
